import Foundation

/// YouTube Data API v3 responses: `commentThreads.list` (also `moderationStatus=heldForReview`
/// listings) and `comments.list`.
///
/// - Text: `textOriginal` when present, else `textDisplay` turned from HTML into plain text.
/// - Channel: `channelId`; post: the video, with its watch link; comment link
///   `https://www.youtube.com/watch?v={video}&lc={comment}`.
/// - Author: `authorChannelId.value`, `authorDisplayName`, and the handle from an "@name"
///   display name or an `…/@name` channel URL.
/// - Replies: those in `replies.comments` (YouTube sends only some), parent from `parentId`.
/// - Status from `moderationStatus`: published → nil, heldForReview, likelySpam → "spam",
///   rejected; the raw value is kept in metadata. `updated` only when `updatedAt` differs
///   from `publishedAt` (YouTube sets both on every comment).
/// - An empty page has no `items`: zero comments, not an error.
enum YouTubeImporter {
    static func read(_ bytes: ByteView, into sink: inout ImportSink) throws {
        var c = JSONCursor(bytes, at: jsonStart(bytes))
        try c.beginObject("an object (a YouTube commentThreads or comments response)")
        while let key = try c.nextMember() {
            if key == "items" {
                try c.beginArray("an array of comment threads")
                while try c.nextElement() { try readItem(&c, &sink) }
            } else {
                try c.skipValue()
            }
        }
        try c.finish()
    }

    /// A thread (`youtube#commentThread`) or, in a `comments.list` response, a comment.
    private static func readItem(_ c: inout JSONCursor, _ sink: inout ImportSink) throws {
        let start = c.pos
        var kind: String?
        var id: String?
        var top: Comment?
        var single: Comment?
        var replies: [Comment] = []
        var threadChannel: String?
        var threadVideo: String?
        var replyCount: String?
        try c.beginObject("a comment thread (an object)")
        while let key = try c.nextMember() {
            if key == "kind" {
                kind = try c.readOptionalString()
            } else if key == "id" {
                id = try c.readID()
            } else if key == "snippet" {
                try c.beginObject("the thread's snippet (an object)")
                var snippet = Comment()
                while let key = try c.nextMember() {
                    if key == "topLevelComment" {
                        top = try Comment.parse(&c)
                    } else if key == "channelId" {
                        threadChannel = try c.readOptionalString()
                    } else if key == "videoId" {
                        threadVideo = try c.readOptionalString()
                    } else if key == "totalReplyCount" {
                        replyCount = try c.readScalarText()
                    } else {
                        // A comments.list item: the snippet is the comment's own.
                        try snippet.readSnippetField(key, &c)
                    }
                }
                single = snippet
            } else if key == "replies" {
                try c.readObject("the replies (an object with \"comments\")") { c, key in
                    if key == "comments" {
                        try c.readArray("an array of replies") { c in replies.append(try Comment.parse(&c)) }
                    } else {
                        try c.skipValue()
                    }
                }
            } else {
                try c.skipValue()
            }
        }
        let isComment = kind == "youtube#comment" || (top == nil && single?.hasText == true)
        if isComment, var comment = single {
            guard let id else { throw c.failure("expected an \"id\" in this comment", at: start) }
            comment.id = id
            try sink.emit(comment.imported(channel: nil, video: nil, parent: nil))
            return
        }
        guard var top else { throw c.failure("expected a thread with \"snippet.topLevelComment\"", at: start) }
        if top.id == nil { top.id = id }
        guard let topID = top.id else { throw c.failure("expected an \"id\" in this thread's top-level comment", at: start) }
        if let replyCount { top.metadata["reply_count"] = replyCount }
        try sink.emit(top.imported(channel: threadChannel, video: threadVideo, parent: nil))
        for (n, reply) in replies.enumerated() {
            guard reply.id != nil else {
                throw c.failure("expected an \"id\" in reply \(n) of this thread (replies.comments[\(n)])", at: start)
            }
            try sink.emit(reply.imported(channel: threadChannel, video: threadVideo, parent: topID))
        }
    }

