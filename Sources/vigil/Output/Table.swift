/// Columns of text for people: each cell cleaned, padded to its column, the last column
/// cut to what is left of `width`.
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    var rightAligned: Set<Int> = []

    init(_ headers: [String], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    mutating func add(_ row: [String]) { rows.append(row.map(safe)) }

    func render(width: Int) -> String {
        var widths = headers.map(TextSafety.width)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count - 1 {
                widths[i] = max(widths[i], TextSafety.width(cell))
            }
        }
        let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        widths[widths.count - 1] = max(12, width - fixed)
        var out = ""
        for row in [headers] + rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                let last = i == row.count - 1
                if i > 0 { line += "  " }
                if rightAligned.contains(i) {
                    let cut = TextSafety.truncate(cell, to: widths[i])
                    line += String(repeating: " ", count: max(0, widths[i] - TextSafety.width(cut))) + cut
                } else {
                    line += last ? TextSafety.truncate(cell, to: widths[i]) : TextSafety.pad(cell, to: widths[i])
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
