import Foundation
import Testing
@testable import VigilEngine

@Suite struct BlockSuggestionTests {
    let now = SignOffFixture.monday
    let author = AuthorKey(platform: .facebook, id: "u1")

    func upheld(_ comment: String, daysAgo: Double, _ categories: Set<Category> = [.abuse], author: AuthorKey? = nil, proposal: UInt64 = 1) -> UpheldDecision {
        let a = author ?? self.author
        return UpheldDecision(author: a, comment: CommentKey(platform: a.platform, id: comment), proposal: ProposalID(proposal),
                              decidedAt: now.addingTimeInterval(-daysAgo * SignOffFixture.day), categories: categories)
    }

    @Test func threeUpheldAbuseDecisionsInNinetyDaysSuggestABlock() throws {
        let decisions = [upheld("c1", daysAgo: 80, proposal: 1), upheld("c2", daysAgo: 20, proposal: 2), upheld("c3", daysAgo: 1, proposal: 3)]
        let s = try #require(BlockSuggestions.suggest(from: decisions, at: now).first)
        #expect(s.author == author)
        #expect(s.decisions.map(\.proposal) == [1, 2, 3].map(ProposalID.init))
        #expect(s.description == "facebook author u1 has 3 upheld abuse decisions (P1, P2, P3): consider proposing a block")
    }

    @Test func twoAreNotEnoughAndOldOnesDoNotCount() {
        #expect(BlockSuggestions.suggest(from: [upheld("c1", daysAgo: 2), upheld("c2", daysAgo: 1)], at: now).isEmpty)
        #expect(BlockSuggestions.suggest(from: [upheld("c1", daysAgo: 91), upheld("c2", daysAgo: 2), upheld("c3", daysAgo: 1)], at: now).isEmpty)
        #expect(BlockSuggestions.suggest(from: [upheld("c1", daysAgo: 90), upheld("c2", daysAgo: 2), upheld("c3", daysAgo: 1)], at: now).count == 1)
    }

    @Test func onlyAbuseCountsUnlessAskedAndEachCommentCountsOnce() {
        let spam = [upheld("c1", daysAgo: 3, [.spam]), upheld("c2", daysAgo: 2, [.spam]), upheld("c3", daysAgo: 1, [.spam])]
        #expect(BlockSuggestions.suggest(from: spam, at: now).isEmpty)
        #expect(BlockSuggestions.suggest(from: spam, at: now, counting: [.spam]).count == 1)
        let sameComment = [upheld("c1", daysAgo: 3), upheld("c1", daysAgo: 2), upheld("c2", daysAgo: 1)]
        #expect(BlockSuggestions.suggest(from: sameComment, at: now).isEmpty)
        let mixed = [upheld("c1", daysAgo: 3, [.abuse, .personalInfo]), upheld("c2", daysAgo: 2), upheld("c3", daysAgo: 1)]
        #expect(BlockSuggestions.suggest(from: mixed, at: now).count == 1)
    }

    @Test func theThresholdAndWindowComeFromTheRules() throws {
        let strict = try WorkflowSettings(overdueAfterHours: 72, blockThreshold: 2, blockWindowDays: 7)
        #expect(BlockSuggestions.suggest(from: [upheld("c1", daysAgo: 6), upheld("c2", daysAgo: 1)], at: now, settings: strict).count == 1)
        #expect(BlockSuggestions.suggest(from: [upheld("c1", daysAgo: 8), upheld("c2", daysAgo: 1)], at: now, settings: strict).isEmpty)
    }

    @Test func authorsAreCountedPerPlatformIdAcrossChannelsAndAlreadyBlockedOnesAreLeftOut() {
        let x = AuthorKey(platform: .x, id: "u1")
        let split = [upheld("c1", daysAgo: 3), upheld("c2", daysAgo: 2), upheld("c3", daysAgo: 1, author: x)]
        #expect(BlockSuggestions.suggest(from: split, at: now).isEmpty, "the same id on another platform is another person")
        let three = [upheld("c1", daysAgo: 3), upheld("c2", daysAgo: 2), upheld("c3", daysAgo: 1)]
        #expect(BlockSuggestions.suggest(from: three, at: now, excluding: [author]).isEmpty)
    }

