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
            cell(p.id.description, 0, .bold)
            cell(p.action == .escalate ? "escalate" : p.action.rawValue, 1)
            if let sev = p.severity { cell(Format.severity(sev), 2, .severity(sev)) } else { cell("", 2) }
            cell(p.comment.map(Format.key) ?? p.author.map { "author \($0.displayName ?? "?")" } ?? "", 3)
            cell(p.proposer, 4)
            cell(p.overdue ? "late" : Format.age(p.proposed, now: state.now), 5, p.overdue ? .error : .muted, right: true)
            let text = p.reason + (p.excerpt.isEmpty ? "" : " \u{2014} \u{201C}\(Format.firstLine(p.excerpt))\u{201D}")
            screen.put(Layout.clip(text, to: widths[6]), row: row, column: col)
        }
    }
}

/// A list view that is a plain table: a title row, headings, and a row of cells per item.
struct TableView<Row: Sendable & Equatable> {
    var title: [Run]
    var columns: [Layout.Column]
    var headings: [String]
    var rightAligned: Set<Int> = []
    var empty: String
    var cells: (Row) -> [String]
    /// Restyles parts of a drawn row (a warning column), given the column widths.
    var decorate: (Row, Int, [Int], inout Screen) -> Void = { _, _, _, _ in }

    func draw(_ list: PagedList<Row>, for view: ViewID, into screen: inout Screen) {
        screen.put(title, row: 1, column: 0)
        let widths = Layout.columnWidths(columns, total: screen.size.columns)
        screen.put(Layout.row(headings, widths: widths, rightAligned: rightAligned), row: 2, column: 0, style: .heading)
        if let m = ListDrawing.emptyMessage(list, empty: empty) {
            screen.put(m, row: 4, column: 2, style: list.error == nil ? .muted : .error)
            return
        }
        ListDrawing.drawRows(list, top: 3, visible: ScreenLayout.listRows(for: view, size: screen.size), into: &screen) { item, row, screen in
            screen.put(Layout.row(cells(item), widths: widths, rightAligned: rightAligned), row: row, column: 0)
            decorate(item, row, widths, &screen)
        }
    }

    /// "Title (12)  · note".
    static func title(_ name: String, count: Int?, unit: String = "", note: String) -> [Run] {
        [Run(name, .bold), Run(count.map { " (\(Format.count($0))\(unit))" } ?? ""), Run("  \u{00B7} " + note, .muted)]
    }
}

/// Approved decisions to carry out on the platforms.
enum ActionsView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        TableView<ActionRow>(
            title: TableView<ActionRow>.title("Actions to carry out on the platforms", count: state.actions.total, note: "carry each out there, then m"),
            columns: [.init(minimum: 5), .init(minimum: 30, weight: 2, maximum: 44), .init(minimum: 16, weight: 1, maximum: 30),
                      .init(minimum: 12, weight: 1, maximum: 20), .init(minimum: 4), .init(minimum: 6, weight: 2)],
            headings: ["ID", "ON THE PLATFORM", "COMMENT / AUTHOR", "APPROVED BY", "AGE", "LINK"], rightAligned: [4],
            empty: "Nothing to carry out: every approved decision is done.",
            cells: { a in
                [a.id.description, (a.urgent ? "URGENT " : "") + a.platformAction, a.comment.map(Format.key) ?? a.author.map { "author \($0.displayName ?? "?")" } ?? "",
                 a.approvedBy, Format.age(a.approved, now: state.now), a.url ?? ""]
            },
            decorate: { a, row, widths, screen in
                if a.urgent { screen.restyle(row: row, from: widths[0] + 1, width: 6) { $0 = .warning } }
            }
        ).draw(state.actions, for: .actions, into: &screen)
    }
}

/// Authors, repeat offenders first, with block suggestions.
enum AuthorsView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        TableView<AuthorRow>(
            title: TableView<AuthorRow>.title("Authors", count: state.authors.total, note: "most upheld decisions first"),
            columns: [.init(minimum: 20, weight: 2, maximum: 40), .init(minimum: 9), .init(minimum: 8), .init(minimum: 7),
                      .init(minimum: 6), .init(minimum: 5), .init(minimum: 16, weight: 1)],
            headings: ["AUTHOR", "PLATFORM", "COMMENTS", "FLAGGED", "UPHELD", "LAST", "STATUS"], rightAligned: [2, 3, 4, 5],
            empty: "No authors yet: import some comments (7).",
            cells: { a in
                [a.name, Format.platform(a.platform), Format.count(a.comments), Format.count(a.flagged),
                 Format.count(a.upheld), Format.age(a.lastFlagged, now: state.now), a.blocked ? "blocked" : a.blockSuggested ? "block suggested" : ""]
            },
            decorate: { a, row, widths, screen in
                if a.blockSuggested && !a.blocked {
                    screen.restyle(row: row, from: screen.size.columns - widths[6], width: widths[6]) { $0 = .warning }
                }
            }
        ).draw(state.authors, for: .authors, into: &screen)
    }
}

/// The audit log, newest first.
enum AuditView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        TableView<AuditRow>(
            title: TableView<AuditRow>.title("Audit log", count: state.audit.total, unit: " entries", note: "newest first \u{00B7} vigil audit verify proves it"),
            columns: [.init(minimum: 6), .init(minimum: 17), .init(minimum: 12, weight: 1, maximum: 20), .init(minimum: 12, weight: 1, maximum: 16),
                      .init(minimum: 6), .init(minimum: 20, weight: 3)],
            headings: ["#", "WHEN", "WHO", "WHAT", "SIGNED", "SUBJECT / NOTE"], rightAligned: [0],
            empty: "The audit log is empty.",
            cells: { e in
                [String(e.sequence), Format.time(e.time, in: state.timeZone), e.actor ?? "(nobody)", e.kind, e.signed ? "yes" : "no",
                 e.subject + (e.note.map { ": \($0)" } ?? "")]
            }
        ).draw(state.audit, for: .audit, into: &screen)
    }
}
