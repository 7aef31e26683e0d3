import Foundation
import GRDB
import VigilEngine
@testable import VigilStore

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
    func set(_ date: Date) { lock.withLock { current = date } }
}

/// A store with comments (imported through the real pipeline with `WordFlagger`), a sign-off
/// service on a test clock, and accounts made with the test-only passphrase cost.
final class SignOffTestStore: @unchecked Sendable {
    /// Mon 3 Mar 2025 09:00 in London (GMT).
    static let monday = Date(timeIntervalSince1970: 1_740_992_400)
    static let day: TimeInterval = 86_400

    let folder = TemporaryFolder()
    let store: SQLiteStore
    let clock = TestClock(monday)
    var service: SignOffService

    /// Gary's three abusive comments c1–c3, Ann's critical c4 and plain c5, an authorless
    /// abusive c6, a low spam y1 on YouTube.
    static let comments = [
        "facebook|c1||Gary|1740900000|you are an idiot",
        "facebook|c2||Gary|1740900100|another idiot remark",
        "facebook|c3||Gary|1740900200|idiot again and again",
        "facebook|c4||Ann|1740900300|i want to hurt myself",
        "facebook|c5||Ann|1740900400|lovely sports day",
        "facebook|c6|||1740900500|what an idiot",
        "youtube|y1||Quiet|1740900600|buy now cheap pills",
    ]

    init(comments: [String] = SignOffTestStore.comments) throws {
        store = try SQLiteStore.open(path: folder.path("vigil.sqlite"), create: true)
        let clock = self.clock
        service = SignOffService(store: store, clock: { clock.now })
        if !comments.isEmpty { _ = store.importLines([LineExport.source("export.txt", comments)]) }
    }

    static func passphrase(_ name: String) -> Passphrase { Passphrase("\(name)'s own long passphrase") }

    static func name(_ text: String) -> AccountName { try! AccountName(text) }

    func key(_ id: String, _ platform: Platform = .facebook) -> CommentKey { CommentKey(platform: platform, id: id) }

    /// Founds the store with these administrators.
    @discardableResult
    func found(_ names: [String] = ["alice", "bob"]) throws -> AuditEntry {
        try service.found(names.map { (Self.name($0), Self.passphrase($0)) }, cost: .weakForTestsOnly)
    }

    func signIn(_ name: String) throws -> SignedIn {
        try service.signIn(name: name, passphrase: Self.passphrase(name))
    }

    /// Adds `name` proposed by `by` and approved by `approver`.
    @discardableResult
    func addMember(_ name: String, _ role: Role, by: String = "alice", approver: String = "bob") throws -> ProposalID {
        let r = try service.proposeMember(Self.name(name), role: role, passphrase: Self.passphrase(name), reason: "joining",
                                          by: try signIn(by), cost: .weakForTestsOnly)
        _ = try service.decide(r.proposal.id, .approve(note: nil), by: try signIn(approver))
        return r.proposal.id
    }

    /// A cover window for `moderator` covering `covering`, proposed and approved.
    func addCover(_ moderator: String, for covering: String, from: String, to: String, by: String = "alice", approver: String = "bob") throws {
        let w = try CoverWindow.days(moderator: Self.name(moderator), covering: Self.name(covering), from: from, to: to)
        let r = try service.proposeCoverWindow(w, reason: "leave", by: try signIn(by))
        _ = try service.decide(r.proposal.id, .approve(note: nil), by: try signIn(approver))
    }

    func propose(_ id: String, _ action: ModerationAction = .delete, by: String = "alice") throws -> SignOffReceipt {
        let target: ProposalTarget = action.targetsAuthor ? .authorOf(key(id)) : .comment(key(id))
        return try service.propose(ProposalRequest(target: target, action: action, reason: "breaks the rules"), by: try signIn(by))
    }

    /// Proposes and approves.
    @discardableResult
    func decided(_ id: String, _ action: ModerationAction = .delete, by: String = "alice", approver: String = "bob") throws -> ProposalID {
        let p = try propose(id, action, by: by).proposal.id
        _ = try service.decide(p, .approve(note: nil), by: try signIn(approver))
        return p
    }

    func review(_ id: String, _ platform: Platform = .facebook) throws -> ReviewState? {
        try store.detail(key(id, platform), historyLimit: 0)?.comment.review
    }

    func entries() throws -> [AuditEntry] {
        try store.auditEntries(newestFirst: false, offset: 0, limit: 100_000).rows
    }

    func count(_ table: String) throws -> Int {
        try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    /// Runs SQL as someone holding the file would, with the store's own connection.
    /// Foreign keys are off, as they are in the `sqlite3` tool.
    func tamper(_ sql: String) throws {
        try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.execute(sql: sql)
        }
    }

    func verify() throws -> AuditReport { try store.verifyAudit() }
}

extension SignOffError {
    var workflowRefusal: WorkflowRefusal? {
        if case .workflow(let r) = self { return r }
        return nil
    }

    var signInRefusal: SignInRefusal? {
        if case .signIn(let r) = self { return r }
        return nil
    }
}
