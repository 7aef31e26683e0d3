import Foundation

/// Where a queue page ends, so the next page starts after it (keyset paging: each page costs
/// the same however deep the queue is scrolled).
public struct QueueCursor: Hashable, Sendable, Codable {
    public var severity: Severity
    /// Milliseconds since 1970 UTC of the queue's ordering time (created, else first seen).
    public var orderTime: Int64
    public var storeID: Int64

    public init(severity: Severity, orderTime: Int64, storeID: Int64) {
        self.severity = severity
        self.orderTime = orderTime
        self.storeID = storeID
    }
}

/// Which flagged comments a queue page holds. Empty sets mean "any".
public struct QueueQuery: Hashable, Sendable {
    /// Comments with a flag in any of these categories.
    public var categories: Set<Category>
    /// Comments whose worst severity is one of these.
    public var severities: Set<Severity>
    /// Channel names (as imported or named with `--channel`).
    public var channels: Set<String>
    /// Review states; empty means awaiting a decision (`open` and `proposed`).
    public var review: Set<ReviewState>
    /// Text that the comment or its author's name or handle contains (case-insensitive for
    /// ASCII letters); empty for any.
    public var search: String
    public var limit: Int
    /// Start after this row (from the last row of the previous page).
    public var after: QueueCursor?

    public init(
        categories: Set<Category> = [], severities: Set<Severity> = [], channels: Set<String> = [],
        review: Set<ReviewState> = [], search: String = "", limit: Int = 50, after: QueueCursor? = nil
    ) {
        self.categories = categories
        self.severities = severities
        self.channels = channels
        self.review = review
        self.search = search
        self.limit = limit
        self.after = after
    }

    /// The review states this query actually selects.
    public var effectiveReview: Set<ReviewState> { review.isEmpty ? [.open, .proposed] : review }
}

/// One flagged comment in the queue: most severe first, then oldest.
public struct QueueRow: Hashable, Sendable, Codable {
    public var storeID: Int64
    public var key: CommentKey
    public var channel: String?
    /// What a person calls the author: name, else handle, else id.
    public var author: String?
    /// The platform's id for the author, when the export gave one (a block names it).
    public var authorID: String?
    public var created: Date?
    public var severity: Severity
    public var categories: [Category]
    public var review: ReviewState
    /// The current text; nil once purged.
    public var text: String?
    /// The flags in force, in the order the rules produced them.
    public var flags: [Flag]
    /// Pass to `QueueQuery.after` for the next page.
    public var cursor: QueueCursor

    public init(
        storeID: Int64, key: CommentKey, channel: String?, author: String?, created: Date?,
        severity: Severity, categories: [Category], review: ReviewState, text: String?,
        flags: [Flag], cursor: QueueCursor, authorID: String? = nil
    ) {
        self.authorID = authorID
        self.storeID = storeID
        self.key = key
        self.channel = channel
        self.author = author
        self.created = created
        self.severity = severity
        self.categories = categories
        self.review = review
        self.text = text
        self.flags = flags
        self.cursor = cursor
    }
}
