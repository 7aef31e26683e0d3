// `vigil scan` end to end (issue 3/issue 2): a large CSV in, JSON lines out, through the
// release-built binary as a user runs it. Target: at least 150,000 comments/s.
import Foundation
import VigilEngine

func scanBenchmark() -> Benchmark {
    Benchmark(name: "scan", summary: "vigil scan of a 1,000,000-comment CSV to JSON lines (release binary)") {
        let comments = Int(ProcessInfo.processInfo.environment["BENCH_COMMENTS"] ?? "") ?? 1_000_000
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vigil")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchError("no vigil binary beside vigil-bench at \(binary.path): `swift build -c release` builds both")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-scan-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("comments.csv")
        let bytes = try writeCSV(comments: comments, to: csv)

        let process = Process()
        process.executableURL = binary
        process.arguments = ["scan", csv.path, "--format", "jsonl"]
        let out = Pipe()
        process.standardOutput = out
        let err = Pipe()
        process.standardError = err
        let counter = LineCounter()
        let reader = Thread { counter.count(out.fileHandleForReading) }
        let start = Date()
        try process.run()
        reader.start()
        process.waitUntilExit()
        counter.wait()
        let seconds = Date().timeIntervalSince(start)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw BenchError("vigil scan exited \(process.terminationStatus): \(stderr.prefix(300))")
        }
        guard counter.lines == comments else { throw BenchError("\(counter.lines) lines for \(comments) comments") }
        print(String(format: "scan: %.2f s for %d comments (%.0f MB CSV in, %.0f MB JSONL out) — %.0f comments/s, %.0f MB/s (target 150,000 comments/s)",
                     seconds, comments, Double(bytes) / 1e6, Double(counter.bytes) / 1e6,
                     Double(comments) / seconds, Double(bytes) / 1e6 / seconds))
    }
}

/// Counts the lines and bytes a pipe carries.
private final class LineCounter: @unchecked Sendable {
    private(set) var lines = 0
    private(set) var bytes = 0
    private let done = DispatchSemaphore(value: 0)

    func count(_ handle: FileHandle) {
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            bytes += chunk.count
            lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        done.signal()
    }

    func wait() { done.wait() }
}

/// A comment-export CSV of typical comments (mostly ASCII, 30–300 characters, a few quoted
/// commas and emoji), written in large chunks.
private func writeCSV(comments: Int, to url: URL) throws -> Int {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    var buffer = [UInt8]()
    buffer.reserveCapacity(1 << 22)
    var total = 0
    buffer.append(contentsOf: Array("comment_id,username,text,created_at\n".utf8))
    for n in 0..<comments {
        let c = BenchComments.comment(n)
        let text = n % 7 == 0 ? "\"\(c.text), honestly\"" : c.text
        buffer.append(contentsOf: Array("c\(n),user\(n % 40_000),\(text),\(1_700_000_000 + n)\n".utf8))
        if buffer.count >= 1 << 22 {
            total += buffer.count
            try handle.write(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }
    total += buffer.count
    try handle.write(contentsOf: buffer)
    return total
}
