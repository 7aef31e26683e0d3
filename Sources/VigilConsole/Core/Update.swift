import Foundation
import VigilEngine

/// The console's one state transition: a new state and the effects for the shell to run.
///
/// Pure: no I/O, no clock (time arrives as `.tick`), so tests drive it with key scripts.
public func update(_ state: ConsoleState, _ event: Event) -> (ConsoleState, [Effect]) {
    var s = state
    let effects = s.handle(event)
    return (s, effects)
}

extension ConsoleState {
    mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
            return handleKey(key)
        case .resize(let newSize):
            size = newSize
            return loadVisible()
        case .tick(let date):
            now = date
            guard session != nil, !pollInFlight else { return [] }
            pollInFlight = true
            return [.pollChanges]
        default:
            return handleResult(event)
        }
    }

    private mutating func handleKey(_ key: Key) -> [Effect] {
        if key == .ctrl("c") {
            wantsQuit = true
            return [.quit]
        }
        guard session != nil else { return signInKey(key) }
        if prompt != nil { return promptKey(key) }
        status = nil
        if key == .escape && view == .queue { return [] }
        guard let binding = Keymap.binding(for: key, in: view) else {
            status = StatusLine(text: "\(key) does nothing here: ? lists the keys", kind: .info)
            return []
        }
        if let reason = binding.disabledReason(self) {
            status = StatusLine(text: Format.capitalised(reason), kind: .warning)
            return []
        }
        return perform(binding.command)
    }

    /// The rows a list view shows at the current size.
    var visibleRows: Int { ScreenLayout.listRows(for: view, size: size) }

    /// Asks for the page the current view's list needs, if any.
    mutating func loadVisible() -> [Effect] {
        guard let session else { return [] }
        let visible = visibleRows
        let limit = PagedList<QueueLine>.pageSize
        switch view {
        case .queue, .detail:
            guard let offset = queue.list.pageToLoad(visible: visible) else { return [] }
            return [.loadQueue(queue.filter, offset: offset, limit: limit, session)]
        case .signOffs:
            let section = signOffs.section
            guard let offset = signOffs[section].pageToLoad(visible: visible) else { return [] }
            return [.loadProposals(section, offset: offset, limit: limit, session)]
        case .actions:
            guard let offset = actions.pageToLoad(visible: visible) else { return [] }
            return [.loadActions(offset: offset, limit: limit, session)]
        case .authors:
            guard let offset = authors.pageToLoad(visible: visible) else { return [] }
            return [.loadAuthors(offset: offset, limit: limit, session)]
        case .audit:
            guard let offset = audit.pageToLoad(visible: visible) else { return [] }
            return [.loadAudit(offset: offset, limit: limit, session)]
        case .handover, .importer, .help:
            return []
        }
    }

    /// Everything the current view shows, asked for again (something changed).
    mutating func reloadView() -> [Effect] {
        guard let session else { return [] }
        var effects: [Effect] = [.loadCounts(session)]
        switch view {
        case .queue: queue.list.invalidate()
        case .detail:
            queue.list.invalidate()
            if let key = detail.key { effects.append(.loadDetail(key, session)) }
        case .signOffs: signOffs[signOffs.section].invalidate()
        case .actions: actions.invalidate()
        case .authors: authors.invalidate()
        case .audit: audit.invalidate()
        case .handover:
            handover.loading = true
            effects.append(.loadHandover(person: handover.person ?? session.name, session))
        case .importer, .help: break
        }
        return effects + loadVisible()
    }

    private mutating func handleResult(_ event: Event) -> [Effect] {
        switch event {
        case .signedIn(let result):
            return signedIn(result)
        case .queueLoaded(let filter, let result):
            guard filter == queue.filter else { return [] }
            switch result {
            case .success(let page): queue.list.receive(page)
            case .failure(let f): queue.list.fail(f.message); report(f)
            }
            return loadVisible()
        case .countsLoaded(let result):
            if case .success(let counts) = result { queue.counts = counts }
            return []
        case .detailLoaded(let key, let result):
            guard key == detail.key else { return [] }
            switch result {
            case .success(let d): detail.detail = d; detail.error = nil
            case .failure(let f): detail.error = f.message; report(f)
            }
            return []
        case .proposalsLoaded(let which, let result):
            switch result {
            case .success(let page): signOffs[which].receive(page)
            case .failure(let f): signOffs[which].fail(f.message); report(f)
            }
            return loadVisible()
        case .actionsLoaded(let result):
            switch result {
            case .success(let page): actions.receive(page)
            case .failure(let f): actions.fail(f.message); report(f)
            }
            return loadVisible()
        case .authorsLoaded(let result):
            switch result {
            case .success(let page): authors.receive(page)
            case .failure(let f): authors.fail(f.message); report(f)
            }
            return loadVisible()
        case .auditLoaded(let result):
            switch result {
            case .success(let page): audit.receive(page)
            case .failure(let f): audit.fail(f.message); report(f)
            }
            return loadVisible()
        case .handoverLoaded(let person, let result):
            guard person == (handover.person ?? session?.name) else { return [] }
            handover.loading = false
            switch result {
            case .success(let h): handover.handover = h; handover.error = nil
            case .failure(let f): handover.error = f.message; report(f)
            }
            return []
        case .proposed(let draft, let result):
            busy = nil
            switch result {
            case .success(let receipt):
                let what = Format.capitalised(Format.action(draft.action, draft.escalateTo))
                if receipt.needsSignOff {
                    status = StatusLine(text: "\(what) proposed (\(receipt.id)): another administrator must sign it off", kind: .success)
                } else {
                    status = StatusLine(text: "Kept as a false alarm (\(receipt.id)): recorded", kind: .success)
                }
            case .failure(let f): report(f)
            }
            return reloadView()
        case .urgentlyHidden(_, let result):
            busy = nil
            switch result {
            case .success(let receipt):
                status = StatusLine(text: "Hidden now: the hide is on the action list; the delete (\(receipt.id)) waits for a second signature", kind: .success)
            case .failure(let f): report(f)
            }
            return reloadView()
        case .signed(let request, let result):
            busy = nil
            switch result {
            case .success(let receipt):
                if receipt.approved {
                    let onList = receipt.action.map { ": \($0) is on the list to carry out (3)" } ?? ""
                    status = StatusLine(text: "Approved \(request.proposal)\(onList)", kind: .success)
                } else {
                    status = StatusLine(text: "Rejected \(request.proposal): the proposer will see your note", kind: .success)
                }
            case .failure(let f): report(f)
            }
            return reloadView()
        case .markedDone(let id, let result):
            busy = nil
            switch result {
            case .success: status = StatusLine(text: "\(id) marked as carried out", kind: .success)
            case .failure(let f): report(f)
            }
            return reloadView()
        case .directoryListed(let path, let result):
            guard path == importer.directory else { return [] }
            importer.listing = false
            switch result {
            case .success(let entries):
                importer.list = PagedList(all: ImportState.arranged(entries, in: path))
                importer.error = nil
            case .failure(let f):
                importer.list = PagedList(all: [])
                importer.error = f.message
                report(f)
            }
            return []
        case .importProgress(let p):
            importer.progress = p
            return []
        case .imported(let result):
            importer.running = false
            switch result {
            case .success(let results):
                importer.results = results
                importer.selected = []
                let failed = results.filter { $0.error != nil }.count
                let new = results.reduce(0) { $0 + $1.new }
                let flagged = results.reduce(0) { $0 + $1.flagged }
                let text = "Imported \(Format.plural(results.count - failed, "file")): \(Format.count(new)) new comments, \(Format.count(flagged)) flagged"
                status = failed == 0
                    ? StatusLine(text: text, kind: .success)
                    : StatusLine(text: text + "; \(Format.plural(failed, "file")) refused (shown above)", kind: .warning)
            case .failure(let f): report(f)
            }
            queue.list.invalidate()
            return session.map { [.loadCounts($0)] } ?? []
        case .changesPolled(let result):
            pollInFlight = false
            guard case .success(let token) = result else { return [] }
            let changed = changeToken != nil && changeToken != token
            changeToken = token
            return changed ? reloadView() : []
        case .key, .resize, .tick:
            return []
        }
    }

    /// Shows a failure in the status line: a refusal as a warning, anything else as an error.
    mutating func report(_ f: Failure) {
        status = StatusLine(text: Format.capitalised(f.message), kind: f.isRefusal ? .warning : .error)
    }
}

extension ImportState {
    /// Folders first (with `..` to go up), then files, each by name; hidden ones left out.
    static func arranged(_ entries: [DirectoryEntry], in path: String) -> [DirectoryEntry] {
        let visible = entries.filter { !$0.name.hasPrefix(".") }
        let dirs = visible.filter(\.isDirectory).sorted { $0.name < $1.name }
        let files = visible.filter { !$0.isDirectory }.sorted { $0.name < $1.name }
        let up = path == "/" ? [] : [DirectoryEntry(name: "..", isDirectory: true, size: 0)]
        return up + dirs + files
    }
}