    @Test func mostDecisionsComeFirst() {
        let b = AuthorKey(platform: .facebook, id: "u2")
        let decisions = (1...3).map { upheld("a\($0)", daysAgo: Double($0)) } + (1...4).map { upheld("b\($0)", daysAgo: Double($0), author: b) }
        #expect(BlockSuggestions.suggest(from: decisions, at: now).map(\.author) == [b, author])
    }

    @Test func onlyDecisionsASecondPersonUpheldCount() {
        func proposal(_ action: ModerationAction, _ state: ProposalState) -> Proposal {
            Proposal(id: ProposalID(1), kind: .moderation(action, .comment(SignOffFixture.comment())), proposer: SignOffFixture.alice,
                     proposedAt: now, reason: "r", state: state)
        }
        let byBob = Decision(by: SignOffFixture.bob, at: now, note: nil)
        let byAlice = Decision(by: SignOffFixture.alice, at: now, note: nil)
        #expect(UpheldDecision.from(proposal(.delete, .approved(byBob)), categories: [.abuse])?.decidedAt == now)
        #expect(UpheldDecision.from(proposal(.hide, .carriedOut(approved: byBob, done: byAlice)), categories: [.abuse]) != nil)
        #expect(UpheldDecision.from(proposal(.escalate(.police), .approved(byBob)), categories: [.abuse]) != nil)
        #expect(UpheldDecision.from(proposal(.hide, .approved(byAlice)), categories: [.abuse]) == nil, "an urgent hide alone")
        #expect(UpheldDecision.from(proposal(.keep, .approved(byAlice)), categories: [.abuse]) == nil)
        #expect(UpheldDecision.from(proposal(.delete, .rejected(byBob)), categories: [.abuse]) == nil)
        #expect(UpheldDecision.from(proposal(.delete, .pending), categories: [.abuse]) == nil)
        let anonymous = Proposal(id: ProposalID(2), kind: .moderation(.delete, .comment(SignOffFixture.comment(author: nil))), proposer: SignOffFixture.alice, proposedAt: now, reason: "r", state: .approved(byBob))
        #expect(UpheldDecision.from(anonymous, categories: [.abuse]) == nil)
    }

    @Test func theLastApprovedBlockOrUnblockDecidesWhoIsBlocked() {
        let a = AuthorSubject(author: author, via: nil)
        let b = AuthorSubject(author: AuthorKey(platform: .facebook, id: "u2"), via: nil)
        let c = AuthorSubject(author: AuthorKey(platform: .facebook, id: "u3"), via: nil)
        func p(_ id: UInt64, _ action: ModerationAction, _ subject: AuthorSubject, _ state: ProposalState) -> Proposal {
            Proposal(id: ProposalID(id), kind: .moderation(action, .author(subject)), proposer: SignOffFixture.alice, proposedAt: now, reason: "r", state: state)
        }
        let early = Decision(by: SignOffFixture.bob, at: now, note: nil)
        let late = Decision(by: SignOffFixture.bob, at: now.addingTimeInterval(60), note: nil)
        let proposals = [
            p(1, .block, a, .approved(early)), p(2, .unblock, a, .carriedOut(approved: late, done: late)),
            p(3, .unblock, b, .approved(early)), p(4, .block, b, .approved(late)),
            p(5, .block, c, .pending), p(6, .block, AuthorSubject(author: AuthorKey(platform: .x, id: "9"), via: nil), .rejected(late)),
        ]
        #expect(BlockSuggestions.blockedOrPending(proposals) == [b.author, c.author])
    }
}
