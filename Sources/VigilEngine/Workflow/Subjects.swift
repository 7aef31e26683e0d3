import Crypto
import Foundation

/// A proposal's number, assigned by the store; printed and typed as "P17" (or "17").
public struct ProposalID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: UInt64

    public init(_ rawValue: UInt64) { self.rawValue = rawValue }

    /// Reads "P17", "p17" or "17"; nil for anything else (including 0).
    public init?(parsing text: String) {
        var digits = Substring(text)
        if let first = digits.first, first == "P" || first == "p" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = UInt64(digits), value > 0,
              String(value) == digits
        else { return nil }
        rawValue = value
    }

    public var description: String { "P\(rawValue)" }
    public static func < (a: ProposalID, b: ProposalID) -> Bool { a.rawValue < b.rawValue }
}

/// A comment as the platform knows it.
public struct CommentKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public let platform: Platform
    public let id: String

    public init(platform: Platform, id: String) {
        self.platform = platform
        self.id = id
    }

    public var description: String { "\(platform.rawValue) comment \(SafeText.oneLine(id, limit: 80))" }
}

/// A commenter as the platform knows them (blocks and block suggestions are per author id,
/// across all the school's channels on that platform).
public struct AuthorKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public let platform: Platform
    public let id: String

    public init(platform: Platform, id: String) {
        self.platform = platform
        self.id = id
    }

    public var description: String { "\(platform.rawValue) author \(SafeText.oneLine(id, limit: 80))" }
}

/// The SHA-256 of a comment's text (UTF-8, exactly as stored), recorded at decision time so
/// that a later change to the stored text is caught. The same hash as `ContentHash`, which
/// the store keeps for every text version.
public enum TextHash {
    public static func of(_ text: String) -> Data { Data(ContentHash.sha256(text)) }
}

/// The comment a moderation decision is about, as it was when the decision was proposed.
public struct CommentSubject: Hashable, Sendable, Codable {
    public let comment: CommentKey
    /// `TextHash.of(text)` at proposal time.
    public let textSHA256: Data
    /// The author's platform id, when the export gave one.
    public let authorID: String?

    public init(comment: CommentKey, textSHA256: Data, authorID: String?) {
        self.comment = comment
        self.textSHA256 = textSHA256
        self.authorID = authorID
    }

    public init(_ comment: ImportedComment) {
        self.init(
            comment: CommentKey(platform: comment.platform, id: comment.platformID),
            textSHA256: TextHash.of(comment.text), authorID: comment.author?.platformID)
    }

    public var author: AuthorKey? { authorID.map { AuthorKey(platform: comment.platform, id: $0) } }
}

/// The author a block or unblock is about, and the comment that led to it (YouTube bans an
/// author through one of their comments).
public struct AuthorSubject: Hashable, Sendable, Codable {
    public let author: AuthorKey
    public let via: CommentKey?

    public init(author: AuthorKey, via: CommentKey?) {
        self.author = author
        self.via = via
    }

    /// The author of `comment`, or a refusal when the export did not say who wrote it.
    public static func of(_ comment: CommentSubject) -> Result<AuthorSubject, WorkflowRefusal> {
        guard let author = comment.author else { return .failure(.authorUnknown(comment.comment)) }
        return .success(AuthorSubject(author: author, via: comment.comment))
    }
}

/// What a moderation proposal is about.
public enum ModerationTarget: Hashable, Sendable, Codable {
    case comment(CommentSubject)
    case author(AuthorSubject)

    public var platform: Platform {
        switch self {
        case .comment(let c): c.comment.platform
        case .author(let a): a.author.platform
        }
    }
}
