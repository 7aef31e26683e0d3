import Foundation

/// A row of another table that the verified log contradicts. `description` names the table,
/// the row and the entry, ready to print.
public struct IntegrityProblem: Sendable, Hashable, CustomStringConvertible {
    /// "accounts", "proposals", "sign-offs", "comments", "cover windows".
    public let table: String
    /// The row: an account name, proposal id, comment.
    public let row: String
    /// The audit entry the row should match, where there is one.
    public let entry: UInt64?
    public let message: String

    /// For a store's own checks beside these (a row it cannot even read).
    public init(table: String, row: String, entry: UInt64?, message: String) {
        self.table = table
        self.row = row
        self.entry = entry
        self.message = message
    }

    public var description: String {
        "\(table) \(row): \(message)" + (entry.map { " (audit entry \($0))" } ?? "")
    }
}

/// A sign-off row as the store keeps it: a second person's approval or rejection.
public struct DecisionRow: Sendable, Hashable {
    public let proposal: ProposalID
    public let verdict: RecordedDecision.Verdict
    public let by: AccountName
    public let at: Date
    public let note: String?

    public init(proposal: ProposalID, verdict: RecordedDecision.Verdict, by: AccountName, at: Date, note: String?) {
        self.proposal = proposal
        self.verdict = verdict
        self.by = by
        self.at = at
        self.note = note
    }
}

/// One stored version of a comment's text; `text` nil once purged, `textSHA256` the hash
/// the store keeps beside it.
public struct CommentTextRow: Sendable, Hashable {
    public let comment: CommentKey
    public let text: String?
    public let textSHA256: Data?

    public init(comment: CommentKey, text: String?, textSHA256: Data?) {
        self.comment = comment
        self.text = text
        self.textSHA256 = textSHA256
    }
}

