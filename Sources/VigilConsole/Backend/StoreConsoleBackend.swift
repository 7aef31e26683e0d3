import Foundation
import VigilEngine
import VigilStore

/// `ConsoleBackend` over the real store and its sign-off service: the queue (filters,
/// search, pages by position), its counts, a comment in full, sign-in, proposals and
/// sign-offs, the views, imports with progress, and the change token that lets one console
/// see another process's imports and decisions.
///
/// Every call reads the store afresh (SQLite in WAL mode: readers never wait for a writer).
/// What it keeps between calls is the signed-in people's opened keys, in memory only, so
/// that a proposal is signed by the person who made it; a decision on another's proposal
/// asks for the signer's passphrase again (`sign`). Safe from any thread.
public final class StoreConsoleBackend: ConsoleBackend, @unchecked Sendable {
    public let store: any ConsoleStore
    public let service: SignOffService
    let flagger: any Flagger
    let systemUser: String?
    private let lock = NSLock()
    private var signedIn: [String: SignedIn] = [:]

    /// A backend on `store`; imports are flagged by `flagger`; `settings` are the school's
    /// sign-off settings (overdue hours, block threshold); `clock` is "now" (tests move it).
    public init(store: any ConsoleStore, flagger: any Flagger, settings: WorkflowSettings = .standard,
                systemUser: String? = nil, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.flagger = flagger
        self.systemUser = systemUser
        service = SignOffService(store: store, settings: settings, clock: clock)
    }

    var now: Date { service.clock() }

    // MARK: Signing in

    public func signIn(name: String, passphrase: SecretText) throws -> Session {
        let person = try Self.refusing { try service.signIn(name: name, passphrase: Passphrase(passphrase.revealed)) }
        lock.withLock { signedIn[person.name.rawValue] = person }
        return Session(name: person.name.rawValue, role: person.role,
                       coverWindow: person.coverWindow.map { DateInterval(start: $0.start, end: $0.end) },
                       previousSignIn: person.previousSignIn, weakPassphraseHash: person.weakPassphraseHash)
    }

    /// The opened identity of a signed-in session.
    func signer(_ session: Session) throws -> SignedIn {
        guard let person = lock.withLock({ signedIn[session.name] }) else {
            throw ConsoleRefusal("\(session.name) is not signed in to this store: quit and sign in again")
        }
        return person
    }

