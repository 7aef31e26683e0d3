import Foundation
import GRDB
import VigilEngine

extension SQLiteStore {
    public func writeImports<T>(_ body: (any ImportWriter) throws -> T) throws -> T {
        do {
            var committed: (writer: SQLiteImportWriter, token: Int64)?
            let result = try pool.writeWithoutTransaction { db in
                // The writer makes every reference itself (ids it looked up or allocated in
                // this transaction), so SQLite's checks of them would only repeat its work:
                // seven lookups a new comment. Off for this transaction only.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                var result: T?
                // IMMEDIATE: take the write lock up front, so ids allocated from MAX(id) stay
                // ours and another process waits (busy timeout) rather than failing midway.
                try db.inTransaction(.immediate) {
                    let token = try SQLiteStore.changeCounter(db)
                    identities.validate(at: token)
                    let writer = try SQLiteImportWriter(db: db, known: identities)
                    defer { writer.releaseBindings() }
                    result = try body(writer)
                    try SQLiteStore.noteChange(db)
                    committed = (writer, token)
                    return .commit
                }
                return result!
            }
            if let (writer, token) = committed {
                identities.commit(writer.addedIdentities, from: token, to: token + 1)
            }
            return result
        } catch let error as DatabaseError {
            throw SQLiteStore.storeError(error, path: location, doing: "cannot write to it")
        }
    }
}

/// Writes the comments of imported files inside one transaction: prepared statements bound
/// through SQLite's C API, ids allocated in memory, authors/channels/posts cached.
final class SQLiteImportWriter: ImportWriter {
    typealias Key = IdentityCache.Key

    private let db: Database
    private var file: ImportFileInfo?
    private var importID: Int64 = 0
    private(set) var counts = ImportCounts()

    private var nextCommentID: Int64
    private var nextVersionID: Int64
    private let known: IdentityCache
    /// Ids this transaction looked up or created, for the cache once it commits.
    private(set) var addedIdentities: [Key: Int64] = [:]
    /// Those of the current file, which join `addedIdentities` when the file is finished.
    private var fileIdentities: [Key: Int64] = [:]
    /// Whether the last comment was new: then the next is inserted before it is looked up
    /// (one index search instead of two while a file is mostly new, one wasted when not).
    private var expectNew = true
    /// The channel and post the last comment had: a file's comments mostly share them, and a
    /// comparison is cheaper than hashing the key for three dictionaries. Forgotten with each
    /// file, as an abandoned file takes its new rows with it.
    private var lastChannel: (key: Key, id: Int64)?
    private var lastPost: (key: Key, id: Int64)?
    /// Whether the current file has a savepoint to undo it.
    private var undoable = true
    /// Where the current file started, to abandon it.
    private var fileStart: (comment: Int64, version: Int64) = (0, 0)

    private let findComment: RawStatement
    private let insertComment: RawStatement
    private let insertVersion: RawStatement
    private let insertFlag: RawStatement
    private let updateText: RawStatement
    private let refreshComment: RawStatement
    private let findAuthor: RawStatement
    private let insertAuthor: RawStatement
    private let updateAuthor: RawStatement
    private let findChannel: RawStatement
    private let insertChannel: RawStatement
    private let findPost: RawStatement
    private let insertPost: RawStatement
    private let fillPost: RawStatement
    /// The console's search copy of flagged texts (ConsoleSearch).
    private let upsertSearch: RawStatement
    private let removeSearch: RawStatement
    /// Where the texts bound to the statements above live until the comment is written.
    private let arena: BindArena

