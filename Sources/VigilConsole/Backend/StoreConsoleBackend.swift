import Foundation
import VigilEngine
import VigilStore

/// `ConsoleBackend` over the real store: the queue (filters, search, pages by position),
/// its counts, a comment in full, imports with progress, and the change token that lets one
/// console see another process's imports.
///
/// Every call reads the store afresh (SQLite in WAL mode: readers never wait for a writer)
/// and holds nothing between calls, so it is safe from any thread and stays small however
/// large the store. Sign-in goes to `signIn`; what needs sign-off in the store (proposals,
/// sign-offs, actions, the audit log, handover) is refused with the reason until issue 4's
/// tables land.
public final class StoreConsoleBackend: ConsoleBackend {
    public let store: any Store
    let flagger: any Flagger
    let roster: any ConsoleSignIn
    let systemUser: String?

    /// A backend on `store`; imports are flagged by `flagger`, sign-in is checked by `signIn`.
    public init(store: any Store, flagger: any Flagger, signIn: any ConsoleSignIn = NoRoster(), systemUser: String? = nil) {
        self.store = store
        self.flagger = flagger
        self.roster = signIn
        self.systemUser = systemUser
    }

    /// What the console says when a view or action needs sign-off in the store.
    static let signOffMissing = "sign-off is not in this store yet: proposals, sign-offs, actions and the audit log arrive with issue 4's tables"

    public func signIn(name: String, passphrase: SecretText) throws -> Session {
        try roster.signIn(name: name, passphrase: passphrase)
    }

    // MARK: The queue

    public func queuePage(_ filter: QueueFilter, offset: Int, limit: Int, for session: Session) throws -> Page<QueueLine> {
        let window = try store.queueWindow(Self.query(filter, limit: limit), offset: offset)
        return Page(offset: window.offset, rows: window.rows.map(Self.line), total: window.total)
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

    /// What one line of the queue draws, from the stored row.
    static func line(_ r: QueueRow) -> QueueLine {
        let worst = r.flags.max { $0.severity < $1.severity }
        return QueueLine(
            key: r.key, severity: r.severity, categories: r.categories, channel: r.channel,
            author: r.author == nil && r.authorID == nil ? nil : AuthorRef(platformID: r.authorID, name: r.author),
            created: r.created, excerpt: r.text ?? "(text purged)", explanation: worst?.explanation ?? "",
            pending: nil, decision: r.review == .decided ? "decided" : nil)
    }

    public func queueCounts(for session: Session) throws -> QueueCounts {
        let s = try store.queueSummary()
        return QueueCounts(awaiting: s.open, byCategory: s.byCategory, bySeverity: s.bySeverity, channels: s.channels,
                           waitingForMe: 0, overdue: 0)
    }

    public func commentDetail(_ key: CommentKey, for session: Session) throws -> CommentDossier {
        guard let detail = try store.detail(key, historyLimit: 20) else {
            throw ConsoleRefusal("no comment \(Format.key(key)) in the store (another process may have removed it)")
        }
        return CommentDossier(detail: detail, standing: nil, decisions: [], pending: nil,
                              decision: detail.comment.review == .decided ? "decided" : nil)
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

    // MARK: What needs sign-off in the store (issue 4)

    public func propose(_ draft: ProposalDraft, by session: Session) throws -> ProposalReceipt {
        throw ConsoleRefusal(Self.signOffMissing)
    }

    public func urgentHide(_ comment: CommentKey, reason: String, by session: Session) throws -> ProposalReceipt {
        throw ConsoleRefusal(Self.signOffMissing)
    }

    public func sign(_ request: SignRequest, passphrase: SecretText, by session: Session) throws -> SignReceipt {
        throw ConsoleRefusal(Self.signOffMissing)
    }

    public func proposals(_ which: ProposalList, offset: Int, limit: Int, for session: Session) throws -> Page<ProposalRow> {
        throw ConsoleRefusal(Self.signOffMissing)
    }

    public func actionsToCarryOut(offset: Int, limit: Int, for session: Session) throws -> Page<ActionRow> {
        throw ConsoleRefusal(Self.signOffMissing)
    }

    public func markDone(_ action: ProposalID, by session: Session) throws {
        throw ConsoleRefusal(Self.signOffMissing)
    }

    public func authors(offset: Int, limit: Int, for session: Session) throws -> Page<AuthorRow> {
        throw ConsoleRefusal(Self.signOffMissing)
    }

    public func auditLog(offset: Int, limit: Int, for session: Session) throws -> Page<AuditRow> {
        throw ConsoleRefusal(Self.signOffMissing)
    }

    public func handover(since person: String, for session: Session) throws -> Handover {
        throw ConsoleRefusal(Self.signOffMissing)
    }
}
