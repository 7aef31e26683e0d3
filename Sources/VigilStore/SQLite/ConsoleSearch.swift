import GRDB

/// The console's search (`/`): a compact copy of each flagged comment's current text,
/// scanned in order, so that a search reads about 16 MB for 100,000 flagged comments instead
/// of hopping into every tenth row of `comment_versions` (the whole 1,000,000-text table).
///
/// `console_search` holds one row per flagged comment: its id, the version whose text it
/// copies, and that text. The import writer keeps it (no triggers: they cost the import
/// several times over, commit bb4cfa1): a new flagged comment adds its row, an edit replaces
/// it, or removes it when the new text is not flagged; retention removes the row of a purged
/// text in the same transaction, so purged text never lingers here. A comment decided or
/// whose flags are cleared by review keeps its row; the queue's own filter decides what shows.
///
/// Semantics are the LIKE scan's: a substring, ASCII letters in any case, `%` and `_` taken
/// literally, of any length (a full-text trigram index could not serve one or two
/// characters); the author's name and handle are searched through `authors`, whose 50,000
/// rows are few beside the texts.
enum ConsoleSearch {
    /// Migration "v4-console-search": the table, filled from the flagged comments' current
    /// texts (purged texts, NULL, are not copied).
    static func v4(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE console_search (
                comment_id INTEGER PRIMARY KEY,
                version_id INTEGER NOT NULL,
                text       TEXT NOT NULL
            );
            INSERT INTO console_search (comment_id, version_id, text)
                SELECT c.id, c.version_id, v.text FROM comments c JOIN comment_versions v ON v.id = c.version_id
                WHERE c.severity IS NOT NULL AND v.text IS NOT NULL
                ORDER BY c.id;
            """)
    }

    /// Adds or replaces a flagged comment's row: ?1 comment id, ?2 version id, ?3 text.
    static let upsertSQL = """
        INSERT INTO console_search (comment_id, version_id, text) VALUES (?1, ?2, ?3)
        ON CONFLICT (comment_id) DO UPDATE SET version_id = excluded.version_id, text = excluded.text
        """

    /// Removes a comment's row, when its new text is not flagged: ?1 comment id.
    static let removeSQL = "DELETE FROM console_search WHERE comment_id = ?1"

    /// Removes the row copying a purged version's text, if it is that comment's row: ?1 version id.
    static let purgeSQL = """
        DELETE FROM console_search
        WHERE comment_id = (SELECT comment_id FROM comment_versions WHERE id = ?1) AND version_id = ?1
        """

    /// The queue filter's search term for `pattern` (a LIKE pattern with `\` escaping): the
    /// comments whose current text, author name or author handle matches. Both arms are
    /// uncorrelated, so SQLite runs each once per statement, not once per queue row.
    static func clause(pattern: String) -> (String, StatementArguments) {
        let sql = """
             AND c.id IN (SELECT s.comment_id FROM console_search s WHERE s.text LIKE ? ESCAPE '\\'
                UNION ALL SELECT sc.id FROM authors sa JOIN comments sc ON sc.author_id = sa.id
                    WHERE sa.name LIKE ? ESCAPE '\\' OR sa.handle LIKE ? ESCAPE '\\')
            """
        return (sql, [pattern, pattern, pattern])
    }
}
