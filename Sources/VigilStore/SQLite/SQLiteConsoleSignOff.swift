import Foundation
import GRDB
import VigilEngine

/// What the console reads from sign-off besides `SignOffStore`'s lists: the header's two
/// counts and the proposals beside each row of a queue page, each a few indexed lookups.
public protocol ConsoleStore: SignOffStore {
    /// Pending proposals `name` may decide (others', and for a cover moderator not roster
    /// changes), and how many pending proposals are overdue.
    func consoleSignOffCounts(for name: AccountName, role: Role, at now: Date, settings: WorkflowSettings) throws -> ConsoleSignOffCounts

    /// Every proposal about each of these comments (blocks proposed from them included),
    /// oldest first; comments with none are absent.
    func proposals(on comments: [CommentKey]) throws -> [CommentKey: [Proposal]]

    /// Whether a block of `author` is in force: approved (or carried out) and not undone by an
    /// approved unblock since.
    func isBlocked(_ author: AuthorKey) throws -> Bool

    /// How many upheld decisions there are against `author`, across all their comments: the
    /// same count the authors view shows, so the detail and the list never disagree.
    func upheldDecisions(against author: AuthorKey) throws -> Int
}

/// The sign-off counts in the console's header.
public struct ConsoleSignOffCounts: Sendable, Hashable {
    public let waitingForMe: Int
    public let overdue: Int

    public init(waitingForMe: Int, overdue: Int) {
        self.waitingForMe = waitingForMe
        self.overdue = overdue
    }
}

extension SQLiteStore: ConsoleStore {
    public func consoleSignOffCounts(for name: AccountName, role: Role, at now: Date, settings: WorkflowSettings) throws -> ConsoleSignOffCounts {
        try read { db in
            var sql = "SELECT COUNT(*) FROM proposals WHERE state = 'pending' AND proposer <> ?"
            if role != .administrator { sql += " AND target <> 'roster'" }
            let waiting = try Int.fetchOne(db, sql: sql, arguments: [name.rawValue]) ?? 0
            let overdueBefore = AuditTime.millis(now.addingTimeInterval(-settings.overdueAfter))
            let overdue = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM proposals WHERE state = 'pending' AND proposed_at <= ?",
                arguments: [overdueBefore]) ?? 0
            return ConsoleSignOffCounts(waitingForMe: waiting, overdue: overdue)
        }
    }

    public func proposals(on comments: [CommentKey]) throws -> [CommentKey: [Proposal]] {
        guard !comments.isEmpty else { return [:] }
        return try read { db in
            // One cached statement per comment on proposals_by_comment: a page of 200 rows is
            // 200 index lookups, a millisecond or two.
            let statement = try db.cachedStatement(
                sql: ProposalRows.select + ProposalRows.from + " WHERE p.platform = ? AND p.comment_id = ? ORDER BY p.id")
            var found: [CommentKey: [Proposal]] = [:]
            for key in Set(comments) {
                let rows = try Row.fetchAll(statement, arguments: [key.platform.rawValue, key.id])
                guard !rows.isEmpty else { continue }
                found[key] = try rows.map { row in
                    try SignOffTransaction.readable("proposals", (row[0] as DatabaseValue).description) { () throws(RowProblem) in
                        try ProposalRows.decode(row)
                    }
                }
            }
            return found
        }
    }

    public func isBlocked(_ author: AuthorKey) throws -> Bool {
        try read { db in
            let last = try String.fetchOne(db, sql: """
                SELECT action FROM proposals
                WHERE platform = ? AND author = ? AND action IN ('block', 'unblock') AND state IN ('approved', 'carried-out')
                ORDER BY decided_at DESC, id DESC LIMIT 1
                """, arguments: [author.platform.rawValue, author.id])
            return last == "block"
        }
    }

    public func upheldDecisions(against author: AuthorKey) throws -> Int {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM proposals WHERE platform = ? AND author = ? AND \(Self.upheldAgainstAuthor)",
                arguments: [author.platform.rawValue, author.id]) ?? 0
        }
    }

    /// Proposals that count as upheld against a comment's author: an approved (or carried-out)
    /// delete, hide or escalation of one of their comments, decided by a second person. A keep
    /// upholds nothing, and a block is of the author, not a decision on what they wrote.
    static let upheldAgainstAuthor = """
        target = 'comment' AND author IS NOT NULL AND action IN ('delete', 'hide', 'escalate')
        AND state IN ('approved', 'carried-out') AND decided_by <> proposer
        """
}
