import Foundation
import GRDB
import VigilEngine

/// What the governors' report is computed from, read in one snapshot.
extension SQLiteStore {
    /// Every flagged comment (with the time it was first flagged and its rules in force) and
    /// every moderation proposal; `IncidentReport` applies the period.
    public func reportInput(period: ReportPeriod, at now: Date = Date(), settings: WorkflowSettings = .standard) throws -> ReportInput {
        try read { db in
            var rules: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT f.comment_id, f.rule FROM flags f JOIN comments c ON c.id = f.comment_id AND f.version_id = c.version_id
                ORDER BY f.comment_id, f.ordinal
                """) {
                rules[row[0], default: []].append(row[1])
            }
            let incidents = try Row.fetchAll(db, sql: """
                SELECT c.id, c.platform, c.platform_id, ch.name, a.platform_id, COALESCE(a.name, a.handle), c.order_time,
                    (SELECT MIN(i.started_at) FROM flags f JOIN comment_versions v ON v.id = f.version_id
                     JOIN imports i ON i.id = v.import_id WHERE f.comment_id = c.id),
                    c.categories, c.severity
                FROM comments c
                LEFT JOIN channels ch ON ch.id = c.channel_id
                LEFT JOIN authors a ON a.id = c.author_id
                WHERE c.severity IS NOT NULL
                ORDER BY c.order_time, c.id
                """).compactMap { row -> ReportIncident? in
                guard let platform = Platform(rawValue: row[1]), let severity = RowCoding.severity(rank: row[9]) else { return nil }
                let id: Int64 = row[0]
                let authorID: String? = row[4]
                let time = RowCoding.date(row[6] as Int64)
                return ReportIncident(
                    comment: CommentKey(platform: platform, id: row[2]), channel: row[3],
                    author: authorID.map { AuthorKey(platform: platform, id: $0) } ?? (row[5] as String?).map { AuthorKey(platform: platform, id: "name:" + $0) },
                    authorName: row[5], time: time, flaggedAt: (row[7] as Int64?).map(RowCoding.date) ?? time,
                    categories: RowCoding.categories(row[8]), severity: severity, rules: rules[id] ?? [])
            }
            let proposals = try Row.fetchAll(db, sql: ProposalRows.select + ProposalRows.from + " WHERE p.target <> 'roster' ORDER BY p.id").map { row in
                try SignOffTransaction.readable("proposals", (row[0] as DatabaseValue).description) { () throws(RowProblem) in
                    try ProposalRows.decode(row)
                }
            }
            return ReportInput(period: period, generated: now, overdueAfter: settings.overdueAfter, incidents: incidents, proposals: proposals)
        }
    }
}
