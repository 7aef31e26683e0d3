// Issue 5's figures on the real store: 1,000,000 comments of which 100,000 are flagged,
// written through the store's import writer; then the console driven as the shell drives it
// (update, view, the diff it draws, and each effect run against StoreConsoleBackend).
// Targets: first screen <= 300 ms after sign-in, each navigation key <= 16 ms p99 from key
// to drawn screen, a filter or search <= 150 ms, resident memory <= 300 MB.
// BENCH_CONSOLE_STORE=PATH keeps the generated store there and reuses it on the next run.
import Foundation
import VigilConsole
import VigilEngine
import VigilStore

func consoleStoreBenchmark() -> Benchmark {
    Benchmark(name: "console-store", summary: "the console on a 1,000,000-comment store, 100,000 flagged (first screen <= 300 ms, key p99 <= 16 ms, filter <= 150 ms, RSS <= 300 MB)") {
        let comments = Int(ProcessInfo.processInfo.environment["BENCH_COMMENTS"] ?? "") ?? 1_000_000
        let kept = ProcessInfo.processInfo.environment["BENCH_CONSOLE_STORE"]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-console-bench-\(getpid())")
        let path = kept ?? folder.appendingPathComponent("bench.sqlite").path
        if kept == nil { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }

        if !FileManager.default.fileExists(atPath: path) {
            let start = Date()
            let store = try SQLiteStore.open(path: path, create: true)
            let perFile = 10_000
            let pipeline = ImportPipeline(store: store, flagger: ConsoleBenchFlagger()) { data, _, _, emit in
                let file = data.withUnsafeBytes { $0.load(as: Int.self) }
                for n in (file * perFile)..<((file + 1) * perFile) { try emit(ConsoleBenchFlagger.comment(n)) }
                return ImportSummary(format: .facebook, comments: perFile)
            }
            let sources = (0..<(comments / perFile)).map { file in
                ImportSource(name: "page-\(file).json") { withUnsafeBytes(of: file) { Data($0) } }
            }
            let outcomes = pipeline.run(sources, options: ImportOptions())
            guard !outcomes.contains(where: \.isFailure) else { throw BenchError("generating the store failed: \(outcomes)") }
            print(String(format: "generated %d comments through the import writer in %.1f s", comments, Date().timeIntervalSince(start)))
        } else {
            print("reusing the store at \(path)")
        }
        MemoryFigures.resetPeak()
        let rssBefore = MemoryFigures.residentBytes()

        let store = try SQLiteStore.open(path: path, create: false)
        if try store.members().isEmpty {
            // Two administrators (the hash at the test-only cost: sign-in is not what is timed).
            _ = try SignOffService(store: store).found(
                [(try AccountName("alex"), Passphrase("orchard lantern")), (try AccountName("sam"), Passphrase("harbour violet"))],
                cost: .weakForTestsOnly)
        }
        // `vigil` reads the queue index and the search copy while its sign-in screen waits for a
        // passphrase; done here before sign-in, as a person's typing would let it finish.
        // BENCH_NO_WARMUP=1 leaves it out (the worst case, with `echo 3 > /proc/sys/vm/drop_caches`).
        if ProcessInfo.processInfo.environment["BENCH_NO_WARMUP"] == nil {
            let start = Date()
            let bytes = try store.warmConsolePages()
            print(String(format: "warm-up during sign-in (queue index + %.0f MB of search text): %.0f ms", Double(bytes) / 1e6, Date().timeIntervalSince(start) * 1000))
        }
        let backend = StoreConsoleBackend(store: store, flagger: ConsoleBenchFlagger())
        var driver = ConsoleDriver(backend: backend, size: Size(rows: 40, columns: 132))

        driver.type("alex<Enter>orchard lantern")
        let firstScreen = driver.time("<Enter>")
        guard driver.state.session != nil, driver.screenText.contains("awaiting") else { throw BenchError("could not sign in:\n\(driver.screenText)") }
        print(String(format: "first screen after sign-in (counts + first page, drawn): %.1f ms (target <= 300 ms: %@)",
                     firstScreen.total * 1000, firstScreen.total <= 0.300 ? "meets" : "MISSES"))

        let script = String(repeating: "j", count: 400) + String(repeating: "k", count: 100) + String(repeating: "<PgDn>", count: 200)
            + String(repeating: "<PgUp>", count: 50) + "G" + String(repeating: "k", count: 200) + "g" + String(repeating: "j", count: 300)
        var drawn: [Double] = []
        var loaded: [Double] = []
        for k in Key.script(script) {
            let t = driver.time(k)
            drawn.append(t.drawn)
            loaded.append(t.total)
        }
        consoleReport("navigation key to drawn screen (update + view + diff), \(drawn.count) keys", drawn, target: 0.016)
        consoleReport("navigation key to screen with its rows loaded from the store (page loads included)", loaded, target: 0.016)

        var filters: [(String, Double)] = []
        for (label, keys) in [("category", "c"), ("category", "c"), ("severity", "v"), ("severity", "v"), ("channel", "n"),
                              ("status: pending", "t"), ("status: decided", "t"), ("status: all", "t"), ("clear", "x")] {
            filters.append((label, driver.time(keys).total))
        }
        // A rare word, an author, nothing at all, a common phrase, two characters (most texts).
        var searchCPU: [String] = []
        for needle in ["crypto", "Parent 4711", "zzzz nothing", "the school", "PE"] {
            driver.type("x/\(needle)")
            // CPU time too: on a shared machine it says more than the wall clock.
            let cpu = cpuSeconds()
            filters.append(("search \u{201C}\(needle)\u{201D}", driver.time("<Enter>").total))
            searchCPU.append(String(format: "%.0f", (cpuSeconds() - cpu) * 1000))
        }
        driver.type("x")
        consoleReport("filter or search, key to first page drawn, \(filters.count) runs", filters.map(\.1), target: 0.150)
        print("  " + filters.map { "\($0.0) \(String(format: "%.0f", $0.1 * 1000)) ms" }.joined(separator: ", "))
        print("  the searches' CPU time (process, user + system): " + searchCPU.joined(separator: ", ") + " ms")

        let detail = driver.time("<Enter>")
        print(String(format: "open a comment (detail loaded and drawn): %.1f ms", detail.total * 1000))
        let rss = MemoryFigures.residentBytes()
        let peak = MemoryFigures.peakBytes()
        print(String(format: "resident memory: %.0f MB now, %.0f MB peak while the console ran (%.0f MB before opening the store; target <= 300 MB: %@)",
                     Double(rss) / 1e6, Double(peak) / 1e6, Double(rssBefore) / 1e6, peak <= 300_000_000 ? "meets" : "MISSES"))
    }
}

