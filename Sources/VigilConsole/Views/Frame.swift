import Foundation
import VigilEngine

/// Draws the console: the frame (tab bar, status line, hints) around the current view.
///
/// Pure: the same state and size give the same Screen.
public func view(_ state: ConsoleState, _ size: Size) -> Screen {
    var screen = Screen(size: size)
    guard size.rows >= Size.minimum.rows, size.columns >= Size.minimum.columns else {
        TooSmallView.draw(into: &screen)
        return screen
    }
    guard state.session != nil else {
        SignInView.draw(state, into: &screen)
        return screen
    }
    TabBar.draw(state, into: &screen)
    switch state.view {
    case .queue: QueueView.draw(state, into: &screen)
    case .detail: DetailView.draw(state, into: &screen)
    case .signOffs: SignOffsView.draw(state, into: &screen)
    case .actions: ActionsView.draw(state, into: &screen)
    case .authors: AuthorsView.draw(state, into: &screen)
    case .audit: AuditView.draw(state, into: &screen)
    case .handover: HandoverView.draw(state, into: &screen)
    case .importer: ImportView.draw(state, into: &screen)
    case .help: HelpView.draw(state, into: &screen)
    }
    StatusArea.draw(state, into: &screen)
    return screen
}

/// Where things go on the screen, shared by `view` and `update` (which pages by it).
enum ScreenLayout {
    /// Rows of a list view's list.
    static func listRows(for view: ViewID, size: Size) -> Int {
        switch view {
        case .queue, .detail: max(1, size.rows - 6)
        default: max(1, size.rows - 5)
        }
    }

    /// Rows of a page-like view's body (detail, help, handover).
    static func pageRows(size: Size) -> Int { max(1, size.rows - 4) }

    static let bodyTop = 2
}

/// The message shown when the terminal is smaller than 80x24.
enum TooSmallView {
    static func draw(into screen: inout Screen) {
        let size = screen.size
        let lines = [
            "Vigil needs a terminal of at least \(Size.minimum.columns)x\(Size.minimum.rows).",
            "This one is \(size.columns)x\(size.rows): make the window larger.",
            "q quits.",
        ]
        let top = max(0, size.rows / 2 - 1)
        for (i, line) in lines.enumerated() {
            let wrapped = Layout.wrap(line, width: max(1, size.columns))
            for (j, runs) in wrapped.enumerated() where top + i + j < size.rows {
                _ = screen.put(runs, row: min(size.rows - 1, top + i * 1 + j), column: 0)
            }
        }
    }
}

/// Row 0: the views by number, the current one marked, and who is signed in.
enum TabBar {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let width = screen.size.columns
        screen.fill(row: 0, style: .bar)
        var runs: [Run] = [Run(" Vigil ", .barAccent)]
        let current = state.view == .detail || state.view == .help ? state.returnView : state.view
        for (i, tab) in ViewID.tabs.enumerated() {
            var title = "\(i + 1) \(tab.tabTitle ?? "")"
            if tab == .signOffs, let n = state.queue.counts?.waitingForMe, n > 0 { title += " \(n)" }
            runs.append(Run(" ", .bar))
            runs.append(Run(title, tab == current ? Style(.accent, on: .normal, [.bold]) : .bar))
        }
        let end = screen.put(runs, row: 0, column: 0)
        if let s = state.session {
            let who = " \(s.name) (\(Format.role(s.role))) "
            let w = DisplayWidth.of(who)
            if end + 2 + w <= width { screen.put(who, row: 0, column: width - w, style: .bar) }
        }
    }
}

/// The last two rows: the status line (or the prompt being answered) and the key hints.
enum StatusArea {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let rows = screen.size.rows
        let width = screen.size.columns
        let statusRow = rows - 2
        let hintRow = rows - 1
        if let p = state.prompt {
            drawPrompt(p, row: statusRow, into: &screen)
            let items: [(String, String)] = !p.choices.isEmpty ? [("Esc", "cancel")]
                : [("Enter", "confirm"), ("Esc", "cancel")] + (p.secret ? [] : [("Ctrl-U", "clear")])
            hints(items, row: hintRow, into: &screen)
            return
        }
        if let s = state.status {
            let style: Style = switch s.kind {
            case .info: .plain
            case .success: .good
            case .warning: .warning
            case .error: Style(.error, on: .normal, [.bold, .reverse])
            }
            screen.put(s.text, row: statusRow, column: 0, style: style)
        } else if let busy = state.busy {
            screen.put("Busy: \(busy)\u{2026}", row: statusRow, column: 0, style: .muted)
        }
        // Help and the way out always show, at the end; the view's own keys fill the rest.
        let pinned: Set<Command> = [.help, .back]
        let bindings = Keymap.hints(for: state.view)
        func item(_ b: Binding) -> (String, String) {
            if b.command == .back && state.view == .queue { return ("q", "quit") }
            let parts = b.hint!.split(separator: " ", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
        let tail = bindings.filter { pinned.contains($0.command) }.map(item)
        let tailWidth = tail.reduce(0) { $0 + DisplayWidth.of($1.0 + " " + $1.1) + 2 }
        hints(bindings.filter { !pinned.contains($0.command) }.map(item), row: hintRow, into: &screen, width: width - tailWidth)
        let used = screen.lines[hintRow].reversed().drop { $0 == " " }.count
        hints(tail, row: hintRow, into: &screen, column: used == 0 ? 0 : used + 2)
    }

    static func drawPrompt(_ p: Prompt, row: Int, into screen: inout Screen) {
        let width = screen.size.columns
        var col = screen.put(p.label + " ", row: row, column: 0, style: .accent)
        if !p.choices.isEmpty {
            let runs = p.choices.flatMap { [Run("\($0.key)", .accent), Run(" \($0.label)  ")] }
            col = screen.put(runs, row: row, column: col)
            screen.cursor = Screen.Position(row: row, column: min(width - 1, col))
            return
        }
        if p.secret {
            screen.put("(typing is not shown)", row: row, column: min(width - 1, col + 1), style: .muted)
            screen.cursor = Screen.Position(row: row, column: min(width - 1, col))
            return
        }
        // Show the part of the text around the cursor that fits.
        let room = max(1, width - col - 1)
        let chars = Array(p.editor.text)
        var start = 0
        while start < p.editor.cursor && DisplayWidth.of(String(chars[start..<p.editor.cursor])) >= room { start += 1 }
        let before = String(chars[start..<p.editor.cursor])
        let after = String(chars[p.editor.cursor...])
        let cursorCol = col + DisplayWidth.of(before)
        screen.put(before + after, row: row, column: col, width: room)
        screen.restyle(row: row, from: col, width: room) { $0.attributes.insert(.underline) }
        screen.cursor = Screen.Position(row: row, column: min(width - 1, cursorCol))
    }

    static func hints(_ items: [(String, String)], row: Int, into screen: inout Screen, width: Int? = nil, column: Int = 0) {
        // Whole hints only: one that does not fit is left out rather than cut.
        let room = width ?? screen.size.columns - column
        var runs: [Run] = []
        var used = 0
        for (key, label) in items {
            let text = label.isEmpty ? key : key + " " + label
            let w = DisplayWidth.of(text) + (runs.isEmpty ? 0 : 2)
            if used + w > room { break }
            if !runs.isEmpty { runs.append(Run("  ")) }
            runs.append(Run(key, .accent))
            if !label.isEmpty { runs.append(Run(" " + label, .muted)) }
            used += w
        }
        screen.put(runs, row: row, column: column)
    }
}
