import Foundation
import VigilEngine

/// The queue: counts, filters, and a row per flagged comment, most severe first, then oldest.
enum QueueView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let width = screen.size.columns
        drawCounts(state, row: 1, into: &screen)
        drawFilter(state, row: 2, into: &screen)
        let widths = columnWidths(width)
        let header = Layout.row(["SEV", "CATEGORIES", "WHERE", "AUTHOR", "AGE", "TEXT"], widths: widths, rightAligned: [4])
        screen.put(header, row: 3, column: 0, style: .heading)
        let list = state.queue.list
        let top = 4
        let visible = ScreenLayout.listRows(for: .queue, size: screen.size)
        if let message = ListDrawing.emptyMessage(list, empty: "No flagged comments match \(describe(state.queue.filter)). x clears the filters.") {
            screen.put(message, row: top + 1, column: 2, style: list.error == nil ? .muted : .error, width: width - 4)
            return
        }
        ListDrawing.drawRows(list, top: top, visible: visible, into: &screen) { r, row, screen in
            drawRow(r, state: state, widths: widths, row: row, into: &screen)
        }
    }

    static func columnWidths(_ width: Int) -> [Int] {
        Layout.columnWidths([
            .init(minimum: 4),
            .init(minimum: 12, weight: 1, maximum: 26),
            .init(minimum: 14, weight: 1, maximum: 26),
            .init(minimum: 14, weight: 1, maximum: 22),
            .init(minimum: 4),
            .init(minimum: 20, weight: 4),
        ], total: width)
    }

    static func drawRow(_ r: QueueLine, state: ConsoleState, widths: [Int], row: Int, into screen: inout Screen) {
        var col = 0
        func cell(_ text: String, _ i: Int, _ style: Style = .plain, right: Bool = false) {
            screen.put(Layout.pad(text, to: widths[i], right: right), row: row, column: col, style: style)
            col += widths[i] + 1
        }
        cell(Format.severity(r.severity), 0, .severity(r.severity))
        let cats = r.categories.map(\.rawValue).joined(separator: ",")
        cell(DisplayWidth.of(cats) <= widths[1] ? cats : r.categories.map(Format.short).joined(separator: ","), 1)
        let whereText = Format.platformShort(r.key.platform) + (r.channel.map { " " + $0 } ?? "")
        cell(whereText, 2)
        cell(r.author?.displayName ?? "(unknown)", 3, r.author == nil ? .muted : .plain)
        cell(Format.age(r.created, now: state.now), 4, .muted, right: true)
        var runs: [Run] = []
        if let p = r.pending { runs.append(Run("[\(p.action.rawValue) by \(p.proposer)] ", .warning)) }
        if let d = r.decision { runs.append(Run("[\(d)] ", .good)) }
        runs.append(Run(Format.firstLine(r.excerpt)))
        screen.put(Layout.clip(runs, to: widths[5]), row: row, column: col)
    }

    static func drawCounts(_ state: ConsoleState, row: Int, into screen: inout Screen) {
        let width = screen.size.columns
        guard let c = state.queue.counts else {
            screen.put("Loading counts\u{2026}", row: row, column: 0, style: .muted)
            return
        }
        // What waits for this person stays on the right; the categories get what is left.
        var right: [Run] = []
        if c.waitingForMe > 0 { right.append(Run("\(Format.count(c.waitingForMe)) to sign off", .warning)) }
        if c.overdue > 0 {
            if !right.isEmpty { right.append(Run(" \u{00B7} ")) }
            right.append(Run("\(Format.count(c.overdue)) overdue", .error))
        }
        let rightWidth = DisplayWidth.of(right.map(\.text).joined())
        func left(short: Bool) -> [Run] {
            var out: [Run] = [Run("\(Format.count(c.awaiting)) awaiting", .bold), Run(":")]
            for cat in headerOrder {
                let n = c.byCategory[cat] ?? 0
                if short && n == 0 { continue }
                out.append(Run(" \(short ? Format.short(cat) : cat.rawValue) "))
                out.append(Run(Format.count(n), n > 0 ? .bold : .muted))
            }
            return out
        }
        let room = width - (rightWidth > 0 ? rightWidth + 2 : 0)
        let full = left(short: false)
        let fits = DisplayWidth.of(full.map(\.text).joined()) <= room
        screen.put(Layout.clip(fits ? full : left(short: true), to: room), row: row, column: 0)
        if rightWidth > 0 { screen.put(right, row: row, column: width - rightWidth) }
    }

    /// The most serious first, so a narrow screen never cuts them off.
    static let headerOrder: [Category] = [.safeguarding, .extremism, .abuse, .personalInfo, .spam, .commercial, .complaint]

    static func drawFilter(_ state: ConsoleState, row: Int, into screen: inout Screen) {
        let width = screen.size.columns
        let list = state.queue.list
        let position = list.count > 0 ? "\(Format.count(list.cursor + 1)) of \(Format.count(list.count))" : ""
        let pw = DisplayWidth.of(position)
        screen.put(Layout.clip([Run("Showing ", .muted), Run(describe(state.queue.filter))], to: width - pw - 1), row: row, column: 0)
        screen.put(position, row: row, column: width - pw, style: .muted)
    }

    /// "awaiting · abuse · high or worse · Oakfield PTA · "crypto"".
    static func describe(_ f: QueueFilter) -> String {
        var parts = [f.status.rawValue]
        parts.append(f.category?.rawValue ?? "any category")
        parts.append(f.minimumSeverity.map { "\($0.rawValue) or worse" } ?? "any severity")
        parts.append(f.channel.map { SafeText.line($0) } ?? "any channel")
        if !f.search.isEmpty { parts.append("\u{201C}\(SafeText.line(f.search))\u{201D}") }
        return parts.joined(separator: " \u{00B7} ")
    }
}

/// Shared pieces of the list views.
enum ListDrawing {
    /// The line to show instead of rows: loading, an error, or nothing matches.
    static func emptyMessage<R>(_ list: PagedList<R>, empty: String) -> String? {
        if let e = list.error, list.rows.isEmpty { return "Could not load: \(e)" }
        if list.total == nil { return "Loading\u{2026}" }
        if list.count == 0 { return empty }
        return nil
    }

    /// Draws a list's rows with the cursor's row selected.
    static func drawRows<R>(_ list: PagedList<R>, top: Int, visible: Int, into screen: inout Screen, _ drawRow: (R, Int, inout Screen) -> Void) {
        for i in 0..<visible {
            let index = list.top + i
            guard index < list.count else { break }
            let row = top + i
            guard let r = list[index] else {
                screen.put("  loading\u{2026}", row: row, column: 0, style: .muted)
                continue
            }
            drawRow(r, row, &screen)
            if index == list.cursor { screen.restyle(row: row) { $0 = $0.selected() } }
        }
    }
}
