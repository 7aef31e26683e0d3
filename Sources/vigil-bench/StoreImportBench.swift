// The store side of issue 2's import figure: 1,000,000 generated comments (flags on ~10%)
// into a new store through ImportPipeline, then the same again (unchanged). Targets: the
// whole import (parsing included) at most 20 s and 1 GB peak, the re-import at most 10 s;
// this measures what the store costs on its own, so the importers' parsing fits beside it.
import Foundation
import VigilEngine
import VigilStore

func storeImportBenchmark() -> Benchmark {
    Benchmark(name: "store-import", summary: "1,000,000 generated comments into a new store, then again unchanged") {
        let comments = Int(ProcessInfo.processInfo.environment["BENCH_COMMENTS"] ?? "") ?? 1_000_000
        let perFile = Int(ProcessInfo.processInfo.environment["BENCH_PER_FILE"] ?? "") ?? 100
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // Generation alone, for subtracting: what the parsing thread spends making comments.
        let generation = Date()
        var textBytes = 0
        var flagged = 0
        for file in 0..<(comments / perFile) {
            for c in BenchComments.file(file, perFile: perFile) {
                textBytes += c.text.utf8.count
                if BenchFlagger.flagged(c) { flagged += 1 }
            }
        }
        let generationSeconds = Date().timeIntervalSince(generation)
        print(String(format: "generate only: %.2f s (%d comments, %.0f MB of text, %d flagged)",
                     generationSeconds, comments, Double(textBytes) / 1e6, flagged))

        let store = try SQLiteStore.open(path: folder.appendingPathComponent("bench.sqlite").path, create: true)
        let pipeline = ImportPipeline(store: store, flagger: BenchFlagger()) { data, name, _, emit in
            let file = data.withUnsafeBytes { $0.load(as: Int.self) }
            for c in BenchComments.file(file, perFile: perFile) { try emit(c) }
            return ImportSummary(format: .facebook, comments: perFile)
        }
        let sources = (0..<(comments / perFile)).map { file in
            ImportSource(name: "page-\(file).json") { withUnsafeBytes(of: file) { Data($0) } }
        }
        for (label, target) in [("new store", 20.0), ("re-import", 10.0)] {
            let cpuStart = cpuSeconds()
            let start = Date()
            let outcomes = pipeline.run(sources, options: ImportOptions())
            let seconds = Date().timeIntervalSince(start)
            let cpu = cpuSeconds() - cpuStart
            let counts = outcomes.compactMap { if case .imported(let r) = $0 { r.counts } else { nil } }
                .reduce(ImportCounts(), +)
            guard counts.read == comments else { throw BenchError("\(label): only \(counts.read) comments imported") }
            print(String(
                format: "%@: %.2f s wall, %.2f s CPU, for %d comments in %d files (target for the whole import incl. parsing: %.0f s) — %.0f comments/s, %.1f MB/s of text; new %d, unchanged %d, flagged %d",
                label, seconds, cpu, comments, sources.count, target, Double(comments) / seconds,
                Double(textBytes) / 1e6 / seconds, counts.new, counts.unchanged, counts.flagged))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: store.location)[.size] as? Int) ?? 0
        print(String(format: "store file: %.0f MB; peak memory (VmHWM): %.0f MB (target 1024 MB)",
                     Double(size) / 1e6, Double(MemoryFigures.peakBytes()) / 1e6))
    }
}

/// Deterministic Graph-like comments: a page of posts, 20% replies, 10% without author.
enum BenchComments {
    static let words = ["the", "school", "trip", "was", "brilliant", "thanks", "to", "all", "staff", "and", "pupils",
                        "parents", "evening", "next", "week", "please", "remember", "PE", "kit", "café", "👍",
                        "lovely", "photos", "when", "is", "term", "starting", "again", "well", "done", "everyone"]

    static func file(_ file: Int, perFile: Int) -> [ImportedComment] {
        (0..<perFile).map { comment(file * perFile + $0) }
    }

    static func comment(_ n: Int) -> ImportedComment {
        var rng = SplitMix(seed: UInt64(n))
        let post = n / 500
        let length = 6 + Int(rng.next() % 45)
        var text = ""
        for i in 0..<length {
            if i > 0 { text += " " }
            text += words[Int(rng.next() % UInt64(words.count))]
        }
        let authorNumber = Int(rng.next() % 50_000)
        let hasAuthor = rng.next() % 10 != 0
        let isReply = n % 5 == 4
        return ImportedComment(
            platform: .facebook, platformID: "1020\(post)_\(n)", channel: "102030405060",
            post: PostRef(platformID: "102030405060_\(post)"),
            parentID: isReply ? "1020\(post)_\(n - 1)" : nil,
            author: hasAuthor ? AuthorRef(platformID: "\(900_000 + authorNumber)", name: "Parent \(authorNumber)") : nil,
            created: Date(timeIntervalSince1970: 1_700_000_000 + Double(n) * 7), text: text,
            url: "https://www.facebook.com/102030405060/posts/\(post)?comment_id=\(n)",
            metadata: n % 3 == 0 ? ["like_count": "\(n % 17)"] : [:])
    }
}

/// Flags about one comment in ten (one or two flags), decided from the id so the re-import
/// sees the same.
struct BenchFlagger: Flagger {
    static func flagged(_ c: ImportedComment) -> Bool { c.platformID.utf8.last! % 10 == 3 }

    func flags(for comments: [ImportedComment]) -> [[Flag]] {
        comments.map { c in
            guard Self.flagged(c) else { return [] }
            var flags = [Flag(category: .abuse, kind: "profanity", rule: "abuse.profanity", severity: .medium,
                              action: .delete, spans: [Span(start: 0, end: 3)],
                              explanation: "cann-bridge §3.3: abusive comment — 'the' read as a profanity")]
            if c.text.count % 2 == 0 {
                flags.append(Flag(category: .personalInfo, kind: "uk-mobile", rule: "personal-info.phone",
                                  severity: .high, action: .delete, spans: [Span(start: 4, end: 10)],
                                  explanation: "cann-bridge §3.3: personal information — UK mobile number"))
            }
            return flags
        }
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
