import Foundation
import Testing
import VigilStore

/// What every command does with mistakes: a message naming the thing, exit 1 for bad input,
/// 2 for usage, and the store left as it was.
@Suite final class ErrorTests {
    let fixture = StoreFixture()
    deinit { fixture.remove() }

    @Test(arguments: [["status"], ["queue"], ["show", "x"]])
    func aMissingStoreIsNamedAndNotCreated(_ command: [String]) throws {
        let path = fixture.folder.appendingPathComponent("absent.sqlite").path
        let run = try VigilHarness.run(command + ["--store", path])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains(path))
        #expect(run.stderr.contains("vigil import"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: [
        ["queue", "--format", "yaml"], ["status", "--frobnicate"], ["show"], ["import"], ["scan"],
        ["queue", "--severity", "huge"], ["queue", "--category", "gossip"], ["queue", "--limit", "-3"],
        ["import", "x.json", "--source", "myspace"], ["nonsense"],
    ])
    func usageMistakesExitTwoWithTheUsage(_ args: [String]) throws {
        let run = try VigilHarness.run(args + ["--store", fixture.path])
        #expect(run.exitCode == 2, "\(args): \(run.stderr)")
        #expect(run.stderr.contains("Usage:") || run.stderr.contains("Error:"))
        #expect(!FileManager.default.fileExists(atPath: fixture.path))
    }

    @Test func aFileThatIsNotAStoreIsRefusedAndLeftAlone() throws {
        let path = try fixture.file("notes.sqlite", "my notes\n")
        let run = try VigilHarness.run(["status", "--store", path])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("\(path): is not a Vigil store"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes\n")
    }

    @Test func aDamagedStoreIsAnIntegrityFailureWithExitThree() throws {
        try fixture.populate()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        #expect(bytes.count > 8192)
        bytes.replaceSubrange(4096..<bytes.count, with: Data(repeating: 0x5A, count: bytes.count - 4096))
        try bytes.write(to: URL(fileURLWithPath: fixture.path))
        try? FileManager.default.removeItem(atPath: fixture.path + "-wal")
        let run = try VigilHarness.run(["status", "--store", fixture.path])
        #expect(run.exitCode == 3, "\(run.stderr)")
        #expect(run.stderr.contains("\(fixture.path): is damaged"))
    }

    @Test func importRefusesUnreadableFilesByNameAndLeavesTheStoreAsItWas() throws {
        try fixture.populate()
        let before = try VigilHarness.run(["status", "--format", "json", "--store", fixture.path]).stdout
        let empty = try fixture.file("empty.json", "")
        let html = try fixture.file("error.json", "<!DOCTYPE html><html><body>Rate limit</body></html>")
        let missing = fixture.folder.appendingPathComponent("missing.json").path
        let run = try VigilHarness.run(["import", empty, html, missing, "--store", fixture.path])
        #expect(run.exitCode == 1)
        for file in [empty, html, missing] {
            #expect(run.stderr.contains("vigil: \(file)"), "no message names \(file)")
        }
        #expect(run.stderr.contains("\(missing): cannot read the file: no such file"))
        #expect(run.stderr.contains("nothing was imported"))
        #expect(run.stdout.contains("refused"))
        let after = try VigilHarness.run(["status", "--format", "json", "--store", fixture.path]).stdout
        #expect(after == before)
    }

    @Test func importJSONReportsEachRefusal() throws {
        let empty = try fixture.file("empty.json", "")
        let run = try VigilHarness.run(["import", empty, "--format", "json", "--store", fixture.path])
        #expect(run.exitCode == 1)
        let object = try #require(try run.json() as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files[0]["file"] as? String == empty)
        #expect(files[0]["result"] as? String == "refused")
        #expect((files[0]["error"] as? String)?.contains(empty) == true)
    }

    @Test func anUnusableRulesFileIsAnErrorNeverASilentFallBack() throws {
        let data = try fixture.file("a.json", "{}")
        let missing = fixture.folder.appendingPathComponent("rules.yaml").path
        for command in [["import", data, "--store", fixture.path], ["scan", data]] {
            let run = try VigilHarness.run(command + ["--rules", missing])
            #expect(run.exitCode == 1)
            #expect(run.stderr.contains("--rules \(missing)"))
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.path), "a bad rules file must stop the import before the store")
    }

    @Test func scanReportsAFileItCannotReadAndExitsOne() throws {
        let missing = fixture.folder.appendingPathComponent("gone.csv").path
        let run = try VigilHarness.run(["scan", missing, "--format", "jsonl"])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("\(missing): cannot read the file"))
        #expect(run.stdout.isEmpty)
    }

    @Test func importCreatesAPrivateStore() throws {
        let empty = try fixture.file("empty.csv", "")
        let path = fixture.folder.appendingPathComponent("new/vigil.sqlite").path
        _ = try VigilHarness.run(["import", empty, "--store", path])
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
            #expect(mode & 0o777 == 0o600, "\(file): \(String(mode, radix: 8))")
        }
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func processesOpeningABrandNewStoreAtOnceAllSucceed() throws {
        let empty = try fixture.file("empty.csv", "")
        for round in 0..<6 {
            let path = fixture.folder.appendingPathComponent("race-\(round).sqlite").path
            let runs = try (0..<3).map { _ -> Process in
                let p = Process()
                p.executableURL = URL(fileURLWithPath: VigilHarness.binary)
                p.arguments = ["import", empty, "--store", path, "--format", "json"]
                p.standardOutput = FileHandle.nullDevice
                let err = Pipe()
                p.standardError = err
                try p.run()
                return p
            }
            for p in runs {
                p.waitUntilExit()
                let stderr = String(decoding: (p.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                // Each refuses the empty file (exit 1) and nothing else goes wrong.
                #expect(p.terminationStatus == 1, "round \(round): \(stderr)")
                #expect(!stderr.contains("locked") && !stderr.contains("already exists") && !stderr.contains("vigil: store "), "round \(round): \(stderr)")
            }
            let status = try VigilHarness.run(["status", "--format", "json", "--store", path])
            #expect(status.exitCode == 0)
        }
    }
}
