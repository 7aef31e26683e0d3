import Foundation

/// X API v2 responses (recent search, `conversation_id:` queries): `data` posts, authors in
/// `includes.users`, problems in `errors`.
///
/// - Ids stay strings (they exceed 2^53). Text: `note_tweet.text` for long posts, else `text`;
///   HTML entities (`&amp;`) decoded.
/// - Parent: the `replied_to` entry of `referenced_tweets`; post: the conversation (none for a
///   post that starts its own); channel: the id of the account whose post started the
///   conversation, where that post is in the file.
/// - An author missing from `includes.users` (deleted, suspended) leaves the post with author
///   nil, its `author_id` kept in metadata as `author_id`, and a warning; so does each entry
///   of `errors`. A response with `errors` and neither `data` nor `meta` is refused: it is an
///   error page, not an export.
/// - Link: `https://x.com/{username}/status/{id}`, or `https://x.com/i/web/status/{id}`.
enum XImporter {
    static func read(_ bytes: ByteView, into sink: inout ImportSink) throws {
        let start = jsonStart(bytes)
        let context = try Context.read(bytes, at: start)
        guard context.data != nil || context.sawMeta else {
            let detail = context.errors.first.map { ": \(quoted($0, limit: 160))" } ?? ""
            throw ReadFailure("expected \"data\" or \"meta\" (an X API v2 response), found neither\(detail)", at: start)
        }
        var missing = Set<String>()
        if let (span, part) = context.data {
            var c = JSONCursor(bytes, at: start)
            try c.beginObject()
            _ = try c.revisit(span, under: [part]) { c in
                try c.beginArray("an array of posts")
                while try c.nextElement() { try readPost(&c, context, &missing, &sink) }
            }
        }
        for id in missing.sorted() {
            sink.warnings.add("posts kept with author unknown: author not in includes.users (deleted or suspended?)", example: id)
        }
        for error in context.errors {
            sink.warnings.add("the export reports: \(quoted(error, limit: 160))")
        }
    }

    private static func readPost(_ c: inout JSONCursor, _ context: Context, _ missing: inout Set<String>, _ sink: inout ImportSink) throws {
        let start = c.pos
        var id: String?
        var text: String?
        var noteText: String?
        var authorID: String?
        var created: Date?
        var conversation: String?
        var parent: String?
        var metadata: [String: String] = [:]
        try c.beginObject("a post (an object)")
        while let key = try c.nextMember() {
            if key == "id" {
                id = try c.readID()
            } else if key == "text" {
                text = try c.readOptionalString("the post's text (a string)")
            } else if key == "note_tweet" {
                try c.readObject("a long post's text (an object with \"text\")") { c, key in
                    if key == "text" { noteText = try c.readOptionalString("the post's text (a string)") } else { try c.skipValue() }
                }
            } else if key == "author_id" {
                authorID = try c.readID()
            } else if key == "created_at" {
                created = try c.readTime()
            } else if key == "conversation_id" {
                conversation = try c.readID()
            } else if key == "in_reply_to_user_id" {
                if let user = try c.readID() { metadata["in_reply_to_user_id"] = user }
            } else if key == "referenced_tweets" {
                try c.readArray("an array of referenced posts") { c in
                    var type: String?
                    var refID: String?
                    try c.readObject("a referenced post (an object with \"type\" and \"id\")") { c, key in
                        if key == "type" { type = try c.readOptionalString() } else if key == "id" { refID = try c.readID() } else { try c.skipValue() }
                    }
                    if type == "replied_to", let refID { parent = refID }
                    if type == "quoted", let refID { metadata["quoted_id"] = refID }
                }
            } else if key == "public_metrics" {
                try c.readObject("the post's counts (an object)") { c, key in
                    if key == "like_count" || key == "reply_count" || key == "retweet_count" || key == "quote_count",
                       let count = try c.readScalarText() {
                        metadata[key.text] = count
                    } else {
                        try c.skipValue()
                    }
                }
            } else if key == "lang" {
                if let lang = try c.readScalarText() { metadata["lang"] = lang }
            } else {
                try c.skipValue()
            }
        }
        guard let id else { throw c.failure("expected an \"id\" in this post", at: start) }
        var author: AuthorRef?
        if let authorID {
            if let user = context.users[authorID] {
                author = user
            } else {
                missing.insert(authorID)
                metadata["author_id"] = authorID
            }
        }
        let url = author?.handle.map { "https://x.com/\($0)/status/\(id)" } ?? "https://x.com/i/web/status/\(id)"
        let post = conversation.flatMap { $0 == id ? nil : PostRef(platformID: $0, url: "https://x.com/i/web/status/\($0)") }
        try sink.emit(ImportedComment(
            platform: .x, platformID: id, channel: conversation.flatMap { context.rootAuthors[$0] }, post: post,
            parentID: parent, author: author, created: created,
            text: MojibakeRepair.repair(HTMLText.decodeEntities(noteText ?? text ?? "")), url: url, metadata: metadata))
    }

