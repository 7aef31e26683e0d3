import Foundation
import GRDB
import Testing
import VigilEngine
@testable import VigilStore

/// Proposing and deciding through the store: two people, one transaction each, the comment's
/// review state, the action list, duplicates.
@Suite struct SignOffProposalTests {
    @Test func aDeleteWaitsForASecondAdministratorAndThenGoesOnTheActionList() throws {
        let t = try SignOffTestStore()
        try t.found()
        let proposed = try t.propose("c1")
        #expect(proposed.needsSignOff)
        #expect(proposed.proposal.id == ProposalID(1))
        #expect(try t.review("c1") == .proposed)
        #expect(try t.store.queue(QueueQuery()).contains { $0.key.id == "c1" }, "a proposed comment still awaits its decision")
        #expect(try t.store.actionsToCarryOut().total == 0)

        let approved = try t.service.decide(ProposalID(1), .approve(note: "agreed"), by: try t.signIn("bob"))
        guard case .approved(let d) = approved.proposal.state else { Issue.record("not approved"); return }
        #expect(d.by.rawValue == "bob" && d.note == "agreed")
        #expect(try t.review("c1") == .decided)
        #expect(try !t.store.queue(QueueQuery()).contains { $0.key.id == "c1" })
        let actions = try t.store.actionsToCarryOut()
        #expect(actions.total == 1)
        #expect(actions.rows.first?.steps.map(\.name) == ["delete"])
        #expect(actions.rows.first?.approval.by.rawValue == "bob")
        #expect(try t.count("decisions") == 1)
        #expect(try t.verify().isValid)
    }

    @Test func theProposerCannotApproveOrRejectTheirOwnProposal() throws {
        let t = try SignOffTestStore()
        try t.found()
        _ = try t.propose("c1")
        let alice = try t.signIn("alice")
        let approve = #expect(throws: SignOffError.self) { try t.service.decide(ProposalID(1), .approve(note: nil), by: alice) }
        #expect(approve?.description == "you proposed this: another administrator must sign it off")
        let reject = #expect(throws: SignOffError.self) { try t.service.decide(ProposalID(1), .reject(note: "no"), by: alice) }
        #expect(reject?.workflowRefusal == .selfRejection(alice.name))
        #expect(try t.store.proposal(ProposalID(1))?.proposal.state == .pending)
        #expect(try t.count("decisions") == 0)
        #expect(try t.entries().count == 3)
    }

    @Test func aRejectionNeedsANoteAndPutsTheCommentBackToDecide() throws {
        let t = try SignOffTestStore()
        try t.found()
        _ = try t.propose("c1")
        let bob = try t.signIn("bob")
        let bare = #expect(throws: SignOffError.self) { try t.service.decide(ProposalID(1), .reject(note: nil), by: bob) }
        #expect(bare?.workflowRefusal == .rejectionNeedsNote)
        let r = try t.service.decide(ProposalID(1), .reject(note: "fair comment, keep it"), by: bob)
        #expect(r.proposal.state.name == "rejected")
        #expect(try t.review("c1") == .open)
        #expect(try t.store.actionsToCarryOut().total == 0)
        #expect(try t.verify().isValid)
    }

    @Test func aKeepIsOnePersonsDecisionAndNeedsNothingCarriedOut() throws {
        let t = try SignOffTestStore()
        try t.found()
        let keep = try t.propose("c2", .keep)
        #expect(!keep.needsSignOff)
        #expect(try t.review("c2") == .decided)
        #expect(try t.store.actionsToCarryOut().total == 0)
        #expect(try t.entries().last?.kind == "keep")
        let again = #expect(throws: SignOffError.self) { try t.propose("c2", .keep, by: "bob") }
        #expect(again?.description == "P1 already kept this comment: alice decided it was a false alarm")
        #expect(try t.verify().isValid)
    }

