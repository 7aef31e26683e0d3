import Foundation
import GRDB
import Testing
import VigilEngine
@testable import VigilStore

/// The lists the console pages through and the overviews, and what threads racing on one
/// store leave behind.
@Suite struct SignOffQueryTests {
    @Test func proposalsWaitingForMeAreOthersAndMineAreMineOldestFirstInPages() throws {
        let t = try SignOffTestStore()
        try t.found()
        for (i, id) in ["c1", "c2", "c3"].enumerated() {
            _ = try t.propose(id, by: i == 1 ? "bob" : "alice")
            t.clock.advance(60)
        }
        let bob = SignOffTestStore.name("bob")
        let forBob = try t.service.proposals(ProposalQuery(scope: .waitingFor(bob, .administrator)))
        #expect(forBob.rows.map(\.proposal.id.rawValue) == [1, 3] && forBob.total == 2)
        #expect(forBob.rows.first?.text == "you are an idiot")
        #expect(forBob.rows.first?.severity == .medium)
        #expect(forBob.rows.first?.authorName == "Gary")
        let bobs = try t.service.proposals(ProposalQuery(scope: .proposedBy(bob)))
        #expect(bobs.rows.map(\.proposal.id.rawValue) == [2])
        let second = try t.service.proposals(ProposalQuery(offset: 1, limit: 1))
        #expect(second.rows.map(\.proposal.id.rawValue) == [2] && second.total == 3 && second.offset == 1)
        _ = try t.service.decide(ProposalID(1), .approve(note: nil), by: try t.signIn("bob"))
        let decided = try t.service.proposals(ProposalQuery(states: ["approved"]))
        #expect(decided.rows.map(\.proposal.id.rawValue) == [1])
        let everything = try t.service.proposals(ProposalQuery(states: []))
        #expect(everything.rows.map(\.proposal.id.rawValue) == [3, 2, 1], "other states: newest first")
    }

    @Test func theAuditLogPagesNewestFirstOrOldestFirst() throws {
        let t = try SignOffTestStore()
        try t.found()
        for id in ["c1", "c2", "c3"] { _ = try t.propose(id) }
        let newest = try t.store.auditEntries(newestFirst: true, offset: 0, limit: 2)
        #expect(newest.rows.map(\.sequence) == [5, 4] && newest.total == 5)
        let next = try t.store.auditEntries(newestFirst: true, offset: 2, limit: 2)
        #expect(next.rows.map(\.sequence) == [3, 2])
        let oldest = try t.store.auditEntries(newestFirst: false, offset: 4, limit: 10)
        #expect(oldest.rows.map(\.sequence) == [5])
        let text = AuditEntryText(newest.rows[0])
        #expect(text.what == "proposal" && text.subject == "P3 delete facebook comment c3" && text.note == "breaks the rules")
    }

    @Test func aCommentsDecisionsIncludeBlocksProposedFromIt() throws {
        let t = try SignOffTestStore()
        try t.found()
        try t.decided("c1")
        _ = try t.propose("c1", .block)
        _ = try t.propose("c2")
        let onC1 = try t.service.decisions(on: t.key("c1"))
        #expect(onC1.map(\.proposal.id.rawValue) == [1, 2])
        #expect(onC1.map { $0.proposal.kind.action } == [.delete, .block])
    }

    @Test func threeUpheldAbuseDecisionsOnOneAuthorSuggestABlockUntilOneIsProposed() throws {
        let t = try SignOffTestStore()
        try t.found()
        try t.decided("c1")
        try t.decided("c2", .hide)
        #expect(try t.service.blockSuggestions().isEmpty)
        _ = try t.propose("c3", .keep)
        #expect(try t.service.blockSuggestions().isEmpty, "a keep upholds nothing")
        try t.decided("c3", .escalate(.dsl))
        let suggestions = try t.service.blockSuggestions()
        #expect(suggestions.map(\.author) == [AuthorKey(platform: .facebook, id: "u-Gary")])
        #expect(suggestions.first?.decisions.map(\.proposal.rawValue) == [1, 2, 4])
        #expect(try t.service.summary().blockSuggestions.count == 1)
        #expect(try t.service.blockSuggestions(author: AuthorKey(platform: .facebook, id: "u-Ann")).isEmpty)
        _ = try t.propose("c1", .block)
        #expect(try t.service.blockSuggestions().isEmpty, "a block is pending")
        t.clock.advance(91 * SignOffTestStore.day)
        _ = try t.service.decide(ProposalID(5), .reject(note: "give them a chance"), by: try t.signIn("bob"))
        #expect(try t.service.blockSuggestions().isEmpty, "the decisions are older than 90 days now")
    }

