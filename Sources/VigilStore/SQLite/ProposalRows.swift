import Foundation
import GRDB
import VigilEngine

/// How a `Proposal` is written to `proposals` (and `carried_out`) and read back.
///
/// The subject columns are the fields the proposing audit entry has, flattened by
/// `AuditEvent.subject` and read back by `AuditEvent(kind:subject:)`: one mapping for both.
enum ProposalRows {
    static let columns = [
        "p.id", "p.action", "p.escalate_to", "p.platform", "p.comment_id", "p.text_sha256", "p.author", "p.member",
        "p.role", "p.public_key", "p.covering", "p.window_start", "p.window_end", "p.proposer", "p.proposed_at",
        "p.reason", "p.urgent", "p.state", "p.decided_by", "p.decided_at", "p.decision_note",
        "d.done_by", "d.done_at", "d.note", "p.entry",
    ]

    /// Columns `decode` reads, then whatever a caller adds after them.
    static let select = "SELECT " + columns.joined(separator: ", ")
    static let from = " FROM proposals p LEFT JOIN carried_out d ON d.proposal_id = p.id"
    static let columnCount = columns.count

    /// The column names without their table, for messages.
    static let names = columns.map { String($0.dropFirst(2)) }

    /// The proposal a row holds (columns in `columns` order), or what in it cannot be one.
    static func decode(_ row: Row) throws(RowProblem) -> Proposal { try decode(Cells(row: row, names: names)) }

    /// The same from any strict reader of those columns (`vigil audit verify` reads raw).
    static func decode(_ c: some StrictColumns) throws(RowProblem) -> Proposal {
        let id = try c.unsigned(0)
        guard id > 0 else { throw RowProblem(column: "id", expected: "a proposal number from 1", found: "0") }
        let reason = try c.text(15)
        let action = try c.optionalText(1)
        let subject = AuditSubject(
            proposal: id, action: action, escalateTo: try c.optionalText(2), platform: try c.optionalText(3),
            commentID: try c.optionalText(4), textSHA256: try c.optionalBlob(5), author: try c.optionalText(6),
            member: try c.optionalText(7), role: try c.optionalText(8), publicKey: try c.optionalBlob(9),
            covering: try c.optionalText(10), windowStart: try c.optionalInt(11), windowEnd: try c.optionalInt(12),
            note: reason)
        let kind: ProposalKind
        do {
            guard case .propose(_, let k, _) = try AuditEvent(kind: action == "keep" ? "keep" : "propose", subject: subject) else {
                throw RowProblem(column: "action", expected: "a proposal", found: "something else")
            }
            kind = k
        } catch let problem as RowProblem {
            throw problem
        } catch {
            throw RowProblem(column: "subject", expected: "what a proposal is about", found: "fields that do not make one (\(error))")
        }
        let proposer = try name(c, 13)
        func decision(_ by: Int, _ at: Int, _ note: Int) throws(RowProblem) -> Decision {
            Decision(by: try name(c, by), at: AuditTime.date(try c.int(at)), note: try c.optionalText(note))
        }
        let state: ProposalState
        switch try c.text(17) {
        case "pending": state = .pending
        case "approved": state = .approved(try decision(18, 19, 20))
        case "rejected": state = .rejected(try decision(18, 19, 20))
        case "withdrawn": state = .withdrawn(try decision(18, 19, 20))
        case "expired": state = .expired(at: AuditTime.date(try c.int(19)))
        case "carried-out": state = .carriedOut(approved: try decision(18, 19, 20), done: try decision(21, 22, 23))
        case let other: throw RowProblem(column: "state", expected: "a proposal state", found: "\"\(SafeText.oneLine(other, limit: 40))\"")
        }
        let urgent = try c.int(16)
        guard urgent == 0 || urgent == 1 else { throw RowProblem(column: "urgent", expected: "0 or 1", found: "\(urgent)") }
        return Proposal(
            id: ProposalID(id), kind: kind, proposer: proposer, proposedAt: AuditTime.date(try c.int(14)),
            reason: reason, urgent: urgent == 1, state: state)
    }

    /// The audit entry that proposed the row's proposal.
    static func entry(_ row: Row) -> UInt64? {
        guard case .int64(let v) = (row[24] as DatabaseValue).storage else { return nil }
        return UInt64(exactly: v)
    }

    private static func name(_ c: some StrictColumns, _ i: Int) throws(RowProblem) -> AccountName {
        let text = try c.text(i)
        guard let n = try? AccountName(text), n.rawValue == text else {
            throw RowProblem(column: c.names[i], expected: "an account name", found: "\"\(SafeText.oneLine(text, limit: 40))\"")
        }
        return n
    }

    /// "comment", "author" or "roster".
    static func target(_ kind: ProposalKind) -> String {
        switch kind {
        case .moderation(_, .comment): "comment"
        case .moderation(_, .author): "author"
        case .roster: "roster"
        }
    }

    static func insert(_ p: Proposal, entry: UInt64, severity: Severity?, into db: Database) throws {
        let s = AuditEvent.propose(p.id, p.kind, reason: p.reason).subject
        let (by, at, note) = decisionColumns(p.state)
        try db.cachedStatement(sql: """
            INSERT INTO proposals (id, target, action, escalate_to, platform, comment_id, text_sha256, author, member,
                role, public_key, covering, window_start, window_end, proposer, proposed_at, reason, urgent, severity,
                state, decided_by, decided_at, decision_note, expires_at, entry)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: StatementArguments([
                Int64(bitPattern: p.id.rawValue), target(p.kind), s.action, s.escalateTo, s.platform, s.commentID,
                s.textSHA256, s.author, s.member, s.role, s.publicKey, s.covering, s.windowStart, s.windowEnd,
                p.proposer.rawValue, AuditTime.millis(p.proposedAt), p.reason, p.urgent ? 1 : 0,
                severity?.rawValue, p.state.name, by, at, note, p.expiresAt.map(AuditTime.millis),
                Int64(bitPattern: entry),
            ] as [(any DatabaseValueConvertible)?]))
    }

    /// Writes the proposal's new state; for a carried-out one, the `carried_out` row too.
    static func updateState(_ p: Proposal, entry: UInt64, in db: Database) throws {
        let (by, at, note) = decisionColumns(p.state)
        try db.cachedStatement(sql: "UPDATE proposals SET state = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ?")
            .execute(arguments: [p.state.name, by, at, note, Int64(bitPattern: p.id.rawValue)])
        if case .carriedOut(_, let done) = p.state {
            try db.cachedStatement(sql: "INSERT INTO carried_out (proposal_id, done_by, done_at, note, entry) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [Int64(bitPattern: p.id.rawValue), done.by.rawValue, AuditTime.millis(done.at), done.note, Int64(bitPattern: entry)])
        }
    }

    private static func decisionColumns(_ state: ProposalState) -> (String?, Int64?, String?) {
        switch state {
        case .pending: (nil, nil, nil)
        case .approved(let d), .rejected(let d), .withdrawn(let d), .carriedOut(let d, _): (d.by.rawValue, AuditTime.millis(d.at), d.note)
        case .expired(let at): (nil, AuditTime.millis(at), nil)
        }
    }
}
