/// The social network or site a comment came from.
public enum Platform: String, Codable, Sendable, CaseIterable, Hashable {
    case facebook
    case instagram
    case youtube
    case x
    case wordpress
    /// A CSV export whose platform could not be told from its columns.
    case other
}

/// The shape of an export file. `vigil import --source` takes these names.
public enum ExportFormat: String, Codable, Sendable, CaseIterable, Hashable {
    /// Facebook Graph API: `/{post-id}/comments` pages or `/{page-id}/feed` with nested comments.
    case facebook
    /// Instagram Graph API: `/{ig-media-id}/comments` pages with replies.
    case instagram
    /// YouTube Data API v3 `commentThreads.list` responses.
    case youtube
    /// X API v2 search or conversation responses.
    case x
    /// WordPress WXR export (XML).
    case wxr
    /// WordPress REST `GET /wp/v2/comments` (a bare JSON array).
    case wordpress
    /// CSV from comment-export tools.
    case csv
}
