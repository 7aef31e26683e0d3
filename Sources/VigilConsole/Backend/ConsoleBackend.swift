import Foundation
import VigilEngine

/// Everything the console asks of the store and the sign-off engine.
///
/// The shell calls these off the draw loop (`EffectRunner`), one effect at a time per kind,
/// so an implementation may block; each call must be safe from any thread. Lists are paged
/// (`offset`, `limit`, and the total for a scroll position): the console never asks for
/// every comment. A call that is refused for a reason a person can act on throws
/// `ConsoleRefusal` with that reason ("you proposed this: another administrator must sign it
/// off"); any other error is shown as a failure with its description.
///
/// Acting calls take the signed-in `Session`; signing takes the signer's passphrase again,
/// asked at that moment. Passphrases arrive as `SecretText` and must not be kept or logged.
public protocol ConsoleBackend: Sendable {
    /// Checks a name and passphrase. Refuses with the reason: wrong passphrase (and how many
    /// tries are left), locked until when, a cover moderator outside their window (and when
    /// it is).
    func signIn(name: String, passphrase: SecretText) throws -> Session

    /// One page of flagged comments matching a filter, most severe first, then oldest.
    func queuePage(_ filter: QueueFilter, offset: Int, limit: Int, for session: Session) throws -> Page<QueueLine>

    /// Counts for the queue's header: awaiting comments by category and severity, the
    /// channels there are, and the sign-offs waiting for this person.
    func queueCounts(for session: Session) throws -> QueueCounts

    /// One comment with its flags, thread, author history and decisions.
    func commentDetail(_ key: CommentKey, for session: Session) throws -> CommentDossier

    /// Proposes an action (or records a `keep`, which needs no second signature).
    func propose(_ draft: ProposalDraft, by session: Session) throws -> ProposalReceipt

    /// Hides a critically flagged comment at once; the hide goes straight to the action list.
    func urgentHide(_ comment: CommentKey, reason: String, by session: Session) throws -> ProposalReceipt

    /// Approves or rejects another person's proposal; the passphrase is checked again.
    func sign(_ request: SignRequest, passphrase: SecretText, by session: Session) throws -> SignReceipt

    /// Proposals waiting for a decision: those this person may sign, or those they made.
    func proposals(_ which: ProposalList, offset: Int, limit: Int, for session: Session) throws -> Page<ProposalRow>

    /// Approved decisions still to be carried out on the platforms, oldest first.
    func actionsToCarryOut(offset: Int, limit: Int, for session: Session) throws -> Page<ActionRow>

    /// Records that an action was carried out on the platform.
    func markDone(_ action: ProposalID, by session: Session) throws

    /// Authors by upheld decisions against them, most first (repeat offenders on top).
    func authors(offset: Int, limit: Int, for session: Session) throws -> Page<AuthorRow>

    /// The audit log, newest entry first.
    func auditLog(offset: Int, limit: Int, for session: Session) throws -> Page<AuditRow>

    /// What is new, pending and overdue since a person last signed in.
    func handover(since person: String, for session: Session) throws -> Handover

    /// Imports files, reporting progress as it goes (from the calling thread).
    func importFiles(_ paths: [String], by session: Session, progress: @escaping @Sendable (ImportProgress) -> Void) throws -> [ImportFileResult]

    /// A value that changes whenever anything the console shows changes, in this process or
    /// another (the console polls it about once a second).
    func changeToken() throws -> ChangeToken
}

/// A refusal a person can act on; `message` is shown as it is in the status line.
public struct ConsoleRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Text that must never be shown, stored or logged (a passphrase being typed or sent).
///
/// Printing one, or dumping a value that holds one, shows a fixed mask.
public struct SecretText: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public let revealed: String
    public init(_ value: String) { revealed = value }
    public var isEmpty: Bool { revealed.isEmpty }
    public var description: String { "(secret)" }
    public var debugDescription: String { "(secret)" }
    public var customMirror: Mirror { Mirror(self, children: []) }
}

/// A page of a longer list.
public struct Page<Row: Sendable & Equatable>: Sendable, Equatable {
    /// Position of `rows.first` in the whole list.
    public var offset: Int
    public var rows: [Row]
    /// How many rows the whole list has.
    public var total: Int

    public init(offset: Int, rows: [Row], total: Int) {
        self.offset = offset
        self.rows = rows
        self.total = total
    }
}

/// Changes whenever the store changes; compared, never interpreted.
public struct ChangeToken: Sendable, Hashable {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}