    @Test func aSecondProposalOfTheSameActionIsRefusedButOtherActionsMayJoinIt() throws {
        let t = try SignOffTestStore()
        try t.found()
        _ = try t.propose("c1")
        let twice = #expect(throws: SignOffError.self) { try t.propose("c1", by: "bob") }
        #expect(twice?.description == "P1 already proposes to delete this (delete facebook comment c1); it waits for a second signature")
        let keep = #expect(throws: SignOffError.self) { try t.propose("c1", .keep, by: "bob") }
        #expect(keep?.description.contains("P1 proposes to delete this comment") == true)
        #expect(try t.propose("c1", .escalate(.dsl), by: "bob").proposal.id == ProposalID(2))
        #expect(try t.count("proposals") == 2)
    }

    @Test func anUrgentHideOfACriticalCommentIsOnTheActionListAtOnceWhileTheDeleteWaits() throws {
        let t = try SignOffTestStore()
        try t.found()
        let r = try t.service.urgentHide(t.key("c4"), reason: "self-harm risk", by: try t.signIn("alice"))
        #expect(r.hide.proposal.urgent)
        #expect(!r.hide.needsSignOff)
        #expect(r.followUp?.proposal.kind.action == .delete)
        #expect(r.followUp?.needsSignOff == true)
        let actions = try t.store.actionsToCarryOut()
        #expect(actions.rows.map(\.proposal.id) == [r.hide.proposal.id])
        #expect(actions.rows.first?.urgent == true)
        #expect(try t.entries().suffix(2).map(\.kind) == ["urgent-hide", "propose"])
        #expect(try t.review("c4") == .proposed)
        #expect(try t.verify().isValid)
    }

    @Test func anUrgentHideIsRefusedForACommentThatIsNotCritical() throws {
        let t = try SignOffTestStore()
        try t.found()
        let alice = try t.signIn("alice")
        let medium = #expect(throws: SignOffError.self) { try t.service.urgentHide(t.key("c1"), reason: "abuse", by: alice) }
        #expect(medium?.workflowRefusal == .urgentHideNeedsCritical(.medium))
        let plain = #expect(throws: SignOffError.self) { try t.service.urgentHide(t.key("c5"), reason: "abuse", by: alice) }
        #expect(plain?.description.contains("is not flagged") == true)
        #expect(try t.count("proposals") == 0)
        #expect(try t.count("audit_log") == 2)
    }

    @Test func urgentHidesComeFirstOnTheActionListThenTheOldestApproval() throws {
        let t = try SignOffTestStore()
        try t.found()
        try t.decided("c1")
        t.clock.advance(60)
        try t.decided("c2", .hide)
        t.clock.advance(60)
        let urgent = try t.service.urgentHide(t.key("c4"), reason: "risk", followUp: nil, by: try t.signIn("bob"))
        let ids = try t.store.actionsToCarryOut().rows.map(\.proposal.id)
        #expect(ids == [urgent.hide.proposal.id, ProposalID(1), ProposalID(2)])
        let page = try t.store.actionsToCarryOut(offset: 1, limit: 1)
        #expect(page.rows.map(\.proposal.id) == [ProposalID(1)] && page.total == 3)
    }

    @Test func markingDoneTakesAnActionOffTheListOnceAndOnlyWhenApproved() throws {
        let t = try SignOffTestStore()
        try t.found()
        let pending = try t.propose("c1").proposal.id
        let bob = try t.signIn("bob")
        let early = #expect(throws: SignOffError.self) { try t.service.markDone(pending, note: nil, by: bob) }
        #expect(early?.workflowRefusal == .notApprovedYet(pending))
        _ = try t.service.decide(pending, .approve(note: nil), by: bob)
        let done = try t.service.markDone(pending, note: "removed on Facebook", by: bob)
        #expect(done.proposal.state.name == "carried-out")
        #expect(try t.store.actionsToCarryOut().total == 0)
        let twice = #expect(throws: SignOffError.self) { try t.service.markDone(pending, note: nil, by: bob) }
        #expect(twice?.description.contains("already carried out by bob") == true)
        let keep = try t.propose("c2", .keep).proposal.id
        let nothing = #expect(throws: SignOffError.self) { try t.service.markDone(keep, note: nil, by: bob) }
        #expect(nothing?.description.contains("there is nothing to carry out") == true)
        #expect(try t.count("carried_out") == 1)
        #expect(try t.review("c1") == .decided)
        #expect(try t.verify().isValid)
    }

