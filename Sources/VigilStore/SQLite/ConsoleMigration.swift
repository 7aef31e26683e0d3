import GRDB

/// Migration "v3-console": what the console's queue needs to stay fast on a large store.
///
/// The console moves through the queue by position (a page around the cursor, however deep)
/// and counts every filter it shows. One partial index over the flagged comments holds the
/// ordering key and every column a filter reads, so skipping to row 90,000 or counting a
/// filter reads only this index (about 40 bytes a flagged comment), never the table; it covers
/// every review state, so "decided" and "all" are as fast as the awaiting queue. (`severity` is
/// in it because the partial WHERE names it: SQLite calls an index covering only when it holds
/// every column the query reads.)
///
/// `/` searches the flagged comments' text and author: `console_search` is a trigram full-text
/// index of each flagged comment's current text, author name and handle (rowid = the
/// comment's id), kept by triggers whichever order the import writer inserts a comment and
/// its text in, so a search of three or more characters reads the index, not 100,000 texts.
enum ConsoleMigration {
    /// The searchable body of a comment: its text, then its author's name and handle.
    private static func body(text: String, author: String) -> String {
        "COALESCE(\(text), '') || char(10) || COALESCE((SELECT COALESCE(a.name, '') || char(10) || COALESCE(a.handle, '') FROM authors a WHERE a.id = \(author)), '')"
    }

    static func v3(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX comments_console_queue ON comments(queue_key, id, review, categories, channel_id, severity)
                WHERE severity IS NOT NULL;

            CREATE VIRTUAL TABLE console_search USING fts5(body, tokenize = 'trigram');
            INSERT INTO console_search (rowid, body)
                SELECT c.id, \(body(text: "v.text", author: "c.author_id"))
                FROM comments c JOIN comment_versions v ON v.id = c.version_id WHERE c.severity IS NOT NULL;

            CREATE TRIGGER console_search_comment_added AFTER INSERT ON comments WHEN new.severity IS NOT NULL BEGIN
                INSERT INTO console_search (rowid, body)
                    SELECT new.id, \(body(text: "v.text", author: "new.author_id")) FROM comment_versions v WHERE v.id = new.version_id;
            END;
            CREATE TRIGGER console_search_text_added AFTER INSERT ON comment_versions BEGIN
                INSERT INTO console_search (rowid, body)
                    SELECT c.id, \(body(text: "new.text", author: "c.author_id")) FROM comments c
                    WHERE c.id = new.comment_id AND c.version_id = new.id AND c.severity IS NOT NULL;
            END;
            CREATE TRIGGER console_search_comment_changed AFTER UPDATE OF version_id, severity, author_id ON comments
                WHEN old.version_id IS NOT new.version_id OR (old.severity IS NULL) <> (new.severity IS NULL)
                    OR old.author_id IS NOT new.author_id BEGIN
                DELETE FROM console_search WHERE rowid = old.id;
                INSERT INTO console_search (rowid, body)
                    SELECT new.id, \(body(text: "v.text", author: "new.author_id")) FROM comment_versions v
                    WHERE v.id = new.version_id AND new.severity IS NOT NULL;
            END;
            """)
    }
}