/// Runs the console as the shell does, effects inline, timing each key.
struct ConsoleDriver {
    let backend: any ConsoleBackend
    var state: ConsoleState
    var screen: Screen?

    init(backend: any ConsoleBackend, size: Size) {
        self.backend = backend
        state = ConsoleState(size: size, now: Date())
    }

    var screenText: String { screen?.lines.joined(separator: "\n") ?? "" }

    /// Seconds from the key to the first drawn screen, and to the screen with every effect
    /// the key caused (and those their results caused) done and drawn.
    mutating func time(_ key: Key) -> (drawn: Double, total: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        func since() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var (next, effects) = update(state, .key(key))
        var drawnScreen = view(next, next.size)
        _ = drawnScreen.changes(from: screen)
        let drawn = since()
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            guard let result = EffectPerformer.perform(effect, on: backend, listDirectory: { _ in [] }) else { continue }
            let (after, more) = update(next, result)
            next = after
            effects += more
            let redrawn = view(next, next.size)
            _ = redrawn.changes(from: drawnScreen)
            drawnScreen = redrawn
        }
        state = next
        screen = drawnScreen
        return (drawn, since())
    }

    mutating func time(_ script: String) -> (drawn: Double, total: Double) {
        var last = (drawn: 0.0, total: 0.0)
        var sum = (drawn: 0.0, total: 0.0)
        for k in Key.script(script) {
            last = time(k)
            sum = (sum.drawn + last.drawn, sum.total + last.total)
        }
        return sum
    }

    mutating func type(_ script: String) { _ = time(script) }
}

/// One comment in ten flagged, spread over every category, severity and five channels.
struct ConsoleBenchFlagger: Flagger {
    static let severities: [Severity] = [.low, .low, .medium, .medium, .medium, .high, .high, .critical]
    static let channels = ["Oakfield Primary", "Oakfield TV", "@OakfieldPri", "oakfield.primary", "School blog"]

    static func isFlagged(_ n: Int) -> Bool { n % 10 == 3 }

    static func number(_ c: ImportedComment) -> Int { Int(c.platformID.split(separator: "_").last ?? "") ?? 0 }

    /// The generated comment `n`: the store-import benchmark's shape, a channel, and one in
    /// a hundred mentioning crypto (something to search for).
    static func comment(_ n: Int) -> ImportedComment {
        var c = BenchComments.comment(n)
        c.channel = channels[n % channels.count]
        if n % 100 == 13 { c.text += " crypto giveaway DM me" }
        return c
    }

    func flags(for comments: [ImportedComment]) -> [[Flag]] {
        comments.map { c in
            let n = Self.number(c)
            guard Self.isFlagged(n) else { return [] }
            let category = Category.allCases[(n / 10) % Category.allCases.count]
            let severity = Self.severities[(n / 70) % Self.severities.count]
            return [Flag(category: category, kind: "generated", rule: "\(category.rawValue).generated", severity: severity,
                         action: .delete, spans: [Span(start: 0, end: 3)],
                         explanation: "cann-bridge §3.3: generated \(category.rawValue) flag for the benchmark")]
        }
    }
}

func consoleReport(_ what: String, _ samples: [Double], target: Double) {
    let sorted = samples.sorted()
    func at(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * q))] }
    let ms = { (s: Double) in String(format: "%.2f ms", s * 1000) }
    let verdict = at(0.99) <= target ? "meets" : "MISSES"
    print("\(what): p50 \(ms(at(0.5))), p99 \(ms(at(0.99))), max \(ms(sorted.last ?? 0)) (target p99 <= \(ms(target)): \(verdict))")
}
