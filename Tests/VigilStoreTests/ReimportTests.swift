import Foundation
import GRDB
import Testing
import VigilEngine
@testable import VigilStore

/// Re-importing what the store holds unchanged costs no flagging, and stays correct when the
/// store changes between the parsing thread's look and the writer's.
@Suite struct ReimportTests {
    let folder = TemporaryFolder()

    func newStore() throws -> SQLiteStore { try SQLiteStore.open(path: folder.path("vigil.sqlite"), create: true) }

    static let export = ImportTests.firstExport

    @Test func aBatchTheStoreHoldsUnchangedIsNotFlaggedAgain() throws {
        let store = try newStore()
        let flagger = CountingFlagger()
        let pipeline = ImportPipeline(store: store, flagger: flagger, reader: LineExport.read)
        _ = pipeline.run([LineExport.source("first.txt", Self.export)], options: ImportOptions(batchSize: 2))
        #expect(flagger.flagged == 4)
        let before = try store.rowCounts()
        let again = pipeline.run([LineExport.source("again.txt", Self.export)], options: ImportOptions(batchSize: 2))
        #expect(again.first?.record?.counts == ImportCounts(read: 4, new: 0, updated: 0, unchanged: 4, flagged: 0))
        #expect(flagger.flagged == 4, "nothing flagged the second time")
        #expect(try store.rowCounts()["flags"] == before["flags"])
        #expect(try store.status().flagged == 2)
    }

    @Test func aBatchWithAnEditIsFlaggedAsAWholeEvenWhenItsFirstCommentIsUnchanged() throws {
        let store = try newStore()
        let flagger = CountingFlagger()
        let pipeline = ImportPipeline(store: store, flagger: flagger, reader: LineExport.read)
        _ = pipeline.run([LineExport.source("first.txt", Self.export)], options: ImportOptions(batchSize: 2))
        var edited = Self.export
        edited[1] = "facebook|c2|c1|Bob Sample|1700000100|What an idiot the referee was, buy now"
        let outcome = pipeline.run([LineExport.source("edited.txt", edited)], options: ImportOptions(batchSize: 2))
        #expect(outcome.first?.record?.counts == ImportCounts(read: 4, new: 0, updated: 1, unchanged: 3, flagged: 1))
        #expect(flagger.flagged == 4 + 2, "the batch with the edit, not the unchanged one")
        #expect(try store.status().byCategory[.spam] == 1)
    }

    @Test func newCommentsInABatchThatStartsWithAStoredOneAreFlagged() throws {
        let store = try newStore()
        let pipeline = ImportPipeline(store: store, flagger: WordFlagger(), reader: LineExport.read)
        _ = pipeline.run([LineExport.source("first.txt", [Self.export[0]])], options: ImportOptions(batchSize: 4))
        let overlap = pipeline.run([LineExport.source("overlap.txt", Self.export)], options: ImportOptions(batchSize: 4))
        #expect(overlap.first?.record?.counts == ImportCounts(read: 4, new: 3, updated: 0, unchanged: 1, flagged: 2))
        #expect(try store.status().byCategory[.abuse] == 1)
        #expect(try store.status().byCategory[.personalInfo] == 1)
        #expect(try store.rowCounts()["comments"] == 4)
    }

    @Test func commentsLeftUnflaggedThatTheStoreNoLongerHoldsAreFlaggedAndWrittenAfterAll() throws {
        // A store that claims to hold everything: what the parsing thread would believe if
        // another process changed the comments after it looked.
        let store = try newStore()
        let pipeline = ImportPipeline(store: ClaimsToHoldAll(store), flagger: WordFlagger(), reader: LineExport.read)
        let outcome = pipeline.run([LineExport.source("first.txt", Self.export)], options: ImportOptions(batchSize: 2))
        #expect(outcome.first?.record?.counts == ImportCounts(read: 4, new: 4, updated: 0, unchanged: 0, flagged: 2))
        #expect(try store.status().byCategory[.abuse] == 1)
        #expect(try store.status().byCategory[.personalInfo] == 1)

        var edited = Self.export
        edited[0] = "facebook|c1||Ann Example|1700000000|Lovely sports day. buy now at our shop!"
        let again = pipeline.run([LineExport.source("edited.txt", edited)], options: ImportOptions(batchSize: 2))
        #expect(again.first?.record?.counts == ImportCounts(read: 4, new: 0, updated: 1, unchanged: 3, flagged: 1))
        #expect(try store.status().byCategory[.spam] == 1)
    }

