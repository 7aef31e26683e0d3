import Foundation
import Testing
import VigilEngine
@testable import VigilStore

/// The queue's totals are kept between page loads; whatever another process writes, or this
/// one, the next window's total is exact.
@Suite struct QueueTotalTests {
    let folder = TemporaryFolder()

    func write(_ store: SQLiteStore, _ name: String, ids: [String], flagged: Bool = true) throws {
        let flag = RecordsFixture.flag(.abuse, .medium, "insult")
        try store.writeImports { writer in
            try writer.begin(ImportFileInfo(fileName: name, sha256: String(repeating: "c", count: 64), byteCount: 1, started: Date()))
            try writer.add(ids.map { id in
                FlaggedComment(comment: ImportedComment(
                    platform: .instagram, platformID: id, channel: "oakfield.primary", post: nil, parentID: nil,
                    author: AuthorRef(handle: "h\(id)"), created: RecordsFixture.day("2025-03-01"), text: "idiot \(id)"),
                    flags: flagged ? [flag] : [])
            })
            _ = try writer.finish(format: .instagram, warnings: [])
        }
    }

    @Test func aWindowsTotalFollowsWritesByThisAndAnotherProcess() throws {
        let path = folder.path("totals.sqlite")
        let console = try SQLiteStore.open(path: path, create: true)
        let importer = try SQLiteStore.open(path: path, create: false)   // another process's connection
        try write(importer, "a.json", ids: ["t1", "t2", "t3"])
        let query = QueueQuery(limit: 2)
        #expect(try console.queueWindow(query, offset: 0).total == 3)
        #expect(try console.queueWindow(query, offset: 2).total == 3, "the same total for the next page")

        try write(importer, "b.json", ids: ["t4", "t5"])
        let after = try console.queueWindow(query, offset: 2)
        #expect(after.total == 5, "another process's import counts at once")
        #expect(after.rows.count == 2)
        #expect(try console.queueWindow(QueueQuery(categories: [.spam], limit: 2), offset: 0).total == 0, "each filter its own total")

        try write(console, "c.json", ids: ["t6"])
        #expect(try console.queueWindow(query, offset: 0).total == 6, "and this process's own")
        try write(importer, "d.json", ids: ["t7"], flagged: false)
        #expect(try console.queueWindow(query, offset: 0).total == 6, "an unflagged comment is not in the queue")
    }
}
