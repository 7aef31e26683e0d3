import Foundation
import GRDB
import VigilEngine

extension SQLiteStore {
    public func writeImports<T>(_ body: (any ImportWriter) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                // IMMEDIATE: take the write lock up front, so ids allocated from MAX(id) stay
                // ours and another process waits (busy timeout) rather than failing midway.
                try db.inTransaction(.immediate) {
                    let writer = try SQLiteImportWriter(db: db)
                    result = try body(writer)
                    try SQLiteStore.noteChange(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw SQLiteStore.storeError(error, path: location, doing: "cannot write to it")
        }
    }
}

/// Writes the comments of imported files inside one transaction, with prepared statements,
/// ids allocated in memory and caches for authors, channels and posts.
final class SQLiteImportWriter: ImportWriter {
    private let db: Database
    private var file: ImportFileInfo?
    private var importID: Int64 = 0
    private(set) var counts = ImportCounts()

    private var nextCommentID: Int64
    private var nextVersionID: Int64
    private var authorIDs: [String: Int64] = [:]
    private var channelIDs: [String: Int64] = [:]
    private var postIDs: [String: Int64] = [:]

    private let findComment: Statement
    private let findVersion: Statement
    private let insertComment: Statement
    private let insertVersion: Statement
    private let insertFlag: Statement
    private let updateText: Statement
    private let refreshComment: Statement

