import Foundation
import VigilEngine

/// Everything the detail view shows about one comment. Text fields are untrusted.
public struct CommentDetail: Sendable, Equatable {
    public var key: CommentKey
    public var channel: String?
    public var post: PostSummary?
    public var author: AuthorKey?
    public var created: Date?
    public var text: String
    public var url: String?
    /// Spans are offsets in Unicode scalars of `text`, end exclusive.
    public var flags: [Flag]
    public var parent: ThreadComment?
    public var replies: [ThreadComment]
    public var replyCount: Int
    public var authorHistory: AuthorHistory?
    /// Every decision on this comment, oldest first.
    public var decisions: [DecisionRecord]
    public var pending: PendingProposal?
    /// What was decided, when it was ("deleted", "kept").
    public var decision: String?

    public init(key: CommentKey, channel: String?, post: PostSummary?, author: AuthorKey?, created: Date?, text: String, url: String?, flags: [Flag], parent: ThreadComment?, replies: [ThreadComment], replyCount: Int, authorHistory: AuthorHistory?, decisions: [DecisionRecord], pending: PendingProposal?, decision: String?) {
        self.key = key
        self.channel = channel
        self.post = post
        self.author = author
        self.created = created
        self.text = text
        self.url = url
        self.flags = flags
        self.parent = parent
        self.replies = replies
        self.replyCount = replyCount
        self.authorHistory = authorHistory
        self.decisions = decisions
        self.pending = pending
        self.decision = decision
    }

    /// The worst severity of its flags.
    public var severity: Severity? { flags.map(\.severity).max() }
}

/// The post a comment was made on.
public struct PostSummary: Sendable, Equatable {
    public var title: String?
    public var url: String?
    public init(title: String?, url: String?) {
        self.title = title
        self.url = url
    }
}

/// A comment shown as context (the parent, a reply).
public struct ThreadComment: Sendable, Equatable {
    public var key: CommentKey
    public var author: String?
    public var created: Date?
    public var text: String
    public init(key: CommentKey, author: String?, created: Date?, text: String) {
        self.key = key
        self.author = author
        self.created = created
        self.text = text
    }
}

/// What the store knows about a comment's author.
public struct AuthorHistory: Sendable, Equatable {
    public var comments: Int
    public var flagged: Int
    /// Upheld decisions (approved deletes, hides, blocks) against this author.
    public var upheld: Int
    /// Earlier flagged comments, newest first (a few).
    public var earlier: [EarlierFlag]
    /// Why a block is suggested ("3 upheld abuse decisions in 90 days"), if it is.
    public var blockSuggestion: String?
    public var blocked: Bool

    public init(comments: Int, flagged: Int, upheld: Int, earlier: [EarlierFlag], blockSuggestion: String?, blocked: Bool) {
        self.comments = comments
        self.flagged = flagged
        self.upheld = upheld
        self.earlier = earlier
        self.blockSuggestion = blockSuggestion
        self.blocked = blocked
    }
}

/// One of an author's earlier flagged comments.
public struct EarlierFlag: Sendable, Equatable {
    public var key: CommentKey
    public var created: Date?
    public var severity: Severity
    public var categories: [Category]
    /// "deleted", "kept", nil while undecided.
    public var decision: String?
    public init(key: CommentKey, created: Date?, severity: Severity, categories: [Category], decision: String?) {
        self.key = key
        self.created = created
        self.severity = severity
        self.categories = categories
        self.decision = decision
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
