import Foundation
import VigilEngine

/// What a key does, named; `update` performs it.
enum Command: String, Sendable, CaseIterable {
    case down, up, pageDown, pageUp, top, bottom
    case open, back, quit, help, refresh
    case search, filterCategory, filterSeverity, filterChannel, filterStatus, clearFilters
    case proposeDelete, hide, block, keep, escalate, urgentHide
    case approve, reject, markDone
    case nextComment, previousComment
    case switchSection, nextPerson
    case toggleFile, startImport, changeDirectory
    case showQueue, showSignOffs, showActions, showAuthors, showAudit, showHandover, showImport
}

/// Where a binding works.
enum Scope: String, Sendable, CaseIterable {
    case everywhere = "Everywhere"
    case lists = "Lists"
    case comment = "A comment (queue and detail)"
    case queue = "Queue"
    case detail = "Detail"
    case signOffs = "Sign-offs"
    case actions = "Actions to carry out"
    case authors = "Authors"
    case handover = "Handover"
    case importer = "Import"

    /// The scopes that apply in a view, most specific first.
    static func chain(for view: ViewID) -> [Scope] {
        switch view {
        case .queue: [.queue, .comment, .lists, .everywhere]
        case .detail: [.detail, .comment, .everywhere]
        case .signOffs: [.signOffs, .lists, .everywhere]
        case .actions: [.actions, .lists, .everywhere]
        case .authors: [.authors, .lists, .everywhere]
        case .audit: [.lists, .everywhere]
        case .handover: [.handover, .detail, .everywhere]
        case .importer: [.importer, .lists, .everywhere]
        case .help: [.detail, .everywhere]
        }
    }
}

/// One binding: keys, what they do, how help describes it, and when it may not be used.
struct Binding: Sendable {
    var keys: [Key]
    var command: Command
    var scope: Scope
    var description: String
    /// A short label for the hint line; nil keeps it out of the hints.
    var hint: String?
    /// Why the command cannot be used now, in words for the status line; nil when it can.
    var disabledReason: @Sendable (ConsoleState) -> String? = { _ in nil }
}