    @Test func theProposerMayWithdrawBeforeAnyoneDecides() throws {
        let t = try SignOffTestStore()
        try t.found()
        let id = try t.propose("c1").proposal.id
        let other = #expect(throws: SignOffError.self) { try t.service.decide(id, .withdraw(note: nil), by: try t.signIn("bob")) }
        #expect(other?.workflowRefusal == .onlyProposerMayWithdraw(SignOffTestStore.name("alice")))
        _ = try t.service.decide(id, .withdraw(note: "wrong comment"), by: try t.signIn("alice"))
        #expect(try t.review("c1") == .open)
        #expect(try t.store.proposal(id)?.proposal.state.name == "withdrawn")
        #expect(try t.verify().isValid)
    }

    @Test func aBlockActsOnTheAuthorAndNeedsOne() throws {
        let t = try SignOffTestStore()
        try t.found()
        let block = try t.propose("c1", .block)
        guard case .moderation(.block, .author(let a)) = block.proposal.kind else { Issue.record("not a block"); return }
        #expect(a.author == AuthorKey(platform: .facebook, id: "u-Gary"))
        #expect(a.via == t.key("c1"))
        #expect(try t.review("c1") == .open, "a block is about the author, not this comment")
        let anonymous = #expect(throws: SignOffError.self) { try t.propose("c6", .block) }
        #expect(anonymous?.workflowRefusal == .authorUnknown(t.key("c6")))
        let onComment = #expect(throws: SignOffError.self) {
            try t.service.propose(ProposalRequest(target: .comment(t.key("c1")), action: .block, reason: "x"), by: try t.signIn("bob"))
        }
        #expect(onComment?.workflowRefusal == .actionTargetsAuthor(.block))
        _ = try t.service.decide(block.proposal.id, .approve(note: nil), by: try t.signIn("bob"))
        let step = try #require(try t.store.actionsToCarryOut().rows.first?.steps.first)
        #expect(step.name == "ban from Page")
    }

    @Test func unknownCommentsAndProposalsAreNamedInTheRefusal() throws {
        let t = try SignOffTestStore()
        try t.found()
        let comment = #expect(throws: SignOffError.self) { try t.propose("nope") }
        #expect(comment?.description.hasPrefix("there is no facebook comment nope in the store") == true)
        let proposal = #expect(throws: SignOffError.self) { try t.service.decide(ProposalID(42), .approve(note: nil), by: try t.signIn("bob")) }
        #expect(proposal?.description == "there is no proposal P42 (vigil proposals lists them)")
        #expect(try t.count("audit_log") == 2)
    }

    @Test func aDecisionAboutAnEarlierTextDoesNotDecideTheEditedOne() throws {
        let t = try SignOffTestStore()
        try t.found()
        _ = try t.propose("c1", .keep)
        #expect(try t.review("c1") == .decided)
        _ = t.store.importLines([LineExport.source("later.txt", ["facebook|c1||Gary|1740900000|you are an idiot, edited to be worse, idiot"])])
        #expect(try t.review("c1") == .open)
        // Another proposal on the comment must not bring back the old text's decision.
        _ = try t.propose("c1", .escalate(.dsl))
        _ = try t.service.decide(ProposalID(2), .reject(note: "not a safeguarding matter"), by: try t.signIn("bob"))
        #expect(try t.review("c1") == .open)
        #expect(try t.verify().isValid)
    }

    @Test func statusCountsProposalsByStateAndOverdueAfterSeventyTwoHours() throws {
        let t = try SignOffTestStore()
        try t.found()
        _ = try t.propose("c1")
        try t.decided("c2")
        _ = try t.propose("c3", .hide)
        _ = try t.service.decide(ProposalID(3), .reject(note: "no"), by: try t.signIn("bob"))
        _ = try t.propose("c5", .keep)
        t.clock.advance(72 * 3_600)
        let s = try t.service.summary()
        #expect(s.administrators == 2)
        #expect(s.proposals == ProposalCounts(pending: 1, approved: 2, rejected: 1, overdue: 1))
        #expect(try t.store.status().proposals.pending == 1)
        let page = try t.service.proposals(ProposalQuery())
        #expect(page.rows.map(\.overdue) == [true])
    }
}