    @Test func twoThreadsDecidingTheSameProposalsLeaveExactlyOneDecisionEach() throws {
        let t = try SignOffTestStore()
        try t.found(["alice", "bob", "dave"])
        let ids = try ["c1", "c2", "c3", "c6"].map { try t.propose($0).proposal.id }
        let bob = try t.signIn("bob"), dave = try t.signIn("dave")
        let wins = Counter()
        let service = t.service
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            for id in ids {
                do {
                    _ = try service.decide(id, .approve(note: nil), by: i == 0 ? bob : dave)
                    wins.add(id)
                } catch let error as SignOffError {
                    if case .workflow(.alreadyDecided) = error { continue }
                    Issue.record("unexpected refusal: \(error)")
                } catch {
                    Issue.record("unexpected error: \(error)")
                }
            }
        }
        #expect(wins.values.sorted() == ids)
        #expect(try t.count("decisions") == ids.count)
        #expect(try t.verify().isValid)
    }

    @Test func threadsProposingAtOnceLoseNothingAndKeepTheChainWhole() throws {
        let lines = (1...200).map { "facebook|m\($0)||Someone\($0 % 7)|1740900000|idiot number \($0)" }
        let t = try SignOffTestStore(comments: lines)
        try t.found()
        let alice = try t.signIn("alice"), bob = try t.signIn("bob")
        let service = t.service
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            for n in 1...200 {
                let request = ProposalRequest(target: .comment(t.key("m\(n)")), action: i == 0 ? .delete : .escalate(.dsl), reason: "race \(n)")
                do { _ = try service.propose(request, by: i == 0 ? alice : bob) } catch { Issue.record("\(error)") }
            }
        }
        #expect(try t.count("proposals") == 400)
        #expect(try t.store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(DISTINCT id) FROM proposals") } == 400)
        #expect(try t.store.queue(QueueQuery(review: [.proposed], limit: 500)).count == 200)
        let report = try t.verify()
        #expect(report.isValid && report.entryCount == 402)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [ProposalID] = []
    var values: [ProposalID] { lock.withLock { ids } }
    func add(_ id: ProposalID) { lock.withLock { ids.append(id) } }
}

@Suite struct SignOffAuthorsTests {
    @Test func authorsAreListedByUpheldDecisionsThenFlagsWithBlocksAndSuggestions() throws {
        let t = try SignOffTestStore()
        try t.found()
        try t.decided("c1")
        try t.decided("c2")
        try t.decided("c3", .hide)
        let page = try t.service.authors()
        #expect(page.total == 3, "Gary, Ann and Quiet have flagged comments; c6 has no author")
        #expect(page.rows.map(\.name) == ["Gary", "Ann", "Quiet"])
        let gary = try #require(page.rows.first)
        #expect(gary.upheld == 3 && gary.flagged == 3 && gary.comments == 3)
        #expect(gary.blockSuggested && !gary.blocked)
        let block = try t.propose("c1", .block)
        _ = try t.service.decide(block.proposal.id, .approve(note: nil), by: try t.signIn("bob"))
        let after = try #require(try t.service.authors(offset: 0, limit: 1).rows.first)
        #expect(after.blocked && !after.blockSuggested)
        #expect(try t.service.authors(offset: 1, limit: 1).rows.map(\.name) == ["Ann"])
    }
}
