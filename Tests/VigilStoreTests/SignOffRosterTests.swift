import Foundation
import GRDB
import Testing
import VigilEngine
@testable import VigilStore

/// The roster through the store: adding and removing people and cover windows, each signed
/// off by a second administrator, and what the tables hold at every step.
@Suite struct SignOffRosterTests {
    @Test func aNewAdministratorWaitsForASecondAdministratorThenSignsInWithTheirOwnPassphrase() throws {
        let t = try SignOffTestStore()
        try t.found()
        let r = try t.service.proposeMember(SignOffTestStore.name("dave"), role: .administrator, passphrase: SignOffTestStore.passphrase("dave"),
                                            reason: "new deputy head", by: try t.signIn("alice"), cost: .weakForTestsOnly)
        #expect(try t.store.members().first { $0.name.rawValue == "dave" }?.membership == .awaitingApproval(r.proposal.id))
        let selfApprove = #expect(throws: SignOffError.self) { try t.service.decide(r.proposal.id, .approve(note: nil), by: try t.signIn("alice")) }
        #expect(selfApprove?.workflowRefusal == .selfApproval(SignOffTestStore.name("alice")))
        _ = try t.service.decide(r.proposal.id, .approve(note: nil), by: try t.signIn("bob"))
        guard case .active = try #require(try t.store.members().first { $0.name.rawValue == "dave" }).membership else {
            Issue.record("dave is not active"); return
        }
        #expect(try t.signIn("dave").role == .administrator)
        #expect(try t.store.status().administrators == 3)
        #expect(try t.store.actionsToCarryOut().total == 0, "a roster change has nothing to carry out")
        #expect(try t.verify().isValid)
    }

    @Test func aRejectedNewcomerLeavesNoAccountAndARejectedReturnGoesBackToRemoved() throws {
        let t = try SignOffTestStore()
        try t.found(["alice", "bob", "dave"])
        let alice = try t.signIn("alice"), bob = try t.signIn("bob")
        let newcomer = try t.service.proposeMember(SignOffTestStore.name("erin"), role: .coverModerator, passphrase: SignOffTestStore.passphrase("erin"),
                                                   reason: "cover", by: alice, cost: .weakForTestsOnly)
        _ = try t.service.decide(newcomer.proposal.id, .reject(note: "not trained yet"), by: bob)
        #expect(try t.store.members().map(\.name.rawValue) == ["alice", "bob", "dave"])

        let removal = try t.service.proposeRemoval(SignOffTestStore.name("dave"), reason: "left the school", by: alice)
        _ = try t.service.decide(removal.proposal.id, .approve(note: nil), by: bob)
        let gone = #expect(throws: SignOffError.self) { try t.signIn("dave") }
        #expect(gone?.description.contains("dave was removed from the roster") == true)
        let back = try t.service.proposeMember(SignOffTestStore.name("dave"), role: .administrator, passphrase: Passphrase("dave's brand new passphrase"),
                                               reason: "returned", by: alice, cost: .weakForTestsOnly)
        _ = try t.service.decide(back.proposal.id, .withdraw(note: "too soon"), by: alice)
        guard case .removed = try #require(try t.store.members().first { $0.name.rawValue == "dave" }).membership else {
            Issue.record("dave should be removed again"); return
        }
        #expect(try t.verify().isValid)
    }

    @Test func aSecondProposalToAddTheSamePersonIsRefused() throws {
        let t = try SignOffTestStore()
        try t.found()
        let alice = try t.signIn("alice")
        let first = try t.service.proposeMember(SignOffTestStore.name("dave"), role: .administrator, passphrase: SignOffTestStore.passphrase("dave"),
                                                reason: "x", by: alice, cost: .weakForTestsOnly)
        let second = #expect(throws: SignOffError.self) {
            try t.service.proposeMember(SignOffTestStore.name("dave"), role: .coverModerator, passphrase: SignOffTestStore.passphrase("dave"),
                                        reason: "x", by: try t.signIn("bob"), cost: .weakForTestsOnly)
        }
        #expect(second?.description == "dave is already proposed (\(first.proposal.id)) and waits for a second administrator")
        let existing = #expect(throws: SignOffError.self) {
            try t.service.proposeMember(SignOffTestStore.name("bob"), role: .administrator, passphrase: SignOffTestStore.passphrase("bob"),
                                        reason: "x", by: alice, cost: .weakForTestsOnly)
        }
        #expect(existing?.workflowRefusal == .alreadyOnRoster(SignOffTestStore.name("bob"), .administrator))
    }

    @Test func removingOneOfTheLastTwoAdministratorsIsRefused() throws {
        let t = try SignOffTestStore()
        try t.found()
        let error = #expect(throws: SignOffError.self) { try t.service.proposeRemoval(SignOffTestStore.name("bob"), reason: "x", by: try t.signIn("alice")) }
        #expect(error?.workflowRefusal == .wouldLeaveFewerThanTwoAdministrators(SignOffTestStore.name("bob")))
    }

    @Test func onlyAdministratorsProposeOrDecideRosterChanges() throws {
        let t = try SignOffTestStore()
        try t.found()
        try t.addMember("carol", .coverModerator)
        try t.addCover("carol", for: "alice", from: "2025-03-03", to: "2025-03-07")
        let carol = try t.signIn("carol")
        let propose = #expect(throws: SignOffError.self) { try t.service.proposeRemoval(SignOffTestStore.name("bob"), reason: "x", by: carol) }
        #expect(propose?.workflowRefusal == .administratorsOnly(carol.name))
        let w = try CoverWindow.days(moderator: carol.name, covering: SignOffTestStore.name("bob"), from: "2025-03-10", to: "2025-03-11")
        let r = try t.service.proposeCoverWindow(w, reason: "bob away", by: try t.signIn("alice"))
        let decide = #expect(throws: SignOffError.self) { try t.service.decide(r.proposal.id, .approve(note: nil), by: carol) }
        #expect(decide?.workflowRefusal == .administratorsOnly(carol.name))
        let waiting = try t.service.proposals(ProposalQuery(scope: .waitingFor(carol.name, .coverModerator)))
        #expect(waiting.total == 0, "a cover moderator is not asked to decide roster changes")
        // But a cover moderator inside the window signs off moderation.
        _ = try t.propose("c1")
        #expect(try t.service.decide(ProposalID(4), .approve(note: nil), by: carol).proposal.state.name == "approved")
    }

    @Test func aCoverWindowProposalNobodySignsExpiresWhenItEnds() throws {
        let t = try SignOffTestStore()
        try t.found()
        try t.addMember("carol", .coverModerator)
        let w = try CoverWindow.days(moderator: SignOffTestStore.name("carol"), covering: SignOffTestStore.name("bob"), from: "2025-03-03", to: "2025-03-04")
        let r = try t.service.proposeCoverWindow(w, reason: "bob away", by: try t.signIn("alice"))
        t.clock.advance(2 * SignOffTestStore.day)
        let late = #expect(throws: SignOffError.self) { try t.service.decide(r.proposal.id, .approve(note: nil), by: try t.signIn("bob")) }
        #expect(late?.description.contains("already expired") == true)
        #expect(try t.store.proposal(r.proposal.id)?.proposal.state.name == "expired")
        #expect(try t.entries().contains { $0.kind == "expire" && $0.actor == "vigil" })
        #expect(try t.count("cover_windows") == 0)
        #expect(try t.verify().isValid)
    }

    @Test func fewerThanTwoPeopleAbleToSignOnSomeDayThisWeekIsWarned() throws {
        let t = try SignOffTestStore()
        try t.found()
        #expect(try t.service.summary().capacity.warning == nil)
        try t.addMember("carol", .coverModerator)
        try t.addCover("carol", for: "alice", from: "2025-03-04", to: "2025-03-04")
        #expect(try t.service.summary().capacity.warning == nil, "carol covers for alice on Tuesday; bob is in")
        try t.addCover("carol", for: "bob", from: "2025-03-04", to: "2025-03-04")
        let warning = try t.service.summary().capacity.warning
        #expect(warning == "fewer than two people can sign off this week: Tue 4 Mar 2025 (only carol)")
        #expect(try t.service.handover(for: SignOffTestStore.name("alice")).capacityWarning == warning)
    }

    @Test func removingACoverModeratorRemovesTheirCoverWindows() throws {
        let t = try SignOffTestStore()
        try t.found()
        try t.addMember("carol", .coverModerator)
        try t.addCover("carol", for: "alice", from: "2025-03-03", to: "2025-03-05")
        #expect(try t.count("cover_windows") == 1)
        let removal = try t.service.proposeRemoval(SignOffTestStore.name("carol"), reason: "contract ended", by: try t.signIn("bob"))
        #expect(try t.count("cover_windows") == 1, "nothing changes before the second signature")
        _ = try t.service.decide(removal.proposal.id, .approve(note: nil), by: try t.signIn("alice"))
        #expect(try t.count("cover_windows") == 0)
        #expect(try t.store.members().first { $0.name.rawValue == "carol" }?.coverWindows.isEmpty == true)
        #expect(try t.verify().isValid)
    }

    @Test func theHandoverSaysWhatIsNewAndWaitingSinceThePersonLastSignedIn() throws {
        let t = try SignOffTestStore()
        try t.found()
        _ = try t.signIn("bob")
        t.clock.advance(3_600)
        _ = t.store.importLines([LineExport.source("new.txt", ["facebook|n1||Zed|\(Int(SignOffTestStore.monday.timeIntervalSince1970) + 1800)|new idiot"])])
        _ = try t.propose("c1")
        let h = try t.service.handover(for: SignOffTestStore.name("bob"))
        #expect(h.since == AuditTime.truncated(SignOffTestStore.monday))
        #expect(h.newFlagged == [.medium: 1])
        #expect(h.pending.map(\.proposal.id) == [ProposalID(1)] && h.pendingTotal == 1)
        #expect(h.people.map(\.rawValue) == ["alice", "bob"])
        let never = try t.service.handover(for: SignOffTestStore.name("alice"), since: .time(nil))
        #expect(never.newFlagged.values.reduce(0, +) == 7)
    }
}
