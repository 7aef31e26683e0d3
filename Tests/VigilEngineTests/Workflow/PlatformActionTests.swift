import Foundation
import Testing
@testable import VigilEngine

@Suite struct PlatformActionTests {
    func names(_ action: ModerationAction, _ platform: Platform) -> [String] {
        PlatformActions.steps(for: action, on: platform).map(\.name)
    }

    @Test func youTubeUsesSetModerationStatusAndBanAuthor() {
        #expect(names(.delete, .youtube) == ["setModerationStatus rejected"])
        #expect(PlatformActions.steps(for: .delete, on: .youtube).first?.reversible == false)
        #expect(names(.hide, .youtube) == ["setModerationStatus heldForReview"])
        #expect(names(.restore, .youtube) == ["setModerationStatus published"])
        #expect(names(.block, .youtube) == ["setModerationStatus rejected + banAuthor"])
        #expect(PlatformActions.steps(for: .unblock, on: .youtube).first?.throughAPI == false)
    }

    @Test func facebookHidesDeletesAndBansFromThePage() {
        #expect(names(.hide, .facebook) == ["hide"])
        #expect(names(.restore, .facebook) == ["unhide"])
        #expect(names(.delete, .facebook) == ["delete"])
        #expect(names(.block, .facebook) == ["ban from Page"])
        #expect(names(.unblock, .facebook) == ["unban from Page"])
    }

    @Test func instagramBlocksOnlyInTheApp() {
        #expect(names(.hide, .instagram) == ["hide"])
        #expect(names(.delete, .instagram) == ["delete"])
        let block = PlatformActions.steps(for: .block, on: .instagram)
        #expect(block.map(\.name) == ["block in the app"])
        #expect(block.allSatisfy { !$0.throughAPI })
    }

    @Test func xHidesRepliesAndBlocksBecauseItCannotDeleteOthersPosts() {
        #expect(names(.hide, .x) == ["hide reply"])
        #expect(names(.delete, .x) == ["hide reply"])
        #expect(PlatformActions.steps(for: .delete, on: .x).first?.how.contains("does not let an account delete") == true)
        #expect(names(.restore, .x) == ["unhide reply"])
        #expect(names(.block, .x) == ["block"])
        #expect(PlatformActions.steps(for: .block, on: .x).first?.how.contains("mute") == true)
    }

    @Test func wordPressHoldsSpamsAndDeletes() {
        #expect(names(.hide, .wordpress) == ["hold"])
        #expect(names(.restore, .wordpress) == ["approve"])
        #expect(names(.delete, .wordpress) == ["delete"])
        #expect(names(.block, .wordpress) == ["spam", "disallow the author"])
    }

    @Test func everyActionButKeepHasAStepOnEveryPlatform() {
        for platform in Platform.allCases {
            for action in ModerationAction.allCases {
                let steps = PlatformActions.steps(for: action, on: platform)
                if action == .keep {
                    #expect(steps.isEmpty, "\(action) on \(platform)")
                } else {
                    #expect(!steps.isEmpty, "\(action) on \(platform)")
                    #expect(steps.allSatisfy { $0.platform == platform && !$0.how.isEmpty })
                }
            }
        }
    }

    @Test func anEscalationIsAReportToThePeopleNamed() {
        for target in EscalationTarget.allCases {
            let steps = PlatformActions.steps(for: .escalate(target), on: .facebook)
            #expect(steps.map(\.name) == ["report to \(target.rawValue)"])
            #expect(steps[0].how.contains("vigil evidence"))
        }
        #expect(PlatformActions.steps(for: .escalate(.ceop), on: .x)[0].how.contains("ceop.police.uk"))
    }

    @Test func theActionListHoldsApprovedDecisionsUrgentFirstThenOldest() {
        let early = Decision(by: SignOffFixture.bob, at: SignOffFixture.monday, note: nil)
        let late = Decision(by: SignOffFixture.bob, at: SignOffFixture.monday.addingTimeInterval(60), note: nil)
        func p(_ id: UInt64, _ action: ModerationAction, _ state: ProposalState, urgent: Bool = false, platform: Platform = .youtube) -> Proposal {
            let subject = SignOffFixture.comment("c\(id)", platform: platform)
            let target: ModerationTarget = action.targetsAuthor ? .author(AuthorSubject.of(subject).value!) : .comment(subject)
            return Proposal(id: ProposalID(id), kind: .moderation(action, target), proposer: SignOffFixture.alice, proposedAt: SignOffFixture.monday,
                            reason: "r", urgent: urgent, state: state)
        }
        let proposals = [
            p(1, .delete, .approved(early)), p(2, .hide, .approved(late), urgent: true), p(3, .block, .approved(early)),
            p(4, .keep, .approved(early)), p(5, .delete, .pending), p(6, .delete, .carriedOut(approved: early, done: late)),
            p(7, .delete, .rejected(early)),
            Proposal(id: ProposalID(8), kind: .roster(.remove(SignOffFixture.carol)), proposer: SignOffFixture.alice, proposedAt: SignOffFixture.monday, reason: "r", state: .approved(early)),
        ]
        let items = ActionList.items(proposals)
        #expect(items.map(\.proposal.rawValue) == [2, 1, 3])
        #expect(items[0].steps.map(\.name) == ["setModerationStatus heldForReview"])
        #expect(items[2].steps.map(\.name) == ["setModerationStatus rejected + banAuthor"])
        #expect(items[1].approval == early)
    }
}

@Suite struct ActionNameTests {
    @Test func actionsReadFromTheCommandLine() throws {
        #expect(try ModerationAction(name: "delete") == .delete)
        #expect(try ModerationAction(name: "escalate", escalateTo: "ceop") == .escalate(.ceop))
        #expect(throws: ActionParseError.escalationNeedsTarget) { try ModerationAction(name: "escalate") }
        #expect(throws: ActionParseError.unknownTarget("fbi")) { try ModerationAction(name: "escalate", escalateTo: "fbi") }
        #expect(throws: ActionParseError.targetWithoutEscalation("hide")) { try ModerationAction(name: "hide", escalateTo: "dsl") }
        #expect(throws: ActionParseError.unknownAction("nuke")) { try ModerationAction(name: "nuke") }
        for action in ModerationAction.allCases {
            #expect(try ModerationAction(name: action.name, escalateTo: action.escalationTarget?.rawValue) == action)
        }
        #expect(ModerationAction.allCases.count == 10)
    }

    @Test func proposalIdsReadWithOrWithoutTheirP() {
        #expect(ProposalID(parsing: "P17") == ProposalID(17))
        #expect(ProposalID(parsing: "p17") == ProposalID(17))
        #expect(ProposalID(parsing: "17") == ProposalID(17))
        for bad in ["", "P", "P0", "0", "-1", "P+1", "P017", "P1x", "PP1", "１７", "18446744073709551616"] {
            #expect(ProposalID(parsing: bad) == nil, "\(bad)")
        }
        #expect(ProposalID(17).description == "P17")
    }

    @Test func textHashesAreSHA256OfTheUTF8() {
        #expect(TextHash.of("abc").map { String(format: "%02x", $0) }.joined()
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let c = ImportedComment(platform: .youtube, platformID: "Ugx1", author: AuthorRef(platformID: "UC9"), text: "abc")
        #expect(CommentSubject(c) == CommentSubject(comment: CommentKey(platform: .youtube, id: "Ugx1"), textSHA256: TextHash.of("abc"), authorID: "UC9"))
    }
}