    /// What the rest of the response says about the posts: read before them, since X writes
    /// `includes` and `errors` after `data`.
    private struct Context {
        var users: [String: AuthorRef] = [:]
        /// Conversation id → the id of the author of the post that started it.
        var rootAuthors: [String: String] = [:]
        var errors: [String] = []
        var data: (span: Range<Int>, part: JSONCursor.PathPart)?
        var sawMeta = false

        static func read(_ bytes: ByteView, at start: Int) throws -> Context {
            var context = Context()
            var c = JSONCursor(bytes, at: start)
            try c.beginObject("an object (an X API v2 response)")
            while let key = try c.nextMember() {
                if key == "data" {
                    let part = c.currentPart
                    let span = try c.captureValue()
                    context.data = (span, part)
                    try c.revisit(span, under: [part]) { c in try context.readRoots(&c) }
                } else if key == "includes" {
                    try c.readObject("the includes (an object)") { c, key in
                        if key == "users" {
                            try c.readArray("an array of users") { c in try context.readUser(&c) }
                        } else if key == "tweets" {
                            try context.readRoots(&c)
                        } else {
                            try c.skipValue()
                        }
                    }
                } else if key == "errors" {
                    try c.readArray("an array of errors") { c in context.errors.append(try readError(&c)) }
                } else if key == "meta" {
                    context.sawMeta = true
                    try c.skipValue()
                } else {
                    try c.skipValue()
                }
            }
            try c.finish()
            return context
        }

        private mutating func readUser(_ c: inout JSONCursor) throws {
            var id: String?
            var name: String?
            var username: String?
            try c.readObject("a user (an object)") { c, key in
                if key == "id" { id = try c.readID() } else if key == "name" { name = try c.readOptionalString() } else if key == "username" { username = try c.readOptionalString() } else { try c.skipValue() }
            }
            if let id { users[id] = AuthorRef(platformID: id, name: name.map(MojibakeRepair.repair), handle: username.map(stripAt)) }
        }

        /// Posts that start their conversation (`id` equals `conversation_id`): their authors.
        private mutating func readRoots(_ c: inout JSONCursor) throws {
            try c.readArray("an array of posts") { c in
                guard try c.peek() == UInt8(ascii: "{") else { try c.skipValue(); return }
                var id: String?
                var author: String?
                var conversation: String?
                try c.readObject { c, key in
                    if key == "id" { id = try c.readID() } else if key == "author_id" { author = try c.readID() } else if key == "conversation_id" { conversation = try c.readID() } else { try c.skipValue() }
                }
                if let id, let author, id == conversation { rootAuthors[id] = author }
            }
        }

        private static func readError(_ c: inout JSONCursor) throws -> String {
            var detail: String?
            var title: String?
            var message: String?
            try c.readObject("an error (an object)") { c, key in
                if key == "detail" { detail = try c.readScalarText() } else if key == "title" { title = try c.readScalarText() } else if key == "message" { message = try c.readScalarText() } else { try c.skipValue() }
            }
            return detail ?? message ?? title ?? "an error without a message"
        }
    }
}
