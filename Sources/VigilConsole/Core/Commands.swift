import Foundation
import VigilEngine

/// What each command does to the state (the keymap has already checked it is allowed).
extension ConsoleState {
    mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .down: return move(.by(1))
        case .up: return move(.by(-1))
        case .pageDown: return move(.page(1))
        case .pageUp: return move(.page(-1))
        case .top: return move(.to(0))
        case .bottom: return move(.to(.max))
        case .open: return open()
        case .back:
            switch view {
            case .queue: wantsQuit = true; return [.quit]
            case .detail, .help: view = returnView; return loadVisible()
            default: return show(.queue)
            }
        case .quit:
            wantsQuit = true
            return [.quit]
        case .help:
            if view != .help { returnView = view }
            view = .help
            helpScroll = 0
            return []
        case .refresh:
            return reloadView()
        case .search:
            prompt = Prompt(purpose: .search, label: "Search text and author:", editor: LineEditor())
            return []
        case .filterCategory:
            return refilter { f in f.category = ConsoleState.next(after: f.category, in: Category.allCases) }
        case .filterSeverity:
            return refilter { f in f.minimumSeverity = ConsoleState.next(after: f.minimumSeverity, in: [.medium, .high, .critical]) }
        case .filterChannel:
            let channels = queue.counts?.channels ?? []
            return refilter { f in f.channel = ConsoleState.next(after: f.channel, in: channels) }
        case .filterStatus:
            return refilter { f in
                let all = QueueStatus.allCases
                f.status = all[((all.firstIndex(of: f.status) ?? 0) + 1) % all.count]
            }
        case .clearFilters:
            return refilter { f in f = QueueFilter() }
        case .proposeDelete: return askReason(for: .delete)
        case .hide: return askReason(for: .hide)
        case .keep: return askReason(for: .keep)
        case .block:
            if view == .authors, let a = authors.selected, let key = a.key {
                let draft = ProposalDraft(target: .author(key), action: .block, reason: "repeatedly abusive or inappropriate (cann-bridge §3.3): \(a.upheld) upheld decisions")
                prompt = Prompt(purpose: .reason(draft), label: "Block \(SafeText.line(a.name)): reason:", editor: LineEditor(draft.reason))
                return []
            }
            return askReason(for: .block)
        case .escalate:
            guard let f = focus else { return [] }
            prompt = Prompt(purpose: .escalateTarget(f.key, reason: prefilledReason(f, .escalate)), label: "Escalate to:", editor: LineEditor(),
                            choices: [("d", "DSL"), ("p", "police"), ("c", "CEOP"), ("v", "Prevent")])
            return []
        case .urgentHide:
            guard let f = focus else { return [] }
            prompt = Prompt(purpose: .urgentHideReason(f.key), label: "Hide \(Format.key(f.key)) now: reason:", editor: LineEditor(prefilledReason(f, .hide)))
            return []
        case .approve, .reject:
            guard let p = proposalToSign else { return [] }
            let approve = command == .approve
            let what = "\(approve ? "approve" : "reject") \(p.action.rawValue) by \(p.proposer)"
            prompt = Prompt(purpose: .signNote(p.id, approve: approve, what: what),
                            label: approve ? "Approve \(p.id) (\(p.action.rawValue)): note (optional):" : "Reject \(p.id) (\(p.action.rawValue)): note (required):",
                            editor: LineEditor())
            return []
        case .markDone:
            guard let a = actions.selected, let session else { return [] }
            busy = "marking \(a.id) done"
            return [.markDone(a.id, session)]
        case .nextComment, .previousComment:
            queue.list.move(by: command == .nextComment ? 1 : -1, visible: ScreenLayout.listRows(for: .queue, size: size))
            guard let row = queue.list.selected, row.key != detail.key else {
                status = StatusLine(text: command == .nextComment ? "This is the last comment in the queue" : "This is the first comment in the queue", kind: .info)
                return loadVisible()
            }
            return openDetail(row.key) + loadVisible()
        case .switchSection:
            signOffs.section = signOffs.section == .waitingForMe ? .mine : .waitingForMe
            signOffs[signOffs.section].invalidate()
            return loadVisible()
        case .nextPerson:
            guard let people = handover.handover?.people, let session else { return [] }
            let current = handover.person ?? session.name
            let next = people[((people.firstIndex(of: current) ?? -1) + 1) % people.count]
            handover.person = next
            handover.scroll = 0
            handover.loading = true
            return [.loadHandover(person: next, session)]
        case .toggleFile:
            guard let e = importer.list.selected else { return [] }
            let path = ImportState.join(importer.directory, e.name)
            if importer.selected.contains(path) { importer.selected.remove(path) } else { importer.selected.insert(path) }
            importer.list.move(by: 1, visible: visibleRows)
            return []
        case .startImport:
            guard let session else { return [] }
            importer.running = true
            importer.results = nil
            importer.progress = nil
            return [.importFiles(importer.selected.sorted(), session)]
        case .changeDirectory:
            prompt = Prompt(purpose: .importDirectory, label: "Folder:", editor: LineEditor(importer.directory))
            return []
        case .showQueue: return show(.queue)
        case .showSignOffs: return show(.signOffs)
        case .showActions: return show(.actions)
        case .showAuthors: return show(.authors)
        case .showAudit: return show(.audit)
        case .showHandover: return show(.handover)
        case .showImport: return show(.importer)
        }
    }

    /// Rows a page key scrolls in the page-like views.
    var pageHeight: Int { max(1, ScreenLayout.pageRows(size: size)) }

    /// Moves the list of a list view, or scrolls a page-like view.
    private mutating func move(_ motion: Motion) -> [Effect] {
        let visible = visibleRows
        switch view {
        case .queue: queue.list.apply(motion, visible: visible)
        case .signOffs: signOffs[signOffs.section].apply(motion, visible: visible)
        case .actions: actions.apply(motion, visible: visible)
        case .authors: authors.apply(motion, visible: visible)
        case .audit: audit.apply(motion, visible: visible)
        case .importer: importer.list.apply(motion, visible: visible)
        case .detail:
            detail.scroll = scrolled(detail.scroll, motion, lines: DetailView.lineCount(self, width: size.columns))
        case .help:
            helpScroll = scrolled(helpScroll, motion, lines: HelpView.lines(width: size.columns).count)
        case .handover:
            handover.scroll = scrolled(handover.scroll, motion, lines: HandoverView.lines(self, width: size.columns).count)
        }
        return loadVisible()
    }

    private func scrolled(_ value: Int, _ motion: Motion, lines: Int) -> Int {
        let next: Int
        switch motion {
        case .by(let n): next = value + n
        case .page(let n): next = value + n * pageHeight
        case .to(let i): next = i
        }
        return max(0, min(next, max(0, lines - pageHeight)))
    }

    private mutating func open() -> [Effect] {
        switch view {
        case .queue:
            guard let row = queue.list.selected else { return [] }
            returnView = .queue
            return openDetail(row.key)
        case .signOffs:
            guard let key = signOffs[signOffs.section].selected?.comment else { return [] }
            returnView = .signOffs
            return openDetail(key)
        case .actions:
            guard let key = actions.selected?.comment else { return [] }
            returnView = .actions
            return openDetail(key)
        case .authors:
            guard let a = authors.selected else { return [] }
            view = .queue
            return refilter { f in f = QueueFilter(status: .all, search: a.name) }
        case .importer:
            guard let e = importer.list.selected else { return [] }
            if e.isDirectory {
                return listDirectory(ImportState.join(importer.directory, e.name))
            }
            if importToggleRefusal() == nil { return perform(.toggleFile) }
            return []
        default:
            return []
        }
    }

    mutating func openDetail(_ key: CommentKey) -> [Effect] {
        guard let session else { return [] }
        view = .detail
        if detail.key != key { detail = DetailState(key: key) }
        return [.loadDetail(key, session)]
    }

    mutating func listDirectory(_ path: String) -> [Effect] {
        importer.directory = path
        importer.listing = true
        importer.error = nil
        return [.listDirectory(path)]
    }

    /// Switches to a view and asks for what it shows, fresh.
    mutating func show(_ target: ViewID) -> [Effect] {
        view = target
        guard let session else { return [] }
        switch target {
        case .handover:
            handover.loading = true
            return [.loadHandover(person: handover.person ?? session.name, session)]
        case .importer:
            return importer.list.total == nil && !importer.listing ? listDirectory(importer.directory) : []
        default:
            return reloadView()
        }
    }

    /// Changes the queue's filter and starts again from the top.
    private mutating func refilter(_ change: (inout QueueFilter) -> Void) -> [Effect] {
        var f = queue.filter
        change(&f)
        queue.filter = f
        queue.list.reset()
        status = StatusLine(text: "Filter: \(QueueView.describe(f))", kind: .info)
        return loadVisible()
    }

    static func next<T: Equatable>(after current: T?, in options: [T]) -> T? {
        guard !options.isEmpty else { return nil }
        guard let current, let i = options.firstIndex(of: current) else { return options[0] }
        return i + 1 < options.count ? options[i + 1] : nil
    }

    /// The reason a proposal starts with: the worst flag's explanation, where it is known.
    func prefilledReason(_ f: CommentFocus, _ action: ActionKind) -> String {
        let base = !f.explanation.isEmpty ? SafeText.line(f.explanation)
            : (f.categories.isEmpty ? "" : "flagged " + f.categories.map(\.rawValue).joined(separator: ", "))
        switch action {
        case .keep: return base.isEmpty ? "false alarm" : "false alarm: \(base)"
        case .block: return base.isEmpty ? "repeatedly abusive or inappropriate (cann-bridge §3.3)" : "repeatedly abusive or inappropriate (cann-bridge §3.3): \(base)"
        default: return base
        }
    }

    private mutating func askReason(for action: ActionKind) -> [Effect] {
        guard let f = focus else { return [] }
        let target: ProposalDraft.Target
        let label: String
        if action == .block, let author = f.authorKey {
            target = .author(author)
            label = "Block \(SafeText.line(f.author?.displayName ?? author.id)): reason:"
        } else {
            target = .comment(f.key)
            label = "\(Format.capitalised(action.rawValue)) \(Format.key(f.key)): reason:"
        }
        let draft = ProposalDraft(target: target, action: action, reason: prefilledReason(f, action), comment: f.key)
        prompt = Prompt(purpose: .reason(draft), label: label, editor: LineEditor(draft.reason))
        return []
    }
}

extension ImportState {
    /// A folder and a name joined; `..` goes up.
    static func join(_ directory: String, _ name: String) -> String {
        if name == ".." {
            let parts = directory.split(separator: "/", omittingEmptySubsequences: true)
            let up = parts.dropLast().joined(separator: "/")
            return directory.hasPrefix("/") ? "/" + up : (up.isEmpty ? "." : up)
        }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
