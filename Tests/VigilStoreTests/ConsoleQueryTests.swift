import Foundation
import GRDB
import Testing
import VigilEngine
@testable import VigilStore

/// The console's queries: pages by position with their totals, search, and header counts.
@Suite struct ConsoleQueryTests {
    let folder = TemporaryFolder()

    func seededStore() throws -> SQLiteStore {
        let store = try SQLiteStore.open(path: folder.path("console.sqlite"), create: true)
        let outcomes = store.importLines([LineExport.source("seed.txt", [
            "facebook|m1||Ann|1700000300|you idiot",
            "facebook|m0||Bob|1700000100|another IDIOT idiot",
            "facebook|h1||Cat|1700000200|ring 07700 900111",
            "youtube|c1||Dan|1700000900|I want to hurt myself",
            "facebook|l1||Eve|1700000000|buy now cheap 100%",
            "facebook|n1||Fay|1700000000|nothing to see",
            "facebook|r1|m1|Ann|1700000400|reply: idiot and buy now",
        ])])
        #expect(outcomes.first?.record != nil)
        return store
    }

    @Test func aWindowStartsAtAnyPositionAndCountsTheWholeFilter() throws {
        let store = try seededStore()
        let window = try store.queueWindow(QueueQuery(limit: 2), offset: 2)
        #expect(window.offset == 2)
        #expect(window.total == 6)
        #expect(window.rows.map(\.key.id) == ["m0", "m1"])
        #expect(window.rows.first?.authorID == "u-Bob")
        let past = try store.queueWindow(QueueQuery(limit: 2), offset: 50)
        #expect(past.rows.isEmpty && past.total == 6 && past.offset == 6)
    }

    @Test func windowsAtEveryPositionAgreeWithTheQueuesOrder() throws {
        let store = try seededStore()
        let whole = try store.queue(QueueQuery(limit: 100)).map(\.key.id)
        for offset in 0..<whole.count {
            let window = try store.queueWindow(QueueQuery(limit: 3), offset: offset)
            #expect(window.rows.map(\.key.id) == Array(whole[offset..<min(whole.count, offset + 3)]))
        }
    }

    @Test func searchFindsTextAndAuthorsWithoutCaseAndTakesWildcardsLiterally() throws {
        let store = try seededStore()
        func ids(_ search: String, _ categories: Set<VigilEngine.Category> = []) throws -> [String] {
            try store.queueWindow(QueueQuery(categories: categories, search: search, limit: 50), offset: 0).rows.map(\.key.id)
        }
        #expect(try ids("idiot") == ["m0", "m1", "r1"])
        #expect(try ids("Idiot") == ["m0", "m1", "r1"], "ASCII letters match in any case")
        #expect(try ids("dan") == ["c1"], "the author's name is searched too")
        #expect(try ids("100%") == ["l1"])
        #expect(try ids("%") == ["l1"], "a % is a character to find, not a wildcard")
        #expect(try ids("_") == [])
        #expect(try ids("buy now", [.abuse]) == ["r1"])
        #expect(try store.queueWindow(QueueQuery(search: "idiot", limit: 1), offset: 0).total == 3)
    }

    @Test func searchFollowsTheCurrentTextAndFlagsAsLaterImportsChangeThem() throws {
        let store = try seededStore()
        func ids(_ search: String) throws -> [String] {
            try store.queueWindow(QueueQuery(search: search, limit: 50), offset: 0).rows.map(\.key.id)
        }
        #expect(try ids("another IDIOT") == ["m0"])
        let outcomes = store.importLines([LineExport.source("later.txt", [
            "facebook|m0||Bob|1700000100|a rewritten idiot remark",
            "facebook|n1||Fay|1700000000|now an idiot too",
            "facebook|l1||Eve|1700000000|nothing to sell any more",
        ])])
        #expect(outcomes.first?.record != nil)
        #expect(try ids("another IDIOT") == [], "the old text is no longer searched")
        #expect(try ids("rewritten") == ["m0"], "the new text is")
        #expect(try ids("an idiot too") == ["n1"], "a comment flagged by a later text is found")
        #expect(try ids("cheap 100") == [], "a comment no longer flagged is not in the queue's search")
        #expect(try ids("say \"hi\" OR x") == [], "FTS syntax in a search is taken literally")
        #expect(try ids("Fay") == ["n1"], "the author is searched too")
    }

    @Test func aRunOfSeveritiesIsOneRangeOfTheQueue() throws {
        let store = try seededStore()
        let worse = try store.queueWindow(QueueQuery(severities: [.high, .critical], limit: 50), offset: 0)
        #expect(worse.rows.map(\.key.id) == ["c1", "h1"])
        let mild = try store.queueWindow(QueueQuery(severities: [.low, .medium], limit: 50), offset: 0)
        #expect(mild.rows.map(\.key.id) == ["m0", "m1", "r1", "l1"])
    }

    @Test func decidedCommentsLeaveTheAwaitingQueueAndTheCounts() throws {
        let store = try seededStore()
        try store.pool.write { db in try db.execute(sql: "UPDATE comments SET review = 2 WHERE platform_id = 'h1'") }
        #expect(try store.queueWindow(QueueQuery(review: [.open], limit: 50), offset: 0).rows.map(\.key.id) == ["c1", "m0", "m1", "r1", "l1"])
        #expect(try store.queueWindow(QueueQuery(review: [.decided], limit: 50), offset: 0).rows.map(\.key.id) == ["h1"])
        #expect(try store.queueWindow(QueueQuery(review: Set(ReviewState.allCases), limit: 50), offset: 0).total == 6)
        let summary = try store.queueSummary()
        #expect(summary.open == 5)
        #expect(summary.byCategory[.personalInfo] == nil)
    }

    @Test func theSummaryCountsOpenFlaggedCommentsByCategoryAndSeverity() throws {
        let store = try seededStore()
        let summary = try store.queueSummary()
        #expect(summary.open == 6)
        #expect(summary.byCategory == [.abuse: 3, .spam: 2, .personalInfo: 1, .safeguarding: 1])
        #expect(summary.bySeverity == [.critical: 1, .high: 1, .medium: 3, .low: 1])
        #expect(summary.channels == ["Test Channel"])
    }

    @Test func theConsolesQueriesReadOnlyTheirIndexNotTheTable() throws {
        let store = try seededStore()
        let (filter, arguments) = SQLiteStore.queueFilter(QueueQuery(categories: [.abuse], severities: [.high, .critical], channels: ["Test Channel"]))
        let plan = try store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT c.id FROM comments c INDEXED BY comments_console_queue" + filter
                             + " ORDER BY c.queue_key, c.id LIMIT 10 OFFSET 5", arguments: arguments)
                .map { $0["detail"] as String? ?? "" }.joined(separator: "\n")
        }
        #expect(plan.contains("COVERING INDEX comments_console_queue"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "no sort: the index is in queue order\n\(plan)")
    }
}
