import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What one run of the `vigil` binary did.
struct VigilRun {
    var exitCode: Int32
    var stdoutData: Data
    var stderrData: Data

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// Standard output and error together, to check that something appears in neither.
    var allOutput: String { stdout + stderr }

    /// Standard output parsed as one JSON value.
    func json() throws -> Any { try JSONSerialization.jsonObject(with: stdoutData, options: [.fragmentsAllowed]) }

    /// Standard output as JSON lines, each an object.
    func jsonLines() throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw HarnessError("not a JSON object: \(line)")
            }
            return object
        }
    }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs the built `vigil` binary end to end: arguments, standard input, environment, and
/// optionally a pseudo-terminal as standard error (to see what a person at a terminal sees).
///
/// The binary is `$VIGIL_BIN` (the Makefile exports it), else `.build/debug/vigil` of this
/// package. Runs get a clean environment: no `VIGIL_STORE` or `XDG_DATA_HOME` from the
/// caller's, `HOME` pointing at an empty temporary folder unless `environment` says otherwise.
enum VigilHarness {
    static var binary: String {
        if let bin = ProcessInfo.processInfo.environment["VIGIL_BIN"], !bin.isEmpty { return bin }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return package.appendingPathComponent(".build/debug/vigil").path
    }

    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
        stderrIsTerminal: Bool = false, timeout: TimeInterval = 120
    ) throws -> VigilRun {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw HarnessError("no vigil binary at \(binary): build it first (swift build, or make test)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for name in ["VIGIL_STORE", "XDG_DATA_HOME", "COLUMNS"] { env[name] = nil }
        env["HOME"] = NSTemporaryDirectory() + "vigil-cli-home-\(UUID().uuidString)"
        env["LANG"] = env["LANG"] ?? "C.UTF-8"
        for (k, v) in environment { env[k] = v }
        process.environment = env

        let out = Pipe()
        process.standardOutput = out
        let input = Pipe()
        process.standardInput = input

        var master: Int32 = -1
        var slave: Int32 = -1
        let err = Pipe()
        if stderrIsTerminal {
            guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw HarnessError("openpty failed") }
            process.standardError = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        } else {
            process.standardError = err
        }

        let collected = Collected()
        let readers = DispatchGroup()
        DispatchQueue.global().async(group: readers) {
            collected.setStdout(out.fileHandleForReading.readDataToEndOfFile())
        }
        DispatchQueue.global().async(group: readers) { [master] in
            if stderrIsTerminal {
                collected.setStderr(readUntilClosed(master))
            } else {
                collected.setStderr(err.fileHandleForReading.readDataToEndOfFile())
            }
        }
        try process.run()
        if stderrIsTerminal { close(slave) }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()

        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw HarnessError("vigil \(arguments.joined(separator: " ")) ran longer than \(Int(timeout)) s")
            }
            usleep(5_000)
        }
        readers.wait()
        if stderrIsTerminal { close(master) }
        return VigilRun(exitCode: process.terminationStatus, stdoutData: collected.stdout, stderrData: collected.stderr)
    }

    /// Reads a pty's master side until the child's end closes (EIO).
    private static func readUntilClosed(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n > 0 { data.append(contentsOf: buffer[0..<n]); continue }
            if n < 0, errno == EINTR { continue }
            return data
        }
    }
}

private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()
    var stdout: Data { lock.withLock { out } }
    var stderr: Data { lock.withLock { err } }
    func setStdout(_ d: Data) { lock.withLock { out = d } }
    func setStderr(_ d: Data) { lock.withLock { err = d } }
}
