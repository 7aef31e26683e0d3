import Foundation
import GRDB
import VigilEngine

/// Sign-off's overviews: the counts `vigil status` prints, block suggestions, and the
/// console's handover.
extension SQLiteStore {
    /// Proposals by state (pending split into overdue) and active people by role.
    static func signOffCounts(_ db: Database, at now: Date, settings: WorkflowSettings) throws -> (administrators: Int, cover: Int, awaiting: Int, proposals: ProposalCounts) {
        var counts = ProposalCounts()
        for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) FROM proposals GROUP BY state") {
            let n: Int = row[1]
            switch row[0] as String {
            case "pending": counts.pending = n
            case "approved": counts.approved = n
            case "rejected": counts.rejected = n
            case "withdrawn": counts.withdrawn = n
            case "expired": counts.expired = n
            case "carried-out": counts.carriedOut = n
            default: break
            }
        }
        let overdueBefore = AuditTime.millis(now.addingTimeInterval(-settings.overdueAfter))
        counts.overdue = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposals WHERE state = 'pending' AND proposed_at <= ?",
                                          arguments: [overdueBefore]) ?? 0
        var people = (0, 0, 0)
        for row in try Row.fetchAll(db, sql: "SELECT membership, role, COUNT(*) FROM accounts GROUP BY membership, role") {
            let n: Int = row[2]
            switch (row[0] as String, row[1] as String) {
            case ("active", Role.administrator.rawValue): people.0 += n
            case ("active", _): people.1 += n
            case ("awaiting-approval", _): people.2 += n
            default: break
            }
        }
        return (people.0, people.1, people.2, counts)
    }

    /// What `vigil status` says about sign-off at `now`.
    public func signOffSummary(at now: Date = Date(), settings: WorkflowSettings = .standard) throws -> SignOffSummary {
        let roster = try self.roster()
        let suggestions = try blockSuggestions(at: now, settings: settings)
        return try read { db in
            let counts = try Self.signOffCounts(db, at: now, settings: settings)
            let weakNames = try Row.fetchAll(db, sql: "SELECT name, kdf FROM accounts WHERE membership <> 'removed' ORDER BY name")
                .compactMap { row -> AccountName? in
                    guard let kdf = KDFParameters(encoded: row[1]), kdf.isWeakerThanStandard else { return nil }
                    return try? AccountName(row[0] as String)
                }
            return SignOffSummary(
                administrators: counts.administrators, coverModerators: counts.cover, awaitingApproval: counts.awaiting,
                proposals: counts.proposals, capacity: SignOffCapacity.assess(roster, at: now),
                blockSuggestions: suggestions, weakAccounts: weakNames)
        }
    }

    /// Authors with at least the threshold of upheld abuse decisions in the window, most
    /// first, leaving out those already blocked or with a block pending; only `author`'s
    /// when given.
    public func blockSuggestions(at now: Date = Date(), settings: WorkflowSettings = .standard, author: AuthorKey? = nil) throws -> [BlockSuggestion] {
        try read { db in
            var sql = """
                SELECT p.id, p.platform, p.comment_id, p.author, p.decided_at, c.categories
                FROM proposals p JOIN comments c ON c.platform = p.platform AND c.platform_id = p.comment_id
                WHERE p.state IN ('approved', 'carried-out') AND p.decided_at >= ? AND p.target = 'comment'
                  AND p.author IS NOT NULL AND p.action IN ('delete', 'hide', 'escalate') AND p.decided_by <> p.proposer
                """
            var arguments: StatementArguments = [AuditTime.millis(now.addingTimeInterval(-settings.blockWindow))]
            if let author {
                sql += " AND p.platform = ? AND p.author = ?"
                _ = arguments.append(contentsOf: [author.platform.rawValue, author.id])
            }
            let upheld = try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row -> UpheldDecision? in
                guard let platform = Platform(rawValue: row[1]) else { return nil }
                let id: Int64 = row[0]
                return UpheldDecision(
                    author: AuthorKey(platform: platform, id: row[3]), comment: CommentKey(platform: platform, id: row[2]),
                    proposal: ProposalID(UInt64(id)), decidedAt: AuditTime.date(row[4] as Int64),
                    categories: Set(RowCoding.categories(row[5])))
            }
            guard !upheld.isEmpty else { return [] }
            var blockSQL = ProposalRows.select + ProposalRows.from
                + " WHERE p.target = 'author' AND p.action IN ('block', 'unblock') AND p.state IN ('pending', 'approved', 'carried-out')"
            var blockArguments = StatementArguments()
            if let author {
                blockSQL += " AND p.platform = ? AND p.author = ?"
                blockArguments = [author.platform.rawValue, author.id]
            }
            let blocks = try Row.fetchAll(db, sql: blockSQL, arguments: blockArguments).map { row in
                try SignOffTransaction.readable("proposals", (row[0] as DatabaseValue).description) { () throws(RowProblem) in
                    try ProposalRows.decode(row)
                }
            }
            return BlockSuggestions.suggest(from: upheld, at: now, settings: settings, excluding: BlockSuggestions.blockedOrPending(blocks))
        }
    }

    /// What is new and waiting for `person`: flagged comments created since they last
    /// signed in, the pending proposals (the oldest `limit`), how many are overdue, who is on
    /// the roster, and the warning when fewer than two can sign off this week.
    public func handover(
        for person: AccountName, since start: HandoverStart = .lastSignIn, at now: Date = Date(),
        settings: WorkflowSettings = .standard, limit: Int = 20
    ) throws -> HandoverSummary {
        let roster = try self.roster()
        let pending = try proposals(ProposalQuery(scope: .all, states: ["pending"], offset: 0, limit: limit), at: now, settings: settings)
        return try read { db in
            let since: Date?
            switch start {
            case .time(let t): since = t
            case .lastSignIn:
                guard let stored = try SignOffTransaction.storedAccount(person, db) else {
                    throw SignOffError.refused("there is nobody called \(person) on the roster")
                }
                since = stored.lastSignIn
            }
            var bySeverity: [Severity: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT severity, COUNT(*) FROM comments WHERE severity IS NOT NULL AND order_time > ? GROUP BY severity",
                                        arguments: [since.map(AuditTime.millis) ?? Int64.min]) {
                if let s = RowCoding.severity(rank: row[0]) { bySeverity[s] = row[1] }
            }
            let counts = try Self.signOffCounts(db, at: now, settings: settings)
            return HandoverSummary(
                person: person, since: since, newFlagged: bySeverity, pending: pending.rows, pendingTotal: pending.total,
                overdueTotal: counts.proposals.overdue, people: roster.members.keys.sorted(),
                capacityWarning: SignOffCapacity.assess(roster, at: now).warning)
        }
    }
}

