import Foundation
import Testing

/// `vigil status`, `queue` and `show` against a store with known contents.
@Suite final class ReadCommandTests {
    let fixture = StoreFixture()

    init() throws { try fixture.populate() }
    deinit { fixture.remove() }

    func vigil(_ args: String...) throws -> VigilRun {
        try VigilHarness.run(args + ["--store", fixture.path])
    }

    @Test func statusJSONIsOneObjectWithTheContractsFields() throws {
        let run = try vigil("status", "--format", "json")
        #expect(run.exitCode == 0)
        let s = try #require(try run.json() as? [String: Any])
        #expect(s["comments"] as? Int == 7)
        #expect(s["flagged"] as? Int == 4)
        #expect(s["imports"] as? Int == 2)
        #expect(s["administrators"] as? Int == 0)
        let byCategory = try #require(s["by_category"] as? [String: Int])
        #expect(byCategory == ["abuse": 2, "spam": 1, "personal-info": 1, "safeguarding": 1,
                               "commercial": 0, "extremism": 0, "complaint": 0])
        let proposals = try #require(s["proposals"] as? [String: Int])
        #expect(proposals == ["pending": 0, "overdue": 0, "approved": 0, "rejected": 0, "withdrawn": 0, "expired": 0, "carried_out": 0])
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    @Test func statusForPeopleSaysTheCounts() throws {
        let run = try vigil("status")
        #expect(run.exitCode == 0)
        #expect(run.stdout.contains("Comments: 7"))
        #expect(run.stdout.contains("Flagged: 4, of which 4 await a decision"))
        #expect(run.stdout.contains("safeguarding   1"))
        #expect(run.stdout.contains("Imports: 2; last later.json"))
        #expect(run.stderr.isEmpty)
    }

    @Test func queueJSONLinesAreScanShapedMostSevereFirstThenOldest() throws {
        let run = try vigil("queue", "--format", "jsonl")
        #expect(run.exitCode == 0)
        let lines = try run.jsonLines()
        #expect(lines.map { $0["id"] as? String } == ["yt_1", "fb_3", "fb_2", "shared_9"])
        #expect(lines.map { $0["platform"] as? String } == ["youtube", "facebook", "facebook", "youtube"])
        #expect(lines[1]["author"] is NSNull)
        #expect(lines[0]["author"] as? String == "Quiet One")
        let flag = try #require((lines[0]["flags"] as? [[String: Any]])?.first)
        #expect(flag["category"] as? String == "safeguarding")
        #expect(flag["kind"] as? String == "self-harm")
        #expect(flag["rule"] as? String == "safeguarding.self-harm")
        #expect(flag["severity"] as? String == "critical")
        #expect(flag["action"] as? String == "escalate")
        #expect((flag["spans"] as? [[String: Int]]) == [["start": 10, "end": 21]])
        #expect((flag["explanation"] as? String)?.contains("cann-bridge") == true)
        // The edit is flagged again: both flags on the current text.
        #expect((lines[2]["flags"] as? [[String: Any]])?.count == 2)
        #expect(lines[2]["text"] as? String == "The PE teacher is an idiot and a bully")
    }

    @Test func queueFiltersAndLimits() throws {
        func ids(_ args: String...) throws -> [String] {
            try VigilHarness.run(["queue", "--format", "jsonl", "--store", fixture.path] + args)
                .jsonLines().compactMap { $0["id"] as? String }
        }
        #expect(try ids("--category", "abuse") == ["fb_2", "shared_9"])
        #expect(try ids("--category", "spam", "--category", "personal-info") == ["fb_3", "shared_9"])
        #expect(try ids("--severity", "high+") == ["yt_1", "fb_3"])
        #expect(try ids("--severity", "medium") == ["fb_2", "shared_9"])
        #expect(try ids("--channel", "Demo YouTube") == ["yt_1", "shared_9"])
        #expect(try ids("--limit", "1") == ["yt_1"])
        #expect(try ids("--channel", "Nowhere").isEmpty)
    }

    @Test func queueJSONIsAnArrayAndCSVHasAHeaderAndARowEach() throws {
        let json = try vigil("queue", "--format", "json")
        #expect((try json.json() as? [[String: Any]])?.count == 4)
        let csv = try vigil("queue", "--format", "csv")
        let rows = csv.stdout.split(separator: "\n")
        #expect(rows.first == "id,platform,channel,author,created,severity,categories,rules,state,text")
        #expect(rows.dropFirst().first?.hasPrefix("yt_1,youtube,Demo YouTube,Quiet One,") == true)
        #expect(csv.stdout.contains("abuse.insult;abuse.bullying"))
    }

    @Test func queueTableForPeopleShowsRowsAndCounts() throws {
        let run = try vigil("queue", "--limit", "2")
        #expect(run.exitCode == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("severity") == true)
        #expect(lines[1].hasPrefix("critical") && lines[1].contains("yt_1"))
        #expect(lines[2].hasPrefix("high") && lines[2].contains("(unknown)"))
        #expect(lines.last == "2 of 4 shown (--limit 0 shows all)")
    }

    @Test func hostileTextNeverReachesTheTerminalRaw() throws {
        for run in [try vigil("queue"), try vigil("show", "youtube:shared_9"), try vigil("queue", "--format", "jsonl"),
                    try vigil("show", "youtube:shared_9", "--format", "json")] {
            #expect(run.exitCode == 0)
            let bytes = [UInt8](run.stdoutData)
            #expect(!bytes.contains(0x1B), "an escape character reached the output")
            #expect(!bytes.contains(0x07) && !bytes.contains(0x0D))
            #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
        }
        // Machine formats keep the text exactly, escaped.
        let line = try vigil("queue", "--format", "jsonl").jsonLines().first { $0["id"] as? String == "shared_9" }
        #expect(line?["text"] as? String == StoreFixture.hostile)
        #expect(try vigil("show", "youtube:shared_9").stdout.contains("␛]0;pwned␇␛[2J"))
    }

    @Test func showGivesTextVersionsFlagsThreadAndAuthorHistory() throws {
        let run = try vigil("show", "fb_2")
        #expect(run.exitCode == 0)
        let out = run.stdout
        #expect(out.contains("facebook:fb_2 — medium: abuse — awaiting a decision"))
        #expect(out.contains("  The PE teacher is an idiot and a bully"))
        #expect(out.contains("at 33–38: “bully”"))
        #expect(out.contains("Versions (oldest first):"))
        #expect(out.contains("from first.json"))
        #expect(out.contains("from later.json"))
        #expect(out.contains("replying to fb_1 by Ann Example"))
        #expect(out.contains("Author history: 2 comments in the store, 1 flagged"))
        #expect(out.contains("fb_4 by Gary Pike"))
        #expect(!out.contains("shared_9"), "the same name on another platform is another author")
    }

    @Test func showJSONHasEveryVersionWithItsFlags() throws {
        let run = try vigil("show", "fb_2", "--format", "json")
        let d = try #require(try run.json() as? [String: Any])
        #expect(d["id"] as? String == "fb_2")
        let versions = try #require(d["versions"] as? [[String: Any]])
        #expect(versions.map { $0["text"] as? String } == ["The PE teacher is an idiot", "The PE teacher is an idiot and a bully"])
        #expect(versions.map { ($0["flags"] as? [Any])?.count } == [1, 2])
        #expect(versions.map { $0["current"] as? Bool } == [false, true])
        #expect((d["parent"] as? [String: Any])?["id"] as? String == "fb_1")
        #expect((d["author_history"] as? [String: Any])?["comments"] as? Int == 2)
    }

    @Test func anIdOnTwoPlatformsMustBeNamedWithItsPlatform() throws {
        let ambiguous = try vigil("show", "shared_9")
        #expect(ambiguous.exitCode == 1)
        #expect(ambiguous.stderr.contains("facebook:shared_9, youtube:shared_9"))
        #expect(ambiguous.stdout.isEmpty)
        let named = try vigil("show", "facebook:shared_9")
        #expect(named.exitCode == 0)
        #expect(named.stdout.contains("Same id, other platform"))
        let missing = try vigil("show", "nope")
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.contains("no comment with id 'nope'"))
    }

    @Test func theStoreComesFromTheEnvironmentWhenNotNamed() throws {
        let viaEnv = try VigilHarness.run(["status", "--format", "json"], environment: ["VIGIL_STORE": fixture.path])
        #expect((try viaEnv.json() as? [String: Any])?["comments"] as? Int == 7)
        let xdg = fixture.folder.appendingPathComponent("xdg").path
        let viaXDG = try VigilHarness.run(["status"], environment: ["XDG_DATA_HOME": xdg])
        #expect(viaXDG.exitCode == 1)
        #expect(viaXDG.stderr.contains(xdg + "/vigil/vigil.sqlite"))
    }
}
