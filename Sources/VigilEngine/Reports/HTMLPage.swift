import Foundation

/// Self-contained HTML for reports and evidence pages: one file, inline CSS and inline SVG,
/// no script, no link or resource outside the file. Every piece of text goes through
/// `escape`, which also cleans control and bidi characters, so a hostile name shows as text.
enum HTMLPage {
    static func escape(_ text: String, block: Bool = false) -> String {
        var out = ""
        for ch in block ? SafeText.block(text) : SafeText.line(text) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// A whole document around `body` (already escaped HTML).
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #111; line-height: 1.4; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
        table { border-collapse: collapse; margin: 0.5em 0; } td, th { border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; vertical-align: top; }
        td.n { text-align: right; } .muted { color: #555; } pre { white-space: pre-wrap; background: #f6f6f6; padding: 0.5em; border: 1px solid #ddd; }
        .ok { color: #064; font-weight: bold; } .bad { color: #a00; font-weight: bold; }
        svg text { font-size: 12px; font-family: system-ui, sans-serif; }
        @media print { body { margin: 0; } }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A table with a header row; cells are escaped here. Cells starting with a digit are right-aligned.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "<table><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
        for row in rows {
            out += "<tr>" + row.map { cell in
                let numeric = cell.first.map { $0.isNumber } ?? false
                return numeric ? "<td class=\"n\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</table>\n"
    }

    /// A horizontal bar chart as inline SVG, one bar per count, labels escaped.
    static func barChart(_ counts: [ReportCount], title: String) -> String {
        guard !counts.isEmpty else { return "" }
        let barHeight = 18, gap = 6, labelWidth = 220, barWidth = 360
        let height = counts.count * (barHeight + gap) + gap
        let most = max(1, counts.map(\.count).max() ?? 1)
        var out = "<svg role=\"img\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(height)\">"
        out += "<title>\(escape(title))</title>"
        for (i, c) in counts.enumerated() {
            let y = gap + i * (barHeight + gap)
            let w = max(1, c.count * barWidth / most)
            let label = c.label.count > 34 ? String(c.label.prefix(33)) + "…" : c.label
            out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\">\(escape(label))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(w)\" height=\"\(barHeight)\" fill=\"#4a6fa5\"/>"
            out += "<text x=\"\(labelWidth + w + 6)\" y=\"\(y + 13)\">\(c.count)</text>"
        }
        return out + "</svg>\n"
    }
}
