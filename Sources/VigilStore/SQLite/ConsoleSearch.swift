import Foundation
import GRDB
import VigilEngine

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
    /// uncorrelated, so SQLite runs each once per statement, not once per queue row; the
    /// author arm is an IN so that the matching authors are found first and their comments
    /// through `comments_by_author` (as a join, SQLite walked that whole index instead).
    static func clause(pattern: String) -> (String, StatementArguments) {
        let sql = """
             AND c.id IN (SELECT s.comment_id FROM console_search s WHERE s.text LIKE ? ESCAPE '\\'
                UNION ALL SELECT sc.id FROM comments sc WHERE sc.author_id IN (SELECT sa.id FROM authors sa
                    WHERE sa.name LIKE ? ESCAPE '\\' OR sa.handle LIKE ? ESCAPE '\\'))
            """
        return (sql, [pattern, pattern, pattern])
    }
}

extension SQLiteStore {
    /// Whether a queue query searches (a search of only spaces does not).
    static func searches(_ query: QueueQuery) -> Bool {
        !query.search.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// A console window for a query that searches: the matching ids in queue order are read
    /// once, giving both the total and the page, since each reading of the filter scans every
    /// flagged text (a count and then a page would scan them twice).
    static func searchWindow(_ db: Database, filter: String, arguments: StatementArguments, limit: Int, offset: Int) throws -> QueueWindow {
        let ids = try Int64.fetchAll(
            db, sql: "SELECT c.id FROM comments c INDEXED BY comments_console_queue" + filter + " ORDER BY c.queue_key, c.id",
            arguments: arguments)
        let start = max(0, min(offset, ids.count))
        guard limit > 0, start < ids.count else { return QueueWindow(offset: start, rows: [], total: ids.count) }
        let page = ids[start..<min(ids.count, start + limit)]
        let rows = try Row.fetchAll(
            db, sql: windowRows(page: "SELECT value AS id FROM json_each(?)"),
            arguments: ["[" + page.map(String.init).joined(separator: ",") + "]"])
        return QueueWindow(offset: start, rows: try rows.compactMap { try queueRow(db, $0) }, total: ids.count)
    }
}
