import Foundation
import GRDB
import Testing
import VigilEngine
@testable import VigilStore

/// The console's `/` search over the flagged texts' copy (ConsoleSearch): what it finds, and
/// that it follows edits, abandoned files, retention and the migration of an older store.
@Suite struct ConsoleSearchTests {
    let folder = TemporaryFolder()

    static let allStates = Set(ReviewState.allCases)

    func ids(_ store: SQLiteStore, _ search: String, review: Set<ReviewState> = [], categories: Set<VigilEngine.Category> = []) throws -> [String] {
        try store.queueWindow(QueueQuery(categories: categories, review: review, search: search, limit: 50), offset: 0).rows.map(\.key.id)
    }

    /// Every text the search copy holds, to prove what is gone from it.
    func searchTexts(_ store: SQLiteStore) throws -> [String] {
        try store.pool.read { db in try String.fetchAll(db, sql: "SELECT text FROM console_search ORDER BY comment_id") }
    }

    func write(_ store: SQLiteStore, _ name: String, _ comments: [FlaggedComment]) throws {
        try store.writeImports { writer in
            try writer.begin(ImportFileInfo(fileName: name, sha256: String(repeating: "b", count: 64), byteCount: 1, started: Date()))
            try writer.add(comments)
            _ = try writer.finish(format: .facebook, warnings: [])
        }
    }

    @Test func searchFindsAPhraseInAFlaggedTextAndAnAuthorByHandle() throws {
        let store = try SQLiteStore.open(path: folder.path("search.sqlite"), create: true)
        let flag = RecordsFixture.flag(.abuse, .medium, "insult")
        func comment(_ id: String, _ handle: String, _ text: String) -> ImportedComment {
            ImportedComment(platform: .instagram, platformID: id, channel: "oakfield.primary", post: nil, parentID: nil,
                            author: AuthorRef(handle: handle), created: RecordsFixture.day("2025-03-01"), text: text)
        }
        try write(store, "ig.json", [
            FlaggedComment(comment: comment("i1", "gary_the_great", "Sports Day was a total SHAMBLES, you idiots"), flags: [flag]),
            FlaggedComment(comment: comment("i2", "quiet_parent", "what a shambles of a car park"), flags: [flag]),
            FlaggedComment(comment: comment("i3", "happy_mum", "a total shambles that nobody flagged"), flags: []),
        ])
        #expect(try ids(store, "total shambles") == ["i1"], "a phrase, in any ASCII case; the unflagged comment is not in the queue")
        #expect(try ids(store, "shambles") == ["i1", "i2"])
        #expect(try ids(store, "GARY_THE") == ["i1"], "the author's handle is searched too")
        #expect(try ids(store, "parent") == ["i2"])
        #expect(try ids(store, "y_t") == ["i1"], "an underscore is a character, not any character")
        #expect(try ids(store, "y%t") == [])
        #expect(try ids(store, "sh") == ["i1", "i2"], "a two-character search still works")
        #expect(try ids(store, "w") == ["i1", "i2"], "and a single character")
        #expect(try ids(store, "shambles", categories: [.spam]) == [], "filters combine with the search")
        let second = try store.queueWindow(QueueQuery(search: "shambles", limit: 1), offset: 1)
        #expect(second.rows.map(\.key.id) == ["i2"] && second.total == 2 && second.offset == 1, "a window at any position of the matches")
        let past = try store.queueWindow(QueueQuery(search: "shambles", limit: 5), offset: 9)
        #expect(past.rows.isEmpty && past.total == 2 && past.offset == 2)
        #expect(try store.queueWindow(QueueQuery(search: "shambles", limit: 0), offset: 0).total == 2)
    }

    /// The console's background read at sign-in covers every flagged text the search reads,
    /// and leaves an empty store (a new school) alone.
    @Test func theSignInWarmUpReadsEveryFlaggedTextAndNothingElse() throws {
        let store = try SQLiteStore.open(path: folder.path("warm.sqlite"), create: true)
        #expect(try store.warmConsolePages() == 0)
        let flag = RecordsFixture.flag(.abuse, .medium, "insult")
        func comment(_ id: String, _ text: String) -> ImportedComment {
            ImportedComment(platform: .instagram, platformID: id, channel: "oakfield.primary", post: nil, parentID: nil,
                            author: AuthorRef(handle: "h\(id)"), created: RecordsFixture.day("2025-03-01"), text: text)
        }
        try write(store, "ig.json", [
            FlaggedComment(comment: comment("w1", "you idiots"), flags: [flag]),
            FlaggedComment(comment: comment("w2", "a long unflagged thank-you note"), flags: []),
            FlaggedComment(comment: comment("w3", "idiot café"), flags: [flag]),
        ])
        let copied = try searchTexts(store)
        #expect(copied.count == 2)
        // SQLite's LENGTH counts code points.
        #expect(try store.warmConsolePages() == copied.map(\.unicodeScalars.count).reduce(0, +))
        #expect(try store.warmConsolePages() == "you idiots".unicodeScalars.count + "idiot café".unicodeScalars.count)
    }

