import Foundation
import GRDB
import VigilEngine

/// The console's queries: a queue page by position with its total, and the header's counts.
/// Both read the `comments_console_queue` index (migration v3-console) rather than the table.
extension SQLiteStore {
    public func queueWindow(_ query: QueueQuery, offset: Int) throws -> QueueWindow {
        try read { db in
            let (filter, arguments) = Self.queueFilter(query)
            if Self.searches(query) { return try Self.searchWindow(db, filter: filter, arguments: arguments, limit: query.limit, offset: offset) }
            let countSQL = "SELECT COUNT(*) FROM comments c INDEXED BY comments_console_queue" + filter
            let token = try Self.changeCounter(db)
            let key = countSQL + "\u{0}" + arguments.description
            let total: Int
            if let known = queueTotals.total(key, at: token) {
                total = known
            } else {
                total = try Int.fetchOne(db, sql: countSQL, arguments: arguments) ?? 0
                queueTotals.keep(total, for: key, at: token)
            }
            let start = max(0, min(offset, total))
            guard query.limit > 0, start < total else { return QueueWindow(offset: start, rows: [], total: total) }
            // Positions are found in the index alone; only the page's rows are joined.
            var pageArguments = arguments
            _ = pageArguments.append(contentsOf: [query.limit, start])
            let rows = try Row.fetchAll(db, sql: Self.windowRows(page: """
                SELECT c.id FROM comments c INDEXED BY comments_console_queue\(filter)
                ORDER BY c.queue_key, c.id LIMIT ? OFFSET ?
                """), arguments: pageArguments)
            let queueRows = try rows.compactMap { try Self.queueRow(db, $0) }
            return QueueWindow(offset: start, rows: queueRows, total: total)
        }
    }

    /// The columns `queueRow` reads, for the comments whose ids `page` selects, in queue order.
    static func windowRows(page: String) -> String {
        """
        SELECT c.id, c.platform, c.platform_id, ch.name, a.name, a.handle, a.platform_id,
            c.created_at, c.severity, c.categories, c.review, substr(v.text, 1, \(QueueWindow.textLimit)),
            c.order_time, c.version_id
        FROM (\(page)) page
        JOIN comments c ON c.id = page.id
        LEFT JOIN channels ch ON ch.id = c.channel_id
        LEFT JOIN authors a ON a.id = c.author_id
        JOIN comment_versions v ON v.id = c.version_id
        ORDER BY c.queue_key, c.id
        """
    }

    public func queueSummary() throws -> QueueSummary {
        try read { db in
            var byCategory: [Category: Int] = [:]
            var bySeverity: [Severity: Int] = [:]
            var open = 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT categories, severity, COUNT(*) FROM comments
                WHERE severity IS NOT NULL AND review = 0 GROUP BY categories, severity
                """)
            for row in rows {
                let n: Int = row[2]
                open += n
                for c in RowCoding.categories(row[0]) { byCategory[c, default: 0] += n }
                if let s = RowCoding.severity(rank: row[1]) { bySeverity[s, default: 0] += n }
            }
            let channels = try String.fetchAll(db, sql: """
                SELECT DISTINCT ch.name FROM channels ch
                WHERE EXISTS (SELECT 1 FROM comments c WHERE c.channel_id = ch.id AND c.severity IS NOT NULL AND c.review < 2)
                ORDER BY ch.name
                """)
            return QueueSummary(open: open, byCategory: byCategory, bySeverity: bySeverity, channels: channels)
        }
    }
}
