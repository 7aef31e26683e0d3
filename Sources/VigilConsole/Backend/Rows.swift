import Foundation
import VigilEngine

/// Who is signed in.
public struct Session: Sendable, Hashable {
    public var name: String
    public var role: Role
    /// For a cover moderator: the window they may act in.
    public var coverWindow: DateInterval?
    /// When this person last signed in before now (the handover starts there).
    public var previousSignIn: Date?
    /// The account's passphrase hash was made with the test-only cost: cheap to guess, so the
    /// console says so at sign-in, as the command line does.
    public var weakPassphraseHash: Bool

    public init(name: String, role: Role, coverWindow: DateInterval? = nil, previousSignIn: Date? = nil, weakPassphraseHash: Bool = false) {
        self.name = name
        self.role = role
        self.coverWindow = coverWindow
        self.previousSignIn = previousSignIn
        self.weakPassphraseHash = weakPassphraseHash
    }
}

/// Which flagged comments the queue shows.
public enum QueueStatus: String, Sendable, Hashable, CaseIterable {
    /// No decision and no proposal waiting: the work to do.
    case awaiting
    /// A proposal waits for sign-off.
    case pending
    /// Decided (approved, rejected or kept).
    case decided
    case all
}

/// The queue's filters. Nil means any.
public struct QueueFilter: Sendable, Hashable {
    public var category: Category?
    /// This severity or worse.
    public var minimumSeverity: Severity?
    public var channel: String?
    public var status: QueueStatus
    /// Words the text or the author's name contains, case-insensitive; empty for none.
    public var search: String

    public init(category: Category? = nil, minimumSeverity: Severity? = nil, channel: String? = nil, status: QueueStatus = .awaiting, search: String = "") {
        self.category = category
        self.minimumSeverity = minimumSeverity
        self.channel = channel
        self.status = status
        self.search = search
    }
}

/// The actions a person can propose from the console.
public enum ActionKind: String, Sendable, Hashable, CaseIterable {
    case delete, hide, block, keep, escalate, restore, unblock
    /// A change to the roster (a person added or removed, a cover window): listed for
    /// sign-off, proposed on the command line.
    case roster
}

/// A proposal waiting on a comment, as the queue and detail show it.
public struct PendingProposal: Sendable, Hashable {
    public var id: ProposalID
    public var action: ActionKind
    public var proposer: String
    public var proposed: Date

    public init(id: ProposalID, action: ActionKind, proposer: String, proposed: Date) {
        self.id = id
        self.action = action
        self.proposer = proposer
        self.proposed = proposed
    }
}

/// What one line of the queue draws. Text fields are as imported (untrusted); the view
/// cleans them. (The store's `QueueRow` is the stored row; this adds the sign-off state.)
public struct QueueLine: Sendable, Hashable {
    public var key: CommentKey
    public var severity: Severity
    public var categories: [Category]
    public var channel: String?
    /// Who wrote it, as far as the export says; nil when it does not.
    public var author: AuthorRef?
    public var created: Date?
    /// The start of the text (a few hundred characters are plenty).
    public var excerpt: String
    /// The worst flag's explanation, which pre-fills a proposal's reason.
    public var explanation: String
    public var pending: PendingProposal?
    /// What was decided, for decided rows ("deleted", "kept").
    public var decision: String?

    public init(key: CommentKey, severity: Severity, categories: [Category], channel: String?, author: AuthorRef?, created: Date?, excerpt: String, explanation: String, pending: PendingProposal? = nil, decision: String? = nil) {
        self.key = key
        self.severity = severity
        self.categories = categories
        self.channel = channel
        self.author = author
        self.created = created
        self.excerpt = excerpt
        self.explanation = explanation
        self.pending = pending
        self.decision = decision
    }

    /// The author as a block names them; nil when the export gave no id for them.
    public var authorKey: AuthorKey? { author?.platformID.map { AuthorKey(platform: key.platform, id: $0) } }
}

/// The queue header's counts.
public struct QueueCounts: Sendable, Equatable {
    /// Flagged comments awaiting a decision.
    public var awaiting: Int
    public var byCategory: [Category: Int]
    public var bySeverity: [Severity: Int]
    /// Channels that have flagged comments, for the channel filter.
    public var channels: [String]
    /// Proposals by others this person may sign off.
    public var waitingForMe: Int
    /// Proposals undecided past the overdue limit.
    public var overdue: Int

    public init(awaiting: Int, byCategory: [Category: Int], bySeverity: [Severity: Int], channels: [String], waitingForMe: Int, overdue: Int) {
        self.awaiting = awaiting
        self.byCategory = byCategory
        self.bySeverity = bySeverity
        self.channels = channels
        self.waitingForMe = waitingForMe
        self.overdue = overdue
    }
}
