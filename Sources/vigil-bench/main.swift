// `make bench`: release-built figures for the README. Each benchmark is one file in this
// folder that defines a `Benchmark` and is listed once in `benchmarks` below.
import Foundation

/// One figure-producing benchmark. `run` prints its own lines ("name: figure (target)").
struct Benchmark {
    let name: String
    let summary: String
    let run: () throws -> Void
}

/// Every benchmark, in the order `make bench` runs them.
func allBenchmarks() -> [Benchmark] {
    [
        importParseBenchmark(),
        personalInfoBenchmark(),
        consoleBenchmark(),
        consoleStoreBenchmark(),
        auditBenchmark(),
        detectBenchmark(),
        storeImportBenchmark(),
        scanBenchmark(),
        importFilesBenchmark(),
        signOffStoreBenchmark(),
    ]
}

func main() {
    let benchmarks = allBenchmarks()
    let wanted = Array(CommandLine.arguments.dropFirst())
    if wanted.contains("--list") || wanted.contains("-h") || wanted.contains("--help") {
        print("usage: vigil-bench [NAME ...]   (no names: run them all)")
        for b in benchmarks { print("  \(b.name)  \(b.summary)") }
        return
    }
    let unknown = wanted.filter { w in !benchmarks.contains { $0.name == w } }
    if !unknown.isEmpty {
        FileHandle.standardError.write(Data("vigil-bench: unknown benchmark \(unknown.joined(separator: ", ")); --list shows them\n".utf8))
        exit(2)
    }
    if benchmarks.isEmpty { print("vigil-bench: no benchmarks yet") }
    for b in benchmarks where wanted.isEmpty || wanted.contains(b.name) {
        print("== \(b.name): \(b.summary)")
        do { try b.run() } catch {
            print("\(b.name): failed: \(error)")
            exit(1)
        }
    }
}

main()