    private struct Comment {
        var id: String?
        var channelID: String?
        var videoID: String?
        var authorID: String?
        var authorName: String?
        var authorURL: String?
        var textDisplay: String?
        var textOriginal: String?
        var parentID: String?
        var published: Date?
        var updated: Date?
        var moderationStatus: String?
        var metadata: [String: String] = [:]

        var hasText: Bool { textDisplay != nil || textOriginal != nil }

        /// `{"kind": "youtube#comment", "id": …, "snippet": {…}}`.
        static func parse(_ c: inout JSONCursor) throws -> Comment {
            var comment = Comment()
            try c.beginObject("a comment (an object)")
            while let key = try c.nextMember() {
                if key == "id" {
                    comment.id = try c.readID()
                } else if key == "snippet" {
                    try c.beginObject("the comment's snippet (an object)")
                    while let key = try c.nextMember() { try comment.readSnippetField(key, &c) }
                } else {
                    try c.skipValue()
                }
            }
            return comment
        }

        mutating func readSnippetField(_ key: JSONKey, _ c: inout JSONCursor) throws {
            if key == "textOriginal" {
                textOriginal = try c.readOptionalString("the comment's text (a string)")
            } else if key == "textDisplay" {
                textDisplay = try c.readOptionalString("the comment's text (a string)")
            } else if key == "authorDisplayName" {
                authorName = try c.readOptionalString()
            } else if key == "authorChannelId" {
                if try c.peek() == UInt8(ascii: "{") {
                    try c.readObject { c, key in
                        if key == "value" { authorID = try c.readID() } else { try c.skipValue() }
                    }
                } else {
                    authorID = try c.readID()
                }
            } else if key == "authorChannelUrl" {
                authorURL = try c.readOptionalString()
            } else if key == "channelId" {
                channelID = try c.readOptionalString()
            } else if key == "videoId" {
                videoID = try c.readOptionalString()
            } else if key == "parentId" {
                parentID = try c.readID()
            } else if key == "publishedAt" {
                published = try c.readTime()
            } else if key == "updatedAt" {
                updated = try c.readTime()
            } else if key == "likeCount" {
                if let likes = try c.readScalarText() { metadata["like_count"] = likes }
            } else if key == "moderationStatus" {
                moderationStatus = try c.readOptionalString()
            } else {
                try c.skipValue()
            }
        }

        func imported(channel: String?, video: String?, parent: String?) -> ImportedComment {
            let id = self.id ?? ""
            let video = videoID ?? video
            var metadata = self.metadata
            if let moderationStatus { metadata["moderation_status"] = moderationStatus }
            let text = textOriginal ?? textDisplay.map { HTMLText.plainText(fromHTML: $0) } ?? ""
            return ImportedComment(
                platform: .youtube, platformID: id, channel: channelID ?? channel,
                post: video.map { PostRef(platformID: $0, url: "https://www.youtube.com/watch?v=\($0)") },
                parentID: parentID ?? parent, author: author(), created: published,
                updated: updated == published ? nil : updated, text: MojibakeRepair.repair(text),
                url: video.map { "https://www.youtube.com/watch?v=\($0)&lc=\(id)" },
                status: Self.status(moderationStatus), metadata: metadata)
        }

        private func author() -> AuthorRef? {
            guard authorID != nil || authorName != nil else { return nil }
            var handle: String?
            if let authorName, authorName.hasPrefix("@") {
                handle = String(authorName.dropFirst())
            } else if let authorURL, let at = authorURL.range(of: "/@") {
                handle = String(authorURL[at.upperBound...].prefix { $0 != "/" && $0 != "?" })
            }
            return AuthorRef(platformID: authorID, name: authorName.map(MojibakeRepair.repair), handle: handle)
        }

        private static func status(_ raw: String?) -> String? {
            switch raw {
            case nil, "published": nil
            case "likelySpam": "spam"
            case let other?: other
            }
        }
    }
}