extension SQLiteStore {
    /// Authors with flagged comments, most upheld decisions first, then most flagged: the
    /// console's authors view, one page at a time.
    public func authors(offset: Int = 0, limit: Int = 50, at now: Date = Date(), settings: WorkflowSettings = .standard) throws -> StorePage<AuthorStanding> {
        let suggested = Set(try blockSuggestions(at: now, settings: settings, author: nil).map(\.author))
        return try read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT author_id) FROM comments WHERE severity IS NOT NULL AND author_id IS NOT NULL") ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.platform, a.platform_id, COALESCE(a.name, a.handle),
                    (SELECT COUNT(*) FROM comments c WHERE c.author_id = a.id), f.flagged, f.last, COALESCE(u.n, 0)
                FROM (SELECT author_id, COUNT(*) AS flagged, MAX(order_time) AS last FROM comments
                      WHERE severity IS NOT NULL AND author_id IS NOT NULL GROUP BY author_id) f
                JOIN authors a ON a.id = f.author_id
                LEFT JOIN (SELECT platform, author, COUNT(*) AS n FROM proposals
                           WHERE \(Self.upheldAgainstAuthor)
                           GROUP BY platform, author) u ON u.platform = a.platform AND u.author = a.platform_id
                ORDER BY COALESCE(u.n, 0) DESC, f.flagged DESC, a.id
                LIMIT ? OFFSET ?
                """, arguments: [max(0, limit), max(0, offset)])
            let blocks = try Row.fetchAll(db, sql: ProposalRows.select + ProposalRows.from
                + " WHERE p.target = 'author' AND p.action IN ('block', 'unblock') AND p.state IN ('approved', 'carried-out')").map { row in
                try SignOffTransaction.readable("proposals", (row[0] as DatabaseValue).description) { () throws(RowProblem) in
                    try ProposalRows.decode(row)
                }
            }
            let blocked = BlockSuggestions.blockedOrPending(blocks)
            let standings = rows.compactMap { row -> AuthorStanding? in
                guard let platform = Platform(rawValue: row[0]) else { return nil }
                let id: String? = row[1]
                // An author the export named without an id cannot be blocked or counted by id.
                let key = AuthorKey(platform: platform, id: id ?? "")
                return AuthorStanding(
                    author: key, name: row[2], comments: row[3], flagged: row[4], upheld: row[6],
                    lastFlagged: (row[5] as Int64?).map(RowCoding.date), blocked: id != nil && blocked.contains(key),
                    blockSuggested: id != nil && suggested.contains(key))
            }
            return StorePage(offset: max(0, offset), rows: standings, total: total)
        }
    }
}
