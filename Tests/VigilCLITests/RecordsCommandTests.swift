import Foundation
import Testing
import VigilEngine
import VigilStore

/// The records commands on the built binary: report, evidence, retention, handover,
/// export-author, on the fixture's known comments with decisions made through `vigil`.
@Suite final class RecordsCommandTests {
    let s = SignOffCLIStore()

    /// Alice proposes deleting fb_2 and Bob approves; Alice keeps fb_3 (a false alarm);
    /// Alice proposes deleting youtube:shared_9, still pending.
    func decided() throws {
        try s.initStore()
        let p = try s.propose(["fb_2"])
        #expect(try s.vigil(as: "bob", ["sign", p[0], "--approve", "--note", "agreed"]).exitCode == 0)
        _ = try s.propose(["fb_3"], ["--action", "keep"])
        _ = try s.propose(["youtube:shared_9"])
    }

    func folder(_ name: String) -> String { s.fixture.folder.appendingPathComponent(name).path }

    static func run(_ tool: String, _ args: [String], in dir: String) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    // MARK: report

    @Test func reportInMarkdownHasTheFixturesCountsAndNoNames() throws {
        try decided()
        let run = try s.vigil(["report", "--format", "md"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let md = run.stdout
        for row in ["| flagged comments | 4 |", "| decisions | 2 |", "| kept as false alarms | 1 |", "| false-alarm rate | 50.0% |",
                    "| abuse | 2 |", "| spam | 1 |", "| personal-info | 1 |", "| safeguarding | 1 |", "| 2025-06 | 4 |",
                    "| overdue sign-offs | 0 |"] {
            #expect(md.contains(row), "missing \(row) in\n\(md)")
        }
        #expect(md.contains("Commenter 1"))
        for name in ["Gary Pike", "Ann Example", "Quiet One", "id-Gary"] { #expect(!md.contains(name), "\(name) appears") }
        let named = try s.vigil(["report", "--names"])
        #expect(named.stdout.contains("Gary Pike"))
    }

    @Test func reportInCSVHasSectionRowsAFileCanBeSortedBy() throws {
        try decided()
        let run = try s.vigil(["report", "--format", "csv"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let lines = Set(run.stdout.split(separator: "\n").map(String.init))
        for line in ["section,label,value", "summary,flagged comments,4", "summary,decisions,2", "category,abuse,2",
                     "channel,facebook: Demo Primary,2", "channel,youtube: Demo YouTube,2", "month,2025-06,4", "decision,delete,1", "decision,keep,1"] {
            #expect(lines.contains(line), "missing \(line)")
        }
    }

    @Test func reportInHTMLGoesToTheFileAndIsSelfContained() throws {
        try decided()
        let out = folder("report.html")
        let run = try s.vigil(["report", "--format", "html", "--out", out, "--from", "2025-06-01", "--to", "2025-06-30"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src=\"") && !html.contains("href="))
        #expect(html.contains("<td>flagged comments</td><td class=\"n\">4</td>"))
        let empty = try s.vigil(["report", "--from", "2024-01-01", "--to", "2024-01-31", "--format", "csv"])
        #expect(empty.stdout.contains("summary,flagged comments,0"))
    }

    @Test func reportRefusesADateItCannotRead() throws {
        try decided()
        let run = try s.vigil(["report", "--from", "June"])
        #expect(run.exitCode == 2)
        #expect(run.stderr.contains("'June' is not a date: write it as YYYY-MM-DD"))
    }

    // MARK: evidence

    @Test func evidencePackVerifiesWithSha256sumAndNamesBothSigners() throws {
        try decided()
        let dir = folder("pack")
        let run = try s.vigil(["evidence", "fb_2", "--out", dir])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("The audit log verifies"))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir)) == ["evidence.json", "evidence.html", "SHA256SUMS"])
        let (code, output) = try Self.run("sha256sum", ["-c", "SHA256SUMS"], in: dir)
        #expect(code == 0, "\(output)")
        #expect(output.contains("evidence.json: OK") && output.contains("evidence.html: OK"))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/evidence.json"))) as? [String: Any])
        let verification = try #require(json["verification"] as? [String: Any])
        #expect(verification["valid"] as? Bool == true)
        #expect((verification["entry_count"] as? Int ?? 0) >= 4)
        let comment = try #require((json["comments"] as? [[String: Any]])?.first)
        let versions = try #require(comment["versions"] as? [[String: Any]])
        #expect(versions.compactMap { $0["text"] as? String } == ["The PE teacher is an idiot", "The PE teacher is an idiot and a bully"])
        #expect(versions.allSatisfy { $0["text_matches_hash"] as? Bool == true })
        let decision = try #require((json["decisions"] as? [[String: Any]])?.first)
        let steps = try #require(decision["steps"] as? [[String: Any]])
        #expect(steps.compactMap { $0["by"] as? String } == ["alice", "bob"])
        #expect(steps.last?["note"] as? String == "agreed")
        let entries = try #require(json["audit_entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["kind"] as? String } == ["propose", "approve"])
        #expect(entries.allSatisfy { ($0["signature"] as? String)?.count == 128 && $0["verified"] as? Bool == true })
        let html = try String(contentsOfFile: dir + "/evidence.html", encoding: .utf8)
        #expect(html.contains("alice") && html.contains("bob") && html.contains("The audit log verifies"))

        // A changed file is caught by the sums.
        try Data("{}".utf8).write(to: URL(fileURLWithPath: dir + "/evidence.json"))
        #expect(try Self.run("sha256sum", ["-c", "SHA256SUMS"], in: dir).0 != 0)
    }

    @Test func evidenceRefusesAFolderWithFilesUnlessToldAndKeepsHostileTextExactInJSONEscapedInHTML() throws {
        try decided()
        let dir = folder("busy")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: dir + "/notes.txt"))
        let refused = try s.vigil(["evidence", "youtube:shared_9", "--out", dir])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("already has 1 file"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/evidence.json"))
        let run = try s.vigil(["evidence", "youtube:shared_9", "--out", dir, "--overwrite"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: dir + "/notes.txt", encoding: .utf8) == "mine")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/evidence.json"))) as? [String: Any])
        let text = ((json["comments"] as? [[String: Any]])?.first?["versions"] as? [[String: Any]])?.first?["text"] as? String
        #expect(text == StoreFixture.hostile)
        let html = try String(contentsOfFile: dir + "/evidence.html", encoding: .utf8)
        #expect(!html.contains("\u{1B}") && !html.contains("\u{202E}"))
        #expect(html.contains("\u{241B}]0;pwned"))
        #expect(run.stdout.contains("1 decision"))
    }

