/// Screens as text: for golden files, tests and the diffed draw.
extension Screen {
    /// Each row as the characters a person would see, exactly `size.columns` wide.
    public var lines: [String] {
        (0..<size.rows).map { row in
            var line = ""
            for c in 0..<size.columns {
                let cell = self[row, c]
                if cell.width != 0 { line += cell.text }
            }
            return line
        }
    }

    /// The whole screen as text with a styles section: every style used gets a letter
    /// (`.` is plain), a legend names each, and each row lists its cells' letters.
    /// This is the golden-file format: reviewable in a diff, and it catches a lost highlight.
    public var goldenText: String {
        var letters: [Style: Character] = [.plain: "."]
        var order: [Style] = [.plain]
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var styleRows: [String] = []
        for row in 0..<size.rows {
            var line = ""
            for c in 0..<size.columns {
                let style = self[row, c].style
                if letters[style] == nil {
                    letters[style] = order.count - 1 < alphabet.count ? alphabet[order.count - 1] : "?"
                    order.append(style)
                }
                line.append(letters[style]!)
            }
            styleRows.append(line)
        }
        var out = "screen \(size)\n"
        out += lines.map { "|" + $0 + "|" }.joined(separator: "\n") + "\n"
        out += "styles\n"
        for style in order.dropFirst() {
            out += "  \(letters[style]!) = \(style.legend)\n"
        }
        out += styleRows.map { "|" + $0 + "|" }.joined(separator: "\n") + "\n"
        return out
    }

    /// The rows that differ from an earlier screen, each as the first and last differing
    /// column: what the shell redraws. Every row when the sizes differ.
    public func changes(from old: Screen?) -> [RowChange] {
        guard let old, old.size == size else {
            return (0..<size.rows).map { RowChange(row: $0, first: 0, last: size.columns - 1) }
        }
        var out: [RowChange] = []
        for row in 0..<size.rows {
            let base = row * size.columns
            var first = -1
            var last = -1
            for c in 0..<size.columns where cells[base + c] != old.cells[base + c] {
                if first < 0 { first = c }
                last = c
            }
            guard first >= 0 else { continue }
            // Start and end on whole characters.
            if cells[base + first].width == 0, first > 0 { first -= 1 }
            if cells[base + last].width == 2, last + 1 < size.columns { last += 1 }
            out.append(RowChange(row: row, first: first, last: last))
        }
        return out
    }
}

/// Columns `first...last` of `row` changed.
public struct RowChange: Sendable, Equatable {
    public var row: Int
    public var first: Int
    public var last: Int
}

extension Style {
    /// "fg:critical bg:bar bold reverse", for golden files.
    var legend: String {
        var parts: [String] = []
        if foreground != .normal { parts.append("fg:\(foreground)") }
        if background != .normal { parts.append("bg:\(background)") }
        if attributes.contains(.bold) { parts.append("bold") }
        if attributes.contains(.reverse) { parts.append("reverse") }
        if attributes.contains(.underline) { parts.append("underline") }
        if attributes.contains(.dim) { parts.append("dim") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
