import Foundation

/// Facebook Graph API exports: `/{post-id}/comments` pages (comments, perhaps with nested
/// replies) and `/{page-id}/feed` pages (posts, each with its `comments` edge nested).
///
/// - Post: its own number, the part every export agrees on ("222" of the feed's "111_222" and
///   of the comment id "222_333"). Channel: the page id ("111"), known from a feed post's id or
///   from a comments page's paging URL (`/111_222/comments`); nil otherwise (a single page
///   of comments has no paging URL).
/// - A top-level record is a post in a feed (paging URL `/{page}/feed`), or when it has keys
///   only posts have (`story`, `status_type`, `attachments` …); a comment when it has keys only
///   comments have (`parent`, `like_count`, `is_hidden` …); otherwise its nested comments
///   decide (a post "111_222" has comments "222_…", a comment "222_333" has replies "222_…"),
///   else it is whatever the record before it was, else a post when it has `comments`.
/// - Author from `from` (nil without a page token); status "hidden" for `is_hidden`; like and
///   comment counts and the attachment in metadata. The URL is `permalink_url` (redacted) or
///   the page's well-known form `https://www.facebook.com/{page}/posts/{post}?comment_id=…`.
enum FacebookImporter {
    static func read(_ bytes: ByteView, into sink: inout ImportSink) throws {
        let edge = GraphEdge.find(in: bytes)
        var posts = PostResolver(edge: edge)
        var kinds = RecordKinds(feed: edge.map { ["feed", "posts", "published_posts", "visitor_posts", "tagged"].contains($0.edge) } ?? false)
        try GraphEdge.readPage(bytes, of: "comments or posts") { c in try readTopLevel(&c, &posts, &kinds, &sink) }
    }

    private static func readTopLevel(
        _ c: inout JSONCursor, _ posts: inout PostResolver, _ kinds: inout RecordKinds, _ sink: inout ImportSink
    ) throws {
        let start = c.pos
        let record = try Record.parse(&c)
        guard let id = record.id else { throw c.failure("expected an \"id\" in this record", at: start) }
        let isPost = try kinds.isPost(record, id: id, &c)
        kinds.previousWasPost = isPost
        if isPost {
            let post = FacebookPost(id: id, message: record.message, permalink: record.permalink)
            if let nested = record.comments {
                try c.revisit(nested.span, under: [nested.part]) { c in
                    try readComments(&c, post: post, parent: nil, &sink)
                }
            }
            return
        }
        let post = posts.post(forComment: id)
        let parent = record.parentID ?? posts.parent(forComment: id)
        try sink.emit(record.comment(id: id, post: post, parent: parent))
        if let nested = record.comments {
            try c.revisit(nested.span, under: [nested.part]) { c in
                try readComments(&c, post: post, parent: id, &sink)
            }
        }
    }

    /// A `comments` edge under a post or comment: every record in it is a comment.
    private static func readComments(_ c: inout JSONCursor, post: FacebookPost?, parent: String?, _ sink: inout ImportSink) throws {
        try c.readGraphEdge("comments") { c in
            let start = c.pos
            let record = try Record.parse(&c)
            guard let id = record.id else { throw c.failure("expected an \"id\" in this comment", at: start) }
            try sink.emit(record.comment(id: id, post: post, parent: record.parentID ?? parent))
            if let nested = record.comments {
                try c.revisit(nested.span, under: [nested.part]) { c in
                    try readComments(&c, post: post, parent: id, &sink)
                }
            }
        }
    }

    /// Tells posts from comments among a page's top-level records.
    private struct RecordKinds {
        let feed: Bool
        var previousWasPost: Bool?

        func isPost(_ record: Record, id: String, _ c: inout JSONCursor) throws -> Bool {
            if feed || record.postOnlyKeys { return true }
            if record.commentOnlyKeys { return false }
            if let nested = record.comments,
               let first = try c.revisit(nested.span, under: [nested.part], { c in try firstNestedID(&c) }),
               let own = FacebookID(id), let child = FacebookID(first) {
                if child.prefix == own.suffix { return true }
                if child.prefix == own.prefix { return false }
            }
            return previousWasPost ?? (record.comments != nil)
        }
    }

