import Foundation
import Testing
@testable import VigilEngine

/// False alarms of general kinds found by scanning real public comments (../shared/eval):
/// digits inside links and hashtags, idioms that look like addresses.
@Suite struct RealTextTests {
    @Test(arguments: [
        "https://www.facebook.com/pages/music/674732645945877",
        "see example.com/watch?v=4111111111111111 lol",
        "https://example.com/07700900123",
        "can't wait #l00py #sw1a1aa",
        "@jo_07700900123 said so",
        "Why would this be 1 way street?",
        "id=9434765919&ref=share",
        "https://www.example.com/photos/a.390875584405933/391725794320912/?type=3",
        "www.example.com/u/07700900123.html",
    ])
    func digitsInLinksHashtagsAndIdiomsAreNotPersonalDetails(_ text: String) {
        #expect(finds(text).isEmpty)
    }

    @Test func detailsNextToLinksAreStillFound() {
        #expect(finds("see example.com/info or call 07700 900123") == [Found(.ukMobile, "07700 900123")])
        #expect(finds("#help call 07700 900123") == [Found(.ukMobile, "07700 900123")])
    }
}

/// The real public comments of ../shared/eval (YouTube, Twitter) hold almost no personal
/// details, so the scanner should flag almost none of them: at most one comment in 2,000.
@Suite struct SharedEvalFalseAlarmTests {
    @Test func realCommentsAreAlmostNeverFlagged() throws {
        let files = ["youtube-spam.jsonl", "davidson-tweets.jsonl", "olid-train.jsonl"]
        // ../shared/eval beside the checkout (or beside the folder of worktrees), or $VIGIL_SHARED_EVAL.
        let root = LabelledSetTests.root
        let candidates = [ProcessInfo.processInfo.environment["VIGIL_SHARED_EVAL"].map { URL(fileURLWithPath: $0) }]
            + [root.deletingLastPathComponent(), root.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("shared/eval") }
        guard let dir = candidates.compactMap({ $0 }).first(where: { d in
            files.allSatisfy { FileManager.default.fileExists(atPath: d.appendingPathComponent($0).path) }
        }) else {
            print("SharedEvalFalseAlarmTests: no ../shared/eval with \(files.joined(separator: ", ")); skipped")
            return
        }
        struct Row: Decodable { var text: String }
        let scanner = PersonalInfoScanner()
        var rows = 0, flagged = 0
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let row = try JSONDecoder().decode(Row.self, from: Data(line.utf8))
                rows += 1
                if !scanner.scan(row.text).isEmpty { flagged += 1 }
            }
        }
        print("shared eval: \(flagged) of \(rows) real comments flagged")
        #expect(rows > 20_000)
        #expect(flagged * 2_000 <= rows)
    }
}
