import Foundation
import VigilEngine
import VigilStore

/// A store for the sign-off commands: the fixture's comments, administrators made through
/// the real binary (`vigil init --passphrase-stdin --insecure-test-kdf`), and helpers that
/// run a command as someone, their passphrase on standard input.
final class SignOffCLIStore: @unchecked Sendable {
    let fixture = StoreFixture()
    var path: String { fixture.path }

    deinit { fixture.remove() }

    static func passphrase(_ name: String) -> String { "\(name)'s own long passphrase" }

    /// Runs `vigil ARGS --store PATH` with `stdin`.
    func vigil(_ args: [String], stdin: String? = nil, timeout: TimeInterval = 300) throws -> VigilRun {
        try VigilHarness.run(args + ["--store", path], stdin: stdin.map { Data($0.utf8) }, timeout: timeout)
    }

    /// Runs `vigil ARGS --as NAME --passphrase-stdin` with NAME's passphrase (and `more` lines).
    func vigil(as name: String, _ args: [String], more: [String] = [], passphrase: String? = nil, timeout: TimeInterval = 300) throws -> VigilRun {
        let lines = [passphrase ?? Self.passphrase(name)] + more
        return try vigil(args + ["--as", name, "--passphrase-stdin"], stdin: lines.joined(separator: "\n") + "\n", timeout: timeout)
    }

    /// `vigil init` with these administrators; returns the genesis hash it printed.
    @discardableResult
    func initStore(_ names: [String] = ["alice", "bob"], populate: Bool = true) throws -> String {
        if populate { try fixture.populate() }
        let run = try vigil(["init", "--passphrase-stdin", "--insecure-test-kdf", "--format", "json"] + names.flatMap { ["--admin", $0] },
                            stdin: names.map(Self.passphrase).joined(separator: "\n") + "\n")
        guard run.exitCode == 0, let object = try run.json() as? [String: Any], let genesis = object["genesis"] as? String else {
            throw HarnessError("vigil init failed: \(run.exitCode) \(run.stderr)")
        }
        return genesis
    }

    /// Proposes and returns the proposal id the JSON names.
    func propose(_ ids: [String], _ action: [String] = ["--action", "delete"], as name: String = "alice", extra: [String] = []) throws -> [String] {
        let run = try vigil(as: name, ["propose"] + ids + action + ["--reason", "breaks the rules", "--format", "json"] + extra)
        guard run.exitCode == 0 else { throw HarnessError("vigil propose failed: \(run.exitCode) \(run.stderr)") }
        return try run.jsonLines().compactMap { $0["proposal"] as? String }
    }

    /// Runs `sqlite3 PATH SQL`, as someone holding the file would.
    func sqlite(_ sql: String) throws -> VigilRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path, sql]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return VigilRun(exitCode: process.terminationStatus, stdoutData: o, stderrData: e)
    }

    static var hasSQLite3: Bool {
        ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/sqlite3")
        } ?? false
    }

    /// The last audit entry, as `vigil audit log --format jsonl` prints it.
    func lastEntry() throws -> [String: Any] {
        let run = try vigil(["audit", "log", "--limit", "1", "--format", "jsonl"])
        guard let first = try run.jsonLines().first else { throw HarnessError("no audit entries: \(run.stderr)") }
        return first
    }

    /// Runs several commands at the same moment, each in its own process.
    static func together(_ runs: [@Sendable () throws -> VigilRun]) -> [Result<VigilRun, Error>] {
        let results = Results(count: runs.count)
        DispatchQueue.concurrentPerform(iterations: runs.count) { i in
            results.set(i, Result { try runs[i]() })
        }
        return results.all
    }

    /// `count` flagged comments m1...m<count> on Facebook, by a handful of authors.
    func populateMany(_ count: Int) throws {
        let store = try SQLiteStore.open(path: path, create: true)
        let comments = (1...count).map { n in
            FlaggedComment(
                comment: StoreFixture.comment(.facebook, "m\(n)", author: "Author \(n % 9)", minute: n, "rude comment number \(n)"),
                flags: [StoreFixture.flag(.abuse, .medium, "insult", (0, 4))])
        }
        try store.writeImports { writer in
            try writer.begin(ImportFileInfo(fileName: "many.json", sha256: String(repeating: "c", count: 64), byteCount: 1))
            try writer.add(comments)
            _ = try writer.finish(format: .facebook, warnings: [])
        }
    }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<VigilRun, Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<VigilRun, Error>) { lock.withLock { values[i] = r } }
    var all: [Result<VigilRun, Error>] { lock.withLock { values.map { $0! } } }
}