    private static func firstNestedID(_ c: inout JSONCursor) throws -> String? {
        var found: String?
        try c.readGraphEdge("comments") { c in
            guard found == nil, try c.peek() == UInt8(ascii: "{") else { try c.skipValue(); return }
            try c.beginObject()
            while let key = try c.nextMember() {
                if key == "id", found == nil { found = try c.readID() } else { try c.skipValue() }
            }
        }
        return found
    }

    /// One record's fields as read; turned into a comment once its last key is read.
    private struct Record {
        var id: String?
        var message: String?
        var fromID: String?
        var fromName: String?
        var hasFrom = false
        var created: Date?
        var parentID: String?
        var permalink: String?
        var hidden = false
        var metadata: [String: String] = [:]
        var comments: (span: Range<Int>, part: JSONCursor.PathPart)?
        var postOnlyKeys = false
        var commentOnlyKeys = false

        static func parse(_ c: inout JSONCursor) throws -> Record {
            var r = Record()
            try c.beginObject("a comment or post (an object)")
            while let key = try c.nextMember() {
                if key == "id" {
                    r.id = try c.readID()
                } else if key == "message" {
                    r.message = try c.readOptionalString("the text (a string)")
                } else if key == "created_time" {
                    r.created = try c.readTime()
                } else if key == "from" {
                    try c.readObject("the author (an object with \"id\" and \"name\")") { c, key in
                        r.hasFrom = true
                        if key == "id" { r.fromID = try c.readID() } else if key == "name" { r.fromName = try c.readOptionalString() } else { try c.skipValue() }
                    }
                } else if key == "parent" {
                    r.commentOnlyKeys = true
                    try c.readObject("the parent comment (an object with \"id\")") { c, key in
                        if key == "id" { r.parentID = try c.readID() } else { try c.skipValue() }
                    }
                } else if key == "comments" {
                    let part = c.currentPart
                    r.comments = (try c.captureValue(), part)
                } else if key == "like_count" || key == "comment_count" {
                    r.commentOnlyKeys = true
                    if let count = try c.readScalarText() { r.metadata[key.text] = count }
                } else if key == "is_hidden" {
                    r.commentOnlyKeys = true
                    r.hidden = try c.readBool() ?? false
                } else if key == "permalink_url" {
                    r.permalink = try c.readOptionalString("a link (a string)")
                } else if key == "attachment" {
                    r.commentOnlyKeys = true
                    try readAttachment(&c, into: &r.metadata)
                } else {
                    if isPostOnly(key) { r.postOnlyKeys = true } else if isCommentOnly(key) { r.commentOnlyKeys = true }
                    try c.skipValue()
                }
            }
            return r
        }

        consuming func comment(id: String, post: FacebookPost?, parent: String?) -> ImportedComment {
            ImportedComment(
                platform: .facebook, platformID: id, channel: post?.pageID, post: post?.ref, parentID: parent,
                author: hasFrom ? AuthorRef(platformID: fromID, name: fromName.map(MojibakeRepair.repair)) : nil,
                created: created, text: MojibakeRepair.repair(message ?? ""),
                url: permalink.map(URLRedaction.redact) ?? post?.commentURL(id: id, parent: parent),
                status: hidden ? "hidden" : nil, metadata: metadata)
        }
    }

    private static func readAttachment(_ c: inout JSONCursor, into metadata: inout [String: String]) throws {
        try c.readObject("an attachment (an object)") { c, key in
            if key == "type" {
                if let type = try c.readScalarText() { metadata["attachment_type"] = type }
            } else if key == "url" {
                if let url = try c.readOptionalString() { metadata["attachment_url"] = URLRedaction.redact(url) }
            } else if key == "target" {
                try c.readObject { c, key in
                    if key == "url", let url = try c.readOptionalString() { metadata["attachment_target"] = URLRedaction.redact(url) } else { try c.skipValue() }
                }
            } else {
                try c.skipValue()
            }
        }
    }