/// The store's other tables checked against a verified log, as pure functions over rows.
/// Each returns every problem found (empty when the table agrees), in a stable order.
public enum IntegrityCheck {
    /// Every active account's key and role must be the ones the log vouches for; an account
    /// waiting for approval must match its pending proposal; removed must be removed; and
    /// every roster member in the log must have an account.
    public static func accounts(_ rows: [Account], against log: ReplayedLog) -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        func problem(_ row: AccountName, _ message: String, _ entry: UInt64? = nil) {
            problems.append(IntegrityProblem(table: "accounts", row: row.rawValue, entry: entry, message: message))
        }
        var seen: Set<AccountName> = []
        for row in rows.sorted(by: { $0.name < $1.name }) {
            if !seen.insert(row.name).inserted { problem(row.name, "appears twice"); continue }
            switch row.membership {
            case .active:
                guard let member = log.roster.members[row.name] else {
                    problem(row.name, "is active, but no signed-off roster entry in the audit log makes \(row.name) a member")
                    continue
                }
                if member.publicKey != row.publicKey { problem(row.name, "holds a signing key that no roster entry in the audit log vouches for") }
                if member.role != row.role { problem(row.name, "is stored as \(row.role.withArticle), but the audit log makes \(row.name) \(member.role.withArticle)") }
            case .awaitingApproval(let id):
                guard let p = log.proposals[id], case .roster(.add(let name, let role, let key)) = p.kind, name == row.name else {
                    problem(row.name, "waits for \(id), but no proposal in the audit log adds \(row.name) as \(id)")
                    continue
                }
                if p.state != .pending { problem(row.name, "still waits for \(id), which the audit log shows as \(p.state.name)", log.proposedIn[id]) }
                if key != row.publicKey || role != row.role { problem(row.name, "does not match the key or role \(id) proposed", log.proposedIn[id]) }
            case .removed:
                if log.roster.members[row.name] != nil { problem(row.name, "is stored as removed, but the audit log has \(row.name) on the roster") }
                else if log.roster.removed[row.name] == nil { problem(row.name, "is stored as removed, but the audit log never had \(row.name) on the roster") }
            }
        }
        for member in log.roster.members.values.sorted(by: { $0.name < $1.name }) where !seen.contains(member.name) {
            problem(member.name, "is on the roster in the audit log but has no account row")
        }
        return problems
    }

    /// Every stored proposal must be the one the log replays, in the same state; and every
    /// proposal in the log must be stored.
    public static func proposals(_ rows: [Proposal], against log: ReplayedLog) -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        var seen: Set<ProposalID> = []
        for row in rows.sorted(by: { $0.id < $1.id }) {
            func problem(_ message: String) {
                problems.append(IntegrityProblem(table: "proposals", row: row.id.description, entry: log.proposedIn[row.id], message: message))
            }
            if !seen.insert(row.id).inserted { problem("appears twice"); continue }
            guard let replayed = log.proposals[row.id] else { problem("has no audit entry proposing it"); continue }
            if let field = firstDifference(row, replayed) { problem("its \(field) differs from what the audit log records") }
        }
        for id in log.proposals.keys.filter({ !seen.contains($0) }).sorted() {
            problems.append(IntegrityProblem(table: "proposals", row: id.description, entry: log.proposedIn[id], message: "is in the audit log but missing from the store"))
        }
        return problems
    }

    private static func firstDifference(_ a: Proposal, _ b: Proposal) -> String? {
        if a.kind != b.kind { return "subject or action" }
        if a.proposer != b.proposer { return "proposer" }
        if AuditTime.millis(a.proposedAt) != AuditTime.millis(b.proposedAt) { return "time" }
        if a.reason != b.reason { return "reason" }
        if a.urgent != b.urgent { return "urgency" }
        if a.state != b.state { return "state (\(a.state.name) here, \(b.state.name) in the log, or decided by someone else)" }
        return nil
    }

    /// Every approval or rejection row must match a signed entry (same proposal, verdict,
    /// signer, time and note), and every signed decision must have its row.
    public static func decisions(_ rows: [DecisionRow], against log: ReplayedLog) -> [IntegrityProblem] {
        // Indexed by proposal (one decision each, normally), so a log of 100,000 entries is
        // checked in linear time.
        var byProposal: [ProposalID: [Int]] = [:]
        for (i, d) in log.decisions.enumerated() { byProposal[d.proposal, default: []].append(i) }
        var used = [Bool](repeating: false, count: log.decisions.count)
        var problems: [IntegrityProblem] = []
        for row in rows.sorted(by: { ($0.proposal, $0.at) < ($1.proposal, $1.at) }) {
            let match = byProposal[row.proposal]?.first { i in
                let d = log.decisions[i]
                return !used[i] && d.verdict == row.verdict && d.by == row.by
                    && AuditTime.millis(d.at) == AuditTime.millis(row.at) && d.note == row.note
            }
            if let match {
                used[match] = true
            } else {
                problems.append(IntegrityProblem(
                    table: "sign-offs", row: "\(row.verdict.rawValue) of \(row.proposal) by \(row.by)", entry: nil,
                    message: "has no matching entry in the audit log signed by \(row.by)"))
            }
        }
        for (i, d) in log.decisions.enumerated() where !used[i] {
            problems.append(IntegrityProblem(
                table: "sign-offs", row: "\(d.verdict.rawValue) of \(d.proposal) by \(d.by)", entry: d.sequence,
                message: "is in the audit log but missing from the store"))
        }
        return problems
    }

    /// Each decided comment's stored text must still hash to what every decision on it
    /// recorded (some stored version must), unless a purge entry removed the text with that
    /// hash kept.
    public static func commentTexts(_ rows: [CommentTextRow], against log: ReplayedLog) -> [IntegrityProblem] {
        // Each text hashed once; a stored version is (its text's hash or nil when purged, the stored hash).
        var byComment: [CommentKey: [(computed: Data?, stored: Data?)]] = [:]
        byComment.reserveCapacity(log.decidedTexts.count)
        var problems: [IntegrityProblem] = []
        for row in rows {
            let computed = row.text.map(TextHash.of)
            byComment[row.comment, default: []].append((computed, row.textSHA256))
            if let computed, let stored = row.textSHA256, computed != stored {
                problems.append(IntegrityProblem(table: "comments", row: row.comment.description, entry: nil, message: "its text no longer matches the hash stored beside it"))
            }
        }
        // Checked in any order; only the (few) comments with problems are put in order.
        var decided: [(CommentKey, [IntegrityProblem])] = []
        for (comment, recorded) in log.decidedTexts {
            var found: [IntegrityProblem] = []
            let versions = byComment[comment] ?? []
            if versions.isEmpty {
                found.append(IntegrityProblem(table: "comments", row: comment.description, entry: recorded.first?.sequence, message: "was decided but is missing from the store"))
            } else {
                for r in recorded {
                    let kept = versions.contains { v in
                        if let computed = v.computed { return computed == r.textSHA256 }
                        return v.stored == r.textSHA256 && log.purgedTexts[comment]?.contains(r.textSHA256) == true
                    }
                    if !kept {
                        found.append(IntegrityProblem(
                            table: "comments", row: comment.description, entry: r.sequence,
                            message: "no stored text hashes to what \(r.proposal?.description ?? "the decision") recorded: the text was changed"))
                    }
                }
            }
            if !found.isEmpty { decided.append((comment, found)) }
        }
        decided.sort { ($0.0.platform.rawValue, $0.0.id) < ($1.0.platform.rawValue, $1.0.id) }
        return problems + decided.flatMap(\.1)
    }

    /// The stored cover windows must be exactly those signed-off roster changes added.
    public static func coverWindows(_ rows: [CoverWindow], against log: ReplayedLog) -> [IntegrityProblem] {
        func label(_ w: CoverWindow) -> String { "\(w.moderator) for \(w.covering) \(DisplayTime.day(w.start))–\(DisplayTime.day(w.lastDay))" }
        let logged = Set(log.roster.coverWindows)
        let stored = Set(rows)
        var problems = stored.subtracting(logged).map {
            IntegrityProblem(table: "cover windows", row: label($0), entry: nil, message: "has no signed-off roster change in the audit log")
        }
        problems += logged.subtracting(stored).map {
            IntegrityProblem(table: "cover windows", row: label($0), entry: nil, message: "is in the audit log but missing from the store")
        }
        return problems.sorted { $0.row < $1.row }
    }
}
