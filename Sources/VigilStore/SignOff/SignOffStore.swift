import Foundation
import VigilEngine

/// Sign-off's part of a store: accounts, proposals, decisions, cover windows and the audit
/// log, each change written with its entry in one transaction. `SQLiteStore` implements it;
/// `SignOffService` is what the command line and the console call.
///
/// Acting methods take the signed-in person's `SigningIdentity` and the moment `now`, and
/// throw `SignOffError`. Lists are paged.
public protocol SignOffStore: Store {
    // Acting.
    func found(_ founders: [(account: Account, identity: SigningIdentity)], at now: Date) throws -> AuditEntry
    func signIn(name typed: String, passphrase: Passphrase, policy: LockoutPolicy, clock: @Sendable () -> Date) throws -> SignedIn
    func propose(_ request: ProposalRequest, by identity: SigningIdentity, at now: Date) throws -> SignOffReceipt
    func urgentHide(_ comment: CommentKey, reason: String, followUp: ModerationAction?, by identity: SigningIdentity, at now: Date) throws -> UrgentHideReceipt
    func proposeMember(_ account: Account, reason: String, by identity: SigningIdentity, at now: Date) throws -> SignOffReceipt
    func proposeRosterChange(_ change: RosterChange, reason: String, by identity: SigningIdentity, at now: Date) throws -> SignOffReceipt
    func decide(_ id: ProposalID, _ verdict: Verdict, by identity: SigningIdentity, at now: Date) throws -> SignOffReceipt

    // Reading.
    func proposal(_ id: ProposalID, at now: Date, settings: WorkflowSettings) throws -> ProposalSummary?
    func proposals(_ query: ProposalQuery, at now: Date, settings: WorkflowSettings) throws -> StorePage<ProposalSummary>
    func decisions(on comment: CommentKey, at now: Date, settings: WorkflowSettings) throws -> [ProposalSummary]
    func actionsToCarryOut(offset: Int, limit: Int) throws -> StorePage<ActionToCarryOut>
    func auditEntries(newestFirst: Bool, offset: Int, limit: Int) throws -> StorePage<AuditEntry>
    func authors(offset: Int, limit: Int, at now: Date, settings: WorkflowSettings) throws -> StorePage<AuthorStanding>
    func members() throws -> [MemberListing]
    func roster() throws -> Roster
    func signOffSummary(at now: Date, settings: WorkflowSettings) throws -> SignOffSummary
    func blockSuggestions(at now: Date, settings: WorkflowSettings, author: AuthorKey?) throws -> [BlockSuggestion]
    func handover(for person: AccountName, since start: HandoverStart, at now: Date, settings: WorkflowSettings, limit: Int) throws -> HandoverSummary
    func verifyAudit(expectedGenesis: Data?, trusting checkpoint: AuditCheckpoint?, threads: Int) throws -> AuditReport
}

/// Where a handover starts.
public enum HandoverStart: Sendable, Hashable {
    /// The person's last recorded sign-in (for someone else, or before signing in).
    case lastSignIn
    /// A given time; nil for "from the beginning" (someone's first sign-in).
    case time(Date?)
}

/// One author in the console's authors view: how often flagged, how many decisions upheld
/// against them, whether blocked or a block is suggested.
public struct AuthorStanding: Sendable, Hashable {
    public let author: AuthorKey
    /// Display name or handle as the export gave it (untrusted).
    public let name: String?
    public let comments: Int
    public let flagged: Int
    /// Approved deletes, hides and escalations of their comments, signed by a second person.
    public let upheld: Int
    public let lastFlagged: Date?
    public let blocked: Bool
    public let blockSuggested: Bool
}

/// One person on `vigil admin list`.
public struct MemberListing: Sendable, Hashable {
    public let name: AccountName
    public let role: Role
    public let membership: Membership
    public let lockedUntil: Date?
    public let lastSignIn: Date?
    public let weakPassphraseHash: Bool
    public let coverWindows: [CoverWindow]
}

extension SQLiteStore: SignOffStore {}
