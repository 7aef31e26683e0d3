import Foundation
import Testing
@testable import VigilEngine

/// Precision and recall on `Fixtures/eval/uk-personal-info.jsonl` (see its README), for the
/// tuned part and the held-out part. `PII_SHOW_ERRORS=1` prints the tuned part's misses and
/// false alarms; the held-out part only ever reports totals.
@Suite struct LabelledSetTests {
    struct Row: Decodable {
        struct LabelledSpan: Decodable {
            var start: Int
            var end: Int
            var kind: String
        }
        var id: String
        var text: String
        var categories: [String]
        var spans: [LabelledSpan]
    }

    /// Counts for one part of the set.
    struct Score {
        var rows = 0
        var labelled = 0, found = 0
        var truePositives = 0, matchedLabels = 0, exact = 0
        var commentsPositive = 0, commentsFlagged = 0, commentsBoth = 0
        var lookAlikeRows = 0, lookAlikeFlags = 0
        var errors: [String] = []

        var recall: Double { Double(matchedLabels) / Double(max(labelled, 1)) }
        var precision: Double { Double(truePositives) / Double(max(found, 1)) }
        var commentRecall: Double { Double(commentsBoth) / Double(max(commentsPositive, 1)) }
        var commentPrecision: Double { Double(commentsBoth) / Double(max(commentsFlagged, 1)) }

        var summary: String {
            func f(_ x: Double) -> String { String(format: "%.3f", x) }
            return "\(rows) rows, \(labelled) spans: span recall \(f(recall)), precision \(f(precision)), "
                + "exact boundaries \(exact)/\(matchedLabels); comments recall \(f(commentRecall)), "
                + "precision \(f(commentPrecision)); look-alike rows \(lookAlikeRows), flags on them \(lookAlikeFlags)"
        }
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func load() throws -> (config: PersonalInfoConfig, rows: [Row]) {
        let dir = root.appendingPathComponent("Fixtures/eval")
        let config = try JSONDecoder().decode(
            PersonalInfoConfig.self, from: Data(contentsOf: dir.appendingPathComponent("uk-personal-info-school.json")))
        let text = try String(contentsOf: dir.appendingPathComponent("uk-personal-info.jsonl"), encoding: .utf8)
        let rows = try text.split(separator: "\n").map { try JSONDecoder().decode(Row.self, from: Data($0.utf8)) }
        return (config, rows)
    }

    static func score(_ rows: [Row], _ scanner: PersonalInfoScanner) -> Score {
        var s = Score()
        for row in rows {
            s.rows += 1
            let found = scanner.scan(row.text)
            let labels = row.spans
            s.labelled += labels.count
            s.found += found.count
            func overlaps(_ f: PersonalInfoFinding, _ l: Row.LabelledSpan) -> Bool {
                f.kind.rawValue == l.kind && f.span.start < l.end && l.start < f.span.end
            }
            for f in found {
                if labels.contains(where: { overlaps(f, $0) }) {
                    s.truePositives += 1
                } else {
                    s.errors.append("\(row.id) false alarm \(f.kind.rawValue) \"\(covered(row.text, f.span))\" (\(String(format: "%.2f", f.confidence))) in: \(row.text)")
                }
            }
            for l in labels {
                if let f = found.first(where: { overlaps($0, l) }) {
                    s.matchedLabels += 1
                    if f.span.start == l.start && f.span.end == l.end {
                        s.exact += 1
                    } else {
                        s.errors.append("\(row.id) boundary \(l.kind): found \"\(covered(row.text, f.span))\", labelled \"\(covered(row.text, Span(start: l.start, end: l.end)))\"")
                    }
                } else {
                    s.errors.append("\(row.id) miss \(l.kind) \"\(covered(row.text, Span(start: l.start, end: l.end)))\" in: \(row.text)")
                }
            }
            let positive = row.categories.contains("personal-info")
            if positive { s.commentsPositive += 1 }
            if !found.isEmpty { s.commentsFlagged += 1 }
            if positive && !found.isEmpty { s.commentsBoth += 1 }
            if row.id.contains("-look-") {
                s.lookAlikeRows += 1
                s.lookAlikeFlags += found.count
            }
        }
        return s
    }

    @Test func theLabelsAgreeWithTheirCategories() throws {
        let (_, rows) = try Self.load()
        #expect(rows.count > 1000)
        for row in rows {
            #expect(row.categories == (row.spans.isEmpty ? [] : ["personal-info"]), "\(row.id)")
            #expect(row.spans.allSatisfy { PersonalInfoKind(rawValue: $0.kind) != nil && $0.start < $0.end }, "\(row.id)")
            if row.id.contains("-look-") || row.id.contains("-neg-") { #expect(row.spans.isEmpty, "\(row.id)") }
        }
    }

    @Test(arguments: ["t", "h"])
    func recallAndPrecisionMeetTheBarsOnBothParts(_ part: String) throws {
        let (config, rows) = try Self.load()
        let scanner = PersonalInfoScanner(config: config)
        let s = Self.score(rows.filter { $0.id.hasPrefix("pii-\(part)-") }, scanner)
        print("uk-personal-info \(part == "t" ? "tuned" : "held-out"): \(s.summary)")
        if part == "t" && ProcessInfo.processInfo.environment["PII_SHOW_ERRORS"] == "1" {
            for e in s.errors { print("  \(e)") }
        }
        #expect(s.rows > 300)
        #expect(s.recall >= 0.98, "span recall \(s.recall)")
        #expect(s.precision >= 0.95, "span precision \(s.precision)")
        #expect(s.commentRecall >= 0.98, "comment recall \(s.commentRecall)")
        #expect(s.commentPrecision >= 0.95, "comment precision \(s.commentPrecision)")
        #expect(s.lookAlikeRows > 100)
        #expect(s.lookAlikeFlags == 0, "findings on look-alike rows")
    }
}
