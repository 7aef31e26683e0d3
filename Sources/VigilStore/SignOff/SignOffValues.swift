import Foundation
import VigilEngine

/// Someone signed in: the opened key (in memory only, for this command or console session)
/// and what the console shows about them.
public struct SignedIn: Sendable {
    public let identity: SigningIdentity
    /// The cover window open now, for a cover moderator.
    public let coverWindow: CoverWindow?
    /// When this person last signed in before this time; nil the first time.
    public let previousSignIn: Date?
    /// True when the account's passphrase hash is cheaper than the standard (made with the
    /// test-only setting): worth a warning.
    public let weakPassphraseHash: Bool

    public var name: AccountName { identity.name }
    public var role: Role { identity.role }
}

/// What a proposal is about, as a person names it.
public enum ProposalTarget: Sendable, Hashable {
    /// A stored comment (delete, hide, keep, escalate, restore).
    case comment(CommentKey)
    /// The author of a stored comment (block, unblock), through that comment.
    case authorOf(CommentKey)
    /// An author directly, by platform id (block, unblock).
    case author(AuthorKey)
}

/// A moderation proposal to make.
public struct ProposalRequest: Sendable, Hashable {
    public var target: ProposalTarget
    public var action: ModerationAction
    public var reason: String

    public init(target: ProposalTarget, action: ModerationAction, reason: String) {
        self.target = target
        self.action = action
        self.reason = reason
    }
}

/// What a sign-off operation wrote: the proposal as it now stands and its audit entry.
public struct SignOffReceipt: Sendable, Hashable {
    public let proposal: Proposal
    public let entry: UInt64

    /// False for a keep or an urgent hide (decided at once); true while a second signature is due.
    public var needsSignOff: Bool { proposal.state == .pending }
}

/// An urgent hide and, when asked for, the delete proposed with it in the same transaction.
public struct UrgentHideReceipt: Sendable, Hashable {
    public let hide: SignOffReceipt
    public let followUp: SignOffReceipt?
}

/// One page of a longer list, and where it sits in it.
public struct StorePage<Row: Sendable & Hashable>: Sendable, Hashable {
    public let offset: Int
    public let rows: [Row]
    public let total: Int

    public init(offset: Int, rows: [Row], total: Int) {
        self.offset = offset
        self.rows = rows
        self.total = total
    }
}

/// A proposal with what a list shows beside it.
public struct ProposalSummary: Sendable, Hashable {
    public let proposal: Proposal
    /// The comment's current text (untrusted; nil for roster changes or once purged).
    public let text: String?
    /// The comment's worst flag now.
    public let severity: Severity?
    /// The comment's link.
    public let url: String?
    /// The author's display name as the export gave it.
    public let authorName: String?
    /// Pending past the overdue limit.
    public let overdue: Bool
    /// When it was carried out, for proposals that were.
    public let done: Decision?
}

/// Which proposals to list.
public struct ProposalQuery: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// Every proposal in the states asked for.
        case all
        /// Others' proposals this person may decide (cover moderators: not roster changes).
        case waitingFor(AccountName, Role)
        /// This person's own.
        case proposedBy(AccountName)
    }

    public var scope: Scope
    /// States to include; empty means all.
    public var states: Set<String>
    public var offset: Int
    public var limit: Int

    public init(scope: Scope = .all, states: Set<String> = ["pending"], offset: Int = 0, limit: Int = 50) {
        self.scope = scope
        self.states = states
        self.offset = offset
        self.limit = limit
    }
}

/// An approved decision still to carry out on the platform (`vigil actions`).
public struct ActionToCarryOut: Sendable, Hashable {
    public let proposal: Proposal
    public let action: ModerationAction
    public let target: ModerationTarget
    /// What to do, in the platform's own words (FORMATS.md).
    public let steps: [PlatformAction]
    public let approval: Decision
    public let urgent: Bool
    /// The comment's link, when the store has it.
    public let url: String?
}

/// The sign-off part of `vigil status`.
public struct SignOffSummary: Sendable, Hashable {
    public let administrators: Int
    public let coverModerators: Int
    /// People added, waiting for a second administrator.
    public let awaitingApproval: Int
    public let proposals: ProposalCounts
    /// Who can sign off on each of the next seven days, and the warning when fewer than two.
    public let capacity: SignOffCapacity
    public let blockSuggestions: [BlockSuggestion]
    /// Accounts whose passphrase hash is cheaper than the standard (test-only setting).
    public let weakAccounts: [AccountName]
}

/// What is new and waiting since a person last signed in: the console's handover view.
public struct HandoverSummary: Sendable, Hashable {
    public let person: AccountName
    /// When they last signed in (before the current session); nil if never.
    public let since: Date?
    /// Flagged comments created since then, by worst severity.
    public let newFlagged: [Severity: Int]
    /// Pending proposals, oldest first (at most the limit asked for), and how many in all.
    public let pending: [ProposalSummary]
    public let pendingTotal: Int
    public let overdueTotal: Int
    /// Everyone on the roster.
    public let people: [AccountName]
    public let capacityWarning: String?
}

/// What `vigil audit verify` found.
public struct AuditReport: Sendable {
    public let entryCount: Int
    /// The first entry that fails, worded as `AuditFailure` words it; nil when all verify.
    public let failure: String?
    /// The number of that entry.
    public let failedEntry: UInt64?
    /// Rows of other tables that the verified log contradicts.
    public let problems: [IntegrityProblem]
    public let genesisHash: Data?
    public let headHash: Data?
    /// To trust next time (when everything verified).
    public let checkpoint: AuditCheckpoint?
    public let profile: AuditVerificationProfile

    public var isValid: Bool { failure == nil && problems.isEmpty }
}
