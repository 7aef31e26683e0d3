import Foundation
@testable import VigilEngine

/// The built-in detector, compiled once for all detection tests.
let builtInDetector: Detector = {
    do { return try Detector(rules: .builtIn()) } catch { fatalError("built-in rules: \(error)") }
}()

/// The flags the built-in rules give one text.
func flags(_ text: String) -> [Flag] { builtInDetector.flags(forText: text) }

/// The rule ids of those flags.
func rules(_ text: String) -> Set<String> { Set(flags(text).map(\.rule)) }

/// The categories of those flags.
func categories(_ text: String) -> Set<Category> { Set(flags(text).map(\.category)) }

/// The normalised symbols of a text, as a string (space for each boundary).
func normalised(_ text: String) -> String {
    let n = Normaliser()
    n.normalise(text)
    return n.output.text.trimmingCharacters(in: .whitespaces)
}

/// The text of a span of `text` (code points, end exclusive).
func slice(_ text: String, _ span: Span) -> String {
    let scalars = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
}

/// A detector for a school's rules file written inline.
func detector(yaml: String) throws -> Detector {
    try Detector(rules: RuleSet.load(yaml: yaml, fileName: "school.yaml"))
}

/// The repository's root (for Fixtures/).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func fixture(_ path: String) throws -> String {
    try String(contentsOf: repositoryRoot.appendingPathComponent("Fixtures").appendingPathComponent(path), encoding: .utf8)
}
