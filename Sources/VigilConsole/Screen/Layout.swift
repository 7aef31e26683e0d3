import VigilEngine
/// Text layout by display width: clip, pad, wrap and table columns.
///
/// Every function cleans its input first (`SafeText`), measures with `DisplayWidth` and
/// treats a character with its combining marks as one unit, so a cut never splits one.
enum Layout {
    /// A character and its marks, with the columns it takes.
    struct Cluster {
        var text: String
        var width: Int
        var style: Style
        var origin: Int = 0
    }

    static let ellipsis = "\u{2026}"

    /// Splits clean text into clusters.
    static func clusters(_ clean: String, style: Style = .plain) -> [Cluster] {
        var out: [Cluster] = []
        out.reserveCapacity(clean.unicodeScalars.count)
        for s in clean.unicodeScalars {
            let w = DisplayWidth.of(s)
            if s != "\n", w == 0, !out.isEmpty, out[out.count - 1].text != "\n" {
                out[out.count - 1].text.unicodeScalars.append(s)
            } else {
                out.append(Cluster(text: String(s), width: s == "\n" ? 0 : w, style: style))
            }
        }
        return out
    }

    /// One line of text cut to `width` columns, ending in `…` when something was cut.
    static func clip(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = SafeText.line(text)
        if clean.utf8.count <= width, clean.utf8.allSatisfy({ $0 < 0x80 }) { return clean }
        let cs = clusters(clean)
        let total = cs.reduce(0) { $0 + $1.width }
        if total <= width { return clean }
        var out = ""
        var used = 0
        for c in cs {
            if used + c.width > width - 1 { break }
            out += c.text
            used += c.width
        }
        return out + ellipsis
    }

    /// Styled runs cut to `width` columns, ending in `…` when something was cut.
    static func clip(_ runs: [Run], to width: Int) -> [Run] {
        guard width > 0 else { return [] }
        let cs = runs.flatMap { clusters(SafeText.line($0.text), style: $0.style) }
        let total = cs.reduce(0) { $0 + $1.width }
        if total <= width { return Layout.runs(of: cs) }
        var kept: [Cluster] = []
        var used = 0
        for c in cs {
            if used + c.width > width - 1 { break }
            kept.append(c)
            used += c.width
        }
        kept.append(Cluster(text: ellipsis, width: 1, style: kept.last?.style ?? .plain))
        return Layout.runs(of: kept)
    }

    /// One line of text clipped and padded with spaces to exactly `width` columns.
    static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let clipped = clip(text, to: width)
        let gap = max(0, width - DisplayWidth.ofClean(clipped))
        let spaces = String(repeating: " ", count: gap)
        return right ? spaces + clipped : clipped + spaces
    }

    /// Wraps text (line breaks kept) into lines of at most `width` columns.
    static func wrap(_ text: String, width: Int, style: Style = .plain) -> [[Run]] {
        wrap(clusters: clusters(SafeText.block(text), style: style), width: width)
    }

    /// Wraps styled runs into lines of at most `width` columns.
    static func wrap(_ runs: [Run], width: Int) -> [[Run]] {
        wrap(clusters: runs.flatMap { clusters(SafeText.block($0.text), style: $0.style) }, width: width)
    }

    /// Greedy word wrap: breaks after a space where it can, inside a word where it must.
    static func wrap(clusters cs: [Cluster], width: Int) -> [[Run]] {
        guard width > 0 else { return [] }
        var lines: [[Cluster]] = []
        var line: [Cluster] = []
        var used = 0
        var lastSpace = -1
        for c in cs {
            if c.text == "\n" {
                lines.append(line)
                line = []
                used = 0
                lastSpace = -1
                continue
            }
            if used + c.width > width {
                if c.text == " " {
                    // A space at the break is not carried to the next line.
                    lines.append(line)
                    line = []
                    used = 0
                    lastSpace = -1
                    continue
                }
                if lastSpace >= 0 {
                    let carried = Array(line[(lastSpace + 1)...])
                    lines.append(Array(line[..<lastSpace]))
                    line = carried
                } else {
                    lines.append(line)
                    line = []
                }
                used = line.reduce(0) { $0 + $1.width }
                lastSpace = -1
            }
            if c.text == " " { lastSpace = line.count }
            line.append(c)
            used += c.width
        }
        lines.append(line)
        return lines.map(runs(of:))
    }

    /// Consecutive clusters of one style joined into runs.
    static func runs(of line: [Cluster]) -> [Run] {
        var out: [Run] = []
        for c in line {
            if let last = out.last, last.style == c.style {
                out[out.count - 1].text += c.text
            } else {
                out.append(Run(c.text, c.style))
            }
        }
        return out
    }

    /// A table column: a fixed width, or a share of what the fixed ones leave.
    struct Column {
        var minimum: Int
        var weight: Int = 0
        var maximum: Int = .max
    }

    /// Widths for columns separated by one space, filling `total` columns.
    static func columnWidths(_ columns: [Column], total: Int) -> [Int] {
        var widths = columns.map(\.minimum)
        let gaps = max(0, columns.count - 1)
        var spare = total - gaps - widths.reduce(0, +)
        let weights = columns.map(\.weight).reduce(0, +)
        guard spare > 0, weights > 0 else { return widths }
        var given = 0
        for (i, c) in columns.enumerated() where c.weight > 0 {
            let share = min(c.maximum - c.minimum, spare * c.weight / weights)
            widths[i] += share
            given += share
        }
        spare -= given
        // What rounding and maximums left goes to the last weighted column without a maximum.
        if spare > 0, let i = columns.lastIndex(where: { $0.weight > 0 && $0.maximum == .max }) {
            widths[i] += spare
        }
        return widths
    }

    /// Table cells padded to their widths and joined by single spaces.
    static func row(_ cells: [String], widths: [Int], rightAligned: Set<Int> = []) -> String {
        zip(cells, widths).enumerated().map { i, pair in
            pad(pair.0, to: pair.1, right: rightAligned.contains(i))
        }.joined(separator: " ")
    }
}
