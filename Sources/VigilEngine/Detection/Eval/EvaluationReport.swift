import Foundation

/// `vigil eval`'s output: a table for people or one JSON object, optionally with the misses
/// and false alarms. Comment text is shown with control and invisible characters replaced,
/// so it cannot move the cursor or restyle the terminal.
extension Evaluation {
    public func table(fileName: String, showErrors: Bool) -> String {
        var out = "\(fileName): \(comments) comments\n"
        out += "category        labelled  flagged     TP     FP     FN  precision  recall     F1\n"
        for (category, s) in scores {
            out += pad(category.rawValue, 14) + lpad(s.labelled, 10) + lpad(s.truePositives + s.falsePositives, 9)
                + lpad(s.truePositives, 7) + lpad(s.falsePositives, 7) + lpad(s.falseNegatives, 7)
                + lpad(s.labelled + s.truePositives + s.falsePositives == 0 ? "-" : fixed(s.precision), 11)
                + lpad(s.labelled == 0 ? "-" : fixed(s.recall), 8)
                + lpad(s.labelled == 0 ? "-" : fixed(s.f1), 7) + "\n"
        }
        if scores.isEmpty { out += "(nothing labelled and nothing flagged)\n" }
        if showErrors {
            out += "\nmisses (\(misses.count)):\n"
            for e in misses { out += "  \(e.category.rawValue)  \(e.id)  \(Self.shown(e.text))\n" }
            out += "\nfalse alarms (\(falseAlarms.count)):\n"
            for e in falseAlarms { out += "  \(e.category.rawValue)  \(e.id)  [\(e.rules.joined(separator: ", "))]  \(Self.shown(e.text))\n" }
        }
        return out
    }

    /// One JSON object: `{"file", "comments", "categories": {name: {labelled, tp, fp, fn,
    /// precision, recall, f1}}, "misses"?: [...], "false_alarms"?: [...]}`.
    public func json(fileName: String, showErrors: Bool) -> String {
        var categories: [String: Any] = [:]
        for (category, s) in scores {
            categories[category.rawValue] = [
                "labelled": s.labelled, "tp": s.truePositives, "fp": s.falsePositives, "fn": s.falseNegatives,
                "precision": Self.rounded(s.precision), "recall": Self.rounded(s.recall), "f1": Self.rounded(s.f1),
            ] as [String: Any]
        }
        var object: [String: Any] = ["file": fileName, "comments": comments, "categories": categories]
        if showErrors {
            object["misses"] = misses.map { ["id": $0.id, "category": $0.category.rawValue] }
            object["false_alarms"] = falseAlarms.map { ["id": $0.id, "category": $0.category.rawValue, "rules": $0.rules] as [String: Any] }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// At most 100 code points on one line, with anything that could drive a terminal replaced.
    static func shown(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for (i, u) in text.unicodeScalars.enumerated() {
            if i == 100 { out.append("…"); break }
            switch u.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
                out.append(u == "\n" || u == "\t" ? " " : "\u{FFFD}")
            default:
                out.append(u)
            }
        }
        return String(out)
    }

    private static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
    private func fixed(_ x: Double) -> String { String(format: "%.3f", x) }
    private func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count) }
    private func lpad(_ n: Int, _ width: Int) -> String { lpad(String(n), width) }
    private func lpad(_ s: String, _ width: Int) -> String { s.count >= width ? " " + s : String(repeating: " ", count: width - s.count) + s }
}
