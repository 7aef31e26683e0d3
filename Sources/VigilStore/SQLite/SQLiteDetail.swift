import Foundation
import GRDB
import VigilEngine

/// One comment in full: `vigil show` and the console's detail view.
extension SQLiteStore {
    public func detail(_ key: CommentKey, historyLimit: Int) throws -> CommentDetail? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT c.id, ch.name, p.platform_id, p.title, p.url, c.parent_platform_id,
                    a.id, a.platform_id, a.name, a.handle, c.created_at, c.url, c.platform_status,
                    v.text, c.text_sha256, c.version_id, c.severity, c.categories, c.review, c.metadata
                FROM comments c
                LEFT JOIN channels ch ON ch.id = c.channel_id
                LEFT JOIN posts p ON p.id = c.post_id
                LEFT JOIN authors a ON a.id = c.author_id
                JOIN comment_versions v ON v.id = c.version_id
                WHERE c.platform = ? AND c.platform_id = ?
                """, arguments: [key.platform.rawValue, key.id])
            else { return nil }
            let id: Int64 = row[0]
            let postID: String? = row[2]
            let authorStoreID: Int64? = row[6]
            let author = authorStoreID.map {
                StoredAuthor(storeID: $0, platform: key.platform,
                             ref: AuthorRef(platformID: row[7], name: row[8], handle: row[9]))
            }
            let versions = try Row.fetchAll(db, sql: """
                SELECT v.id, v.text, v.sha256, v.import_id, i.started_at, v.platform_updated_at, i.file_name
                FROM comment_versions v JOIN imports i ON i.id = v.import_id
                WHERE v.comment_id = ? ORDER BY v.id
                """, arguments: [id]
            ).map { v in
                CommentVersion(
                    storeID: v[0], text: v[1], sha256: RowCoding.hex(v[2] as Data), importID: v[3], importFileName: v[6],
                    importedAt: RowCoding.date(v[4] as Int64), platformUpdated: RowCoding.date(v[5] as Int64?))
            }
            let comment = StoredComment(
                storeID: id, key: key, channel: row[1],
                post: postID.map { PostRef(platformID: $0, title: row[3], url: row[4]) },
                parentID: row[5], author: author, created: RowCoding.date(row[10] as Int64?), url: row[11],
                platformStatus: row[12], text: row[13], textSHA256: RowCoding.hex(row[14] as Data),
                currentVersionID: row[15], severity: (row[16] as Int?).flatMap(RowCoding.severity(rank:)),
                categories: RowCoding.categories(row[17]), review: ReviewState(rawValue: row[18]) ?? .open,
                firstImportID: versions.first?.importID ?? 0, metadata: RowCoding.decode(metadata: row[19]))

            let parent = try comment.parentID.flatMap { parentID in
                try Self.summaries(db, where: "c.platform = ? AND c.platform_id = ?",
                                   [key.platform.rawValue, parentID], order: "c.id", limit: 1).first
            }
            let replies = try Self.summaries(
                db, where: "c.platform = ? AND c.parent_platform_id = ?", [key.platform.rawValue, key.id],
                order: "c.order_time, c.id", limit: 500)
            var history: [CommentSummary] = []
            var total = 1
            var flagged = comment.severity == nil ? 0 : 1
            if let authorStoreID {
                history = try Self.summaries(
                    db, where: "c.author_id = ? AND c.id <> ?", [authorStoreID, id],
                    order: "c.order_time DESC, c.id DESC", limit: historyLimit)
                if let counts = try Row.fetchOne(
                    db, sql: "SELECT COUNT(*), COUNT(severity) FROM comments WHERE author_id = ?",
                    arguments: [authorStoreID])
                {
                    total = counts[0]
                    flagged = counts[1]
                }
            }
            return CommentDetail(
                comment: comment, versions: versions, flags: try Self.flags(db, commentID: id, versionID: nil),
                parent: parent, replies: replies, authorHistory: history,
                authorCommentCount: total, authorFlaggedCount: flagged)
        }
    }

    private static func summaries(
        _ db: Database, where condition: String, _ arguments: StatementArguments, order: String, limit: Int
    ) throws -> [CommentSummary] {
        try Row.fetchAll(db, sql: """
            SELECT c.platform, c.platform_id, a.name, a.handle, a.platform_id, c.created_at, c.severity,
                c.categories, v.text
            FROM comments c
            LEFT JOIN authors a ON a.id = c.author_id
            JOIN comment_versions v ON v.id = c.version_id
            WHERE \(condition) ORDER BY \(order) LIMIT \(limit)
            """, arguments: arguments
        ).compactMap { row in
            guard let platform = Platform(rawValue: row[0]) else { return nil }
            return CommentSummary(
                key: CommentKey(platform: platform, id: row[1]), author: row[2] ?? row[3] ?? row[4],
                created: RowCoding.date(row[5] as Int64?), severity: (row[6] as Int?).flatMap(RowCoding.severity(rank:)),
                categories: RowCoding.categories(row[7]), text: row[8])
        }
    }
}