    init(db: Database) throws {
        self.db = db
        nextCommentID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM comments")!
        nextVersionID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM comment_versions")!
        findComment = try db.cachedStatement(sql: """
            SELECT id, text_sha256, created_at, parent_platform_id, author_id, platform_status, url, order_time
            FROM comments WHERE platform = ? AND platform_id = ?
            """)
        findVersion = try db.cachedStatement(
            sql: "SELECT 1 FROM comment_versions WHERE comment_id = ? AND sha256 = ? LIMIT 1")
        insertComment = try db.cachedStatement(sql: """
            INSERT INTO comments (id, platform, platform_id, channel_id, post_id, parent_platform_id,
                author_id, created_at, order_time, url, platform_status, metadata, text_sha256,
                version_id, severity, categories, queue_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertVersion = try db.cachedStatement(sql: """
            INSERT INTO comment_versions (id, comment_id, text, sha256, import_id, platform_updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertFlag = try db.cachedStatement(sql: """
            INSERT INTO flags (comment_id, version_id, ordinal, category, kind, rule, severity,
                action, spans, explanation)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // A decided comment whose new text is flagged needs a new decision.
        updateText = try db.cachedStatement(sql: """
            UPDATE comments SET text_sha256 = ?, version_id = ?, severity = ?, categories = ?,
                queue_key = ?, order_time = ?, created_at = COALESCE(created_at, ?),
                parent_platform_id = COALESCE(parent_platform_id, ?), author_id = COALESCE(author_id, ?),
                platform_status = COALESCE(?, platform_status), url = COALESCE(?, url), metadata = COALESCE(?, metadata),
                review = CASE WHEN ? AND review = 2 THEN 0 ELSE review END
            WHERE id = ?
            """)
        refreshComment = try db.cachedStatement(sql: """
            UPDATE comments SET created_at = COALESCE(created_at, ?), order_time = ?,
                queue_key = CASE WHEN severity IS NULL THEN NULL
                    ELSE ((3 - severity) << \(RowCoding.orderTimeBits)) | ? END,
                parent_platform_id = COALESCE(parent_platform_id, ?), author_id = COALESCE(author_id, ?),
                platform_status = COALESCE(?, platform_status), url = COALESCE(url, ?)
            WHERE id = ?
            """)
    }

    func begin(_ file: ImportFileInfo) throws {
        precondition(self.file == nil, "finish the previous file first")
        try db.execute(
            sql: """
                INSERT INTO imports (file_name, sha256, byte_count, started_at, imported_by, system_user)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [file.fileName, file.sha256, file.byteCount, RowCoding.millis(file.started),
                        file.importedBy, file.systemUser])
        importID = db.lastInsertedRowID
        self.file = file
        counts = ImportCounts()
    }

    func add(_ batch: [FlaggedComment]) throws {
        guard let file else { preconditionFailure("begin a file first") }
        let fileStarted = RowCoding.millis(file.started)
        for item in batch {
            counts.read += 1
            let c = item.comment
            let hash = Data(ContentHash.sha256(c.text))
            let created = c.created.map(RowCoding.millis)
            let platform = c.platform.rawValue
            let worst = item.flags.map(\.severity).max()

            if let row = try Row.fetchOne(findComment, arguments: [platform, c.platformID]) {
                let id: Int64 = row[0]
                let storedHash: Data = row[1]
                let storedCreated: Int64? = row[2]
                let orderTime: Int64 = storedCreated == nil ? (created ?? row[7]) : row[7]
                if storedHash == hash {
                    counts.unchanged += 1
                    if needsRefresh(row, c, created) {
                        try refresh(id: id, c, created: created, orderTime: orderTime)
                    }
                    continue
                }
                if try Bool.fetchOne(findVersion, arguments: [id, hash]) != nil {
                    // An older export imported late: its text is already on record.
                    counts.unchanged += 1
                    continue
                }
                let versionID = try insertVersion(commentID: id, c, hash: hash)
                try insertFlags(item.flags, commentID: id, versionID: versionID)
                try updateText.execute(arguments: [
                    hash, versionID, worst?.rank, RowCoding.bits(item.flags.map(\.category)),
                    worst.map { RowCoding.queueKey(severity: $0, orderTime: orderTime) }, orderTime,
                    created, c.parentID, try authorID(c), c.status, c.url,
                    RowCoding.encode(metadata: c.metadata), worst != nil, id,
                ])
                counts.updated += 1
                if worst != nil { counts.flagged += 1 }
                continue
            }

            let id = nextCommentID
            nextCommentID += 1
            let orderTime = created ?? fileStarted
            let channelID = try channelID(c, override: file.channel)
            try insertComment.execute(arguments: [
                id, platform, c.platformID, channelID, try postID(c, channelID: channelID), c.parentID,
                try authorID(c), created, orderTime, c.url, c.status, RowCoding.encode(metadata: c.metadata),
                hash, nextVersionID, worst?.rank, RowCoding.bits(item.flags.map(\.category)),
                worst.map { RowCoding.queueKey(severity: $0, orderTime: orderTime) },
            ])
            let versionID = try insertVersion(commentID: id, c, hash: hash)
            try insertFlags(item.flags, commentID: id, versionID: versionID)
            counts.new += 1
            if worst != nil { counts.flagged += 1 }
        }
    }

    func finish(format: ExportFormat, warnings: [String]) throws -> ImportRecord {
        guard let file else { preconditionFailure("begin a file first") }
        let finished = Date()
        try db.execute(
            sql: """
                UPDATE imports SET format = ?, finished_at = ?, read_count = ?, new_count = ?,
                    updated_count = ?, unchanged_count = ?, flagged_count = ?, warnings = ?
                WHERE id = ?
                """,
            arguments: [format.rawValue, RowCoding.millis(finished), counts.read, counts.new,
                        counts.updated, counts.unchanged, counts.flagged,
                        warnings.isEmpty ? nil : warnings.joined(separator: "\n"), importID])
        self.file = nil
        return ImportRecord(
            storeID: importID, fileName: file.fileName, sha256: file.sha256, byteCount: file.byteCount,
            format: format, counts: counts, started: file.started, finished: finished,
            importedBy: file.importedBy, systemUser: file.systemUser, warnings: warnings)
    }

    // MARK: rows

    private func insertVersion(commentID: Int64, _ c: ImportedComment, hash: Data) throws -> Int64 {
        let id = nextVersionID
        nextVersionID += 1
        try insertVersion.execute(arguments: [
            id, commentID, c.text, hash, importID, c.updated.map(RowCoding.millis),
        ])
        return id
    }

    private func insertFlags(_ flags: [Flag], commentID: Int64, versionID: Int64) throws {
        for (ordinal, f) in flags.enumerated() {
            try insertFlag.execute(arguments: [
                commentID, versionID, ordinal, f.category.rawValue, f.kind, f.rule, f.severity.rank,
                f.action.rawValue, RowCoding.encode(spans: f.spans), f.explanation,
            ])
        }
    }

    /// What an unchanged comment's newer export can add: facts missing before, and the
    /// platform's current moderation state (e.g. hidden since).
    private func needsRefresh(_ row: Row, _ c: ImportedComment, _ created: Int64?) -> Bool {
        let storedCreated: Int64? = row[2]
        let storedParent: String? = row[3]
        let storedAuthor: Int64? = row[4]
        let storedStatus: String? = row[5]
        let storedURL: String? = row[6]
        return (storedCreated == nil && created != nil)
            || (storedParent == nil && c.parentID != nil)
            || (storedAuthor == nil && c.author != nil)
            || (c.status != nil && storedStatus != c.status)
            || (storedURL == nil && c.url != nil)
    }

    private func refresh(id: Int64, _ c: ImportedComment, created: Int64?, orderTime: Int64) throws {
        try refreshComment.execute(arguments: [
            created, orderTime, min(max(orderTime, 0), (1 << RowCoding.orderTimeBits) - 1),
            c.parentID, try authorID(c), c.status, c.url, id,
        ])
    }

    // MARK: authors, channels, posts

    private func authorID(_ c: ImportedComment) throws -> Int64? {
        guard let author = c.author, let identity = Self.identity(of: author) else { return nil }
        let key = c.platform.rawValue + "\u{0}" + identity
        if let id = authorIDs[key] { return id }
        let id: Int64
        if let row = try Row.fetchOne(
            db, sql: "SELECT id, name, handle FROM authors WHERE platform = ? AND identity = ?",
            arguments: [c.platform.rawValue, identity])
        {
            id = row[0]
            let name: String? = row[1]
            let handle: String? = row[2]
            if (author.name != nil && author.name != name) || (author.handle != nil && author.handle != handle) {
                try db.execute(
                    sql: "UPDATE authors SET name = COALESCE(?, name), handle = COALESCE(?, handle) WHERE id = ?",
                    arguments: [author.name, author.handle, id])
            }
        } else {
            try db.execute(
                sql: "INSERT INTO authors (platform, identity, platform_id, name, handle) VALUES (?, ?, ?, ?, ?)",
                arguments: [c.platform.rawValue, identity, author.platformID, author.name, author.handle])
            id = db.lastInsertedRowID
        }
        authorIDs[key] = id
        return id
    }

    /// The same person across exports: the platform's id, else the handle, else the name.
    static func identity(of author: AuthorRef) -> String? {
        if let id = author.platformID, !id.isEmpty { return "id:" + id }
        if let handle = author.handle, !handle.isEmpty { return "@" + handle }
        if let name = author.name, !name.isEmpty { return "name:" + name }
        return nil
    }

    private func channelID(_ c: ImportedComment, override: String?) throws -> Int64? {
        guard let name = override ?? c.channel, !name.isEmpty else { return nil }
        let key = c.platform.rawValue + "\u{0}" + name
        if let id = channelIDs[key] { return id }
        let id: Int64
        if let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM channels WHERE platform = ? AND name = ?",
            arguments: [c.platform.rawValue, name])
        {
            id = existing
        } else {
            try db.execute(
                sql: "INSERT INTO channels (platform, name) VALUES (?, ?)", arguments: [c.platform.rawValue, name])
            id = db.lastInsertedRowID
        }
        channelIDs[key] = id
        return id
    }

    private func postID(_ c: ImportedComment, channelID: Int64?) throws -> Int64? {
        guard let post = c.post, !post.platformID.isEmpty else { return nil }
        let key = c.platform.rawValue + "\u{0}" + post.platformID
        if let id = postIDs[key] { return id }
        let id: Int64
        if let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM posts WHERE platform = ? AND platform_id = ?",
            arguments: [c.platform.rawValue, post.platformID])
        {
            id = existing
            try db.execute(
                sql: """
                    UPDATE posts SET title = COALESCE(title, ?), url = COALESCE(url, ?),
                        channel_id = COALESCE(channel_id, ?) WHERE id = ?
                    """,
                arguments: [post.title, post.url, channelID, id])
        } else {
            try db.execute(
                sql: "INSERT INTO posts (platform, platform_id, channel_id, title, url) VALUES (?, ?, ?, ?, ?)",
                arguments: [c.platform.rawValue, post.platformID, channelID, post.title, post.url])
            id = db.lastInsertedRowID
        }
        postIDs[key] = id
        return id
    }
}
