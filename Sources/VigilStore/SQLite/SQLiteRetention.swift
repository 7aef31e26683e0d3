import Foundation
import GRDB
import VigilEngine

/// Retention (UK GDPR: no longer than needed). A dry run and an apply find the texts with
/// the same query in the same order, so the list a dry run prints is what apply removes.
extension SQLiteStore {
    /// The texts retention would remove at `now`.
    public func retentionPlan(_ policy: RetentionPolicy, at now: Date = Date()) throws -> [RetentionItem] {
        try read { db in try Self.retentionItems(db, policy, at: now) }
    }

    /// Removes those texts in one transaction, each with a signed purge entry by `identity`
    /// (an administrator). Hashes stay, so the chain and the integrity checks still verify.
    public func applyRetention(_ policy: RetentionPolicy, by identity: SigningIdentity, at now: Date = Date()) throws -> RetentionResult {
        try signOffWrite(at: now) { tx in
            if let refusal = try tx.standing(of: identity) { return .failure(refusal) }
            let items = try Self.retentionItems(tx.db, policy, at: now)
            var entries: [UInt64] = []
            for item in items {
                switch Workflow.purge(item.comment, textSHA256: item.textSHA256, by: identity, roster: try tx.roster(), after: tx.head, at: now) {
                case .failure(let r): return .failure(.workflow(r))
                case .success(let entry):
                    try tx.append(entry)
                    try tx.db.execute(sql: "UPDATE comment_versions SET text = NULL WHERE id = ?", arguments: [item.version])
                    // The console's search holds a copy of flagged texts: purged means gone from it too.
                    try tx.db.cachedStatement(sql: ConsoleSearch.purgeSQL).execute(arguments: [item.version])
                    entries.append(entry.sequence)
                }
            }
            return .success(RetentionResult(items: items, entries: entries))
        }
    }

    /// The one query both use: texts still held, oldest comment first, then by version.
    static func retentionItems(_ db: Database, _ policy: RetentionPolicy, at now: Date) throws -> [RetentionItem] {
        let day: TimeInterval = 86_400
        let unflaggedBefore = AuditTime.millis(now.addingTimeInterval(-Double(policy.unflaggedDays) * day))
        let decidedBefore = AuditTime.millis(now.addingTimeInterval(-Double(policy.evidenceDays) * day))
        // A decision is final when rejected, withdrawn, expired, carried out, or an approved
        // keep; anything pending or approved but not yet carried out keeps the text, and so
        // does a flagged text still awaiting a decision (after a rejection, or an edit).
        let rows = try Row.fetchAll(db, sql: """
            WITH decided AS (
                SELECT p.platform, p.comment_id,
                    MAX(COALESCE(d.done_at, p.decided_at)) AS last,
                    SUM(CASE WHEN p.state = 'pending' OR (p.state = 'approved' AND p.action <> 'keep') THEN 1 ELSE 0 END) AS open
                FROM proposals p LEFT JOIN carried_out d ON d.proposal_id = p.id
                WHERE p.comment_id IS NOT NULL
                GROUP BY p.platform, p.comment_id
            )
            SELECT c.platform, c.platform_id, v.id, v.sha256,
                CASE WHEN x.comment_id IS NULL THEN 'unflagged' ELSE 'decided' END,
                CASE WHEN x.comment_id IS NULL THEN c.order_time ELSE x.last END
            FROM comments c
            JOIN comment_versions v ON v.comment_id = c.id AND v.text IS NOT NULL
            LEFT JOIN decided x ON x.platform = c.platform AND x.comment_id = c.platform_id
            WHERE (x.comment_id IS NULL AND c.order_time < ? AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.comment_id = c.id))
               OR (x.comment_id IS NOT NULL AND x.open = 0 AND x.last IS NOT NULL AND x.last < ?
                   AND NOT (c.severity IS NOT NULL AND c.review < 2))
            ORDER BY c.id, v.id
            """, arguments: [unflaggedBefore, decidedBefore])
        return rows.compactMap { row in
            guard let platform = Platform(rawValue: row[0]), let reason = RetentionItem.Reason(rawValue: row[4]) else { return nil }
            return RetentionItem(comment: CommentKey(platform: platform, id: row[1]), version: row[2], textSHA256: row[3],
                                 reason: reason, since: RowCoding.date(row[5] as Int64))
        }
    }
}
