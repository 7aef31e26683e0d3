import Foundation
import GRDB
import VigilEngine

/// Sign-off's reads: paged lists for the console and the commands. Nothing here loads every
/// row of a table that grows with use; each list is one indexed query per page.
extension SQLiteStore {
    /// Proposal columns, then the comment's text (first 300 characters), worst severity,
    /// link and author name.
    private static let summarySelect = ProposalRows.select
        + ", substr(v.text, 1, 300), c.severity, c.url, COALESCE(a.name, a.handle)" + ProposalRows.from + """
         LEFT JOIN comments c ON c.platform = p.platform AND c.platform_id = p.comment_id
         LEFT JOIN comment_versions v ON v.id = c.version_id
         LEFT JOIN authors a ON a.id = c.author_id
        """

    private static func summaries(_ db: Database, where condition: String, _ arguments: StatementArguments,
                                  order: String, limit: Int, offset: Int, now: Date, settings: WorkflowSettings) throws -> [ProposalSummary] {
        try Row.fetchAll(db, sql: summarySelect + " WHERE " + condition + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                         arguments: arguments + [limit, offset]).map { row in
            let p = try SignOffTransaction.readable("proposals", (row[0] as DatabaseValue).description) { () throws(RowProblem) in
                try ProposalRows.decode(row)
            }
            let n = ProposalRows.columnCount
            var done: Decision?
            if case .carriedOut(_, let d) = p.state { done = d }
            return ProposalSummary(
                proposal: p, text: row[n], severity: (row[n + 1] as Int?).flatMap(RowCoding.severity(rank:)),
                url: row[n + 2], authorName: row[n + 3],
                overdue: p.status(at: now, overdueAfter: settings.overdueAfter) == .overdue, done: done)
        }
    }

    /// One proposal with its summary; nil when there is none with that number.
    public func proposal(_ id: ProposalID, at now: Date = Date(), settings: WorkflowSettings = .standard) throws -> ProposalSummary? {
        try read { db in
            try Self.summaries(db, where: "p.id = ?", [Int64(bitPattern: id.rawValue)], order: "p.id", limit: 1, offset: 0,
                               now: now, settings: settings).first
        }
    }

    /// A page of proposals: pending ones oldest first (the queue of sign-offs), other states
    /// newest first.
    public func proposals(_ query: ProposalQuery, at now: Date = Date(), settings: WorkflowSettings = .standard) throws -> StorePage<ProposalSummary> {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !query.states.isEmpty {
            conditions.append("p.state IN (" + query.states.sorted().map { _ in "?" }.joined(separator: ", ") + ")")
            _ = arguments.append(contentsOf: StatementArguments(query.states.sorted()))
        }
        switch query.scope {
        case .all: break
        case .waitingFor(let name, let role):
            conditions.append("p.proposer <> ?")
            _ = arguments.append(contentsOf: [name.rawValue])
            if role != .administrator { conditions.append("p.target <> 'roster'") }
        case .proposedBy(let name):
            conditions.append("p.proposer = ?")
            _ = arguments.append(contentsOf: [name.rawValue])
        }
        let condition = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        let order = query.states == ["pending"] ? "p.proposed_at, p.id" : "p.id DESC"
        return try read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposals p WHERE " + condition, arguments: arguments) ?? 0
            let rows = try Self.summaries(db, where: condition, arguments, order: order, limit: max(0, query.limit),
                                          offset: max(0, query.offset), now: now, settings: settings)
            return StorePage(offset: max(0, query.offset), rows: rows, total: total)
        }
    }

    /// Every proposal about a comment (and the blocks proposed from it), oldest first.
    public func decisions(on comment: CommentKey, at now: Date = Date(), settings: WorkflowSettings = .standard) throws -> [ProposalSummary] {
        try read { db in
            try Self.summaries(db, where: "p.platform = ? AND p.comment_id = ?", [comment.platform.rawValue, comment.id],
                               order: "p.id", limit: 1_000, offset: 0, now: now, settings: settings)
        }
    }

    /// Approved decisions still to carry out on the platforms: urgent hides first, then the
    /// oldest approval first (`vigil actions`, the console's action list).
    public func actionsToCarryOut(offset: Int = 0, limit: Int = 100) throws -> StorePage<ActionToCarryOut> {
        let condition = "p.state = 'approved' AND p.target <> 'roster' AND p.action <> 'keep'"
        return try read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposals p WHERE " + condition) ?? 0
            let rows = try Self.summaries(db, where: condition, [], order: "p.urgent DESC, p.decided_at, p.id",
                                          limit: max(0, limit), offset: max(0, offset), now: Date(), settings: .standard)
            let actions = rows.compactMap { s -> ActionToCarryOut? in
                guard case .moderation(let action, let target) = s.proposal.kind, case .approved(let approval) = s.proposal.state
                else { return nil }
                return ActionToCarryOut(
                    proposal: s.proposal, action: action, target: target,
                    steps: PlatformActions.steps(for: action, on: target.platform), approval: approval,
                    urgent: s.proposal.urgent, url: s.url)
            }
            return StorePage(offset: max(0, offset), rows: actions, total: total)
        }
    }

    /// A page of the audit log, newest first or oldest first.
    public func auditEntries(newestFirst: Bool = true, offset: Int = 0, limit: Int = 100) throws -> StorePage<AuditEntry> {
        try read { db in
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM audit_log") ?? 0
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_log") ?? 0
            let offset = max(0, offset)
            let rows: [Row]
            if newestFirst {
                rows = try Row.fetchAll(db, sql: AuditRows.select + " WHERE sequence <= ? ORDER BY sequence DESC LIMIT ?",
                                        arguments: [last - Int64(offset), max(0, limit)])
            } else {
                rows = try Row.fetchAll(db, sql: AuditRows.select + " WHERE sequence > ? ORDER BY sequence LIMIT ?",
                                        arguments: [Int64(offset), max(0, limit)])
            }
            let entries = try rows.map { row in
                try SignOffTransaction.readable("audit entry", (row[0] as DatabaseValue).description) { () throws(RowProblem) in
                    try AuditRows.decode(row)
                }
            }
            return StorePage(offset: offset, rows: entries, total: total)
        }
    }

    /// Everyone who has an account, with their cover windows, by name.
    public func members() throws -> [MemberListing] {
        try read { db in
            let windows = try SignOffTransaction.coverWindows(db)
            return try Row.fetchAll(db, sql: AccountRows.select + " ORDER BY name").map { row in
                let stored = try SignOffTransaction.readable("accounts", (row[0] as DatabaseValue).description) { () throws(RowProblem) in
                    try AccountRows.decode(row)
                }
                let a = stored.account
                return MemberListing(
                    name: a.name, role: a.role, membership: a.membership, lockedUntil: a.lockedUntil,
                    lastSignIn: stored.lastSignIn, weakPassphraseHash: a.passphraseHash.parameters.isWeakerThanStandard,
                    coverWindows: windows.filter { $0.moderator == a.name })
            }
        }
    }

    /// The roster as the tables have it.
    public func roster() throws -> Roster {
        try read { db in
            let accounts = try Row.fetchAll(db, sql: AccountRows.select).map { row in
                try SignOffTransaction.readable("accounts", (row[0] as DatabaseValue).description) { () throws(RowProblem) in
                    try AccountRows.decode(row).account
                }
            }
            return Roster(accounts: accounts, coverWindows: try SignOffTransaction.coverWindows(db))
        }
    }
}
