import Foundation
import Testing
import VigilEngine
@testable import VigilStore

@Suite struct ImportTests {
    let folder = TemporaryFolder()

    func newStore() throws -> SQLiteStore { try SQLiteStore.open(path: folder.path("vigil.sqlite"), create: true) }

    static let firstExport = [
        "facebook|c1||Ann Example|1700000000|Lovely sports day, thank you!",
        "facebook|c2|c1|Bob Sample|1700000100|What an idiot the referee was",
        "facebook|c3||Cat Person|1700000200|Call me on 07700 900123",
        "youtube|c1||Dan Viewer|1700000300|same id, another platform",
    ]

    @Test func aFirstImportCountsNewAndFlaggedComments() throws {
        let store = try newStore()
        let outcomes = store.importLines([LineExport.source("first.txt", Self.firstExport)])
        let record = try #require(outcomes.first?.record)
        #expect(record.counts == ImportCounts(read: 4, new: 4, updated: 0, unchanged: 0, flagged: 2))
        #expect(record.fileName == "first.txt")
        #expect(record.sha256 == ContentHash.hex(ContentHash.sha256(Data(Self.firstExport.joined(separator: "\n").utf8))))
        let status = try store.status()
        #expect(status.comments == 4)
        #expect(status.flagged == 2)
        #expect(status.byCategory[.abuse] == 1)
        #expect(status.byCategory[.personalInfo] == 1)
        #expect(status.byCategory[.spam] == 0)
        #expect(status.imports == 1)
        #expect(status.authors == 4)
        #expect(try store.imports(limit: 10).map(\.counts) == [record.counts])
    }

    @Test func reimportingTheSameOrAnOverlappingExportAddsNothingTwice() throws {
        let store = try newStore()
        _ = store.importLines([LineExport.source("first.txt", Self.firstExport)])
        let before = try store.rowCounts()
        let again = store.importLines([LineExport.source("again.txt", Self.firstExport)])
        #expect(again.first?.record?.counts == ImportCounts(read: 4, new: 0, updated: 0, unchanged: 4, flagged: 0))
        let overlap = store.importLines([LineExport.source("overlap.txt", Array(Self.firstExport[2...]) + [
            "facebook|c4||Eve Parent|1700000400|New one",
        ])])
        #expect(overlap.first?.record?.counts == ImportCounts(read: 3, new: 1, updated: 0, unchanged: 2, flagged: 0))
        let after = try store.rowCounts()
        #expect(after["comments"] == before["comments"]! + 1)
        #expect(after["comment_versions"] == before["comment_versions"]! + 1)
        #expect(after["flags"] == before["flags"])
        #expect(after["authors"] == before["authors"]! + 1)
        #expect(after["imports"] == 3)
    }

    @Test func anEditedTextBecomesCurrentKeepsTheEarlierOneAndIsFlaggedAgain() throws {
        let store = try newStore()
        _ = store.importLines([LineExport.source("first.txt", Self.firstExport)])
        let edited = store.importLines([LineExport.source("later.txt", [
            "facebook|c1||Ann Example|1700000000|Lovely sports day. buy now at our shop!",  // now spam
            "facebook|c2|c1|Bob Sample|1700000100|What a poor referee",                     // no longer abuse
        ])])
        #expect(edited.first?.record?.counts == ImportCounts(read: 2, new: 0, updated: 2, unchanged: 0, flagged: 1))

        let c1 = try #require(try store.detail(CommentKey(platform: .facebook, id: "c1"), historyLimit: 5))
        #expect(c1.versions.map(\.text) == ["Lovely sports day, thank you!", "Lovely sports day. buy now at our shop!"])
        #expect(c1.comment.text == "Lovely sports day. buy now at our shop!")
        #expect(c1.comment.textSHA256 == ContentHash.hex(ContentHash.sha256("Lovely sports day. buy now at our shop!")))
        #expect(c1.versions.map(\.sha256) == c1.versions.map { ContentHash.hex(ContentHash.sha256($0.text!)) })
        #expect(c1.currentFlags.map(\.category) == [.spam])
        #expect(c1.comment.severity == .low)

        let c2 = try #require(try store.detail(CommentKey(platform: .facebook, id: "c2"), historyLimit: 5))
        #expect(c2.currentFlags.isEmpty)
        #expect(c2.comment.severity == nil)
        // The flag on the earlier text stays on record, tied to that text.
        #expect(c2.flags.map(\.flag.category) == [.abuse])
        #expect(c2.flags.first?.versionID == c2.versions.first?.storeID)

        let status = try store.status()
        #expect(status.flagged == 2)  // c1 (spam) and c3 (phone)
        #expect(status.byCategory[.abuse] == 0)
        #expect(status.byCategory[.spam] == 1)
    }

