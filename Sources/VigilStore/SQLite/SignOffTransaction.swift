import Foundation
import GRDB
import VigilEngine

/// One `BEGIN IMMEDIATE` transaction of sign-off work: the audit head, the roster and the
/// proposals are read inside it, the engine decides, and every change is written with its
/// entry before the transaction commits. Two processes therefore never chain onto the same
/// head or decide the same proposal twice: the second waits (busy timeout) and then sees
/// the first one's result.
final class SignOffTransaction {
    let db: Database
    /// The caller's "now"; entries get `AuditTime.next(now, after: head)`.
    let now: Date
    private(set) var head: AuditHead?
    private var cachedRoster: Roster?

    init(db: Database, now: Date) throws {
        self.db = db
        self.now = now
        head = try AuditRows.head(db)
    }

    // MARK: the log

    /// Entries appended so far: a refusal after some (a recorded failure, an expiry) still
    /// commits them; one before any rolls back.
    private(set) var appended = 0

    func append(_ entry: AuditEntry) throws {
        try AuditRows.insert(entry, into: db)
        head = entry.head
        appended += 1
    }

    /// Appends unsigned entries (failed sign-ins, locks) after the head.
    func record(_ events: [UnsignedAuditEvent]) throws {
        for entry in Workflow.record(events, after: head, at: now) { try append(entry) }
    }

    // MARK: accounts and the roster

