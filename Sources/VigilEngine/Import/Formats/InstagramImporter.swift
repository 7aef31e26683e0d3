import Foundation

/// Instagram Graph API `/{ig-media-id}/comments` pages: comments with their `replies` edge
/// nested, or a `/{comment-id}/replies` page.
///
/// - Post: the media id, from `media.id` or the page's paging URL; its link from `media.permalink`.
/// - Author: `from` (`id`, `username`) or the bare `username`: a handle, never a display name.
/// - Parent: `parent_id`, else the comment the reply is nested under, else the comment
///   a replies page is for. Status "hidden" for `hidden`; like counts in metadata.
/// - Channel (the school's account) is not in these exports: nil, for `--channel` to name.
enum InstagramImporter {
    static func read(_ bytes: ByteView, into sink: inout ImportSink) throws {
        let edge = GraphEdge.find(in: bytes)
        let pagePost = edge.flatMap { $0.edge == "comments" ? PostRef(platformID: $0.object) : nil }
        let pageParent = edge.flatMap { $0.edge == "replies" ? $0.object : nil }
        try GraphEdge.readPage(bytes, of: "comments") { c in try readComment(&c, post: pagePost, parent: pageParent, &sink) }
    }

    private static func readComment(_ c: inout JSONCursor, post: PostRef?, parent: String?, _ sink: inout ImportSink) throws {
        let start = c.pos
        var id: String?
        var text: String?
        var username: String?
        var fromID: String?
        var created: Date?
        var parentID: String?
        var hidden = false
        var media: PostRef?
        var metadata: [String: String] = [:]
        var replies: (span: Range<Int>, part: JSONCursor.PathPart)?
        try c.beginObject("a comment (an object)")
        while let key = try c.nextMember() {
            if key == "id" {
                id = try c.readID()
            } else if key == "text" {
                text = try c.readOptionalString("the comment's text (a string)")
            } else if key == "username" {
                username = try c.readOptionalString("a username (a string)")
            } else if key == "timestamp" {
                created = try c.readTime()
            } else if key == "from" {
                try c.readObject("the author (an object with \"id\" and \"username\")") { c, key in
                    if key == "id" { fromID = try c.readID() } else if key == "username" { username = try c.readOptionalString() ?? username } else { try c.skipValue() }
                }
            } else if key == "parent_id" {
                parentID = try c.readID()
            } else if key == "hidden" {
                hidden = try c.readBool() ?? false
            } else if key == "like_count" {
                if let likes = try c.readScalarText() { metadata["like_count"] = likes }
            } else if key == "media" {
                var mediaID: String?
                var permalink: String?
                try c.readObject("the media (an object with \"id\")") { c, key in
                    if key == "id" { mediaID = try c.readID() } else if key == "permalink" { permalink = try c.readOptionalString() } else { try c.skipValue() }
                }
                if let mediaID { media = PostRef(platformID: mediaID, url: permalink.map(URLRedaction.redact)) }
            } else if key == "replies" {
                let part = c.currentPart
                replies = (try c.captureValue(), part)
            } else {
                try c.skipValue()
            }
        }
        guard let id else { throw c.failure("expected an \"id\" in this comment", at: start) }
        let thePost = media ?? post
        let author = (fromID != nil || username != nil) ? AuthorRef(platformID: fromID, handle: username.map(stripAt)) : nil
        try sink.emit(ImportedComment(
            platform: .instagram, platformID: id, post: thePost, parentID: parentID ?? parent, author: author,
            created: created, text: MojibakeRepair.repair(text ?? ""), status: hidden ? "hidden" : nil, metadata: metadata))
        if let replies {
            try c.revisit(replies.span, under: [replies.part]) { c in
                try c.readGraphEdge("replies") { c in try readComment(&c, post: thePost, parent: id, &sink) }
            }
        }
    }
}

/// A handle without its leading `@`.
func stripAt(_ handle: String) -> String {
    handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
}
