import Foundation
import Testing
import VigilEngine
@testable import VigilStore

@Suite struct QueueAndDetailTests {
    let folder = TemporaryFolder()

    /// Comments with known severities and times; WordFlagger's words decide the flags.
    func seededStore() throws -> SQLiteStore {
        let store = try SQLiteStore.open(path: folder.path("q.sqlite"), create: true)
        let outcomes = store.importLines([LineExport.source("seed.txt", [
            "facebook|m1||Ann|1700000300|you idiot",                    // medium, newer
            "facebook|m0||Bob|1700000100|another idiot",                // medium, older
            "facebook|h1||Cat|1700000200|ring 07700 900111",            // high
            "youtube|c1||Dan|1700000900|I want to hurt myself",         // critical
            "facebook|l1||Eve|1700000000|buy now cheap",                // low
            "facebook|n1||Fay|1700000000|nothing to see",               // unflagged
            "facebook|r1|m1|Ann|1700000400|reply: idiot and buy now",   // medium, spam+abuse
        ])])
        #expect(outcomes.first?.record != nil)
        return store
    }

    @Test func theQueueShowsTheMostSevereFirstThenTheOldest() throws {
        let store = try seededStore()
        let rows = try store.queue(QueueQuery())
        #expect(rows.map(\.key.id) == ["c1", "h1", "m0", "m1", "r1", "l1"])
        #expect(rows.map(\.severity) == [.critical, .high, .medium, .medium, .medium, .low])
        #expect(rows.first?.key.platform == .youtube)
        #expect(rows.first?.flags.first?.spans == [Span(start: 10, end: 21)])
        #expect(rows.last?.categories == [.spam])
        #expect(rows.first(where: { $0.key.id == "r1" })?.categories == [.abuse, .spam])
        #expect(rows.first?.author == "Dan")
        #expect(rows.first?.channel == "Test Channel")
        #expect(try store.queueCount(QueueQuery()) == 6)
    }

    @Test func pagingWithTheCursorWalksTheWholeQueueOnce() throws {
        let store = try seededStore()
        var seen: [String] = []
        var query = QueueQuery(limit: 2)
        while true {
            let page = try store.queue(query)
            if page.isEmpty { break }
            seen += page.map(\.key.id)
            query.after = page.last?.cursor
        }
        #expect(seen == ["c1", "h1", "m0", "m1", "r1", "l1"])
    }

    @Test func filtersNarrowTheQueueByCategorySeverityAndChannel() throws {
        let store = try seededStore()
        #expect(try store.queue(QueueQuery(categories: [.spam])).map(\.key.id) == ["r1", "l1"])
        #expect(try store.queue(QueueQuery(severities: [.medium])).map(\.key.id) == ["m0", "m1", "r1"])
        #expect(try store.queue(QueueQuery(severities: [.low, .critical])).map(\.key.id) == ["c1", "l1"])
        #expect(try store.queue(QueueQuery(categories: [.abuse], severities: [.medium], limit: 1)).map(\.key.id) == ["m0"])
        #expect(try store.queue(QueueQuery(channels: ["Test Channel"])).count == 6)
        #expect(try store.queue(QueueQuery(channels: ["Elsewhere"])).isEmpty)
        #expect(try store.queueCount(QueueQuery(categories: [.spam])) == 2)
        #expect(try store.queue(QueueQuery(review: [.decided])).isEmpty)
    }

    @Test func showGivesTheThreadVersionsAndTheAuthorsHistory() throws {
        let store = try seededStore()
        let detail = try #require(try store.detail(CommentKey(platform: .facebook, id: "m1"), historyLimit: 10))
        #expect(detail.comment.text == "you idiot")
        #expect(detail.comment.post == PostRef(platformID: "post-1", title: "Sports day"))
        #expect(detail.replies.map(\.key.id) == ["r1"])
        #expect(detail.parent == nil)
        #expect(detail.authorHistory.map(\.key.id) == ["r1"])
        #expect(detail.authorCommentCount == 2)
        #expect(detail.authorFlaggedCount == 2)
        #expect(detail.versions.count == 1)
        #expect(detail.comment.author?.ref == AuthorRef(platformID: "u-Ann", name: "Ann"))

        let reply = try #require(try store.detail(CommentKey(platform: .facebook, id: "r1"), historyLimit: 10))
        #expect(reply.parent?.key.id == "m1")
        #expect(reply.parent?.text == "you idiot")
        #expect(reply.currentFlags.map(\.rule) == ["abuse.test", "spam.test"])
        #expect(try store.detail(CommentKey(platform: .youtube, id: "m1"), historyLimit: 1) == nil)
    }

    @Test func anIdOnTwoPlatformsIsFoundOnBoth() throws {
        let store = try SQLiteStore.open(path: folder.path("ids.sqlite"), create: true)
        _ = store.importLines([LineExport.source("x.txt", ["facebook|42||A|1|a", "youtube|42||B|1|b", "x|7||C|1|c"])])
        #expect(try store.findComments(platformID: "42", platform: nil)
            == [CommentKey(platform: .facebook, id: "42"), CommentKey(platform: .youtube, id: "42")])
        #expect(try store.findComments(platformID: "42", platform: .youtube) == [CommentKey(platform: .youtube, id: "42")])
        #expect(try store.findComments(platformID: "nope", platform: nil).isEmpty)
    }

    @Test func statusCountsSeverityStateAndEverything() throws {
        let store = try seededStore()
        let status = try store.status()
        #expect(status.comments == 7)
        #expect(status.flagged == 6)
        #expect(status.awaitingDecision == 6)
        #expect(status.bySeverity == [.low: 1, .medium: 3, .high: 1, .critical: 1])
        #expect(status.byCategory == [.abuse: 3, .spam: 2, .personalInfo: 1, .safeguarding: 1,
                                      .commercial: 0, .extremism: 0, .complaint: 0])
        #expect(status.channels == 2)  // the same name on two platforms
        #expect(status.posts == 2)
        #expect(status.authors == 6)
        #expect(status.proposals == ProposalCounts())
    }

    @Test func theChangeTokenMovesWithEveryImport() throws {
        let store = try seededStore()
        let other = try SQLiteStore.open(path: folder.path("q.sqlite"), create: false)
        let before = try other.changeToken()
        _ = store.importLines([LineExport.source("more.txt", ["facebook|z1||Zed|1|hi"])])
        #expect(try other.changeToken() > before)
    }
}
