import Foundation

// `CommentKey` (platform + id) is declared in Workflow/Subjects.swift.

/// Where a flagged comment stands in the moderation workflow.
///
/// The queue shows `open` and `proposed` comments (both await a decision); sign-off
/// (issue 4) moves comments to `proposed` and `decided`. An edit of a decided comment whose
/// new text is flagged puts it back to `open`: the decision was about the old text.
public enum ReviewState: Int, Sendable, Codable, CaseIterable, Hashable {
    case open = 0
    case proposed = 1
    case decided = 2

    /// Stable names for output and filters.
    public var name: String {
        switch self {
        case .open: "open"
        case .proposed: "proposed"
        case .decided: "decided"
        }
    }

    public init?(name: String) {
        guard let state = ReviewState.allCases.first(where: { $0.name == name }) else { return nil }
        self = state
    }
}

/// An author as the store knows them.
public struct StoredAuthor: Hashable, Sendable, Codable {
    public var storeID: Int64
    public var platform: Platform
    public var ref: AuthorRef

    public init(storeID: Int64, platform: Platform, ref: AuthorRef) {
        self.storeID = storeID
        self.platform = platform
        self.ref = ref
    }
}

/// One text a comment has had, with the import that brought it.
public struct CommentVersion: Hashable, Sendable, Codable {
    public var storeID: Int64
    /// Nil once retention has purged the text; the hash stays.
    public var text: String?
    /// SHA-256 of the text's UTF-8 bytes, lower-case hex.
    public var sha256: String
    public var importID: Int64
    /// The file of that import, as the user named it.
    public var importFileName: String
    /// When the import that brought this text ran.
    public var importedAt: Date
    /// The edit time the platform reported with this text, if any.
    public var platformUpdated: Date?

    public init(
        storeID: Int64, text: String?, sha256: String, importID: Int64, importFileName: String,
        importedAt: Date, platformUpdated: Date?
    ) {
        self.storeID = storeID
        self.text = text
        self.sha256 = sha256
        self.importID = importID
        self.importFileName = importFileName
        self.importedAt = importedAt
        self.platformUpdated = platformUpdated
    }
}

/// A flag as stored: computed on one text version of its comment.
public struct StoredFlag: Hashable, Sendable, Codable {
    public var flag: Flag
    /// The version of the text the flag was computed on.
    public var versionID: Int64

    public init(flag: Flag, versionID: Int64) {
        self.flag = flag
        self.versionID = versionID
    }
}

/// A stored comment: its identity, place, author, current text and denormalised flag summary.
public struct StoredComment: Hashable, Sendable, Codable {
    public var storeID: Int64
    public var key: CommentKey
    public var channel: String?
    public var post: PostRef?
    /// The platform id of the comment this one replies to (it may not be in the store).
    public var parentID: String?
    public var author: StoredAuthor?
    public var created: Date?
    public var url: String?
    /// The platform's moderation state as last exported ("hidden", "heldForReview" ...).
    public var platformStatus: String?
    /// The current text; nil once retention purged it.
    public var text: String?
    public var textSHA256: String
    public var currentVersionID: Int64
    /// The worst severity among the current text's flags; nil when unflagged.
    public var severity: Severity?
    /// The categories of the current text's flags, in `Category` order.
    public var categories: [Category]
    public var review: ReviewState
    /// The import that first brought the comment.
    public var firstImportID: Int64
    public var metadata: [String: String]

    public init(
        storeID: Int64, key: CommentKey, channel: String?, post: PostRef?, parentID: String?,
        author: StoredAuthor?, created: Date?, url: String?, platformStatus: String?,
        text: String?, textSHA256: String, currentVersionID: Int64, severity: Severity?,
        categories: [Category], review: ReviewState, firstImportID: Int64,
        metadata: [String: String]
    ) {
        self.storeID = storeID
        self.key = key
        self.channel = channel
        self.post = post
        self.parentID = parentID
        self.author = author
        self.created = created
        self.url = url
        self.platformStatus = platformStatus
        self.text = text
        self.textSHA256 = textSHA256
        self.currentVersionID = currentVersionID
        self.severity = severity
        self.categories = categories
        self.review = review
        self.firstImportID = firstImportID
        self.metadata = metadata
    }
}

/// A comment in a list (a thread's replies, an author's history): enough to recognise it.
public struct CommentSummary: Hashable, Sendable, Codable {
    public var key: CommentKey
    public var author: String?
    public var created: Date?
    public var severity: Severity?
    public var categories: [Category]
    /// The current text, nil once purged; callers shorten it for display.
    public var text: String?

    public init(
        key: CommentKey, author: String?, created: Date?, severity: Severity?,
        categories: [Category], text: String?
    ) {
        self.key = key
        self.author = author
        self.created = created
        self.severity = severity
        self.categories = categories
        self.text = text
    }
}

/// Everything `vigil show` and the console's detail view need about one comment.
public struct CommentDetail: Hashable, Sendable, Codable {
    public var comment: StoredComment
    /// Every text the comment has had, oldest first; the last is the current one.
    public var versions: [CommentVersion]
    /// Flags on every version, oldest version first; those on `comment.currentVersionID`
    /// are the ones in force.
    public var flags: [StoredFlag]
    /// The comment replied to, when it is in the store.
    public var parent: CommentSummary?
    /// Direct replies in the store, oldest first.
    public var replies: [CommentSummary]
    /// The author's other comments in the store, newest first (at most `historyLimit`).
    public var authorHistory: [CommentSummary]
    /// How many comments the author has in the store in all, this one included.
    public var authorCommentCount: Int
    /// How many of those are flagged now.
    public var authorFlaggedCount: Int

    public init(
        comment: StoredComment, versions: [CommentVersion], flags: [StoredFlag],
        parent: CommentSummary?, replies: [CommentSummary], authorHistory: [CommentSummary],
        authorCommentCount: Int, authorFlaggedCount: Int
    ) {
        self.comment = comment
        self.versions = versions
        self.flags = flags
        self.parent = parent
        self.replies = replies
        self.authorHistory = authorHistory
        self.authorCommentCount = authorCommentCount
        self.authorFlaggedCount = authorFlaggedCount
    }

    /// The flags in force: those computed on the current text.
    public var currentFlags: [Flag] {
        flags.filter { $0.versionID == comment.currentVersionID }.map(\.flag)
    }
}
