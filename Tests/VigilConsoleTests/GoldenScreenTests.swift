import Foundation
import Testing
import VigilEngine
@testable import VigilConsole

/// Every view at 80x24 and 132x40, compared with the files in `Golden/` (text and styles).
/// `RECORD_SCREENS=1 swift test --filter GoldenScreenTests` writes them again; review the diff.
@Suite struct GoldenScreenTests {
    /// A named way to reach a screen from a fresh console.
    struct Scene: CustomStringConvertible, Sendable {
        var name: String
        var steps: @Sendable (inout Harness) -> Void
        var description: String { name }
    }

    static let scenes: [Scene] = [
        Scene(name: "sign-in") { _ in },
        Scene(name: "sign-in-passphrase") { h in h.type("Alex Morgan<Enter>orch") },
        Scene(name: "sign-in-cover-window") { h in h.signIn("Jo Lee", "not yet") },
        Scene(name: "queue") { h in h.signIn() },
        Scene(name: "queue-moved") { h in h.signIn(); h.type("jjj") },
        Scene(name: "queue-filtered") { h in h.signIn(); h.type("cv") },
        Scene(name: "queue-all-statuses") { h in h.signIn(); h.type("ttt") },
        Scene(name: "queue-search-prompt") { h in h.signIn(); h.type("/lunch") },
        Scene(name: "queue-nothing-matches") { h in h.signIn(); h.type("/no such words<Enter>") },
        Scene(name: "queue-refusal") { h in h.signIn(); h.type("jjH") },
        Scene(name: "detail-personal-info") { h in h.signIn(); h.type("/lunchbox<Enter><Enter>") },
        Scene(name: "detail-hostile") { h in h.signIn(); h.type("/hacked<Enter><Enter>") },
        Scene(name: "detail-wide") { h in h.signIn(); h.type("/sports<Enter><Enter>") },
        Scene(name: "detail-scrolled") { h in h.signIn(); h.type("/useless<Enter><Enter>G") },
        Scene(name: "propose-delete") { h in h.signIn(); h.type("/useless<Enter>d") },
        Scene(name: "proposed") { h in h.signIn(); h.type("/useless<Enter><Enter>d<Enter>") },
        Scene(name: "escalate-choice") { h in h.signIn(); h.type("jke") },
        Scene(name: "sign-offs") { h in h.signIn(); h.type("2") },
        Scene(name: "sign-offs-mine") { h in h.signIn(); h.type("2<Tab>") },
        Scene(name: "sign-off-passphrase") { h in h.signIn(); h.type("2a<Enter>orch") },
        Scene(name: "actions") { h in h.signIn(); h.type("3") },
        Scene(name: "authors") { h in h.signIn(); h.type("4") },
        Scene(name: "audit") { h in h.signIn(); h.type("5") },
        Scene(name: "handover") { h in h.signIn(); h.type("6") },
        Scene(name: "import") { h in h.signIn(); h.type("7jjj ") },
        Scene(name: "import-progress") { h in
            h.signIn(); h.type("7jjj i")
            h.send(.importProgress(ImportProgress(fileIndex: 0, fileCount: 2, fileName: "facebook-page-1.json", bytesDone: 30_000, bytesTotal: 48_213, comments: 310)))
        },
        Scene(name: "import-results") { h in
            h.signIn(); h.type("7jjj i")
            h.send(.imported(.success([
                ImportFileResult(fileName: "facebook-page-1.json", format: "facebook", new: 120, updated: 2, unchanged: 0, flagged: 9, error: nil),
                ImportFileResult(fileName: "blog-export.xml", format: nil, new: 0, updated: 0, unchanged: 0, flagged: 0, error: "blog-export.xml: line 3, column 1: expected <rss>"),
            ])))
        },
        Scene(name: "help") { h in h.signIn(); h.type("?") },
        Scene(name: "help-scrolled") { h in h.signIn(); h.type("?<PgDn>") },
    ]

    static let sizes = [Size(rows: 24, columns: 80), Size(rows: 40, columns: 132)]

    static var goldenDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    @Test(arguments: scenes, sizes)
    func screenMatchesItsGoldenCopy(scene: Scene, size: Size) throws {
        var h = Harness(size: size)
        scene.steps(&h)
        let actual = h.screen.goldenText
        let url = Self.goldenDirectory.appendingPathComponent("\(scene.name)-\(size).txt")
        if ProcessInfo.processInfo.environment["RECORD_SCREENS"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden screen \(url.lastPathComponent): run with RECORD_SCREENS=1 and review it")
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDiff = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("""
                \(url.lastPathComponent) differs from line \(firstDiff + 1):
                expected: \(firstDiff < e.count ? String(e[firstDiff]) : "(end)")
                actual:   \(firstDiff < a.count ? String(a[firstDiff]) : "(end)")
                whole screen now:
                \(actual)
                """)
        }
    }

    @Test func tooSmallScreenSaysSo() {
        var h = Harness(size: Size(rows: 20, columns: 60))
        h.signIn()
        let text = h.text
        #expect(text.contains("Vigil needs a terminal of at least 80x24."))
        #expect(text.contains("This one is 60x20: make the window larger."))
        #expect(h.lines.allSatisfy { DisplayWidth.of($0) == 60 })
    }
}