/// The console's keys: one table (STYLE.md §3). Help and the hint line are made from it.
enum Keymap {
    static let bindings: [Binding] = [
        // Moving, in every list and page.
        Binding(keys: [.char("j"), .down], command: .down, scope: .lists, description: "next row", hint: "j/k move"),
        Binding(keys: [.char("k"), .up], command: .up, scope: .lists, description: "previous row"),
        Binding(keys: [.pageDown, .ctrl("f"), .char(" ")], command: .pageDown, scope: .lists, description: "next screen"),
        Binding(keys: [.pageUp, .ctrl("b")], command: .pageUp, scope: .lists, description: "previous screen"),
        Binding(keys: [.char("g"), .home], command: .top, scope: .lists, description: "first row"),
        Binding(keys: [.char("G"), .end], command: .bottom, scope: .lists, description: "last row"),
        Binding(keys: [.char("j"), .down], command: .down, scope: .detail, description: "scroll down a line", hint: "j/k scroll"),
        Binding(keys: [.char("k"), .up], command: .up, scope: .detail, description: "scroll up a line"),
        Binding(keys: [.pageDown, .ctrl("f"), .char(" ")], command: .pageDown, scope: .detail, description: "scroll down a screen"),
        Binding(keys: [.pageUp, .ctrl("b")], command: .pageUp, scope: .detail, description: "scroll up a screen"),
        Binding(keys: [.char("g"), .home], command: .top, scope: .detail, description: "go to the top"),
        Binding(keys: [.char("G"), .end], command: .bottom, scope: .detail, description: "go to the end"),

        // The queue.
        Binding(keys: [.enter], command: .open, scope: .queue, description: "open the comment", hint: "Enter open",
                disabledReason: { $0.queue.list.total == nil ? "the queue is still loading" : $0.queue.list.selected == nil ? "no comment is selected" : nil }),
        Binding(keys: [.char("/")], command: .search, scope: .queue, description: "search text and author", hint: "/ search"),
        Binding(keys: [.char("c")], command: .filterCategory, scope: .queue, description: "filter by category (next one)", hint: "c/v/n/t filter"),
        Binding(keys: [.char("v")], command: .filterSeverity, scope: .queue, description: "filter by severity (this or worse)"),
        Binding(keys: [.char("n")], command: .filterChannel, scope: .queue, description: "filter by channel (next one)",
                disabledReason: { ($0.queue.counts?.channels.count ?? 0) == 0 ? "no channels to choose from yet" : nil }),
        Binding(keys: [.char("t")], command: .filterStatus, scope: .queue, description: "filter by status: awaiting, pending, decided, all"),
        Binding(keys: [.char("x")], command: .clearFilters, scope: .queue, description: "clear every filter and the search"),

        // Deciding about a comment, in the queue and the detail view.
        Binding(keys: [.char("d")], command: .proposeDelete, scope: .comment, description: "propose deleting the comment", hint: "d delete",
                disabledReason: { $0.proposalRefusal(.delete) }),
        Binding(keys: [.char("h")], command: .hide, scope: .comment, description: "propose hiding the comment", hint: "h hide",
                disabledReason: { $0.proposalRefusal(.hide) }),
        Binding(keys: [.char("b")], command: .block, scope: .comment, description: "propose blocking the author", hint: "b block",
                disabledReason: { $0.proposalRefusal(.block) }),
        Binding(keys: [.char("K")], command: .keep, scope: .comment, description: "keep it: a false alarm (needs no second signature)", hint: "K keep",
                disabledReason: { $0.proposalRefusal(.keep) }),
        Binding(keys: [.char("e")], command: .escalate, scope: .comment, description: "escalate to the DSL, police, CEOP or Prevent", hint: "e escalate",
                disabledReason: { $0.proposalRefusal(.escalate) }),
        Binding(keys: [.char("H")], command: .urgentHide, scope: .comment, description: "urgent hide now (critical flags only); a delete still needs sign-off", hint: "H urgent hide",
                disabledReason: { $0.urgentHideRefusal() }),
        Binding(keys: [.char("a")], command: .approve, scope: .comment, description: "approve the proposal waiting on it (asks your passphrase)",
                disabledReason: { $0.signRefusal(approve: true) }),
        Binding(keys: [.char("r")], command: .reject, scope: .comment, description: "reject the proposal waiting on it (with a note)",
                disabledReason: { $0.signRefusal(approve: false) }),

        // The detail view.
        Binding(keys: [.char("]")], command: .nextComment, scope: .detail, description: "next comment in the queue",
                disabledReason: { $0.view == .detail ? nil : "only in a comment's detail" }),
        Binding(keys: [.char("[")], command: .previousComment, scope: .detail, description: "previous comment in the queue",
                disabledReason: { $0.view == .detail ? nil : "only in a comment's detail" }),

        // Sign-offs.
        Binding(keys: [.tab], command: .switchSection, scope: .signOffs, description: "switch between waiting for me and mine", hint: "Tab mine/others'"),
        Binding(keys: [.char("a")], command: .approve, scope: .signOffs, description: "approve the selected proposal (asks your passphrase)", hint: "a approve",
                disabledReason: { $0.signRefusal(approve: true) }),
        Binding(keys: [.char("r")], command: .reject, scope: .signOffs, description: "reject the selected proposal (with a note)", hint: "r reject",
                disabledReason: { $0.signRefusal(approve: false) }),
        Binding(keys: [.enter], command: .open, scope: .signOffs, description: "open the comment", hint: "Enter open",
                disabledReason: { $0.signOffs[$0.signOffs.section].selected?.comment == nil ? "this proposal is about an author, not a comment" : nil }),

        // Actions to carry out.
        Binding(keys: [.char("m")], command: .markDone, scope: .actions, description: "mark the selected action as carried out", hint: "m mark done",
                disabledReason: { $0.markDoneRefusal() }),
        Binding(keys: [.enter], command: .open, scope: .actions, description: "open the comment", hint: "Enter open",
                disabledReason: { $0.actions.selected?.comment == nil ? "this action is about an author, not a comment" : nil }),

        // Authors.
        Binding(keys: [.enter], command: .open, scope: .authors, description: "show this author's comments in the queue", hint: "Enter their comments",
                disabledReason: { $0.authors.selected == nil ? "no author is selected" : nil }),
        Binding(keys: [.char("b")], command: .block, scope: .authors, description: "propose blocking the selected author", hint: "b block",
                disabledReason: { $0.authorBlockRefusal() }),

        // Handover.
        Binding(keys: [.char("p")], command: .nextPerson, scope: .handover, description: "show the next person's handover", hint: "p person",
                disabledReason: { ($0.handover.handover?.people.count ?? 0) < 2 ? "nobody else to show" : nil }),

        // Import.
        Binding(keys: [.char(" ")], command: .toggleFile, scope: .importer, description: "select or unselect the file", hint: "Space select",
                disabledReason: { $0.importToggleRefusal() }),
        Binding(keys: [.enter], command: .open, scope: .importer, description: "open the folder, or select the file", hint: "Enter open"),
        Binding(keys: [.char("i")], command: .startImport, scope: .importer, description: "import the selected files", hint: "i import",
                disabledReason: { $0.importStartRefusal() }),
        Binding(keys: [.char("o")], command: .changeDirectory, scope: .importer, description: "type a folder to look in", hint: "o folder"),

        // Everywhere.
        Binding(keys: [.char("1")], command: .showQueue, scope: .everywhere, description: "the queue of flagged comments"),
        Binding(keys: [.char("2")], command: .showSignOffs, scope: .everywhere, description: "sign-offs waiting (for me, and mine)"),
        Binding(keys: [.char("3")], command: .showActions, scope: .everywhere, description: "actions to carry out on the platforms"),
        Binding(keys: [.char("4")], command: .showAuthors, scope: .everywhere, description: "authors, repeat offenders first"),
        Binding(keys: [.char("5")], command: .showAudit, scope: .everywhere, description: "the audit log"),
        Binding(keys: [.char("6")], command: .showHandover, scope: .everywhere, description: "cover handover: new, pending, overdue"),
        Binding(keys: [.char("7")], command: .showImport, scope: .everywhere, description: "import export files"),
        Binding(keys: [.char("?")], command: .help, scope: .everywhere, description: "this help", hint: "? help"),
        Binding(keys: [.ctrl("l")], command: .refresh, scope: .everywhere, description: "reload and redraw"),
        Binding(keys: [.char("q"), .escape], command: .back, scope: .everywhere, description: "back; in the queue: quit", hint: "q back"),
        Binding(keys: [.ctrl("c")], command: .quit, scope: .everywhere, description: "quit at once"),
    ]

    /// The binding a key has in a view, looked up from the most specific scope out.
    static func binding(for key: Key, in view: ViewID) -> Binding? {
        for scope in Scope.chain(for: view) {
            if let b = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return b }
        }
        return nil
    }

    /// The bindings whose hints show in a view's bottom line, in table order.
    static func hints(for view: ViewID) -> [Binding] {
        let chain = Scope.chain(for: view)
        var seen = Set<Command>()
        var out: [Binding] = []
        for scope in chain {
            for b in bindings where b.scope == scope && b.hint != nil && !seen.contains(b.command) {
                seen.insert(b.command)
                out.append(b)
            }
        }
        return out
    }
}
