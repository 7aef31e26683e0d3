import Foundation
import VigilEngine

/// Sign-offs waiting: others' proposals I may decide, and mine waiting for someone else.
enum SignOffsView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let width = screen.size.columns
        let s = state.signOffs
        var runs: [Run] = []
        for section in ProposalList.allCases {
            let title = section == .waitingForMe ? "Waiting for me" : "Mine, waiting for others"
            let n = s[section].total.map { " (\(Format.count($0)))" } ?? ""
            runs.append(Run(" \(title)\(n) ", section == s.section ? Style(.accent, on: .normal, [.bold, .reverse]) : .muted))
            runs.append(Run("  "))
        }
        runs.append(Run("Tab switches", .muted))
        screen.put(runs, row: 1, column: 0)
        let widths = Layout.columnWidths([
            .init(minimum: 6), .init(minimum: 8), .init(minimum: 4), .init(minimum: 14, weight: 1, maximum: 30),
            .init(minimum: 12, weight: 1, maximum: 20), .init(minimum: 5), .init(minimum: 16, weight: 3),
        ], total: width)
        screen.put(Layout.row(["ID", "ACTION", "SEV", "ABOUT", "PROPOSED BY", "AGE", "REASON / TEXT"], widths: widths, rightAligned: [5]), row: 2, column: 0, style: .heading)
        let list = s[s.section]
        let empty = s.section == .waitingForMe ? "Nothing waits for your sign-off." : "You have no proposals waiting."
        if let m = ListDrawing.emptyMessage(list, empty: empty) {
            screen.put(m, row: 4, column: 2, style: .muted)
            return
        }
        ListDrawing.drawRows(list, top: 3, visible: ScreenLayout.listRows(for: .signOffs, size: screen.size), into: &screen) { p, row, screen in
            var col = 0
            func cell(_ text: String, _ i: Int, _ style: Style = .plain, right: Bool = false) {
                screen.put(Layout.pad(text, to: widths[i], right: right), row: row, column: col, style: style)
                col += widths[i] + 1
            }
            cell(p.id, 0, .bold)
            cell(p.action == .escalate ? "escalate" : p.action.rawValue, 1)
            if let sev = p.severity { cell(Format.severity(sev), 2, .severity(sev)) } else { cell("", 2) }
            cell(p.comment?.description ?? p.author.map { "author \($0.name)" } ?? "", 3)
            cell(p.proposer, 4)
            cell(p.overdue ? "late" : Format.age(p.proposed, now: state.now), 5, p.overdue ? .error : .muted, right: true)
            let text = p.reason + (p.excerpt.isEmpty ? "" : " \u{2014} \u{201C}\(Format.firstLine(p.excerpt))\u{201D}")
            screen.put(Layout.clip(text, to: widths[6]), row: row, column: col)
        }
    }
}

/// Approved decisions to carry out on the platforms.
enum ActionsView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let width = screen.size.columns
        let list = state.actions
        screen.put([Run("Actions to carry out on the platforms", .bold), Run(list.total.map { " (\(Format.count($0)))" } ?? ""),
                    Run("  \u{00B7} carry each out there, then m", .muted)], row: 1, column: 0)
        let widths = Layout.columnWidths([
            .init(minimum: 5), .init(minimum: 30, weight: 2, maximum: 44), .init(minimum: 16, weight: 1, maximum: 30),
            .init(minimum: 12, weight: 1, maximum: 20), .init(minimum: 4), .init(minimum: 6, weight: 2),
        ], total: width)
        screen.put(Layout.row(["ID", "ON THE PLATFORM", "COMMENT / AUTHOR", "APPROVED BY", "AGE", "LINK"], widths: widths, rightAligned: [4]), row: 2, column: 0, style: .heading)
        if let m = ListDrawing.emptyMessage(list, empty: "Nothing to carry out: every approved decision is done.") {
            screen.put(m, row: 4, column: 2, style: .muted)
            return
        }
        ListDrawing.drawRows(list, top: 3, visible: ScreenLayout.listRows(for: .actions, size: screen.size), into: &screen) { a, row, screen in
            let about = a.comment?.description ?? a.author.map { "author \($0.name)" } ?? ""
            let cells = [a.id, (a.urgent ? "URGENT " : "") + a.platformAction, about, a.approvedBy, Format.age(a.approved, now: state.now), a.url ?? ""]
            screen.put(Layout.row(cells, widths: widths, rightAligned: [4]), row: row, column: 0)
            if a.urgent { screen.restyle(row: row, from: widths[0] + 1, width: 6) { $0 = .warning } }
        }
    }
}

