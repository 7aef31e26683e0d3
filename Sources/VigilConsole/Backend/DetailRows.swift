import Foundation
import VigilEngine

/// Everything the detail view shows about one comment: the store's `CommentDetail` (text,
/// versions, flags, thread, the author's other comments) and the sign-off record beside it.
/// Text fields are untrusted.
public struct CommentDossier: Sendable, Equatable {
    /// What the store knows: the comment, every version, flags, parent, replies, history.
    public var detail: CommentDetail
    /// The author's decisions and block suggestion; nil when the author is unknown.
    public var standing: AuthorRecord?
    /// Decisions on the author's earlier comments, by comment ("deleted", "kept").
    public var earlierDecisions: [CommentKey: String]
    /// Every decision on this comment, oldest first.
    public var decisions: [DecisionRecord]
    public var pending: PendingProposal?
    /// What was decided, when it was ("deleted", "kept").
    public var decision: String?

    public init(detail: CommentDetail, standing: AuthorRecord?, earlierDecisions: [CommentKey: String] = [:],
                decisions: [DecisionRecord], pending: PendingProposal?, decision: String?) {
        self.detail = detail
        self.standing = standing
        self.earlierDecisions = earlierDecisions
        self.decisions = decisions
        self.pending = pending
        self.decision = decision
    }

    public var key: CommentKey { detail.comment.key }
    public var author: AuthorRef? { detail.comment.author?.ref }
    /// The author as a block names them; nil when the export gave no id for them.
    public var authorKey: AuthorKey? { author?.platformID.map { AuthorKey(platform: key.platform, id: $0) } }
    /// The flags in force (on the current text).
    public var flags: [Flag] { detail.currentFlags }
    /// The worst severity of its flags.
    public var severity: Severity? { flags.map(\.severity).max() }
}

/// What the sign-off record says about a comment's author.
public struct AuthorRecord: Sendable, Equatable {
    /// Upheld decisions (approved deletes, hides, blocks) against this author.
    public var upheld: Int
    /// Why a block is suggested ("3 upheld abuse decisions in 90 days"), if it is.
    public var blockSuggestion: String?
    public var blocked: Bool

    public init(upheld: Int, blockSuggestion: String?, blocked: Bool) {
        self.upheld = upheld
        self.blockSuggestion = blockSuggestion
        self.blocked = blocked
    }
}

/// One step of a comment's decisions: proposed, approved, rejected, hidden, done.
public struct DecisionRecord: Sendable, Equatable {
    public var time: Date
    public var actor: String
    /// "proposed delete", "approved delete", "rejected delete", "hid (urgent)", "kept", "done".
    public var what: String
    public var note: String?
    public init(time: Date, actor: String, what: String, note: String?) {
        self.time = time
        self.actor = actor
        self.what = what
        self.note = note
    }
}
