import Foundation
import Testing
@testable import VigilEngine

/// Truncations and random byte flips of every fixture: each read either succeeds or throws
/// `ImportError` with a place inside the file; it never crashes, hangs or throws anything else.
/// Debug builds assert every byte index the readers use, so a read past the end fails too.
/// `VIGIL_FUZZ_ROUNDS` raises the number of mutations per fixture (default 400) for a longer run.
@Suite struct FuzzImportTests {
    static let rounds = ProcessInfo.processInfo.environment["VIGIL_FUZZ_ROUNDS"].flatMap(Int.init) ?? 400

    static let fixtures = DetectionTests.samples.map(\.0) + [
        "malformed/facebook-truncated.json", "malformed/html-error-page.json", "malformed/wxr-truncated.xml",
        "malformed/csv-unterminated-quote.csv", "malformed/invalid-utf8.json",
    ]

    /// A small deterministic generator (SplitMix64), so a failure repeats.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static func check(_ bytes: [UInt8], format: ExportFormat?, note: String) {
        let data = Data(bytes)
        do {
            var count = 0
            let summary = try Importers.read(data, fileName: "fuzz", format: format) { _ in count += 1 }
            #expect(summary.comments == count, "\(note)")
        } catch let error as ImportError {
            #expect(!error.message.isEmpty, "\(note)")
            if let offset = error.byteOffset { #expect(offset >= 0 && offset <= bytes.count, "\(note): \(error)") }
        } catch {
            Issue.record("\(note): threw \(error), not an ImportError")
        }
        _ = Importers.detect(data)
    }

    @Test(.timeLimit(.minutes(2)), arguments: fixtures)
    func truncationsNeverCrash(path: String) throws {
        let bytes = [UInt8](try Fixture.data(path))
        let format = Importers.detect(Data(bytes))
        let step = max(1, bytes.count / 300)
        for cut in stride(from: 0, through: bytes.count, by: step) {
            Self.check(Array(bytes[..<cut]), format: nil, note: "\(path) cut at \(cut)")
            Self.check(Array(bytes[..<cut]), format: format, note: "\(path) as \(String(describing: format)) cut at \(cut)")
        }
    }

    @Test(.timeLimit(.minutes(30)), arguments: fixtures)
    func byteFlipsNeverCrash(path: String) throws {
        let original = [UInt8](try Fixture.data(path))
        let format = Importers.detect(Data(original))
        var random = Random(state: UInt64(truncatingIfNeeded: path.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        let interesting: [UInt8] = [0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x3C, 0x3E, 0x26, 0x0A, 0x00, 0xFF, 0xC3, 0xE2, 0x3B, 0x09]
        for round in 0..<Self.rounds {
            var bytes = original
            for _ in 0..<(1 + random.below(4)) {
                let i = random.below(bytes.count)
                switch random.below(4) {
                case 0: bytes[i] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes[i] = interesting[random.below(interesting.count)]
                case 2: bytes.remove(at: i)
                default: bytes.insert(interesting[random.below(interesting.count)], at: i)
                }
                if bytes.isEmpty { break }
            }
            Self.check(bytes, format: nil, note: "\(path) round \(round)")
            Self.check(bytes, format: format, note: "\(path) as \(String(describing: format)) round \(round)")
        }
    }

    @Test func everyFormatReaderSurvivesEveryOtherFormatsFile() throws {
        for path in Self.fixtures {
            let bytes = [UInt8](try Fixture.data(path))
            for format in ExportFormat.allCases { Self.check(bytes, format: format, note: "\(path) as \(format)") }
        }
    }
}
