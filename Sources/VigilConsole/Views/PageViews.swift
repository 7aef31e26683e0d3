import Foundation
import VigilEngine

/// Cover handover: what is new, pending and overdue since a person last signed in.
enum HandoverView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let person = state.handover.person ?? state.session?.name ?? ""
        screen.put([Run("Handover for ", .bold), Run(person, .bold), Run("  \u{00B7} p shows another person", .muted)], row: 1, column: 0)
        let all = lines(state, width: screen.size.columns)
        let rows = ScreenLayout.pageRows(size: screen.size)
        let scroll = max(0, min(state.handover.scroll, max(0, all.count - rows)))
        for (i, line) in all.dropFirst(scroll).prefix(rows).enumerated() {
            screen.put(line, row: ScreenLayout.bodyTop + i, column: 0)
        }
    }

    static func lines(_ state: ConsoleState, width: Int) -> [[Run]] {
        if let e = state.handover.error { return [[Run("Could not load the handover: \(e)", .error)]] }
        guard let h = state.handover.handover else { return [[Run("Loading\u{2026}", .muted)]] }
        var out: [[Run]] = [[]]
        func para(_ text: String, _ style: Style = .plain, indent: Int = 2) {
            for line in Layout.wrap(text, width: max(1, width - indent), style: style) {
                out.append([Run(String(repeating: " ", count: indent))] + line)
            }
        }
        let since = h.since.map { "since \(SafeText.line(h.person)) last signed in, \(Format.time($0, in: state.timeZone))" } ?? "\(SafeText.line(h.person)) has not signed in before: everything is new"
        out.append([Run("New", .heading)])
        var sev = Severity.allCases.reversed().compactMap { s in (h.newBySeverity[s] ?? 0) > 0 ? "\(h.newBySeverity[s]!) \(s.rawValue)" : nil }.joined(separator: ", ")
        if !sev.isEmpty { sev = " (\(sev))" }
        para("\(Format.plural(h.newFlagged, "flagged comment")) \(since)\(sev).")
        if let w = h.rosterWarning { out.append([]); para(w, .warning) }
        for (title, rows, empty) in [("Pending sign-off", h.pending, "Nothing is waiting."), ("Overdue", h.overdue, "Nothing is overdue.")] {
            out.append([])
            out.append([Run("\(title) (\(rows.count))", .heading)])
            if rows.isEmpty { para(empty, .muted) }
            for p in rows {
                let about = p.comment.map(Format.key) ?? p.author.map { "author \($0.displayName ?? "?")" } ?? ""
                var line: [Run] = [Run("  "), Run(p.id.description, .bold), Run(" \(p.action.rawValue) \(about) by \(SafeText.line(p.proposer)), \(Format.age(p.proposed, now: state.now)) ago: ")]
                line.append(Run(SafeText.line(p.reason), .muted))
                out.append(Layout.clip(line, to: width))
            }
        }
        out.append([])
        para("2 opens the sign-offs to decide them; 1 the queue.", .muted)
        return out
    }
}

/// Help, made from the keymap: every binding, by where it works.
enum HelpView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        screen.put([Run("Keys", .bold), Run("  \u{00B7} q goes back \u{00B7} j/k scroll", .muted)], row: 1, column: 0)
        let all = lines(width: screen.size.columns)
        let rows = ScreenLayout.pageRows(size: screen.size)
        let scroll = max(0, min(state.helpScroll, max(0, all.count - rows)))
        for (i, line) in all.dropFirst(scroll).prefix(rows).enumerated() {
            screen.put(line, row: ScreenLayout.bodyTop + i, column: 0)
        }
    }

    static func lines(width: Int) -> [[Run]] {
        var out: [[Run]] = []
        for scope in Scope.allCases {
            let bindings = Keymap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { continue }
            if !out.isEmpty { out.append([]) }
            out.append([Run(scope.rawValue, .heading)])
            for b in bindings {
                let keys = b.keys.map(\.description).joined(separator: ", ")
                out.append(Layout.clip([Run("  " + Layout.pad(keys, to: 20), .accent), Run(" " + b.description)], to: width))
            }
        }
        return out
    }
}

/// Import: choose files in a folder, then a progress bar while they load.
enum ImportView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let width = screen.size.columns
        let im = state.importer
        let chosen = im.selected.isEmpty ? "" : "  \u{00B7} \(Format.plural(im.selected.count, "file")) selected: i imports"
        screen.put([Run("Import from ", .bold), Run(im.directory, .bold), Run(chosen, .accent)], row: 1, column: 0)
        if im.running {
            screen.put(progressLine(im.progress, width: width), row: 2, column: 0)
        } else if let results = im.results {
            let failed = results.filter { $0.error != nil }
            let summary = results.map { r in
                r.error.map { "\(r.fileName): refused: \($0)" } ?? "\(r.fileName): \(r.format ?? "?") \(r.new) new, \(r.updated) updated, \(r.unchanged) unchanged, \(r.flagged) flagged"
            }.joined(separator: "; ")
            screen.put(summary, row: 2, column: 0, style: failed.isEmpty ? .good : .warning)
        } else {
            screen.put("Space selects files, i imports them; the format is told from each file's content.", row: 2, column: 0, style: .muted)
        }
        if let e = im.error {
            screen.put("Could not read the folder: \(e)", row: 4, column: 2, style: .error)
            return
        }
        if im.listing || im.list.total == nil {
            screen.put("Reading the folder\u{2026}", row: 4, column: 2, style: .muted)
            return
        }
        if im.list.count == 0 {
            screen.put("This folder is empty. o types another.", row: 4, column: 2, style: .muted)
            return
        }
        ListDrawing.drawRows(im.list, top: 3, visible: ScreenLayout.listRows(for: .importer, size: screen.size), into: &screen) { e, row, screen in
            let path = ImportState.join(im.directory, e.name)
            let mark = e.isDirectory ? "   " : (im.selected.contains(path) ? "[x]" : "[ ]")
            let name = e.isDirectory ? e.name + "/" : e.name
            let size = e.isDirectory ? "" : Format.count(e.size) + " bytes"
            screen.put(mark + " " + Layout.pad(name, to: max(1, width - 20)) + " " + Layout.pad(size, to: 15, right: true), row: row, column: 0,
                       style: e.isDirectory ? .accent : .plain)
        }
    }

    /// "[=========>        ]  42%  file 2 of 3: page-2.json  1,234 comments".
    static func progressLine(_ p: ImportProgress?, width: Int) -> [Run] {
        guard let p else { return [Run("Starting the import\u{2026}", .muted)] }
        let barWidth = max(10, min(40, width / 3))
        let filled = Int((p.fraction * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "=", count: filled) + (filled < barWidth ? ">" : "") + String(repeating: " ", count: max(0, barWidth - filled - 1))
        let percent = Int((p.fraction * 100).rounded(.down))
        return Layout.clip([Run("[" + bar + "]", .accent), Run(" \(percent)%", .bold),
                            Run("  file \(p.fileIndex + 1) of \(p.fileCount): \(p.fileName)  \(Format.plural(p.comments, "comment"))")], to: width)
    }
}