    private static func isPostOnly(_ key: JSONKey) -> Bool {
        key == "story" || key == "status_type" || key == "full_picture" || key == "attachments" || key == "shares"
            || key == "updated_time" || key == "is_published" || key == "privacy" || key == "place"
            || key == "call_to_action" || key == "picture" || key == "reactions" || key == "is_expired"
            || key == "promotable_id" || key == "timeline_visibility" || key == "to" || key == "with_tags"
    }

    private static func isCommentOnly(_ key: JSONKey) -> Bool {
        key == "can_hide" || key == "can_remove" || key == "can_like" || key == "can_comment" || key == "user_likes"
            || key == "object" || key == "private_reply_conversation" || key == "can_reply_privately"
    }
}

/// The post comments belong to, with what is known of its page.
struct FacebookPost {
    let ref: PostRef
    let pageID: String?
    /// "https://www.facebook.com/{page}/posts/{post}?comment_id=", when the page is known.
    private let commentURLBase: String?

    /// A post read from a feed ("{page id}_{post id}") or named by a paging URL.
    init(id: String, message: String?, permalink: String?) {
        let parts = FacebookID(id)
        pageID = parts.map { String($0.prefix) }
        let postURL = parts.map { "https://www.facebook.com/\($0.prefix)/posts/\($0.suffix)" }
        commentURLBase = postURL.map { $0 + "?comment_id=" }
        ref = PostRef(platformID: parts.map { String($0.suffix) } ?? id, title: titleLine(message.map(MojibakeRepair.repair)),
                      url: permalink.map(URLRedaction.redact) ?? postURL)
    }

    /// A post known only by its number (from a comment id): no page, no link.
    init(bareID: String) {
        ref = PostRef(platformID: bareID)
        pageID = nil
        commentURLBase = nil
    }

    /// The well-known link to a comment on this post; nil when the page is not known.
    func commentURL(id: String, parent: String?) -> String? {
        guard let commentURLBase, let own = FacebookID(id) else { return nil }
        var url = commentURLBase
        if let parent, let parentParts = FacebookID(parent) {
            url.append(contentsOf: parentParts.suffix)
            url.append("&reply_comment_id=")
        }
        url.append(contentsOf: own.suffix)
        return url
    }
}

/// Which post, and perhaps which parent, the top-level comments of a comments page belong to.
private struct PostResolver {
    /// The object of a `/{object}/comments` page: its id, its post number, and its prefix
    /// with the underscore ("111_" of a post "111_222", "222_" of a comment "222_333").
    private let object: (id: String, suffix: String, prefixAndUnderscore: String)?
    /// "222_" of the last comment seen, and that comment's post: a page's comments share it.
    private var cachedPrefix = ""
    private var cachedPost: FacebookPost?

    init(edge: GraphEdge?) {
        if let edge, edge.edge == "comments", let parts = FacebookID(edge.object) {
            object = (edge.object, String(parts.suffix), parts.prefix + "_")
        } else {
            object = nil
        }
    }

    mutating func post(forComment id: String) -> FacebookPost? {
        if !cachedPrefix.isEmpty, id.hasBytePrefix(cachedPrefix) { return cachedPost }
        guard let parts = FacebookID(id) else { return nil }
        var post = FacebookPost(bareID: String(parts.prefix))
        if let object, object.suffix == parts.prefix {
            post = FacebookPost(id: object.id, message: nil, permalink: nil)
        }
        cachedPrefix = parts.prefix + "_"
        cachedPost = post
        return post
    }

    /// A page of `/{comment-id}/comments` lists that comment's replies.
    func parent(forComment id: String) -> String? {
        guard let object, id.hasBytePrefix(object.prefixAndUnderscore), object.id != id else { return nil }
        return object.id
    }
}
