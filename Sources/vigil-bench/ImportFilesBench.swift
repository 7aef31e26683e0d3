// Issue 2's import figure end to end: `vigil import` (release binary) of a folder of export
// files into a new store, then the same files again. Targets: 1,000,000 comments (generated
// Facebook Graph pages, about 250 MB) in at most 20 s wall and 1 GB peak; re-import at most 10 s.
//
// The files are 1,000,000 generated Graph comments in pages of 100
// (`generateFacebookGraphPages`), or the *.json files of the folder $BENCH_PAGES names.
import Foundation

func importFilesBenchmark() -> Benchmark {
    Benchmark(name: "import-files", summary: "vigil import of 1,000,000 generated Graph comments (or $BENCH_PAGES/*.json) into a new store, then again") {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vigil")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-import-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let files: [String]
        if let folder = ProcessInfo.processInfo.environment["BENCH_PAGES"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
            files = names.map { (folder as NSString).appendingPathComponent($0) }
        } else {
            files = try generateFacebookGraphPages(comments: 1_000_000, perPage: 100, seed: 1,
                                                   into: scratch.appendingPathComponent("pages")).map(\.path)
        }
        let bytes = try files.reduce(0) { $0 + ((try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        let store = scratch.appendingPathComponent("bench.sqlite").path

        for (label, target) in [("new store", 20.0), ("re-import", 10.0)] {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["import", "--store", store, "--format", "json"] + files
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            let cpuBefore = childCPUSeconds()
            let start = Date()
            try process.run()
            let threads = ThreadCPU(pid: process.processIdentifier)
            let output = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let busiest = threads.stop()
            let seconds = Date().timeIntervalSince(start)
            let cpu = childCPUSeconds() - cpuBefore
            guard process.terminationStatus == 0,
                  let json = try JSONSerialization.jsonObject(with: output) as? [String: Any],
                  let total = json["total"] as? [String: Int], let read = total["read"]
            else { throw BenchError("\(label): vigil import exited \(process.terminationStatus)") }
            print(String(format: "%@: %.2f s wall, %.2f s CPU (target %.0f s) for %d comments in %d files, %.0f MB — %.0f comments/s, %.1f MB/s; new %d, unchanged %d, flagged %d",
                         label, seconds, cpu, target, read, files.count, Double(bytes) / 1e6, Double(read) / seconds,
                         Double(bytes) / 1e6 / seconds, total["new"] ?? 0, total["unchanged"] ?? 0, total["flagged"] ?? 0))
            // On a shared machine the wall time is mostly other people's work; the busiest
            // thread's CPU time is what the wall time would be with both cores free.
            print(String(format: "  busiest threads' CPU: %@ s (the wall time on an idle machine is about the largest)",
                         busiest.prefix(3).map { String(format: "%.2f", $0) }.joined(separator: ", ")))
        }
        var usage = rusage()
        getrusage(Int32(RUSAGE_CHILDREN.rawValue), &usage)
        print(String(format: "peak memory of vigil import (max RSS): %.0f MB (target 1024 MB)", Double(usage.ru_maxrss) / 1024))
    }
}

/// CPU seconds of each thread of a running process, read from /proc every 50 ms until
/// `stop()` (a thread's last reading stands once it ends).
private final class ThreadCPU: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: [String: Double] = [:]
    private var running = true
    private let done = DispatchSemaphore(value: 0)

    init(pid: Int32) {
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        Thread.detachNewThread { [self] in
            let folder = "/proc/\(pid)/task"
            while lock.withLock({ running }) {
                for tid in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                    guard let stat = try? String(contentsOfFile: "\(folder)/\(tid)/stat", encoding: .utf8),
                          let close = stat.lastIndex(of: ")") else { continue }
                    // Fields after the command name: state is 3rd, utime 14th, stime 15th.
                    let fields = stat[stat.index(after: close)...].split(separator: " ")
                    guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { continue }
                    lock.withLock { seconds[tid] = (user + system) / ticks }
                }
                usleep(50_000)
            }
            done.signal()
        }
    }

    /// Each thread's CPU seconds, largest first.
    func stop() -> [Double] {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { seconds.values.sorted(by: >) }
    }
}
