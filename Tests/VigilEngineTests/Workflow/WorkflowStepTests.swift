import Foundation
import Testing
@testable import VigilEngine

/// The workflow and the log together, as the store will call them.
@Suite struct WorkflowStepTests {
    let alice = SignOffFixture.identity(SignOffFixture.alice)
    let bob = SignOffFixture.identity(SignOffFixture.bob)

    @Test func aStoreFoundsWithTwoOrMoreDifferentAdministrators() throws {
        let entries = try Workflow.found([alice, bob], at: SignOffFixture.monday).get()
        #expect(entries.map(\.kind) == ["init", "init"])
        #expect(entries.map(\.actor) == ["alice", "bob"])
        #expect(AuditVerifier.verify(entries).isValid)
        #expect(Workflow.found([alice], at: SignOffFixture.monday).error == .foundingNeedsTwoAdministrators)
        #expect(Workflow.found([alice, SignOffFixture.identity(SignOffFixture.alice)], at: SignOffFixture.monday).error == .alreadyOnRoster(SignOffFixture.alice, .administrator))
        #expect(Workflow.found([alice, SignOffFixture.identity(SignOffFixture.carol, .coverModerator)], at: SignOffFixture.monday).error == .notFoundingAdministrator(SignOffFixture.carol))
    }

    @Test func aProposalAndItsEntryShareOneTimeAndTheEntryRecordsIt() throws {
        var log = MemoryLog(founders: [alice, bob])
        log.tick(0.0004)
        let step = try Workflow.propose(ProposalID(1), SignOffFixture.deleteKind(), reason: "slur", by: alice, roster: log.roster, after: log.head, at: log.clock).get()
        #expect(step.proposal.proposedAt == step.entry.time)
        #expect(step.entry.sequence == 3 && step.entry.previousHash == log.head?.hash)
        #expect(try AuditEvent(kind: step.entry.kind, subject: step.entry.subject) == .propose(ProposalID(1), SignOffFixture.deleteKind(), reason: "slur"))
        #expect(step.rosterChange == nil)
        #expect(AuditVerifier.verify(log.entries + [step.entry]).isValid)
    }

    @Test func aRefusedStepWritesNothing() {
        let log = MemoryLog(founders: [alice, bob])
        let r = Workflow.propose(ProposalID(1), SignOffFixture.deleteKind(), reason: "", by: alice, roster: log.roster, after: log.head, at: log.clock)
        #expect(r.error == .reasonRequired)
        let p = SignOffFixture.pending()
        #expect(Workflow.decide(p, .approve(note: nil), by: alice, roster: log.roster, after: log.head, at: log.clock).error == .selfApproval(SignOffFixture.alice))
    }

    @Test func anApprovedRosterChangeComesBackForTheStoreToApply() throws {
        let log = MemoryLog(founders: [alice, bob])
        let dave = SignOffFixture.identity(SignOffFixture.dave)
        let change = RosterChange.add(SignOffFixture.dave, .administrator, publicKey: dave.publicKey)
        let proposed = try Workflow.propose(ProposalID(1), .roster(change), reason: "new head of year", by: alice, roster: log.roster, after: log.head, at: log.clock).get()
        let approved = try Workflow.decide(proposed.proposal, .approve(note: nil), by: bob, roster: log.roster, after: proposed.entry.head, at: log.clock).get()
        #expect(approved.rosterChange == change)
        let rejected = try Workflow.decide(proposed.proposal, .reject(note: "not yet"), by: bob, roster: log.roster, after: proposed.entry.head, at: log.clock).get()
        #expect(rejected.rosterChange == nil)
        #expect(rejected.entry.kind == "reject" && rejected.entry.subject.note == "not yet")
    }

    @Test func aRaceForOneProposalHasOneWinnerAndTheOtherIsToldWhoDecided() throws {
        let carol = SignOffFixture.identity(SignOffFixture.carol)
        var log = MemoryLog(founders: [alice, bob, carol])
        let id = log.propose(SignOffFixture.deleteKind(), by: alice)
        // Both read the pending proposal; the store serialises their transactions, and the
        // second re-reads the proposal inside its own.
        let first = try Workflow.decide(log.proposals[id]!, .approve(note: nil), by: bob, roster: log.roster, after: log.head, at: log.clock).get()
        let second = Workflow.decide(first.proposal, .reject(note: "no"), by: carol, roster: log.roster, after: first.entry.head, at: log.clock)
        #expect(second.error?.description == "P1 is already approved by bob at Mon 3 Mar 2025 09:01")
    }

    @Test func anExpiryIsTheSystemsUnsignedEntry() throws {
        let carol = SignOffFixture.identity(SignOffFixture.carol, .coverModerator)
        var log = MemoryLog(founders: [alice, bob])
        log.decide(log.propose(.roster(.add(SignOffFixture.carol, .coverModerator, publicKey: carol.publicKey)), by: alice), .approve(note: nil), by: bob)
        let w = try CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: "2025-03-04", to: "2025-03-04")
        let id = log.propose(.roster(.addCoverWindow(w)), by: alice)
        #expect(Workflow.expire(log.proposals[id]!, roster: log.roster, after: log.head, at: log.clock).error == .notYetExpired(id, until: w.end))
        log.clock = w.end
        #expect(Workflow.decide(log.proposals[id]!, .approve(note: nil), by: bob, roster: log.roster, after: log.head, at: log.clock).error?.description
                == "P2 proposed a cover window that ended on Tue 4 Mar 2025: it can no longer be approved")
        let step = try Workflow.expire(log.proposals[id]!, roster: log.roster, after: log.head, at: log.clock).get()
        #expect(step.entry.actor == "vigil" && step.entry.signature == nil && step.proposal.state == .expired(at: w.end))
        #expect(AuditVerifier.verify(log.entries + [step.entry]).isValid)
    }

    @Test func onlyAnAdministratorMayPurge() {
        let carol = SignOffFixture.identity(SignOffFixture.carol, .coverModerator)
        let w = CoverWindow(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, start: .distantPast, end: .distantFuture)
        let roster = SignOffFixture.roster([alice, bob, carol], windows: [w])
        let key = CommentKey(platform: .facebook, id: "1")
        #expect(Workflow.purge(key, textSHA256: TextHash.of("x"), by: carol, roster: roster, after: nil, at: SignOffFixture.monday).error == .administratorsOnly(SignOffFixture.carol))
        #expect(Workflow.purge(key, textSHA256: TextHash.of("x"), by: alice, roster: roster, after: nil, at: SignOffFixture.monday).value?.kind == "purge")
    }

    @Test func signInEventsAreChainedInOrder() {
        let log = MemoryLog(founders: [alice, bob])
        let events = [UnsignedAuditEvent(actor: "bob", event: .signInFailed(.wrongPassphrase, attempt: 5)),
                      UnsignedAuditEvent(actor: "bob", event: .locked(until: SignOffFixture.monday))]
        let entries = Workflow.record(events, after: log.head, at: log.clock)
        #expect(entries.map(\.sequence) == [3, 4])
        #expect(entries[1].previousHash == entries[0].hash)
        #expect(AuditVerifier.verify(log.entries + entries).isValid)
    }
}