    @Test func evidenceForACommentNotStoredIsRefusedAndMakesNoFolder() throws {
        try decided()
        let dir = folder("none")
        let run = try s.vigil(["evidence", "no_such", "--out", dir])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("no comment with id 'no_such'"))
        #expect(!FileManager.default.fileExists(atPath: dir))
    }

    @Test func evidenceForAnAuthorHoldsAllTheirCommentsAndTheBlockProposedOnThem() throws {
        try decided()
        _ = try s.propose(["fb_4"], ["--action", "block"])
        let dir = folder("author")
        let run = try s.vigil(["evidence", "--author", "facebook:id-Gary Pike", "--out", dir])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/evidence.json"))) as? [String: Any])
        #expect((json["comments"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["fb_2", "fb_4"])
        #expect((json["decisions"] as? [[String: Any]])?.count == 2)
        #expect(try Self.run("sha256sum", ["-c", "SHA256SUMS"], in: dir).0 == 0)
    }

    @Test func evidenceOfATamperedLogIsWrittenSaysSoAndExits3() throws {
        guard SignOffCLIStore.hasSQLite3 else { return }
        try decided()
        _ = try s.sqlite("DROP TRIGGER audit_log_is_append_only_update; UPDATE audit_log SET note = 'changed' WHERE kind = 'approve'")
        let dir = folder("tampered")
        let run = try s.vigil(["evidence", "fb_2", "--out", dir])
        #expect(run.exitCode == 3)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/evidence.json"))) as? [String: Any])
        #expect((json["verification"] as? [String: Any])?["valid"] as? Bool == false)
        #expect((json["audit_entries"] as? [[String: Any]])?.map { $0["verified"] as? Bool } == [true, false], "the changed approval and nothing before it")
        #expect(run.stderr.contains("the audit log does not verify"))
    }

    // MARK: retention

    @Test func retentionDryRunListsExactlyWhatApplyRemovesAndTheChainStillVerifies() throws {
        try decided()
        let dry = try s.vigil(["retention", "--dry-run", "--older-than", "1", "--format", "json"])
        #expect(dry.exitCode == 0, "\(dry.stderr)")
        let planned = try #require(try dry.json() as? [[String: Any]])
        #expect(planned.compactMap { $0["comment"] as? String } == ["fb_1", "shared_9", "fb_4"])
        let applied = try s.vigil(as: "alice", ["retention", "--apply", "--older-than", "1", "--format", "json"])
        #expect(applied.exitCode == 0, "\(applied.stderr)")
        #expect(applied.stdout == dry.stdout)
        #expect(try s.vigil(["audit", "verify"]).exitCode == 0)
        let show = try s.vigil(["show", "fb_1", "--format", "json"])
        #expect(!show.stdout.contains("Lovely sports day"))
        #expect(try s.vigil(["retention", "--dry-run", "--older-than", "1", "--format", "json"]).stdout == "[]\n")
        let log = try s.vigil(["audit", "log", "--format", "jsonl"])
        #expect(try log.jsonLines().filter { $0["kind"] as? String == "purge" }.count == 3)
    }

    @Test func retentionNeedsOneModeAndAnAdministratorToApply() throws {
        try decided()
        #expect(try s.vigil(["retention"]).exitCode == 2)
        #expect(try s.vigil(["retention", "--dry-run", "--apply"]).exitCode == 2)
        #expect(try s.vigil(["retention", "--apply"]).exitCode == 2)
        let wrong = try s.vigil(as: "alice", ["retention", "--apply", "--older-than", "1"], passphrase: "not alice's passphrase")
        #expect(wrong.exitCode == 1)
        #expect(try s.vigil(["retention", "--dry-run", "--older-than", "1", "--format", "json"]).stdout != "[]\n")
    }

    // MARK: handover and subject access

    @Test func handoverPrintsWhatIsNewPendingAndOverdue() throws {
        try decided()
        let text = try s.vigil(["handover", "--for", "bob", "--since", "2025-01-01"])
        #expect(text.exitCode == 0, "\(text.stderr)")
        #expect(text.stdout.contains("New flagged comments: 4 (1 critical, 1 high, 2 medium)"), "\(text.stdout)")
        #expect(text.stdout.contains("Pending proposals: 1, overdue: 0"))
        #expect(text.stdout.contains("youtube:shared_9"))
        let json = try #require(try s.vigil(["handover", "--for", "bob", "--format", "json"]).json() as? [String: Any])
        #expect(json["pending_total"] as? Int == 1)
        #expect(json["people"] as? [String] == ["alice", "bob"])
        let nobody = try s.vigil(["handover", "--for", "zed"])
        #expect(nobody.exitCode == 1)
        #expect(nobody.stderr.contains("nobody called zed"))
    }

    @Test func exportAuthorWritesEverythingHeldAboutThemWithASummary() throws {
        try decided()
        let dir = folder("sar")
        let run = try s.vigil(["export-author", "id-Gary Pike", "--out", dir])
        #expect(run.exitCode == 1, "id-Gary Pike is on facebook and youtube")
        #expect(run.stderr.contains("several platforms"))
        let ok = try s.vigil(["export-author", "facebook:id-Gary Pike", "--out", dir])
        #expect(ok.exitCode == 0, "\(ok.stderr)")
        let summary = try String(contentsOfFile: dir + "/subject-access.txt", encoding: .utf8)
        #expect(summary.contains("Gary Pike"))
        #expect(summary.contains("Comments: 2"))
        #expect(summary.contains("The PE teacher is an idiot and a bully"))
        #expect(try Self.run("sha256sum", ["-c", "SHA256SUMS"], in: dir).0 == 0)
    }
}
