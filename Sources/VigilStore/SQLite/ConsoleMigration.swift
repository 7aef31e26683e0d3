import GRDB

/// Migration "v3-console": what the console's queue needs to stay fast on a large store.
///
/// The console moves through the queue by position (a page around the cursor, however deep)
/// and counts every filter it shows. One partial index over the flagged comments holds the
/// ordering key and every column a filter reads, so skipping to row 90,000 or counting a
/// filter reads only this index (about 40 bytes a flagged comment; `severity` is in it
/// because the partial WHERE names it, and SQLite counts an index covering only when it
/// holds every column the query reads), never the table; and it
/// covers every review state, so "decided" and "all" are as fast as the awaiting queue.
enum ConsoleMigration {
    static func v3(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX comments_console_queue ON comments(queue_key, id, review, categories, channel_id, severity)
                WHERE severity IS NOT NULL;
            """)
    }
}