    @Test func anOlderExportImportedAfterANewerOneChangesNothing() throws {
        let store = try newStore()
        _ = store.importLines([LineExport.source("old.txt", ["facebook|c1||Ann|1700000000|first words"])])
        _ = store.importLines([LineExport.source("new.txt", ["facebook|c1||Ann|1700000000|edited words"])])
        let late = store.importLines([LineExport.source("old-again.txt", ["facebook|c1||Ann|1700000000|first words"])])
        #expect(late.first?.record?.counts.unchanged == 1)
        let detail = try #require(try store.detail(CommentKey(platform: .facebook, id: "c1"), historyLimit: 5))
        #expect(detail.comment.text == "edited words")
        #expect(detail.versions.count == 2)
    }

    @Test func aFileThatFailsHalfwayLeavesTheStoreExactlyAsItWasAndOtherFilesAreKept() throws {
        let store = try newStore()
        _ = store.importLines([LineExport.source("first.txt", Self.firstExport)])
        let before = try store.rowCounts()
        let token = try store.changeToken()
        let outcomes = store.importLines([
            LineExport.source("bad.txt", ["facebook|c9||Zed|1700000500|idiot", "facebook|c1||Ann|1700000000|changed", "!BROKEN"]),
            LineExport.source("good.txt", ["facebook|c5||Fay|1700000600|fine"]),
        ], batchSize: 1)
        #expect(outcomes.count == 2)
        #expect(outcomes[0].failureMessage == "bad.txt: line 3: expected a comment line")
        #expect(outcomes[1].record?.counts.new == 1)
        var expected = before
        expected["comments"]! += 1
        expected["comment_versions"]! += 1
        expected["imports"]! += 1
        expected["authors"]! += 1
        #expect(try store.rowCounts() == expected)
        #expect(try store.detail(CommentKey(platform: .facebook, id: "c1"), historyLimit: 1)?.comment.text
            == "Lovely sports day, thank you!")
        #expect(try store.changeToken() == token + 1)
    }

    @Test func filesThatFitInOneBatchAreKeptOrRefusedEachAloneToo() throws {
        // Each file here is read in full before any of it is written (no savepoint needed).
        let store = try newStore()
        _ = store.importLines([LineExport.source("first.txt", Self.firstExport)], batchSize: 100)
        let before = try store.rowCounts()
        let outcomes = store.importLines([
            LineExport.source("bad.txt", ["facebook|c9||Zed|1700000500|idiot", "facebook|c1|||1700000000|changed", "!BROKEN"]),
            LineExport.source("good.txt", ["facebook|c5||Fay|1700000600|fine", "facebook|c1|||1700000000|changed"]),
        ], batchSize: 100)
        #expect(outcomes[0].failureMessage == "bad.txt: line 3: expected a comment line")
        #expect(outcomes[1].record?.counts == ImportCounts(read: 2, new: 1, updated: 1, unchanged: 0, flagged: 0))
        var expected = before
        expected["comments"]! += 1
        expected["comment_versions"]! += 2
        expected["imports"]! += 1
        expected["authors"]! += 1
        #expect(try store.rowCounts() == expected)
        #expect(try store.detail(CommentKey(platform: .facebook, id: "c9"), historyLimit: 1) == nil)
    }

    @Test func aRefusedFileBetweenGoodOnesIsUndoneAloneEvenForAuthorsItIntroduced() throws {
        let store = try newStore()
        let outcomes = store.importLines([
            LineExport.source("good1.txt", ["facebook|g1||Ann|1700000000|hello"]),
            LineExport.source("bad.txt", ["facebook|b1||Zed|1700000000|new author", "!BROKEN"]),
            LineExport.source("good2.txt", ["facebook|g2||Zed|1700000000|Zed again", "facebook|g3|g1|Ann|1700000001|reply"]),
        ], batchSize: 1)
        #expect(outcomes.map { $0.record?.counts.new } == [1, nil, 2])
        #expect(outcomes[1].failureMessage == "bad.txt: line 2: expected a comment line")
        let g2 = try #require(try store.detail(CommentKey(platform: .facebook, id: "g2"), historyLimit: 5))
        #expect(g2.comment.author?.ref.name == "Zed")
        #expect(try store.detail(CommentKey(platform: .facebook, id: "b1"), historyLimit: 1) == nil)
        #expect(try store.rowCounts()["authors"] == 2)
        #expect(try store.status().imports == 2)
        // A second run in the same process reuses what it knows, and still finds Zed.
        let again = store.importLines([LineExport.source("good3.txt", ["facebook|g4||Zed|1700000002|third"])])
        #expect(again.first?.record?.counts.new == 1)
        #expect(try store.rowCounts()["authors"] == 2)
    }

    @Test func anotherProcessesWritesDoNotConfuseWhatTheStoreRemembers() throws {
        let store = try newStore()
        _ = store.importLines([LineExport.source("a.txt", ["facebook|a1||Ann|1700000000|hello"])])
        // Another opener (as another process would) rebuilds the authors table.
        let other = try SQLiteStore.open(path: store.location, create: false)
        try other.pool.write { db in
            try db.execute(sql: "UPDATE comments SET author_id = NULL")
            try db.execute(sql: "DELETE FROM authors")
            try db.execute(sql: "INSERT INTO authors (id, platform, identity, name) VALUES (77, 'facebook', 'name:Someone', 'Someone')")
            try SQLiteStore.noteChange(db)
        }
        let outcomes = store.importLines([LineExport.source("b.txt", ["facebook|a2||Ann|1700000001|again"])])
        #expect(outcomes.first?.record?.counts.new == 1)
        let a2 = try #require(try store.detail(CommentKey(platform: .facebook, id: "a2"), historyLimit: 1))
        #expect(a2.comment.author?.ref.name == "Ann")
    }

    @Test func atomicImportsEveryFileOrNoneAndReportsEachBadFile() throws {
        let store = try newStore()
        let before = try store.rowCounts()
        let outcomes = store.importLines([
            LineExport.source("one.txt", ["facebook|a1||Ann|1700000000|hello"]),
            LineExport.source("bad1.txt", ["!BROKEN"]),
            LineExport.source("two.txt", ["facebook|a2||Bob|1700000000|hello"]),
            LineExport.source("bad2.txt", ["nonsense"]),
        ], atomic: true)
        #expect(outcomes.map(\.fileName) == ["one.txt", "bad1.txt", "two.txt", "bad2.txt"])
        #expect(outcomes[0] == .rolledBack(fileName: "one.txt", format: .csv, counts: ImportCounts(read: 1, new: 1)))
        #expect(outcomes[1].failureMessage == "bad1.txt: line 1: expected a comment line")
        #expect(outcomes[2] == .rolledBack(fileName: "two.txt", format: .csv, counts: ImportCounts(read: 1)))
        #expect(outcomes[3].failureMessage == "bad2.txt: line 1: expected 6 fields")
        #expect(try store.rowCounts() == before)

        let good = store.importLines([
            LineExport.source("one.txt", ["facebook|a1||Ann|1700000000|hello"]),
            LineExport.source("two.txt", ["facebook|a2||Bob|1700000000|hello"]),
        ], atomic: true)
        #expect(good.compactMap(\.record).map(\.counts.new) == [1, 1])
        #expect(try store.status().comments == 2)
    }

    @Test func aFileThatCannotBeLoadedIsReportedByName() throws {
        let store = try newStore()
        struct Unreadable: Error, CustomStringConvertible { var description: String { "No such file or directory" } }
        let outcomes = store.importLines([
            ImportSource(name: "gone.json") { throw Unreadable() },
            LineExport.source("ok.txt", ["myspace|1||A|1|t"]),
        ])
        #expect(outcomes[0].failureMessage == "gone.json: cannot read the file: No such file or directory")
        #expect(outcomes[1].failureMessage == "ok.txt: line 1: expected 6 fields")
        #expect(try store.status().imports == 0)
    }

    @Test func theSameCommentTwiceInOneFileIsStoredOnce() throws {
        let store = try newStore()
        let outcomes = store.importLines([LineExport.source("dup.txt", [
            "facebook|d1||Ann|1700000000|hello", "facebook|d1||Ann|1700000000|hello", "facebook|d1||Ann|1700000000|hello idiot",
        ])], batchSize: 10)
        #expect(outcomes.first?.record?.counts == ImportCounts(read: 3, new: 1, updated: 1, unchanged: 1, flagged: 1))
        #expect(try store.rowCounts()["comments"] == 1)
    }

    @Test func aDecidedCommentWhoseEditIsFlaggedAwaitsADecisionAgain() throws {
        let store = try newStore()
        _ = store.importLines([LineExport.source("a.txt", ["facebook|r1||Ann|1700000000|idiot"])])
        try store.pool.write { try $0.execute(sql: "UPDATE comments SET review = 2") }
        #expect(try store.queue(QueueQuery()).isEmpty)
        _ = store.importLines([LineExport.source("b.txt", ["facebook|r1||Ann|1700000000|idiot, call 07700 900555"])])
        #expect(try store.queue(QueueQuery()).map(\.key.id) == ["r1"])
    }

    @Test func aLaterExportFillsInWhatAnEarlierOneLacked() throws {
        let store = try newStore()
        _ = store.importLines([LineExport.source("a.txt", ["facebook|f1|||| idiot"])])
        _ = store.importLines([LineExport.source("b.txt", ["facebook|f1|p0|Ann|1700000000| idiot"])])
        let detail = try #require(try store.detail(CommentKey(platform: .facebook, id: "f1"), historyLimit: 5))
        #expect(detail.comment.author?.ref.name == "Ann")
        #expect(detail.comment.parentID == "p0")
        #expect(detail.comment.created == Date(timeIntervalSince1970: 1_700_000_000))
        let row = try #require(try store.queue(QueueQuery()).first)
        #expect(row.cursor.orderTime == 1_700_000_000_000)
    }
}
