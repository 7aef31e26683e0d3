import Foundation

/// WordPress WXR exports (XML, namespace `http://wordpress.org/export/1.x/`): an `<item>` per
/// post with `<wp:comment>` children.
///
/// - Id: `wp:comment_id` as written; parent `wp:comment_parent` (0: none); author
///   `wp:comment_author` with `wp:comment_user_id` (0: a guest).
/// - Time: `wp:comment_date_gmt` (UTC); when it is missing or WordPress's "no time"
///   `0000-00-00 00:00:00`, the site-local `wp:comment_date`, read as UTC with a warning.
/// - Text: `wp:comment_content` (what the commenter typed; line breaks kept, HTML tags turned
///   into text).
/// - Status from `wp:comment_approved`: 1 → nil, 0 → "heldForReview", spam, trash.
/// - Channel: the blog's host (`<channel><link>` or `wp:base_blog_url`); post: `wp:post_id`,
///   `<title>` (its HTML entities decoded: WordPress stores `&amp;`), `<link>`; comment link `{post link}#comment-{id}`.
/// - E-mail, URL and IP address of the author (personal data) go to metadata as
///   `author_email`, `author_url`, `author_ip`; a pingback or trackback is marked `type`.
enum WXRImporter {
    static func read(_ bytes: ByteView, into sink: inout ImportSink) throws {
        var xml = XMLReader(bytes, at: FormatDetection.bomLength(bytes))
        var state = State()
        var text = ""
        var sawRSS = false
        while let event = try xml.next() {
            switch event {
            case .start(let name, let offset):
                text = ""
                if xml.depth == 1 {
                    guard name.local == "rss" else {
                        throw ReadFailure("expected an <rss> document (a WordPress WXR export), found <\(escapedName(name.qualified))>", at: offset)
                    }
                    sawRSS = true
                }
                state.start(name, at: offset, depth: xml.depth)
            case .text(let chunk):
                text += chunk
            case .end(let name, _):
                try state.end(name, text: text, depth: xml.depth + 1, into: &sink)
                text = ""
            }
        }
        guard sawRSS else { throw ReadFailure("expected an <rss> document (a WordPress WXR export)", at: 0) }
    }

    private static func isWordPress(_ name: XMLReader.Name) -> Bool {
        name.namespace?.hasPrefix("http://wordpress.org/export/") ?? (name.qualified.hasPrefix("wp:"))
    }

    private struct Field {
        var text: String
        var offset: Int
    }

    private struct Item {
        var index: Int
        var fields: [String: Field] = [:]
        var comments: [Comment] = []
    }

    private struct Comment {
        var index: Int
        var offset: Int
        var fields: [String: Field] = [:]
    }

    /// Where in the document the reader is, and what it has gathered there.
    private struct State {
        var site: String?
        var item: Item?
        var comment: Comment?
        var items = 0
        /// Depth of the open `<item>` and `<wp:comment>`, to tell their own fields from deeper ones.
        var itemDepth = 0
        var commentDepth = 0
        var fieldOffset = 0

        mutating func start(_ name: XMLReader.Name, at offset: Int, depth: Int) {
            fieldOffset = offset
            if name.local == "item", !isWordPress(name), item == nil {
                item = Item(index: items)
                items += 1
                itemDepth = depth
            } else if name.local == "comment", isWordPress(name), item != nil, comment == nil {
                comment = Comment(index: item!.comments.count, offset: offset)
                commentDepth = depth
            }
        }

        mutating func end(_ name: XMLReader.Name, text: String, depth: Int, into sink: inout ImportSink) throws {
            // `depth` is the closing element's own (the root is 1).
            if comment != nil {
                if depth == commentDepth + 1 {
                    comment!.fields[name.local] = Field(text: text, offset: fieldOffset)
                } else if depth == commentDepth {
                    item!.comments.append(comment!)
                    comment = nil
                }
                return
            }
            if item != nil {
                if depth == itemDepth + 1 {
                    let key = isWordPress(name) ? "wp:" + name.local : name.local
                    item!.fields[key] = Field(text: text, offset: fieldOffset)
                } else if depth == itemDepth {
                    try emit(item!, site: site, into: &sink)
                    item = nil
                }
                return
            }
            // Channel-level: the blog's address.
            if name.local == "link", !isWordPress(name), depth == 3, site == nil {
                site = host(of: text.trimmingWhitespace())
            } else if name.local == "base_blog_url", isWordPress(name), site == nil {
                site = host(of: text.trimmingWhitespace())
            }
        }
    }

    private static func emit(_ item: Item, site: String?, into sink: inout ImportSink) throws {
        let postID = item.fields["wp:post_id"]?.text.trimmingWhitespace()
        let postLink = item.fields["link"].map { URLRedaction.redact($0.text.trimmingWhitespace()) }
        let post = postID.flatMap { $0.isEmpty ? nil : PostRef(platformID: $0, title: item.fields["title"].flatMap { titleLine(MojibakeRepair.repair(HTMLText.decodeEntities($0.text))) }, url: postLink) }
        for comment in item.comments {
            let record = "item[\(item.index)].wp:comment[\(comment.index)]"
            func value(_ local: String) -> String? {
                comment.fields[local].map { $0.text.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            }
            guard let id = value("comment_id") else {
                throw ReadFailure("expected a <wp:comment_id> in this comment", at: comment.offset, record: record)
            }
            let created = try time(comment, id: id, record: record, sink: &sink)
            let authorName = value("comment_author").map(MojibakeRepair.repair)
            let userID = value("comment_user_id").flatMap { $0 == "0" ? nil : $0 }
            var metadata: [String: String] = [:]
            if let email = value("comment_author_email") { metadata["author_email"] = email }
            if let url = value("comment_author_url") { metadata["author_url"] = URLRedaction.redact(url) }
            if let ip = value("comment_author_IP") { metadata["author_ip"] = ip }
            if let type = value("comment_type"), type != "comment" { metadata["type"] = type }
            let content = comment.fields["comment_content"]?.text ?? ""
            try sink.emit(ImportedComment(
                platform: .wordpress, platformID: id, channel: site ?? postLink.flatMap(host(of:)), post: post,
                parentID: value("comment_parent").flatMap { $0 == "0" ? nil : $0 },
                author: (authorName == nil && userID == nil) ? nil : AuthorRef(platformID: userID, name: authorName),
                created: created,
                text: MojibakeRepair.repair(HTMLText.plainText(fromHTML: content, collapsingWhitespace: false)),
                url: postLink.map { "\(withoutFragment($0))#comment-\(id)" },
                status: wordPressStatus(value("comment_approved")), metadata: metadata))
        }
    }

    private static func time(_ comment: Comment, id: String, record: String, sink: inout ImportSink) throws -> Date? {
        for (local, isGMT) in [("comment_date_gmt", true), ("comment_date", false)] {
            guard let field = comment.fields[local] else { continue }
            let text = field.text.trimmingWhitespace()
            if text.isEmpty || TimeParser.isZeroDate(text) { continue }
            guard let date = TimeParser.parse(text) else {
                throw ReadFailure("expected a time such as \"2025-03-04 09:12:45\", found \(quoted(text))", at: field.offset, record: "\(record).wp:\(local)")
            }
            if !isGMT { sink.warnings.add("comments without wp:comment_date_gmt: their site-local time is taken as UTC", example: id) }
            return date
        }
        return nil
    }
}