    @Test func importsWrittenWithoutForeignKeyChecksLeaveEveryReferenceValidAndTheChecksOn() throws {
        let store = try newStore()
        var edited = Self.export
        edited[1] = "facebook|c2|c1|Bob Sample|1700000100|What an idiot, buy now"
        _ = store.importLines([LineExport.source("first.txt", Self.export)], batchSize: 100)
        _ = store.importLines([LineExport.source("bad.txt", ["facebook|x1||Zed|1700000000|idiot", "!BROKEN"])], batchSize: 1)
        _ = store.importLines([LineExport.source("edited.txt", edited), LineExport.source("new.txt", ["facebook|c7||Gil|1700000900|idiot"])])
        // The writing connection, as the next writer gets it.
        let (broken, checks) = try store.pool.writeWithoutTransaction { db in
            (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(broken == 0)
        #expect(checks == 1)
        #expect(try store.rowCounts()["comments"] == 5)
    }

    @Test func theWriterHandsBackUnflaggedCommentsItCannotKeepAsTheyAre() throws {
        let store = try newStore()
        _ = store.importLines([LineExport.source("first.txt", Self.export)])
        let stored = ImportedComment(platform: .facebook, platformID: "c1", text: "Lovely sports day, thank you!")
        let changed = ImportedComment(platform: .facebook, platformID: "c2", text: "changed meanwhile")
        let missing = ImportedComment(platform: .facebook, platformID: "c9", text: "not in the store")
        let before = try store.rowCounts()
        let handedBack = try store.writeImports { writer in
            try writer.begin(ImportFileInfo(fileName: "x.txt", sha256: String(repeating: "c", count: 64), byteCount: 1))
            let back = try writer.add([stored, changed, missing].map {
                FlaggedComment(comment: $0, flags: [], textSHA256: ContentHash.sha256($0.text), flagsSkipped: true)
            })
            let record = try writer.finish(format: .csv, warnings: [])
            #expect(record.counts == ImportCounts(read: 1, new: 0, updated: 0, unchanged: 1, flagged: 0))
            return back
        }
        #expect(handedBack == [1, 2])
        let after = try store.rowCounts()
        #expect(after["comments"] == before["comments"])
        #expect(after["comment_versions"] == before["comment_versions"])
    }
}

/// Counts the comments it is asked to flag; flags as `WordFlagger` does.
final class CountingFlagger: Flagger, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var flagged: Int { lock.withLock { count } }

    func flags(for comments: [ImportedComment]) -> [[Flag]] {
        lock.withLock { count += comments.count }
        return WordFlagger().flags(for: comments)
    }
}

/// A store that answers every `holds` with yes; everything else is the real store's.
final class ClaimsToHoldAll: Store, StoredTexts {
    let store: SQLiteStore
    init(_ store: SQLiteStore) { self.store = store }

    func holds(_ comment: ImportedComment, hash: [UInt8]) -> Bool { true }

    var location: String { store.location }
    func writeImports<T>(_ body: (any ImportWriter) throws -> T) throws -> T { try store.writeImports(body) }
    func status() throws -> StoreStatus { try store.status() }
    func queue(_ query: QueueQuery) throws -> [QueueRow] { try store.queue(query) }
    func queueCount(_ query: QueueQuery) throws -> Int { try store.queueCount(query) }
    func queueWindow(_ query: QueueQuery, offset: Int) throws -> QueueWindow { try store.queueWindow(query, offset: offset) }
    func queueSummary() throws -> QueueSummary { try store.queueSummary() }
    func findComments(platformID: String, platform: Platform?) throws -> [CommentKey] {
        try store.findComments(platformID: platformID, platform: platform)
    }
    func detail(_ key: CommentKey, historyLimit: Int) throws -> CommentDetail? { try store.detail(key, historyLimit: historyLimit) }
    func imports(limit: Int) throws -> [ImportRecord] { try store.imports(limit: limit) }
    func changeToken() throws -> Int64 { try store.changeToken() }
}