/// Authors, repeat offenders first, with block suggestions.
enum AuthorsView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let width = screen.size.columns
        let list = state.authors
        screen.put([Run("Authors", .bold), Run(list.total.map { " (\(Format.count($0)))" } ?? ""),
                    Run("  \u{00B7} most upheld decisions first", .muted)], row: 1, column: 0)
        let widths = Layout.columnWidths([
            .init(minimum: 20, weight: 2, maximum: 40), .init(minimum: 9), .init(minimum: 8), .init(minimum: 7),
            .init(minimum: 6), .init(minimum: 5), .init(minimum: 16, weight: 1),
        ], total: width)
        screen.put(Layout.row(["AUTHOR", "PLATFORM", "COMMENTS", "FLAGGED", "UPHELD", "LAST", "STATUS"], widths: widths, rightAligned: [2, 3, 4, 5]), row: 2, column: 0, style: .heading)
        if let m = ListDrawing.emptyMessage(list, empty: "No authors yet: import some comments (7).") {
            screen.put(m, row: 4, column: 2, style: .muted)
            return
        }
        ListDrawing.drawRows(list, top: 3, visible: ScreenLayout.listRows(for: .authors, size: screen.size), into: &screen) { a, row, screen in
            let status = a.blocked ? "blocked" : a.blockSuggested ? "block suggested" : ""
            let cells = [a.author.name, Format.platform(a.author.platform), Format.count(a.comments), Format.count(a.flagged),
                         Format.count(a.upheld), Format.age(a.lastFlagged, now: state.now), status]
            screen.put(Layout.row(cells, widths: widths, rightAligned: [2, 3, 4, 5]), row: row, column: 0)
            if a.blockSuggested && !a.blocked {
                screen.restyle(row: row, from: width - widths[6], width: widths[6]) { $0 = .warning }
            }
        }
    }
}

/// The audit log, newest first.
enum AuditView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let width = screen.size.columns
        let list = state.audit
        screen.put([Run("Audit log", .bold), Run(list.total.map { " (\(Format.count($0)) entries)" } ?? ""),
                    Run("  \u{00B7} newest first \u{00B7} vigil audit verify proves it", .muted)], row: 1, column: 0)
        let widths = Layout.columnWidths([
            .init(minimum: 6), .init(minimum: 17), .init(minimum: 12, weight: 1, maximum: 20), .init(minimum: 12, weight: 1, maximum: 16),
            .init(minimum: 6), .init(minimum: 20, weight: 3),
        ], total: width)
        screen.put(Layout.row(["#", "WHEN", "WHO", "WHAT", "SIGNED", "SUBJECT / NOTE"], widths: widths, rightAligned: [0]), row: 2, column: 0, style: .heading)
        if let m = ListDrawing.emptyMessage(list, empty: "The audit log is empty.") {
            screen.put(m, row: 4, column: 2, style: .muted)
            return
        }
        ListDrawing.drawRows(list, top: 3, visible: ScreenLayout.listRows(for: .audit, size: screen.size), into: &screen) { e, row, screen in
            let subject = e.subject + (e.note.map { ": \($0)" } ?? "")
            let cells = [String(e.sequence), Format.time(e.time, in: state.timeZone), e.actor ?? "(nobody)", e.kind, e.signed ? "yes" : "no", subject]
            screen.put(Layout.row(cells, widths: widths, rightAligned: [0]), row: row, column: 0)
        }
    }
}
