import GRDB

extension SQLiteStore {
    /// Reads once, in order, the pages the console's first screen and first search need: the
    /// queue's covering index and the search copy of the flagged texts (about 40 MB on a store
    /// of 1,000,000 comments). With the operating system's page cache cold (after a reboot),
    /// the first search otherwise paid 250–620 ms and the first screen 385 ms reading them at
    /// random; the console calls this in the background while the sign-in screen waits for a
    /// passphrase, which a person takes seconds to type. Returns the bytes of text read.
    @discardableResult
    public func warmConsolePages() throws -> Int {
        try read { db in
            _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments INDEXED BY comments_console_queue WHERE severity IS NOT NULL")
            return try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(LENGTH(text)), 0) FROM console_search") ?? 0
        }
    }
}