    func account(_ name: AccountName) throws -> AccountRows.Stored? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: AccountRows.select + " WHERE name = ?"), arguments: [name.rawValue]) else {
            return nil
        }
        return try Self.readable("accounts", name.rawValue) { () throws(RowProblem) in try AccountRows.decode(row) }
    }

    func accounts() throws -> [AccountRows.Stored] {
        try Row.fetchAll(db, sql: AccountRows.select + " ORDER BY name").map { row in
            try Self.readable("accounts", (row[0] as DatabaseValue).description) { () throws(RowProblem) in try AccountRows.decode(row) }
        }
    }

    func hasAccounts() throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM accounts)") ?? false
    }

    /// The roster as the tables have it now (re-read after a roster change).
    func roster() throws -> Roster {
        if let cachedRoster { return cachedRoster }
        let roster = Roster(accounts: try accounts().map(\.account), coverWindows: try Self.coverWindows(db))
        cachedRoster = roster
        return roster
    }

    static func coverWindows(_ db: Database) throws -> [CoverWindow] {
        try Row.fetchAll(db, sql: "SELECT moderator, covering, starts_at, ends_at, proposal_id FROM cover_windows ORDER BY proposal_id").map { row in
            let c = Cells(row: row, names: ["moderator", "covering", "starts_at", "ends_at"])
            return try readable("cover windows", "of proposal \((row[4] as DatabaseValue).description)") { () throws(RowProblem) in
                let moderator = try c.text(0), covering = try c.text(1)
                guard let m = try? AccountName(moderator), let f = try? AccountName(covering) else {
                    throw RowProblem(column: "moderator", expected: "account names", found: "other text")
                }
                return CoverWindow(moderator: m, covering: f, start: AuditTime.date(try c.int(2)), end: AuditTime.date(try c.int(3)))
            }
        }
    }

    /// Stores the sign-in bookkeeping of `account` (attempts, lock) and, after a success,
    /// the sign-in time.
    func updateSignInState(_ account: Account, signedInAt: Date?) throws {
        try db.cachedStatement(sql: """
            UPDATE accounts SET failed_attempts = ?, locked_until = ?, last_sign_in_at = COALESCE(?, last_sign_in_at)
            WHERE name = ?
            """).execute(arguments: [
                account.failedAttempts, account.lockedUntil.map(AuditTime.millis), signedInAt.map(AuditTime.millis),
                account.name.rawValue,
            ])
    }

    func insertAccount(_ account: Account, replacing: Bool) throws {
        try AccountRows.write(account, into: db, replacing: replacing)
        cachedRoster = nil
    }

    /// Makes an approved roster change in the tables, as `Roster.apply` does to the value.
    func apply(_ change: RosterChange, approvedIn proposal: ProposalID, at time: Date) throws {
        switch change {
        case .add(let name, _, _):
            try db.execute(
                sql: "UPDATE accounts SET membership = 'active', awaiting_proposal = NULL, active_since = ?, removed_at = NULL WHERE name = ?",
                arguments: [AuditTime.millis(time), name.rawValue])
        case .remove(let name):
            try db.execute(
                sql: "UPDATE accounts SET membership = 'removed', removed_at = ?, awaiting_proposal = NULL WHERE name = ?",
                arguments: [AuditTime.millis(time), name.rawValue])
            try db.execute(sql: "DELETE FROM cover_windows WHERE moderator = ?", arguments: [name.rawValue])
        case .addCoverWindow(let w):
            try db.execute(
                sql: "INSERT INTO cover_windows (proposal_id, moderator, covering, starts_at, ends_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [Int64(bitPattern: proposal.rawValue), w.moderator.rawValue, w.covering.rawValue,
                            AuditTime.millis(w.start), AuditTime.millis(w.end)])
        }
        cachedRoster = nil
    }

    /// After an add is rejected or withdrawn: a person re-proposed goes back to removed; a
    /// new one's account row goes (they were never on the roster).
    func dropAwaitingAccount(_ name: AccountName, proposal: ProposalID) throws {
        let id = Int64(bitPattern: proposal.rawValue)
        try db.execute(sql: """
            UPDATE accounts SET membership = 'removed', awaiting_proposal = NULL
            WHERE name = ? AND awaiting_proposal = ? AND removed_at IS NOT NULL
            """, arguments: [name.rawValue, id])
        try db.execute(sql: "DELETE FROM accounts WHERE name = ? AND awaiting_proposal = ?", arguments: [name.rawValue, id])
        cachedRoster = nil
    }

    // MARK: proposals

    func proposal(_ id: ProposalID) throws -> Proposal? {
        let sql = ProposalRows.select + ProposalRows.from + " WHERE p.id = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [Int64(bitPattern: id.rawValue)]) else { return nil }
        return try Self.readable("proposals", id.description) { () throws(RowProblem) in try ProposalRows.decode(row) }
    }

    func nextProposalID() throws -> ProposalID {
        ProposalID(UInt64(try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM proposals") ?? 1))
    }

    /// A proposal of `action` on the same comment text or author, still pending or approved
    /// and not yet carried out: another one would be a duplicate.
    func openProposal(on target: ModerationTarget, action: ModerationAction) throws -> Proposal? {
        let s = AuditEvent.propose(ProposalID(1), .moderation(action, target), reason: "").subject
        var sql = "SELECT id FROM proposals WHERE platform = ? AND action = ? AND escalate_to IS ? AND state IN ('pending', 'approved')"
        var arguments: StatementArguments = [s.platform, s.action, s.escalateTo]
        switch target {
        case .comment(let c):
            sql += " AND target = 'comment' AND comment_id = ? AND text_sha256 = ?"
            _ = arguments.append(contentsOf: [c.comment.id, c.textSHA256])
        case .author(let a):
            sql += " AND target = 'author' AND author = ?"
            _ = arguments.append(contentsOf: [a.author.id])
        }
        guard let id = try Int64.fetchOne(db, sql: sql + " ORDER BY id LIMIT 1", arguments: arguments) else { return nil }
        return try proposal(ProposalID(UInt64(id)))
    }

    /// A pending proposal on the comment other than an escalation (which goes alongside).
    func pendingRemoval(on comment: CommentKey) throws -> (ProposalID, String)? {
        try Row.fetchOne(db, sql: """
            SELECT id, action FROM proposals WHERE platform = ? AND comment_id = ? AND target = 'comment'
              AND state = 'pending' AND action <> 'escalate' ORDER BY id LIMIT 1
            """, arguments: [comment.platform.rawValue, comment.id]).map { (ProposalID(UInt64($0[0] as Int64)), $0[1]) }
    }

    func insert(_ step: WorkflowStep, severity: Severity? = nil) throws {
        try append(step.entry)
        try ProposalRows.insert(step.proposal, entry: step.entry.sequence, severity: severity, into: db)
        try refreshReview(step.proposal.kind)
    }

    /// Writes a decided step: the entry, the proposal's state, the sign-off row for a second
    /// person's approval or rejection, and whatever the decision changes.
    func update(_ step: WorkflowStep, from before: Proposal) throws {
        try append(step.entry)
        let p = step.proposal
        try ProposalRows.updateState(p, entry: step.entry.sequence, in: db)
        switch p.state {
        case .approved(let d) where d.by != p.proposer, .rejected(let d) where d.by != p.proposer:
            let verdict = if case .approved = p.state { "approve" } else { "reject" }
            try db.cachedStatement(sql: """
                INSERT INTO decisions (proposal_id, verdict, decided_by, proposed_by, decided_at, note, entry)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    Int64(bitPattern: p.id.rawValue), verdict, d.by.rawValue, p.proposer.rawValue,
                    AuditTime.millis(d.at), d.note, Int64(bitPattern: step.entry.sequence),
                ])
        default: break
        }
        if let change = step.rosterChange { try apply(change, approvedIn: p.id, at: step.entry.time) }
        if case .roster(.add(let name, _, _)) = p.kind, before.state == .pending {
            switch p.state {
            case .rejected, .withdrawn, .expired: try dropAwaitingAccount(name, proposal: p.id)
            default: break
            }
        }
        try refreshReview(p.kind)
    }

    /// Expires the cover-window proposals whose window has ended undecided.
    func expireDue() throws {
        let due = try Int64.fetchAll(db, sql: """
            SELECT id FROM proposals WHERE state = 'pending' AND expires_at IS NOT NULL AND expires_at <= ? ORDER BY id
            """, arguments: [AuditTime.millis(AuditTime.next(now, after: head))])
        for id in due {
            guard let p = try proposal(ProposalID(UInt64(id))) else { continue }
            if case .success(let step) = Workflow.expire(p, roster: try roster(), after: head, at: now) {
                try update(step, from: p)
            }
        }
    }

    // MARK: comments

    /// The comment as a decision records it (current text's hash, author id) and its worst
    /// flag; nil when it is not stored.
    func commentSubject(_ key: CommentKey) throws -> (CommentSubject, Severity?)? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT c.text_sha256, a.platform_id, c.severity FROM comments c LEFT JOIN authors a ON a.id = c.author_id
            WHERE c.platform = ? AND c.platform_id = ?
            """), arguments: [key.platform.rawValue, key.id]) else { return nil }
        let severity = (row[2] as Int?).flatMap(RowCoding.severity(rank:))
        return (CommentSubject(comment: key, textSHA256: row[0], authorID: row[1]), severity)
    }

    func authorExists(_ author: AuthorKey) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM authors WHERE platform = ? AND platform_id = ?)",
                          arguments: [author.platform.rawValue, author.id]) ?? false
    }

    /// Puts a comment's review state in line with its proposals: proposed while one is
    /// pending; decided when one about its current text was approved; otherwise open (a
    /// rejection, a withdrawal, or decisions about an earlier text leave it to decide).
    func refreshReview(_ kind: ProposalKind) throws {
        guard case .moderation(_, .comment(let subject)) = kind else { return }
        try db.cachedStatement(sql: """
            UPDATE comments SET review = (
                SELECT CASE
                    WHEN EXISTS (SELECT 1 FROM proposals p WHERE p.platform = comments.platform AND p.comment_id = comments.platform_id
                                 AND p.target = 'comment' AND p.state = 'pending') THEN 1
                    WHEN EXISTS (SELECT 1 FROM proposals p WHERE p.platform = comments.platform AND p.comment_id = comments.platform_id
                                 AND p.target = 'comment' AND p.state IN ('approved', 'carried-out')
                                 AND p.text_sha256 = comments.text_sha256) THEN 2
                    ELSE 0 END)
            WHERE platform = ? AND platform_id = ?
            """).execute(arguments: [subject.comment.platform.rawValue, subject.comment.id])
    }

    // MARK: helpers

    /// Runs a row decoder; a row that cannot be read is an integrity failure naming it.
    static func readable<T>(_ table: String, _ row: String, _ body: () throws(RowProblem) -> T) throws -> T {
        do { return try body() } catch {
            throw SignOffError.integrity("\(table) \(SafeText.oneLine(row, limit: 60)) cannot be read: \(error) (run vigil audit verify)")
        }
    }
}