    /// Runs a store or sign-off call; a refusal a person can act on becomes a
    /// `ConsoleRefusal` with its sentence, an integrity failure stays a failure.
    static func refusing<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as SignOffError where !error.isIntegrityFailure {
            throw ConsoleRefusal(error.description)
        }
    }

    // MARK: The queue

    public func queuePage(_ filter: QueueFilter, offset: Int, limit: Int, for session: Session) throws -> Page<QueueLine> {
        let window = try store.queueWindow(Self.query(filter, limit: limit), offset: offset)
        // Only rows with a proposal or a decision need sign-off's record beside them.
        let proposals = try store.proposals(on: window.rows.filter { $0.review != .open }.map(\.key))
        return Page(offset: window.offset, rows: window.rows.map { Self.line($0, proposals[$0.key] ?? []) }, total: window.total)
    }

    /// The store's query for a console filter.
    static func query(_ f: QueueFilter, limit: Int) -> QueueQuery {
        let review: Set<ReviewState> = switch f.status {
        case .awaiting: [.open]
        case .pending: [.proposed]
        case .decided: [.decided]
        case .all: Set(ReviewState.allCases)
        }
        return QueueQuery(
            categories: f.category.map { [$0] } ?? [],
            severities: f.minimumSeverity.map { min in Set(Severity.allCases.filter { $0 >= min }) } ?? [],
            channels: f.channel.map { [$0] } ?? [], review: review, search: f.search, limit: max(0, limit))
    }

    /// What one line of the queue draws, from the stored row and its proposals.
    static func line(_ r: QueueRow, _ proposals: [Proposal]) -> QueueLine {
        let worst = r.flags.max { $0.severity < $1.severity }
        return QueueLine(
            key: r.key, severity: r.severity, categories: r.categories, channel: r.channel,
            author: r.author == nil && r.authorID == nil ? nil : AuthorRef(platformID: r.authorID, name: r.author),
            created: r.created, excerpt: r.text ?? "(text purged)", explanation: worst?.explanation ?? "",
            pending: SignOffRows.pending(proposals),
            decision: r.review == .decided ? SignOffRows.decision(proposals) ?? "decided" : nil)
    }

    public func queueCounts(for session: Session) throws -> QueueCounts {
        let s = try store.queueSummary()
        let person = try signer(session)
        let signOff = try store.consoleSignOffCounts(for: person.name, role: person.role, at: now, settings: service.settings)
        return QueueCounts(awaiting: s.open, byCategory: s.byCategory, bySeverity: s.bySeverity, channels: s.channels,
                           waitingForMe: signOff.waitingForMe, overdue: signOff.overdue)
    }

    public func commentDetail(_ key: CommentKey, for session: Session) throws -> CommentDossier {
        guard let detail = try store.detail(key, historyLimit: 20) else {
            throw ConsoleRefusal("no comment \(Format.key(key)) in the store (another process may have removed it)")
        }
        let mine = try store.proposals(on: [key])[key] ?? []
        let earlier = try store.proposals(on: detail.authorHistory.map(\.key))
        var record: AuthorRecord?
        if let author = detail.comment.author?.ref.platformID.map({ AuthorKey(platform: key.platform, id: $0) }) {
            let suggestion = try Self.refusing { try service.blockSuggestions(author: author) }.first
            // Counted in the store over every comment of theirs, not only the 20 shown.
            let upheld = try store.upheldDecisions(against: author)
            record = AuthorRecord(upheld: upheld, blockSuggestion: suggestion.map { SignOffRows.suggestion($0, settings: service.settings) },
                                  blocked: try store.isBlocked(author))
        }
        return CommentDossier(
            detail: detail, standing: record, earlierDecisions: earlier.compactMapValues(SignOffRows.decision),
            decisions: SignOffRows.records(mine), pending: SignOffRows.pending(mine),
            decision: detail.comment.review == .decided ? SignOffRows.decision(mine) ?? "decided" : nil)
    }

    // MARK: Deciding

    public func propose(_ draft: ProposalDraft, by session: Session) throws -> ProposalReceipt {
        let person = try signer(session)
        let request = try SignOffRows.request(draft)
        let receipt = try Self.refusing { try service.propose(request, by: person) }
        return ProposalReceipt(id: receipt.proposal.id, needsSignOff: receipt.needsSignOff)
    }

    public func urgentHide(_ comment: CommentKey, reason: String, by session: Session) throws -> ProposalReceipt {
        let person = try signer(session)
        let receipt = try Self.refusing { try service.urgentHide(comment, reason: reason, followUp: .delete, by: person) }
        let followUp = receipt.followUp ?? receipt.hide
        return ProposalReceipt(id: followUp.proposal.id, needsSignOff: followUp.needsSignOff)
    }

    public func sign(_ request: SignRequest, passphrase: SecretText, by session: Session) throws -> SignReceipt {
        let note = request.note.trimmingCharacters(in: .whitespacesAndNewlines)
        let verdict: Verdict = request.approve ? .approve(note: note.isEmpty ? nil : note) : .reject(note: note.isEmpty ? nil : note)
        // The signer's passphrase is checked again, now: a wrong one is recorded and counts
        // towards the lock, as at sign-in.
        let receipt = try Self.refusing {
            try service.sign(request.proposal, verdict, name: session.name, passphrase: Passphrase(passphrase.revealed))
        }
        let approved = if case .approved = receipt.proposal.state { true } else { false }
        return SignReceipt(proposal: receipt.proposal.id, approved: approved,
                           action: receipt.proposal.awaitsCarryingOut ? receipt.proposal.id : nil)
    }

    public func markDone(_ action: ProposalID, by session: Session) throws {
        let person = try signer(session)
        _ = try Self.refusing { try service.markDone(action, note: nil, by: person) }
    }

    // MARK: The views

    public func proposals(_ which: ProposalList, offset: Int, limit: Int, for session: Session) throws -> Page<ProposalRow> {
        let person = try signer(session)
        let scope: ProposalQuery.Scope = switch which {
        case .waitingForMe: .waitingFor(person.name, person.role)
        case .mine: .proposedBy(person.name)
        }
        let page = try Self.refusing { try service.proposals(ProposalQuery(scope: scope, states: ["pending"], offset: offset, limit: limit)) }
        return Page(offset: page.offset, rows: page.rows.map(SignOffRows.proposalRow), total: page.total)
    }

    public func actionsToCarryOut(offset: Int, limit: Int, for session: Session) throws -> Page<ActionRow> {
        let page = try Self.refusing { try service.actionsToCarryOut(offset: offset, limit: limit) }
        return Page(offset: page.offset, rows: page.rows.map(SignOffRows.actionRow), total: page.total)
    }

    public func authors(offset: Int, limit: Int, for session: Session) throws -> Page<AuthorRow> {
        let page = try Self.refusing { try service.authors(offset: offset, limit: limit) }
        return Page(offset: page.offset, rows: page.rows.map(SignOffRows.authorRow), total: page.total)
    }

    public func auditLog(offset: Int, limit: Int, for session: Session) throws -> Page<AuditRow> {
        let page = try Self.refusing { try service.auditEntries(newestFirst: true, offset: offset, limit: limit) }
        return Page(offset: page.offset, rows: page.rows.map(SignOffRows.auditRow), total: page.total)
    }

    public func handover(since person: String, for session: Session) throws -> Handover {
        let name: AccountName
        do { name = try AccountName(person) } catch { throw ConsoleRefusal("there is nobody called \(SafeText.oneLine(person, limit: 40)) on the roster") }
        // For the person signed in, "since last time" is the sign-in before this one.
        let start: HandoverStart = person == session.name ? .time(session.previousSignIn) : .lastSignIn
        let h = try Self.refusing { try service.handover(for: name, since: start, limit: 200) }
        let rows = h.pending.map(SignOffRows.proposalRow)
        return Handover(person: person, since: h.since, newFlagged: h.newFlagged.values.reduce(0, +), newBySeverity: h.newFlagged,
                        pending: rows.filter { !$0.overdue }, overdue: rows.filter(\.overdue),
                        people: h.people.map(\.rawValue), rosterWarning: h.capacityWarning)
    }

    // MARK: Importing

    public func importFiles(_ paths: [String], by session: Session, progress: @escaping @Sendable (ImportProgress) -> Void) throws -> [ImportFileResult] {
        let pipeline = ImportPipeline(store: store, flagger: flagger)
        let sources = paths.map { path in
            ImportSource(name: (path as NSString).lastPathComponent) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ConsoleRefusal("cannot be read (missing, a folder, or no permission)")
                }
                return data
            }
        }
        let outcomes = pipeline.run(sources, options: ImportOptions(importedBy: session.name, systemUser: systemUser)) { p in
            progress(ImportProgress(fileIndex: p.fileIndex, fileCount: p.fileCount, fileName: p.fileName,
                                    bytesDone: 0, bytesTotal: 0, comments: p.comments))
        }
        return outcomes.map(Self.result)
    }

    static func result(_ outcome: ImportOutcome) -> ImportFileResult {
        switch outcome {
        case .imported(let r):
            ImportFileResult(fileName: r.fileName, format: r.format.rawValue, new: r.counts.new, updated: r.counts.updated,
                             unchanged: r.counts.unchanged, flagged: r.counts.flagged, error: nil)
        case .failed(let name, let message):
            ImportFileResult(fileName: name, format: nil, new: 0, updated: 0, unchanged: 0, flagged: 0, error: message)
        case .rolledBack(let name, let format, _):
            ImportFileResult(fileName: name, format: format.rawValue, new: 0, updated: 0, unchanged: 0, flagged: 0,
                             error: "\(name): not imported, because another file was refused")
        }
    }

    public func changeToken() throws -> ChangeToken {
        ChangeToken(String(try store.changeToken()))
    }
}
