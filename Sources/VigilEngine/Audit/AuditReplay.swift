import Foundation

/// A second-person decision (approve or reject) as the log records it, signed.
public struct RecordedDecision: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable { case approve, reject }
    public let proposal: ProposalID
    public let verdict: Verdict
    public let by: AccountName
    public let at: Date
    public let note: String?
    /// The entry that records it.
    public let sequence: UInt64
}

/// A comment text hash the log records, and the entry that recorded it.
public struct RecordedText: Sendable, Hashable {
    public let textSHA256: Data
    public let sequence: UInt64
    /// The decision that recorded it; nil for a purge.
    public let proposal: ProposalID?
}

/// What the log says, replayed from its first entry with the same rules the workflow uses:
/// the roster with the keys only signed-off roster entries vouch for, every proposal's
/// state, and what the store's other tables must agree with.
public struct ReplayedLog: Sendable {
    public private(set) var roster = Roster()
    public private(set) var proposals: [ProposalID: Proposal] = [:]
    public private(set) var founders: [AccountName] = []
    public private(set) var decisions: [RecordedDecision] = []
    /// Text hashes recorded by decisions, per comment.
    public private(set) var decidedTexts: [CommentKey: [RecordedText]] = [:]
    /// Comments whose text was purged, with the hash kept.
    public private(set) var purges: [CommentKey: RecordedText] = [:]
    /// Every text hash purged, per comment (a comment with several versions has several).
    public private(set) var purgedTexts: [CommentKey: Set<Data>] = [:]
    /// The entry that proposed each proposal.
    public private(set) var proposedIn: [ProposalID: UInt64] = [:]
    private(set) var foundingOpen = true
    /// Actors already validated as account names (a log has a handful, repeated).
    private var names: [String: AccountName] = [:]

    private mutating func accountName(_ actor: String) -> AccountName? {
        if let n = names[actor] { return n }
        guard let n = try? AccountName(actor), n.rawValue == actor else { return nil }
        names[actor] = n
        return n
    }

    /// Applies one decoded entry and returns the public key its signature must verify
    /// with (nil for unsigned kinds), or why the entry cannot stand.
    mutating func apply(_ event: AuditEvent, entry: AuditEntry) -> Result<Data?, AuditFailureReason> {
        let time = entry.time
        if case .founded(let name, let key) = event {
            guard foundingOpen else { return .failure(.foundingAfterStart(name)) }
            guard entry.actor == name.rawValue else { return .failure(.malformed("a founding entry's actor must be the administrator it founds")) }
            guard roster.members[name] == nil else { return .failure(.foundedTwice(name)) }
            if let other = roster.members.values.first(where: { $0.publicKey == key }) {
                return .failure(.refused(actor: entry.actor, kind: .founded, .keyAlreadyInUse(name, by: other.name)))
            }
            roster.found(RosterMember(name: name, role: .administrator, publicKey: key, since: time))
            founders.append(name)
            return .success(key)
        }
        if foundingOpen {
            guard founders.count >= 2 else { return .failure(.tooFewFounders(founders.count)) }
            foundingOpen = false
        }
        if event.kind.signing == .forbidden {
            if case .expire(let id) = event {
                guard entry.actor == AuditEntry.systemActor else { return .failure(.systemEntryWithActor(entry.actor)) }
                guard let p = proposals[id] else { return .failure(.unknownProposal(id)) }
                switch p.applying(.expire(at: time), roster: roster) {
                case .success(let next): proposals[id] = next
                case .failure(let r): return .failure(.refused(actor: entry.actor, kind: .expire, r))
                }
            }
            return .success(nil)
        }
        guard let name = accountName(entry.actor) else { return .failure(.unknownSigner(entry.actor)) }
        guard let member = roster.members[name] else {
            if let at = roster.removed[name] { return .failure(.signerRemoved(name, at: at)) }
            return .failure(.unknownSigner(entry.actor))
        }
        let refused = { (r: WorkflowRefusal) in AuditFailureReason.refused(actor: entry.actor, kind: event.kind, r) }
        switch event {
        case .propose(let id, let kind, let reason):
            if proposals[id] != nil { return .failure(.duplicateProposal(id)) }
            switch Proposal.open(id: id, kind: kind, by: name, at: time, reason: reason, roster: roster) {
            case .success(let p): record(p, entry: entry)
            case .failure(let r): return .failure(refused(r))
            }
        case .urgentHide(let id, let subject, let severity, let reason):
            if proposals[id] != nil { return .failure(.duplicateProposal(id)) }
            switch Proposal.open(id: id, kind: .moderation(.hide, .comment(subject)), by: name, at: time, reason: reason, roster: roster, urgentSeverity: severity) {
            case .success(let p): record(p, entry: entry)
            case .failure(let r): return .failure(refused(r))
            }
        case .approve, .reject, .withdraw, .done:
            guard let id = event.proposal else { return .failure(.malformed("no proposal")) }
            let note = event.subject.note
            guard let p = proposals[id] else { return .failure(.unknownProposal(id)) }
            let transition: ProposalEvent
            switch event.kind {
            case .approve: transition = .approve(by: name, at: time, note: note)
            case .reject: transition = .reject(by: name, at: time, note: note)
            case .withdraw: transition = .withdraw(by: name, at: time, note: note)
            default: transition = .markDone(by: name, at: time, note: note)
            }
            switch p.applying(transition, roster: roster) {
            case .failure(let r): return .failure(refused(r))
            case .success(let next):
                proposals[id] = next
                if event.kind == .approve || event.kind == .reject {
                    decisions.append(RecordedDecision(
                        proposal: id, verdict: event.kind == .approve ? .approve : .reject, by: name,
                        at: time, note: note, sequence: entry.sequence))
                }
                if event.kind == .approve, case .roster(let change) = p.kind { roster.apply(change, at: time) }
            }
        case .purge(let comment, let hash):
            switch roster.authority(of: name, at: time) {
            case .failure(let r): return .failure(refused(r))
            case .success(let a) where a.role != .administrator: return .failure(refused(.administratorsOnly(name)))
            case .success:
                purges[comment] = RecordedText(textSHA256: hash, sequence: entry.sequence, proposal: nil)
                purgedTexts[comment, default: []].insert(hash)
            }
        default:
            return .failure(.malformed("an entry of kind \(event.kind.rawValue) cannot be signed"))
        }
        return .success(member.publicKey)
    }

    private mutating func record(_ p: Proposal, entry: AuditEntry) {
        proposals[p.id] = p
        proposedIn[p.id] = entry.sequence
        if case .moderation(_, .comment(let c)) = p.kind {
            decidedTexts[c.comment, default: []].append(RecordedText(textSHA256: c.textSHA256, sequence: entry.sequence, proposal: p.id))
        }
    }

    /// The key the roster holds for `actor` now, without applying anything.
    func currentKey(of actor: String) -> Data? {
        guard let name = try? AccountName(actor), name.rawValue == actor else { return nil }
        return roster.members[name]?.publicKey
    }
}
