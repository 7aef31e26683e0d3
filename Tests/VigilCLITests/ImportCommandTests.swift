import Foundation
import Testing
import VigilEngine

/// `vigil import`, `scan` and `demo` on real exports. They need the importers (branch
/// `importers`); until that merges they are skipped, with the reason shown.
@Suite final class ImportCommandTests {
    let fixture = StoreFixture()
    deinit { fixture.remove() }

    static let token = "EAATestTokenSecret0123456789"

    static func graphPage(edited: Bool) -> String {
        """
        {"data": [
          {"id": "1111_1", "created_time": "2025-07-18T14:12:03+0000", "from": {"id": "71", "name": "Ann Example"},
           "message": "Lovely sports day"},
          {"id": "1111_2", "created_time": "2025-07-18T14:20:00+0000", "from": {"id": "72", "name": "Bob Sample"},
           "parent": {"id": "1111_1"}, "message": "\(edited ? "Agreed, brilliant (edited)" : "Agreed, brilliant")"},
          {"id": "1111_3", "created_time": "2025-07-18T15:00:00+0000", "message": "No author on this one"}
        ],
        "paging": {"cursors": {"before": "QQ", "after": "QR"},
                   "next": "https://graph.facebook.com/v19.0/1111/comments?access_token=\(token)&after=QR"}}
        """
    }

    static let importersReady = Importers.detect(Data(graphPage(edited: false).utf8)) != nil

    func vigil(_ args: [String], stderrIsTerminal: Bool = false) throws -> VigilRun {
        try VigilHarness.run(args + ["--store", fixture.path], stderrIsTerminal: stderrIsTerminal)
    }

    @Test(.enabled(if: importersReady, "needs the importers (branch importers)"))
    func importCountsThenReimportAddsNothingThenAnEditIsUpdated() throws {
        let first = try fixture.file("page1.json", Self.graphPage(edited: false))
        let later = try fixture.file("page1-later.json", Self.graphPage(edited: true))
        let run1 = try vigil(["import", first, "--format", "json"])
        #expect(run1.exitCode == 0, "\(run1.stderr)")
        let file1 = try #require(((try run1.json() as? [String: Any])?["files"] as? [[String: Any]])?.first)
        #expect(file1["format"] as? String == "facebook")
        #expect(file1["new"] as? Int == 3)
        #expect(file1["result"] as? String == "imported")

        let run2 = try vigil(["import", first, "--format", "json"])
        let file2 = try #require(((try run2.json() as? [String: Any])?["files"] as? [[String: Any]])?.first)
        #expect(file2["new"] as? Int == 0)
        #expect(file2["unchanged"] as? Int == 3)

        let run3 = try vigil(["import", later])
        #expect(run3.exitCode == 0)
        #expect(run3.stdout.contains("page1-later.json"))
        let show = try vigil(["show", "1111_2", "--format", "json"])
        let versions = try #require((try show.json() as? [String: Any])?["versions"] as? [[String: Any]])
        #expect(versions.map { $0["text"] as? String } == ["Agreed, brilliant", "Agreed, brilliant (edited)"])
    }

