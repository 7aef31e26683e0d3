import Foundation
import GRDB
import VigilEngine

/// What the store answers: counts, the queue, one comment in detail, the imports.
extension SQLiteStore {
    public func status() throws -> StoreStatus {
        try read { db in
            var byCategory = Dictionary(uniqueKeysWithValues: Category.allCases.map { ($0, 0) })
            var bySeverity = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) })
            var flagged = 0
            var awaiting = 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT categories, severity, review, COUNT(*) FROM comments
                WHERE severity IS NOT NULL GROUP BY categories, severity, review
                """)
            for row in rows {
                let n: Int = row[3]
                flagged += n
                if (row[2] as Int) < ReviewState.decided.rawValue { awaiting += n }
                for c in RowCoding.categories(row[0]) { byCategory[c, default: 0] += n }
                if let s = RowCoding.severity(rank: row[1]) { bySeverity[s, default: 0] += n }
            }
            func count(_ table: String) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            let signOff = try Self.signOffCounts(db, at: Date(), settings: .standard)
            return StoreStatus(
                comments: try count("comments"), flagged: flagged, awaitingDecision: awaiting,
                byCategory: byCategory, bySeverity: bySeverity, authors: try count("authors"),
                channels: try count("channels"), posts: try count("posts"), imports: try count("imports"),
                administrators: signOff.administrators, proposals: signOff.proposals)
        }
    }

    public func queue(_ query: QueueQuery) throws -> [QueueRow] {
        guard query.limit > 0 else { return [] }
        return try read { db in
            var (sql, arguments) = Self.queueFilter(query)
            if let after = query.after {
                sql += " AND (c.queue_key, c.id) > (?, ?)"
                _ = arguments.append(contentsOf: [
                    RowCoding.queueKey(severity: after.severity, orderTime: after.orderTime), after.storeID,
                ])
            }
            sql += " ORDER BY c.queue_key, c.id LIMIT ?"
            _ = arguments.append(contentsOf: [query.limit])
            let select = """
                SELECT c.id, c.platform, c.platform_id, ch.name, a.name, a.handle, a.platform_id,
                    c.created_at, c.severity, c.categories, c.review, v.text, c.order_time, c.version_id
                FROM comments c
                LEFT JOIN channels ch ON ch.id = c.channel_id
                LEFT JOIN authors a ON a.id = c.author_id
                JOIN comment_versions v ON v.id = c.version_id
                """
            let rows = try Row.fetchAll(db, sql: select + sql, arguments: arguments)
            return try rows.compactMap { try Self.queueRow(db, $0) }
        }
    }

    /// A queue row from the columns `queue` and `queueWindow` select, in their order; nil for
    /// a platform or severity written by a newer Vigil.
    static func queueRow(_ db: Database, _ row: Row) throws -> QueueRow? {
        guard let platform = Platform(rawValue: row[1]), let severity = RowCoding.severity(rank: row[8])
        else { return nil }
        let id: Int64 = row[0]
        return QueueRow(
            storeID: id, key: CommentKey(platform: platform, id: row[2]), channel: row[3],
            author: row[4] ?? row[5] ?? row[6], created: RowCoding.date(row[7] as Int64?),
            severity: severity, categories: RowCoding.categories(row[9]),
            review: ReviewState(rawValue: row[10]) ?? .open, text: row[11],
            flags: try Self.flags(db, commentID: id, versionID: row[13]).map(\.flag),
            cursor: QueueCursor(severity: severity, orderTime: row[12], storeID: id), authorID: row[6])
    }

    public func queueCount(_ query: QueueQuery) throws -> Int {
        try read { db in
            let (sql, arguments) = Self.queueFilter(query)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments c" + sql, arguments: arguments) ?? 0
        }
    }

    /// The WHERE clause of a queue query. The awaiting-decision form keeps the literal terms
    /// of the partial indexes' WHERE so that SQLite uses them.
    static func queueFilter(_ query: QueueQuery) -> (String, StatementArguments) {
        var sql = " WHERE c.severity IS NOT NULL"
        var arguments = StatementArguments()
        let review = query.effectiveReview
        if review == [.open, .proposed] {
            sql += " AND c.review < 2"
        } else {
            sql += " AND c.review IN (\(review.map { String($0.rawValue) }.sorted().joined(separator: ",")))"
            if !review.contains(.decided) { sql += " AND c.review < 2" }
        }
        if !query.categories.isEmpty {
            sql += " AND (c.categories & ?) <> 0"
            _ = arguments.append(contentsOf: [RowCoding.bits(query.categories)])
        }
        if let range = RowCoding.queueKeyRange(query.severities) {
            // Contiguous severities ("high or worse") are one range of the ordering key.
            sql += " AND c.queue_key >= ? AND c.queue_key < ?"
            _ = arguments.append(contentsOf: [range.lowerBound, range.upperBound])
        } else if !query.severities.isEmpty {
            sql += " AND c.severity IN (\(query.severities.map { String($0.rank) }.sorted().joined(separator: ",")))"
        }
        if !query.channels.isEmpty {
            let names = query.channels.sorted()
            sql += " AND c.channel_id IN (SELECT id FROM channels WHERE name IN (\(names.map { _ in "?" }.joined(separator: ","))))"
            _ = arguments.append(contentsOf: StatementArguments(names))
        }
        let search = query.search.trimmingCharacters(in: .whitespaces)
        if !search.isEmpty {
            // The flagged texts' compact copy (ConsoleSearch), not comment_versions.
            let (clause, values) = ConsoleSearch.clause(pattern: "%" + RowCoding.likeEscaped(search) + "%")
            sql += clause
            _ = arguments.append(contentsOf: values)
        }
        return (sql, arguments)
    }

    public func findComments(platformID: String, platform: Platform?) throws -> [CommentKey] {
        let platforms = platform.map { [$0] } ?? Platform.allCases
        return try read { db in
            let marks = platforms.map { _ in "?" }.joined(separator: ",")
            var arguments = StatementArguments(platforms.map(\.rawValue))
            _ = arguments.append(contentsOf: [platformID])
            return try Row.fetchAll(
                db, sql: "SELECT platform FROM comments WHERE platform IN (\(marks)) AND platform_id = ? ORDER BY platform",
                arguments: arguments
            ).compactMap { row in Platform(rawValue: row[0]).map { CommentKey(platform: $0, id: platformID) } }
        }
    }

    public func imports(limit: Int) throws -> [ImportRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, file_name, sha256, byte_count, format, started_at, finished_at, imported_by,
                    system_user, read_count, new_count, updated_count, unchanged_count, flagged_count, warnings
                FROM imports ORDER BY id DESC LIMIT ?
                """, arguments: [limit]
            ).map { row in
                let started: Int64 = row[5]
                let warnings: String? = row[14]
                return ImportRecord(
                    storeID: row[0], fileName: row[1], sha256: row[2], byteCount: row[3],
                    format: ExportFormat(rawValue: row[4] ?? "") ?? .csv,
                    counts: ImportCounts(read: row[9], new: row[10], updated: row[11], unchanged: row[12], flagged: row[13]),
                    started: RowCoding.date(started), finished: RowCoding.date((row[6] as Int64?) ?? started),
                    importedBy: row[7], systemUser: row[8],
                    warnings: warnings.map { $0.components(separatedBy: "\n") } ?? [])
            }
        }
    }

    /// The flags of one version (or of every version when `versionID` is nil), in order.
    static func flags(_ db: Database, commentID: Int64, versionID: Int64?) throws -> [StoredFlag] {
        var sql = """
            SELECT version_id, category, kind, rule, severity, action, spans, explanation
            FROM flags WHERE comment_id = ?
            """
        var arguments: StatementArguments = [commentID]
        if let versionID {
            sql += " AND version_id = ?"
            _ = arguments.append(contentsOf: [versionID])
        }
        sql += " ORDER BY version_id, ordinal"
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).compactMap { row in
            guard let category = Category(rawValue: row[1]), let severity = RowCoding.severity(rank: row[4]),
                  let action = RecommendedAction(rawValue: row[5])
            else { return nil }  // written by a newer Vigil: not ours to show
            return StoredFlag(
                flag: Flag(category: category, kind: row[2], rule: row[3], severity: severity, action: action,
                           spans: RowCoding.decode(spans: row[6]), explanation: row[7]),
                versionID: row[0])
        }
    }
}
