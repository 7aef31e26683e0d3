import Foundation
import Testing
@testable import VigilEngine

/// What the store will do, in memory: it keeps the log, the proposals, the roster and the
/// sign-off rows, and writes each `Workflow` step as one unit. Tests build logs with it and
/// then tamper with them.
struct MemoryLog {
    var entries: [AuditEntry] = []
    var proposals: [ProposalID: Proposal] = [:]
    var roster = Roster()
    var decisions: [DecisionRow] = []
    var clock: Date
    private var nextID: UInt64 = 1

    var head: AuditHead? { entries.last?.head }

    init(founders: [SigningIdentity], at start: Date = SignOffFixture.monday) {
        clock = start
        entries = try! Workflow.found(founders, at: clock).get()
        for f in founders { roster.apply(.add(f.name, .administrator, publicKey: f.publicKey), at: clock) }
    }

    mutating func tick(_ seconds: TimeInterval = 60) { clock += seconds }

    /// Proposes and returns the new id; the step must be allowed.
    @discardableResult
    mutating func propose(_ kind: ProposalKind, by who: SigningIdentity, reason: String = "breaks the rules", urgent: Severity? = nil,
                          sourceLocation: SourceLocation = #_sourceLocation) -> ProposalID {
        tick()
        let id = ProposalID(nextID)
        switch Workflow.propose(id, kind, reason: reason, by: who, roster: roster, after: head, at: clock, urgentSeverity: urgent) {
        case .success(let step):
            nextID += 1
            write(step)
        case .failure(let r):
            Issue.record("propose refused: \(r)", sourceLocation: sourceLocation)
        }
        return id
    }

    mutating func decide(_ id: ProposalID, _ verdict: Verdict, by who: SigningIdentity, sourceLocation: SourceLocation = #_sourceLocation) {
        tick()
        switch Workflow.decide(proposals[id]!, verdict, by: who, roster: roster, after: head, at: clock) {
        case .success(let step):
            write(step)
            switch verdict {
            case .approve(let note): decisions.append(DecisionRow(proposal: id, verdict: .approve, by: who.name, at: step.entry.time, note: note))
            case .reject(let note): decisions.append(DecisionRow(proposal: id, verdict: .reject, by: who.name, at: step.entry.time, note: note))
            default: break
            }
        case .failure(let r):
            Issue.record("\(verdict) refused: \(r)", sourceLocation: sourceLocation)
        }
    }

    mutating func expire(_ id: ProposalID, sourceLocation: SourceLocation = #_sourceLocation) {
        switch Workflow.expire(proposals[id]!, roster: roster, after: head, at: clock) {
        case .success(let step): write(step)
        case .failure(let r): Issue.record("expire refused: \(r)", sourceLocation: sourceLocation)
        }
    }

    mutating func record(_ events: [UnsignedAuditEvent]) {
        tick()
        entries += Workflow.record(events, after: head, at: clock)
    }

    mutating func purge(_ comment: CommentKey, text: String, by who: SigningIdentity) {
        tick()
        entries.append(try! Workflow.purge(comment, textSHA256: TextHash.of(text), by: who, roster: roster, after: head, at: clock).get())
    }

    /// Appends an entry signed by `who` with no workflow check: what someone holding the
    /// database file and a key could write.
    mutating func forge(_ event: AuditEvent, by who: SigningIdentity) {
        tick()
        entries.append(try! AuditEntry.signed(event, by: who, after: head, at: clock))
    }

    private mutating func write(_ step: WorkflowStep) {
        proposals[step.proposal.id] = step.proposal
        entries.append(step.entry)
        if let change = step.rosterChange { roster.apply(change, at: step.entry.time) }
    }

    func verify(threads: Int = 2, batchSize: Int = 8_192) -> AuditVerification {
        let v = AuditVerifier(threads: threads, batchSize: batchSize)
        v.add(entries)
        return v.finish()
    }
}

/// A log with every kind of entry: founders, decisions of every sort, roster changes,
/// cover windows, failed sign-ins, a lock, a purge and an expiry.
struct RichLog {
    let alice = SignOffFixture.identity(SignOffFixture.alice)
    let bob = SignOffFixture.identity(SignOffFixture.bob)
    let carol = SignOffFixture.identity(SignOffFixture.carol, .coverModerator)
    var log: MemoryLog
    /// Comment texts as the store keeps them.
    var texts: [CommentKey: String] = [:]

