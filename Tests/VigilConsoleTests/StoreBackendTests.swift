import Foundation
import Testing
import VigilEngine
import VigilStore
@testable import VigilConsole

/// The console on a real store (`StoreConsoleBackend` over `SQLiteStore`), driven by keys.
@Suite struct StoreBackendTests {
    /// A store in a fresh folder, removed when the value goes.
    final class StoreFolder: @unchecked Sendable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-console-store-\(UUID().uuidString)")
        var path: String { url.appendingPathComponent("vigil.sqlite").path }
        init() { try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static let hostile = "Great fair!\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{1B}[10;10Hyou have been hacked\r\u{202E}txt.exe\u{9B}31m red\u{8D}\u{7F}end"

    static func comment(_ id: String, _ text: String, author: String?, minute: Int, parent: String? = nil, channel: String = "Oakfield Primary") -> ImportedComment {
        ImportedComment(platform: .facebook, platformID: id, channel: channel, post: PostRef(platformID: "post-1", title: "Summer fair"),
                        parentID: parent, author: author.map { AuthorRef(platformID: "id-\($0)", name: $0) },
                        created: Harness.now.addingTimeInterval(Double(minute - 600) * 60), text: text)
    }

    static func flag(_ category: VigilEngine.Category, _ severity: Severity, _ span: (Int, Int)) -> Flag {
        Flag(category: category, kind: "test", rule: "\(category.rawValue).test", severity: severity, action: .delete,
             spans: [Span(start: span.0, end: span.1)], explanation: "cann-bridge §3.3: \(category.rawValue) (test)")
    }

    /// Writes comments with their flags as one import, as the import pipeline does.
    static func write(_ store: SQLiteStore, _ file: String, _ items: [(ImportedComment, [Flag])]) throws {
        try store.writeImports { w in
            try w.begin(ImportFileInfo(fileName: file, sha256: String(repeating: "0", count: 64), byteCount: 1))
            try w.add(items.map { FlaggedComment(comment: $0.0, flags: $0.1) })
            _ = try w.finish(format: .facebook, warnings: [])
        }
    }

    static func seeded(_ folder: StoreFolder) throws -> SQLiteStore {
        let store = try SQLiteStore.open(path: folder.path, create: true)
        try write(store, "page-1.json", [
            (comment("1_1", "Thank you to everyone who came to the fair!", author: "Oakfield Primary", minute: 0), []),
            (comment("1_2", "Mr Hughes is a useless idiot", author: "Rob Kettle", minute: 10, parent: "1_1"), [flag(.abuse, .high, (18, 28))]),
            (comment("1_3", "ring me on 07700 900123", author: "Dana Whitfield", minute: 20), [flag(.personalInfo, .medium, (11, 23))]),
            (comment("1_4", hostile, author: "\u{1B}[31mAdmin\u{1B}[0m", minute: 30, channel: "Oakfield TV"), [flag(.spam, .critical, (14, 19))]),
            (comment("1_5", "another idiot comment", author: "Rob Kettle", minute: 40), [flag(.abuse, .low, (8, 13))]),
        ])
        return store
    }

    /// A backend on `store` whose clock is the harness's "now", with the roster founded.
    static func backend(_ store: SQLiteStore) -> StoreConsoleBackend {
        try! found(store)
        return StoreConsoleBackend(store: store, flagger: StoreFlagger(), clock: { Harness.now })
    }

    /// The people: alex and sam (administrators), chris (cover moderator
    /// for alex, window open at `Harness.now`) and jo (cover, window starting two days
    /// later), made through the sign-off service with the test-only hash cost. Once a store.
    static func found(_ store: SQLiteStore) throws {
        guard try store.members().isEmpty else { return }
        let service = SignOffService(store: store, clock: { Harness.now })
        let cost = KDFParameters.weakForTestsOnly
        _ = try service.found([(try AccountName("alex"), Passphrase("orchard lantern")),
                               (try AccountName("sam"), Passphrase("harbour violet"))], cost: cost)
        let alex = try service.signIn(name: "alex", passphrase: Passphrase("orchard lantern"))
        let sam = try service.signIn(name: "sam", passphrase: Passphrase("harbour violet"))
        let day: TimeInterval = 86_400
        for (name, passphrase, start) in [("chris", "open window now", Harness.now.addingTimeInterval(-day)),
                                          ("jo", "not yet my turn", Harness.now.addingTimeInterval(2 * day))] {
            let added = try service.proposeMember(try AccountName(name), role: .coverModerator, passphrase: Passphrase(passphrase),
                                                  reason: "cover", by: alex, cost: cost)
            _ = try service.decide(added.proposal.id, .approve(note: nil), by: sam)
            let window = CoverWindow(moderator: try AccountName(name), covering: try AccountName("alex"),
                                     start: start, end: start.addingTimeInterval(5 * day))
            _ = try service.decide(try service.proposeCoverWindow(window, reason: "leave", by: alex).proposal.id, .approve(note: nil), by: sam)
        }
    }

    /// Flags "idiot" as abuse, for imports made from the console.
    struct StoreFlagger: Flagger {
        func flags(for comments: [ImportedComment]) -> [[Flag]] {
            comments.map { c in c.text.contains("idiot") ? [StoreBackendTests.flag(.abuse, .medium, (0, 1))] : [] }
        }
    }

    @Test func signingInShowsTheStoresQueueMostSevereFirst() throws {
        let folder = StoreFolder()
        var h = Harness(backend: Self.backend(try Self.seeded(folder)), size: Size(rows: 40, columns: 132))
        h.signIn("alex", "orchard lantern")
        #expect(h.contains("4 awaiting"), "\(h)")
        #expect(h.contains("1 of 4"))
        let order = h.state.queue.list.rows.map(\.key.id)
        #expect(order == ["1_4", "1_2", "1_3", "1_5"])
        #expect(h.contains("Rob Kettle"))
        #expect(h.contains("abuse 2"), "the header counts by category:\n\(h)")
    }

    @Test func filtersAndSearchNarrowTheStoresQueue() throws {
        let folder = StoreFolder()
        var h = Harness(backend: Self.backend(try Self.seeded(folder)), size: Size(rows: 40, columns: 132))
        h.signIn("alex", "orchard lantern")
        h.type("c")
        #expect(h.state.queue.filter.category == .abuse)
        #expect(h.state.queue.list.rows.map(\.key.id) == ["1_2", "1_5"], "\(h)")
        h.type("v")
        #expect(h.state.queue.list.rows.map(\.key.id) == ["1_2"], "abuse, medium or worse:\n\(h)")
        h.type("x/dana<Enter>")
        #expect(h.state.queue.list.rows.map(\.key.id) == ["1_3"], "search finds the author's name:\n\(h)")
        #expect(h.contains("1 of 1"))
        h.type("x/no such words<Enter>")
        #expect(h.contains("No flagged comments match"), "\(h)")
        h.type("xn")
        #expect(h.state.queue.filter.channel == "Oakfield Primary")
        #expect(h.state.queue.list.count == 3)
    }

    @Test func openingACommentShowsItsThreadHistoryAndEarlierVersions() throws {
        let folder = StoreFolder()
        let store = try Self.seeded(folder)
        try Self.write(store, "page-2.json", [
            (Self.comment("1_2", "Mr Hughes is a useless idiot, sack him", author: "Rob Kettle", minute: 10, parent: "1_1"), [Self.flag(.abuse, .high, (18, 28))]),
        ])
        var h = Harness(backend: Self.backend(store), size: Size(rows: 60, columns: 132))
        h.signIn("alex", "orchard lantern")
        h.type("/useless<Enter><Enter>")
        #expect(h.state.view == .detail)
        #expect(h.contains("facebook:1_2"), "\(h)")
        #expect(h.contains("In reply to Oakfield Primary"), "the parent is shown:\n\(h)")
        #expect(h.contains("Thank you to everyone who came to the fair!"))
        #expect(h.contains("Rob Kettle: 2 comments, 2 flagged"), "\(h)")
        #expect(h.contains("Versions (2)"), "\(h)")
        #expect(h.contains("earlier, imported"), "\(h)")
        #expect(h.contains("page-1.json"))
    }

    @Test func hostileTextFromTheStoreNeverReachesTheScreenAsControls() throws {
        let folder = StoreFolder()
        var h = Harness(backend: Self.backend(try Self.seeded(folder)), size: Size(rows: 40, columns: 132))
        h.signIn("alex", "orchard lantern")
        let queueText = h.text
        h.type("<Enter>")
        #expect(h.state.detail.key?.id == "1_4")
        #expect(h.contains("\u{241B}]0;PWNED\u{2407}"), "the escape sequence is shown as symbols:\n\(h)")
        for text in [queueText, h.text] {
            let bad = text.unicodeScalars.filter { s in
                (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
            }
            #expect(bad.isEmpty, "control or bidi characters on screen: \(bad.map { String($0.value, radix: 16) })")
        }
    }

    @Test func anotherProcesssImportAppearsAtTheNextPoll() throws {
        let folder = StoreFolder()
        var h = Harness(backend: Self.backend(try Self.seeded(folder)), size: Size(rows: 40, columns: 132))
        h.signIn("alex", "orchard lantern")
        h.send(.tick(Harness.now))
        #expect(h.contains("4 awaiting"))
        let other = try SQLiteStore.open(path: folder.path, create: false)
        try Self.write(other, "later.json", [(Self.comment("2_1", "you idiot", author: "New Person", minute: 50), [Self.flag(.abuse, .high, (4, 9))])])
        h.send(.tick(Harness.now.addingTimeInterval(1)))
        #expect(h.contains("5 awaiting"), "the other process's import shows without restarting:\n\(h)")
        #expect(h.state.queue.list.count == 5)
    }

    @Test func aStoreWithoutARosterRefusesSignInAndSaysWhy() throws {
        let folder = StoreFolder()
        let store = try Self.seeded(folder)
        var h = Harness(backend: StoreConsoleBackend(store: store, flagger: StoreFlagger(), clock: { Harness.now }))
        h.signIn("alex", "orchard lantern")
        #expect(h.state.session == nil)
        #expect(h.contains("no administrators"), "\(h)")
    }

    @Test func theLastPageOfALargeQueueIsOneKeyAway() throws {
        let folder = StoreFolder()
        let store = try SQLiteStore.open(path: folder.path, create: true)
        try Self.write(store, "many.json", (0..<3_000).map { i in
            (Self.comment("m_\(i)", "comment \(i) you idiot", author: "Parent \(i % 40)", minute: i), [Self.flag(.abuse, .medium, (0, 7))])
        })
        var h = Harness(backend: Self.backend(store), size: Size(rows: 40, columns: 132))
        h.signIn("alex", "orchard lantern")
        h.type("G")
        #expect(h.contains("3,000 of 3,000"), "\(h)")
        #expect(h.state.queue.list.selected?.key.id == "m_2999")
        #expect(h.state.queue.list.rows.count <= PagedList<QueueLine>.pageSize, "only a page is held")
        h.type("g")
        #expect(h.state.queue.list.selected?.key.id == "m_0")
    }

    @Test func importingFromTheConsoleWritesTheStoreAndReportsEachFile() throws {
        let folder = StoreFolder()
        let store = try Self.seeded(folder)
        let backend = Self.backend(store)
        let good = folder.url.appendingPathComponent("comments.csv")
        try Data("id,author,text\nc1,Ann,what an idiot\nc2,Bob,lovely day\n".utf8).write(to: good)
        let bad = folder.url.appendingPathComponent("broken.json")
        try Data("{\"data\": [".utf8).write(to: bad)
        let session = try backend.signIn(name: "alex", passphrase: SecretText("orchard lantern"))
        let seen = ProgressLog()
        let results = try backend.importFiles([good.path, bad.path], by: session) { seen.add($0) }
        #expect(results.count == 2)
        #expect(results[0].new == 2 && results[0].flagged == 1 && results[0].error == nil, "\(results[0])")
        #expect(results[1].error?.contains("broken.json") == true, "\(results[1])")
        #expect(seen.count > 0, "progress was reported")
        #expect(try store.queueSummary().open == 5)
    }

    final class ProgressLog: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [ImportProgress] = []
        func add(_ p: ImportProgress) { lock.lock(); items.append(p); lock.unlock() }
        var count: Int { lock.lock(); defer { lock.unlock() }; return items.count }
    }
}