    init(db: Database, known: IdentityCache) throws {
        self.db = db
        self.known = known
        let arena = BindArena()
        self.arena = arena
        nextCommentID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM comments")!
        nextVersionID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM comment_versions")!
        findComment = try RawStatement(db, """
            SELECT id, text_sha256, created_at, parent_platform_id, author_id, platform_status, url, order_time
            FROM comments WHERE platform = ?1 AND platform_id = ?2
            """, arena: arena)
        insertComment = try RawStatement(db, """
            INSERT INTO comments (id, platform, platform_id, channel_id, post_id, parent_platform_id,
                author_id, created_at, order_time, url, platform_status, metadata, text_sha256,
                version_id, severity, categories, queue_key)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
            ON CONFLICT (platform, platform_id) DO NOTHING
            """, arena: arena)
        insertVersion = try RawStatement(db, """
            INSERT INTO comment_versions (id, comment_id, text, sha256, import_id, platform_updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """, arena: arena)
        insertFlag = try RawStatement(db, """
            INSERT INTO flags (comment_id, version_id, ordinal, category, kind, rule, severity,
                action, spans, explanation)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """, arena: arena)
        // A decided comment whose new text is flagged needs a new decision (?14).
        updateText = try RawStatement(db, """
            UPDATE comments SET text_sha256 = ?1, version_id = ?2, severity = ?3, categories = ?4,
                queue_key = ?5, order_time = ?6, created_at = COALESCE(created_at, ?7),
                parent_platform_id = COALESCE(parent_platform_id, ?8), author_id = COALESCE(author_id, ?9),
                platform_status = COALESCE(?10, platform_status), url = COALESCE(?11, url),
                metadata = COALESCE(?12, metadata),
                review = CASE WHEN ?14 AND review = 2 THEN 0 ELSE review END
            WHERE id = ?13
            """, arena: arena)
        refreshComment = try RawStatement(db, """
            UPDATE comments SET created_at = COALESCE(created_at, ?1), order_time = ?2,
                queue_key = CASE WHEN severity IS NULL THEN NULL
                    ELSE ((3 - severity) << \(RowCoding.orderTimeBits)) | ?3 END,
                parent_platform_id = COALESCE(parent_platform_id, ?4), author_id = COALESCE(author_id, ?5),
                platform_status = COALESCE(?6, platform_status), url = COALESCE(url, ?7)
            WHERE id = ?8
            """, arena: arena)
        findAuthor = try RawStatement(db, "SELECT id, name, handle FROM authors WHERE platform = ?1 AND identity = ?2", arena: arena)
        insertAuthor = try RawStatement(db, "INSERT INTO authors (platform, identity, platform_id, name, handle) VALUES (?1, ?2, ?3, ?4, ?5)", arena: arena)
        updateAuthor = try RawStatement(db, "UPDATE authors SET name = COALESCE(?1, name), handle = COALESCE(?2, handle) WHERE id = ?3", arena: arena)
        findChannel = try RawStatement(db, "SELECT id FROM channels WHERE platform = ?1 AND name = ?2", arena: arena)
        insertChannel = try RawStatement(db, "INSERT INTO channels (platform, name) VALUES (?1, ?2)", arena: arena)
        findPost = try RawStatement(db, "SELECT id FROM posts WHERE platform = ?1 AND platform_id = ?2", arena: arena)
        insertPost = try RawStatement(db, "INSERT INTO posts (platform, platform_id, channel_id, title, url) VALUES (?1, ?2, ?3, ?4, ?5)", arena: arena)
        fillPost = try RawStatement(db, """
            UPDATE posts SET title = COALESCE(title, ?1), url = COALESCE(url, ?2), channel_id = COALESCE(channel_id, ?3)
            WHERE id = ?4
            """, arena: arena)
        upsertSearch = try RawStatement(db, ConsoleSearch.upsertSQL, arena: arena)
        removeSearch = try RawStatement(db, ConsoleSearch.removeSQL, arena: arena)
    }