    static let commentTexts = ["c1": "you are all idiots", "c2": "call me on 07700 900123", "c3": "I know where you live",
                               "c4": "great concert tonight", "c5": "meet me after school, don't tell anyone"]

    func subject(_ id: String) -> CommentSubject {
        CommentSubject(comment: CommentKey(platform: .facebook, id: id), textSHA256: TextHash.of(Self.commentTexts[id]!), authorID: "u-" + id)
    }

    init() {
        let (alice, bob, carol) = (self.alice, self.bob, self.carol)
        log = MemoryLog(founders: [alice, bob])
        for (id, text) in Self.commentTexts { texts[CommentKey(platform: .facebook, id: id)] = text }
        let p1 = log.propose(.moderation(.delete, .comment(subject("c1"))), by: alice)
        log.decide(p1, .approve(note: nil), by: bob)
        log.record([UnsignedAuditEvent(actor: "mallory", event: .signInFailed(.unknownAccount, attempt: nil))])
        let p2 = log.propose(.roster(.add(SignOffFixture.carol, .coverModerator, publicKey: carol.publicKey)), by: alice, reason: "cover for the spring term")
        log.decide(p2, .approve(note: "welcome"), by: bob)
        let window = try! CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: "2025-03-03", to: "2025-03-07")
        let p3 = log.propose(.roster(.addCoverWindow(window)), by: bob, reason: "alice on a course")
        log.decide(p3, .approve(note: nil), by: alice)
        let p4 = log.propose(.moderation(.hide, .comment(subject("c2"))), by: carol)
        log.decide(p4, .reject(note: "that is the school office number"), by: bob)
        log.propose(.moderation(.hide, .comment(subject("c3"))), by: carol, reason: "threat", urgent: .critical)
        let p6 = log.propose(.moderation(.delete, .comment(subject("c3"))), by: carol, reason: "threat")
        log.decide(p6, .approve(note: nil), by: alice)
        log.decide(p6, .done(note: "deleted on Facebook"), by: bob)
        log.record([UnsignedAuditEvent(actor: "bob", event: .signInFailed(.wrongPassphrase, attempt: 1))])
        log.propose(.moderation(.keep, .comment(subject("c4"))), by: bob, reason: "false alarm")
        let p8 = log.propose(.moderation(.block, .author(AuthorSubject(author: AuthorKey(platform: .facebook, id: "u-c1"), via: CommentKey(platform: .facebook, id: "c1")))), by: alice)
        log.decide(p8, .withdraw(note: "one comment is not enough"), by: alice)
        let p9 = log.propose(.moderation(.escalate(.dsl), .comment(subject("c5"))), by: bob, reason: "grooming risk")
        log.decide(p9, .approve(note: nil), by: carol)
        log.purge(CommentKey(platform: .facebook, id: "c4"), text: Self.commentTexts["c4"]!, by: alice)
        log.record([
            UnsignedAuditEvent(actor: "bob", event: .signInFailed(.wrongPassphrase, attempt: 5)),
            UnsignedAuditEvent(actor: "bob", event: .locked(until: log.clock.addingTimeInterval(900))),
        ])
        let later = try! CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.bob, from: "2025-03-10", to: "2025-03-11")
        let p10 = log.propose(.roster(.addCoverWindow(later)), by: alice)
        log.clock = later.end.addingTimeInterval(SignOffFixture.hour)
        log.expire(p10)
        let p11 = log.propose(.roster(.remove(SignOffFixture.carol)), by: alice, reason: "term over")
        log.decide(p11, .approve(note: nil), by: bob)
    }

    var entries: [AuditEntry] { log.entries }

    /// Rows as the store would hold them.
    var textRows: [CommentTextRow] {
        texts.map { key, text in
            key.id == "c4" ? CommentTextRow(comment: key, text: nil, textSHA256: TextHash.of(text)) : CommentTextRow(comment: key, text: text, textSHA256: TextHash.of(text))
        }
    }
}
