import Foundation

/// Who wrote a comment, as far as the export says.
public struct AuthorRef: Hashable, Sendable, Codable {
    /// The platform's id for the author (Facebook user id, YouTube channel id, X user id ...).
    public var platformID: String?
    /// Display name.
    public var name: String?
    /// Username or handle, without a leading `@`.
    public var handle: String?

    public init(platformID: String? = nil, name: String? = nil, handle: String? = nil) {
        self.platformID = platformID
        self.name = name
        self.handle = handle
    }

    /// What a person would call this author: the name, else the handle, else the id.
    public var displayName: String? { name ?? handle ?? platformID }
}

/// The post (video, tweet, blog article ...) a comment was made on.
public struct PostRef: Hashable, Sendable, Codable {
    public var platformID: String
    public var title: String?
    public var url: String?

    public init(platformID: String, title: String? = nil, url: String? = nil) {
        self.platformID = platformID
        self.title = title
        self.url = url
    }
}

/// One comment as read from an export file, before it is stored.
///
/// Importers produce these; the detector flags them; the store keeps them. Ids are the
/// platform's own strings (X ids exceed 2^53, so never numbers).
public struct ImportedComment: Hashable, Sendable {
    public var platform: Platform
    /// The comment's id exactly as in the export.
    public var platformID: String
    /// The page, account, channel or blog the comment belongs to, where the export says.
    public var channel: String?
    public var post: PostRef?
    /// The platform id of the comment this one replies to.
    public var parentID: String?
    /// Nil when the export does not say (Facebook without a page token, deleted X users).
    public var author: AuthorRef?
    /// UTC instant.
    public var created: Date?
    /// UTC instant of the last edit, where the platform reports one.
    public var updated: Date?
    /// Plain text (HTML turned into text, entities decoded).
    public var text: String
    /// A link to the comment on the platform.
    public var url: String?
    /// The platform's moderation state as exported ("hidden", "heldForReview", "spam", "trash" ...).
    public var status: String?
    /// Other fields worth keeping as evidence (like counts, attachment links, author e-mail).
    /// Personal data here stays out of screens and reports unless asked for.
    public var metadata: [String: String]

    public init(
        platform: Platform, platformID: String, channel: String? = nil, post: PostRef? = nil,
        parentID: String? = nil, author: AuthorRef? = nil, created: Date? = nil,
        updated: Date? = nil, text: String, url: String? = nil, status: String? = nil,
        metadata: [String: String] = [:]
    ) {
        self.platform = platform
        self.platformID = platformID
        self.channel = channel
        self.post = post
        self.parentID = parentID
        self.author = author
        self.created = created
        self.updated = updated
        self.text = text
        self.url = url
        self.status = status
        self.metadata = metadata
    }
}