    @Test func anEditReplacesTheSearchedTextAndAnUnflaggedEditTakesItAway() throws {
        let store = try SQLiteStore.open(path: folder.path("edit.sqlite"), create: true)
        #expect(store.importLines([LineExport.source("first.txt", [
            "facebook|e1||Ann|1700000100|first draft, you idiot",
            "facebook|e2||Bob|1700000200|buy now from my shop",
        ])]).first?.record != nil)
        #expect(try ids(store, "first draft") == ["e1"])
        #expect(store.importLines([LineExport.source("second.txt", [
            "facebook|e1||Ann|1700000100|second draft, still an idiot",
            "facebook|e2||Bob|1700000200|sorry, my mistake",
        ])]).first?.record != nil)
        #expect(try ids(store, "first draft", review: Self.allStates) == [], "the old text is not found")
        #expect(try ids(store, "second draft") == ["e1"], "the new text is")
        #expect(try ids(store, "my shop", review: Self.allStates) == [])
        #expect(try searchTexts(store) == ["second draft, still an idiot"],
                "an edit that is no longer flagged leaves no copy of either text in the search")
    }

    @Test func anAbandonedFileLeavesNothingToFind() throws {
        let store = try SQLiteStore.open(path: folder.path("abandon.sqlite"), create: true)
        let outcomes = store.importLines([LineExport.source("broken.txt", [
            "facebook|b1||Ann|1700000100|a flagged idiot remark",
            "!BROKEN",
        ])], batchSize: 1)
        #expect(outcomes.first?.failureMessage != nil)
        #expect(try ids(store, "idiot remark", review: Self.allStates) == [])
        #expect(try searchTexts(store).isEmpty)
    }

    @Test func retentionTakesPurgedTextOutOfTheSearch() throws {
        let f = try RecordsFixture()
        try f.decide()
        #expect(try ids(f.store, "you are an", review: Self.allStates) == ["c1"])
        #expect(try ids(f.store, "07700", review: Self.allStates) == ["c3"])
        f.at(400 * 24)
        let policy = RetentionPolicy(unflaggedDays: 90, evidenceDays: 365)
        let result = try f.store.applyRetention(policy, by: try f.t.signIn("alice").identity, at: f.t.clock.now)
        #expect(result.items.map(\.comment.id) == ["c1", "c3", "c6", "c7"])
        #expect(try ids(f.store, "you are an", review: Self.allStates) == [], "the purged text is not found")
        #expect(try ids(f.store, "07700", review: Self.allStates) == [])
        #expect(try ids(f.store, "idiot again", review: Self.allStates) == ["c2"], "a text still held is")
        let held = try searchTexts(f.store)
        #expect(!held.contains { $0.contains("you are an idiot") || $0.contains("07700") }, "no copy of a purged text remains: \(held)")
        #expect(try ids(f.store, "Gary", review: Self.allStates) == ["c1", "c2"], "the author is still searched")
    }

    @Test func theMigrationFillsTheSearchOfAStoreMadeBeforeIt() throws {
        let path = folder.path("older.sqlite")
        do {
            let store = try SQLiteStore.open(path: path, create: true)
            #expect(store.importLines([LineExport.source("old.txt", [
                "facebook|o1||Ann|1700000100|an old idiot remark",
                "facebook|o2||Bob|1700000200|an old remark nobody flagged",
                "facebook|o3||Cat|1700000300|buy now, purged idiot",
            ])]).first?.record != nil)
            // As a store written before v4-console-search: no search table, one text purged.
            try store.pool.write { db in
                try db.execute(sql: """
                    DROP TABLE console_search;
                    DELETE FROM grdb_migrations WHERE identifier = 'v4-console-search';
                    UPDATE comment_versions SET text = NULL WHERE comment_id = (SELECT id FROM comments WHERE platform_id = 'o3');
                    """)
            }
        }
        let store = try SQLiteStore.open(path: path, create: false)
        #expect(try ids(store, "old idiot") == ["o1"])
        #expect(try ids(store, "remark") == ["o1"], "only flagged comments are copied")
        #expect(try searchTexts(store) == ["an old idiot remark"], "a purged text is not copied back")
    }

    @Test func aSearchReadsTheCopyNotEveryVersionsText() throws {
        let store = try SQLiteStore.open(path: folder.path("plan.sqlite"), create: true)
        let (filter, arguments) = SQLiteStore.queueFilter(QueueQuery(search: "idiot"))
        let plan = try store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM comments c INDEXED BY comments_console_queue" + filter,
                             arguments: arguments).map { $0["detail"] as String? ?? "" }.joined(separator: "\n")
        }
        #expect(plan.contains("SCAN s"), "\(plan)")
        #expect(!plan.contains("comment_versions"), "\(plan)")
        #expect(plan.contains("SEARCH sc USING COVERING INDEX comments_by_author (author_id=?)"),
                "the matching authors' comments come from their index, not a walk of it\n\(plan)")
        #expect(plan.contains("SCAN sa"), "\(plan)")
    }
}
