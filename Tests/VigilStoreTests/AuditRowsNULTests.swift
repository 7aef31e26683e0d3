import Foundation
import GRDB
import Testing
import VigilEngine
@testable import VigilStore

/// The last guard: whatever made an entry with a NUL character in a text (imports replace or
/// refuse them; the workflow refuses them in reasons), the store will not write it cut short.
@Suite struct AuditRowsNULTests {
    @Test(arguments: [
        AuditSubject(platform: "youtube", commentID: "Ugz\u{0}evil"),
        AuditSubject(author: "UC\u{0}x"),
        AuditSubject(member: "sam", covering: "alex\u{0}"),
    ])
    func anEntryWithANULInATextIsRefusedAndTheLogLeftAsItWas(_ subject: AuditSubject) throws {
        let path = NSTemporaryDirectory() + "vigil-nul-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore.open(path: path, create: true)
        let entry = AuditEntry(sequence: 1, timeMillis: 0, actor: "alex", kind: "propose", subject: subject,
                               previousHash: Data(count: 32), signature: nil, hash: Data(count: 32))
        #expect {
            try store.pool.write { db in try AuditRows.insert(entry, into: db) }
        } throws: { error in
            "\(error)".contains("NUL character (U+0000)") && "\(error)".contains("nothing was recorded")
        }
        let count = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") }
        #expect(count == 0)
    }
}
