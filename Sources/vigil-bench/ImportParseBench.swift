import Foundation
import VigilEngine

/// How fast the importers read generated Facebook Graph pages already in memory (no store,
/// no disk), and how much memory one 250 MB page takes to read.
///
/// Targets (issue 2, importers brief): at least 150 MB/s on one core; peak memory the file's
/// bytes plus a small constant. `VIGIL_BENCH_COMMENTS` changes the size (default 1,000,000);
/// `VIGIL_BENCH_DIR` where the pages are written and kept (default a temporary folder, removed after).
func importParseBenchmark() -> Benchmark {
    Benchmark(
        name: "import-parse",
        summary: "Facebook Graph pages parsed from memory: MB/s, comments/s, peak memory of one big file",
        run: runImportParse)
}

private func runImportParse() throws {
    let comments = ProcessInfo.processInfo.environment["VIGIL_BENCH_COMMENTS"].flatMap(Int.init) ?? 1_000_000
    let given = ProcessInfo.processInfo.environment["VIGIL_BENCH_DIR"].map { URL(fileURLWithPath: $0) }
    let root = given ?? FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench-import-\(getpid())")
    defer { if given == nil { try? FileManager.default.removeItem(at: root) } }

    // 1. Peak memory reading one big file, first, while the process is still small.
    let bigFile = try generateFacebookGraphPages(comments: comments, perPage: comments, seed: 7, into: root.appendingPathComponent("one"))[0]
    let peak = try autoreleasepool {
        let data = try Data(contentsOf: bigFile)
        MemoryFigures.resetPeak()
        let before = MemoryFigures.residentBytes()
        let read = try parse([data])
        precondition(read.comments == comments, "read \(read.comments) of \(comments) comments")
        return (file: data.count, before: before, peak: MemoryFigures.peakBytes())
    }
    try FileManager.default.removeItem(at: bigFile)
    let extra = peak.peak - peak.before
    print(String(format: "one file of %@ comments (%.0f MB): peak memory while reading %.0f MB above the file's bytes already loaded (target: a small constant)",
                 comments.formatted(), mb(peak.file), mb(extra)))

    // 2. Throughput over pages of 100, as a real export arrives.
    let pages = try generateFacebookGraphPages(comments: comments, perPage: 100, seed: 42, into: root.appendingPathComponent("pages"))
    let datas = try pages.map { try Data(contentsOf: $0) }
    let bytes = datas.reduce(0) { $0 + $1.count }
    // Wall time, and this thread's CPU time: on a shared machine the second is what one core did.
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<5 {
        let (startWall, startCPU) = (DispatchTime.now().uptimeNanoseconds, threadCPUSeconds())
        let read = try parse(datas)
        wall.append(Double(DispatchTime.now().uptimeNanoseconds - startWall) / 1e9)
        cpu.append(threadCPUSeconds() - startCPU)
        precondition(read.comments == comments, "read \(read.comments) of \(comments) comments")
    }
    let (bestWall, bestCPU) = (wall.min()!, cpu.min()!)
    print(String(format: "%@ comments in %d pages, %.0f MB, best of 5: %.0f MB/s and %.0f comments/s of CPU time on one core (%.2f s); %.0f MB/s wall (%.2f s; median %.0f MB/s); target at least 150 MB/s on one core",
                 comments.formatted(), pages.count, mb(bytes), mb(bytes) / bestCPU, Double(comments) / bestCPU, bestCPU,
                 mb(bytes) / bestWall, bestWall, mb(bytes) / wall.sorted()[2]))
}

private func parse(_ datas: [Data]) throws -> (comments: Int, textBytes: Int) {
    var count = 0
    var textBytes = 0
    for (i, data) in datas.enumerated() {
        try Importers.read(data, fileName: "page-\(i).json", format: .facebook) { comment in
            count += 1
            textBytes &+= comment.text.utf8.count
        }
    }
    return (count, textBytes)
}

private func mb(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }

/// Foundation on Linux has no autorelease pools; a scope that frees what it made is enough.
private func autoreleasepool<T>(_ body: () throws -> T) rethrows -> T { try body() }