    @Test(.enabled(if: importersReady, "needs the importers (branch importers)"))
    func noAccessTokenReachesAnyOutputOrTheStore() throws {
        let page = try fixture.file("page.json", Self.graphPage(edited: false))
        var runs = [try vigil(["import", page]), try vigil(["import", page, "--format", "json"])]
        runs += [try vigil(["status", "--format", "json"]), try vigil(["queue", "--format", "jsonl"]),
                 try vigil(["show", "1111_1"]), try vigil(["show", "1111_1", "--format", "json"])]
        runs.append(try VigilHarness.run(["scan", page, "--format", "jsonl"]))
        runs.append(try VigilHarness.run(["scan", page]))
        for run in runs { #expect(!run.allOutput.contains(Self.token)) }
        let storeBytes = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
            + ((try? Data(contentsOf: URL(fileURLWithPath: fixture.path + "-wal"))) ?? Data())
        #expect(storeBytes.range(of: Data(Self.token.utf8)) == nil)
    }

    @Test(.enabled(if: importersReady, "needs the importers (branch importers)"))
    func progressShowsOnATerminalOnly() throws {
        let page = try fixture.file("page.json", Self.graphPage(edited: false))
        let piped = try vigil(["import", page])
        #expect(piped.exitCode == 0)
        #expect(piped.stderr.isEmpty, "progress or noise on a non-terminal stderr: \(piped.stderr)")
        let other = try fixture.file("page2.json", Self.graphPage(edited: true))
        let terminal = try vigil(["import", other], stderrIsTerminal: true)
        #expect(terminal.exitCode == 0)
        #expect(terminal.stderr.contains("comments"))
        #expect(terminal.stderr.contains("/s"))
    }

    @Test(.enabled(if: importersReady, "needs the importers (branch importers)"))
    func atomicImportOfAGoodAndABadFileKeepsNothing() throws {
        let good = try fixture.file("good.json", Self.graphPage(edited: false))
        let bad = try fixture.file("bad.json", "{\"data\": [{\"id\": \"9_9\", \"message\": 5}]}")
        let run = try vigil(["import", good, bad, "--atomic"])
        #expect(run.exitCode == 1)
        #expect(run.stdout.contains("not imported (--atomic"))
        #expect(run.stderr.contains("vigil: \(bad)"))
        let status = try vigil(["status", "--format", "json"])
        #expect((try status.json() as? [String: Any])?["comments"] as? Int == 0)
        let separately = try vigil(["import", good, bad])
        #expect(separately.exitCode == 1)
        #expect((try vigil(["status", "--format", "json"]).json() as? [String: Any])?["comments"] as? Int == 3)
    }

    @Test(.enabled(if: importersReady, "needs the importers (branch importers)"))
    func scanPrintsOneJSONLinePerCommentAndStoresNothing() throws {
        let page = try fixture.file("page.json", Self.graphPage(edited: false))
        let run = try VigilHarness.run(["scan", page, "--format", "jsonl"], environment: ["VIGIL_STORE": fixture.path])
        #expect(run.exitCode == 0)
        let lines = try run.jsonLines()
        #expect(lines.map { $0["id"] as? String } == ["1111_1", "1111_2", "1111_3"])
        for line in lines {
            #expect(Set(line.keys) == ["id", "platform", "author", "flags"])
            #expect(line["platform"] as? String == "facebook")
            #expect(line["flags"] is [Any])
        }
        #expect(lines[2]["author"] is NSNull)
        #expect(!FileManager.default.fileExists(atPath: fixture.path))
        let table = try VigilHarness.run(["scan", page])
        #expect(table.stdout.contains("page.json: facebook, 3 comments"))
    }

    @Test(.enabled(if: importersReady, "needs the importers (branch importers)"))
    func demoMakesAStoreFromTheBuiltInSamplesAndShowsItsQueue() throws {
        let run = try VigilHarness.run(["demo", "--store", fixture.path])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Demo store: \(fixture.path)"))
        #expect(run.stdout.contains("facebook-sports-day-later.json"))
        #expect(!run.allOutput.contains("EAADemoToken"))
        let status = try #require(try VigilHarness.run(["status", "--format", "json", "--store", fixture.path]).json() as? [String: Any])
        #expect((status["comments"] as? Int ?? 0) >= 14)
        #expect(status["imports"] as? Int == 5)
        let again = try VigilHarness.run(["demo", "--store", fixture.path])
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("already exists"))
    }

    @Test func demoRefusesToTouchAnExistingStore() throws {
        try fixture.populate()
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        let run = try VigilHarness.run(["demo", "--store", fixture.path])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("already exists"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == before)
    }
}