    func begin(_ file: ImportFileInfo, undoable: Bool) throws {
        precondition(self.file == nil, "finish the previous file first")
        // A savepoint per file: several files share a transaction (fewer, larger commits),
        // yet a refused file is undone alone. Not for a file read in full already: the
        // savepoint costs a copy of every page the file's comments touch.
        // Cached statements: ten thousand page files would otherwise parse each of these
        // ten thousand times.
        if undoable { try db.cachedStatement(sql: "SAVEPOINT import_file").execute() }
        self.undoable = undoable
        fileStart = (nextCommentID, nextVersionID)
        fileIdentities = [:]
        (lastChannel, lastPost) = (nil, nil)
        try db.cachedStatement(sql: """
            INSERT INTO imports (file_name, sha256, byte_count, started_at, imported_by, system_user)
            VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [file.fileName, file.sha256, file.byteCount, RowCoding.millis(file.started),
                                     file.importedBy, file.systemUser])
        importID = db.lastInsertedRowID
        self.file = file
        counts = ImportCounts()
    }

    /// What the store has for a comment already.
    private struct Existing {
        var id: Int64
        var sameText: Bool
        var created: Int64?
        var hasParent: Bool
        var hasAuthor: Bool
        var status: String?
        var hasURL: Bool
        var orderTime: Int64
    }

    @discardableResult
    func add(_ batch: [FlaggedComment]) throws -> [Int] {
        guard let file else { preconditionFailure("begin a file first") }
        var needFlags: [Int] = []
        for (position, item) in batch.enumerated() {
            // Every statement of this comment has run by the end of the iteration.
            defer { arena.reset() }
            counts.read += 1
            let c = item.comment
            let hash = item.textSHA256
            let created = c.created.map(RowCoding.millis)
            let worst = item.flags.map(\.severity).max()

            if expectNew, !item.flagsSkipped {
                if try insertNew(item, created: created, worst: worst, file: file) { continue }
                expectNew = false
            }

            findComment.bind(1, c.platform.rawValue)
            findComment.bind(2, c.platformID)
            let existing = try findComment.first { row in
                Existing(id: row.int64(0)!, sameText: row.blobEquals(1, hash), created: row.int64(2),
                         hasParent: !row.isNull(3), hasAuthor: !row.isNull(4), status: row.string(5),
                         hasURL: !row.isNull(6), orderTime: row.int64(7)!)
            }

            if let old = existing {
                let orderTime = old.created == nil ? (created ?? old.orderTime) : old.orderTime
                if old.sameText {
                    counts.unchanged += 1
                    let fills = (old.created == nil && created != nil) || (!old.hasParent && c.parentID != nil)
                        || (!old.hasAuthor && c.author != nil) || (c.status != nil && old.status != c.status)
                        || (!old.hasURL && c.url != nil)
                    if fills { try refresh(id: old.id, c, created: created, orderTime: orderTime) }
                    continue
                }
                if try hasVersion(commentID: old.id, hash) {
                    // An older export imported late: its text is already on record.
                    counts.unchanged += 1
                    continue
                }
                if item.flagsSkipped {  // edited, or changed by another process since the parsing thread looked
                    counts.read -= 1
                    needFlags.append(position)
                    continue
                }
                let versionID = try addVersion(commentID: old.id, c, hash: hash)
                try addFlags(item.flags, commentID: old.id, versionID: versionID)
                updateText.bind(1, blob: hash)
                updateText.bind(2, versionID)
                updateText.bind(3, worst?.rank)
                updateText.bind(4, RowCoding.bits(item.flags.map(\.category)))
                updateText.bind(5, worst.map { RowCoding.queueKey(severity: $0, orderTime: orderTime) })
                updateText.bind(6, orderTime)
                updateText.bind(7, created)
                updateText.bind(8, c.parentID)
                updateText.bind(9, try authorID(c))
                updateText.bind(10, c.status)
                updateText.bind(11, c.url)
                updateText.bind(12, item.metadataJSON)
                updateText.bind(13, old.id)
                updateText.bind(14, worst == nil ? 0 : 1)
                try updateText.run()
                try keepSearchable(commentID: old.id, versionID: versionID, text: c.text, flagged: worst != nil)
                counts.updated += 1
                if worst != nil { counts.flagged += 1 }
                continue
            }

            if item.flagsSkipped {  // new, though the batch's first comment was stored
                counts.read -= 1
                needFlags.append(position)
                continue
            }
            guard try insertNew(item, created: created, worst: worst, file: file) else {
                throw DatabaseError(message: "comment \(c.platformID) appeared in the store during its import")
            }
            expectNew = true
        }
        return needFlags
    }

    /// Inserts a comment the store does not have, with its text and flags; false (and
    /// nothing written) when the store has it.
    private func insertNew(_ item: FlaggedComment, created: Int64?, worst: Severity?, file: ImportFileInfo) throws -> Bool {
        let c = item.comment
        let id = nextCommentID
        let orderTime = created ?? RowCoding.millis(file.started)
        let channelID = try channelID(c, override: file.channel)
        insertComment.bind(1, id)
        insertComment.bind(2, c.platform.rawValue)
        insertComment.bind(3, c.platformID)
        insertComment.bind(4, channelID)
        insertComment.bind(5, try postID(c, channelID: channelID))
        insertComment.bind(6, c.parentID)
        insertComment.bind(7, try authorID(c))
        insertComment.bind(8, created)
        insertComment.bind(9, orderTime)
        insertComment.bind(10, c.url)
        insertComment.bind(11, c.status)
        insertComment.bind(12, item.metadataJSON)
        insertComment.bind(13, blob: item.textSHA256)
        insertComment.bind(14, nextVersionID)
        insertComment.bind(15, worst?.rank)
        insertComment.bind(16, worst == nil ? 0 : RowCoding.bits(item.flags.map(\.category)))
        insertComment.bind(17, worst.map { RowCoding.queueKey(severity: $0, orderTime: orderTime) })
        guard try insertComment.run() > 0 else { return false }
        nextCommentID += 1
        let versionID = try addVersion(commentID: id, c, hash: item.textSHA256)
        try addFlags(item.flags, commentID: id, versionID: versionID)
        if worst != nil { try keepSearchable(commentID: id, versionID: versionID, text: c.text, flagged: true) }
        counts.new += 1
        if worst != nil { counts.flagged += 1 }
        return true
    }

    func finish(format: ExportFormat, warnings: [String]) throws -> ImportRecord {
        guard let file else { preconditionFailure("begin a file first") }
        let finished = Date()
        try db.cachedStatement(sql: """
            UPDATE imports SET format = ?, finished_at = ?, read_count = ?, new_count = ?,
                updated_count = ?, unchanged_count = ?, flagged_count = ?, warnings = ?
            WHERE id = ?
            """).execute(arguments: [format.rawValue, RowCoding.millis(finished), counts.read, counts.new,
                                     counts.updated, counts.unchanged, counts.flagged,
                                     warnings.isEmpty ? nil : warnings.joined(separator: "\n"), importID])
        if undoable { try db.cachedStatement(sql: "RELEASE SAVEPOINT import_file").execute() }
        addedIdentities.merge(fileIdentities) { _, new in new }
        fileIdentities = [:]
        self.file = nil
        return ImportRecord(
            storeID: importID, fileName: file.fileName, sha256: file.sha256, byteCount: file.byteCount,
            format: format, counts: counts, started: file.started, finished: finished,
            importedBy: file.importedBy, systemUser: file.systemUser, warnings: warnings)
    }

    func abandon() throws {
        guard file != nil else { return }
        precondition(undoable, "a file begun as not undoable was abandoned")
        try db.execute(sql: "ROLLBACK TO SAVEPOINT import_file")
        try db.execute(sql: "RELEASE SAVEPOINT import_file")
        (nextCommentID, nextVersionID) = fileStart
        fileIdentities = [:]
        (lastChannel, lastPost) = (nil, nil)
        file = nil
    }

    /// Unbinds every statement, so that none keeps a pointer into the arena once the writer
    /// is gone (GRDB keeps the statements in its cache).
    func releaseBindings() {
        for statement in [findComment, insertComment, insertVersion, insertFlag, updateText, refreshComment,
                          findAuthor, insertAuthor, updateAuthor, findChannel, insertChannel, findPost,
                          insertPost, fillPost, upsertSearch, removeSearch] {
            statement.clearBindings()
        }
    }

    // MARK: rows

    /// Whether the comment has had this text before (rare: only when its text differs now).
    private func hasVersion(commentID: Int64, _ hash: [UInt8]) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT sha256 FROM comment_versions WHERE comment_id = ?")
        return try Data.fetchAll(statement, arguments: [commentID]).contains { $0.elementsEqual(hash) }
    }

    private func addVersion(commentID: Int64, _ c: ImportedComment, hash: [UInt8]) throws -> Int64 {
        let id = nextVersionID
        nextVersionID += 1
        insertVersion.bind(1, id)
        insertVersion.bind(2, commentID)
        insertVersion.bind(3, c.text)
        insertVersion.bind(4, blob: hash)
        insertVersion.bind(5, importID)
        insertVersion.bind(6, c.updated.map(RowCoding.millis))
        try insertVersion.run()
        return id
    }

    private func addFlags(_ flags: [Flag], commentID: Int64, versionID: Int64) throws {
        for (ordinal, f) in flags.enumerated() {
            insertFlag.bind(1, commentID)
            insertFlag.bind(2, versionID)
            insertFlag.bind(3, ordinal)
            insertFlag.bind(4, f.category.rawValue)
            insertFlag.bind(5, f.kind)
            insertFlag.bind(6, f.rule)
            insertFlag.bind(7, f.severity.rank)
            insertFlag.bind(8, f.action.rawValue)
            insertFlag.bind(9, RowCoding.encode(spans: f.spans))
            insertFlag.bind(10, f.explanation)
            try insertFlag.run()
        }
    }

    /// Gives the console's search the comment's current text when it is flagged, and takes
    /// the old one away when an edit is not.
    private func keepSearchable(commentID: Int64, versionID: Int64, text: String, flagged: Bool) throws {
        if flagged {
            upsertSearch.bind(1, commentID)
            upsertSearch.bind(2, versionID)
            upsertSearch.bind(3, text)
            try upsertSearch.run()
        } else {
            removeSearch.bind(1, commentID)
            try removeSearch.run()
        }
    }

    private func refresh(id: Int64, _ c: ImportedComment, created: Int64?, orderTime: Int64) throws {
        refreshComment.bind(1, created)
        refreshComment.bind(2, orderTime)
        refreshComment.bind(3, min(max(orderTime, 0), (1 << RowCoding.orderTimeBits) - 1))
        refreshComment.bind(4, c.parentID)
        refreshComment.bind(5, try authorID(c))
        refreshComment.bind(6, c.status)
        refreshComment.bind(7, c.url)
        refreshComment.bind(8, id)
        try refreshComment.run()
    }

    // MARK: authors, channels, posts

    private func cached(_ key: Key) -> Int64? { fileIdentities[key] ?? addedIdentities[key] ?? known.id(for: key) }

    private func authorID(_ c: ImportedComment) throws -> Int64? {
        guard let author = c.author, let identity = Self.identity(of: author) else { return nil }
        let key = Key(kind: .author, platform: c.platform, name: identity)
        if let id = cached(key) { return id }
        findAuthor.bind(1, c.platform.rawValue)
        findAuthor.bind(2, identity)
        let id: Int64
        if let (found, name, handle) = try findAuthor.first({ ($0.int64(0)!, $0.string(1), $0.string(2)) }) {
            id = found
            if (author.name != nil && author.name != name) || (author.handle != nil && author.handle != handle) {
                updateAuthor.bind(1, author.name)
                updateAuthor.bind(2, author.handle)
                updateAuthor.bind(3, id)
                try updateAuthor.run()
            }
        } else {
            insertAuthor.bind(1, c.platform.rawValue)
            insertAuthor.bind(2, identity)
            insertAuthor.bind(3, author.platformID)
            insertAuthor.bind(4, author.name)
            insertAuthor.bind(5, author.handle)
            try insertAuthor.run()
            id = db.lastInsertedRowID
        }
        fileIdentities[key] = id
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
        let key = Key(kind: .channel, platform: c.platform, name: name)
        if let last = lastChannel, last.key == key { return last.id }
        if let id = cached(key) {
            lastChannel = (key, id)
            return id
        }
        findChannel.bind(1, c.platform.rawValue)
        findChannel.bind(2, name)
        let id: Int64
        if let found = try findChannel.first({ $0.int64(0)! }) {
            id = found
        } else {
            insertChannel.bind(1, c.platform.rawValue)
            insertChannel.bind(2, name)
            try insertChannel.run()
            id = db.lastInsertedRowID
        }
        fileIdentities[key] = id
        lastChannel = (key, id)
        return id
    }

    private func postID(_ c: ImportedComment, channelID: Int64?) throws -> Int64? {
        guard let post = c.post, !post.platformID.isEmpty else { return nil }
        let key = Key(kind: .post, platform: c.platform, name: post.platformID)
        if let last = lastPost, last.key == key { return last.id }
        if let id = cached(key) {
            lastPost = (key, id)
            return id
        }
        findPost.bind(1, c.platform.rawValue)
        findPost.bind(2, post.platformID)
        let id: Int64
        if let found = try findPost.first({ $0.int64(0)! }) {
            id = found
            fillPost.bind(1, post.title)
            fillPost.bind(2, post.url)
            fillPost.bind(3, channelID)
            fillPost.bind(4, id)
            try fillPost.run()
        } else {
            insertPost.bind(1, c.platform.rawValue)
            insertPost.bind(2, post.platformID)
            insertPost.bind(3, channelID)
            insertPost.bind(4, post.title)
            insertPost.bind(5, post.url)
            try insertPost.run()
            id = db.lastInsertedRowID
        }
        fileIdentities[key] = id
        lastPost = (key, id)
        return id
    }
}
