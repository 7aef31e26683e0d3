import Foundation

/// WordPress REST `GET /wp/v2/comments`: a bare JSON array of comments.
///
/// - Ids (numbers in the export) keep their digits as written; `parent` 0 means none, as
///   does `author` 0 (a guest).
/// - Time: `date_gmt` (UTC, no offset); only when it is missing, the site-local `date`, read as
///   UTC with a warning.
/// - Text: `content.raw` (with `context=edit`) keeping its line breaks, else `content.rendered`
///   turned from HTML into plain text.
/// - Channel: the blog's host from `link`; post: `post`, with the link's page as its URL.
/// - Status: approved → nil, hold → "heldForReview", spam, trash. `author_email` and
///   `author_ip` (personal data) go to metadata as `author_email` and `author_ip`.
enum WordPressRESTImporter {
    static func read(_ bytes: ByteView, into sink: inout ImportSink) throws {
        var c = JSONCursor(bytes, at: jsonStart(bytes))
        try c.beginArray("an array of comments (WordPress REST /wp/v2/comments)")
        while try c.nextElement() { try readComment(&c, &sink) }
        try c.finish()
    }

    private static func readComment(_ c: inout JSONCursor, _ sink: inout ImportSink) throws {
        let start = c.pos
        var id: String?
        var post: String?
        var parent: String?
        var authorID: String?
        var authorName: String?
        var dateGMT: Date?
        var dateLocal: Date?
        var raw: String?
        var rendered: String?
        var link: String?
        var status: String?
        var metadata: [String: String] = [:]
        try c.beginObject("a comment (an object)")
        while let key = try c.nextMember() {
            if key == "id" {
                id = try c.readID()
            } else if key == "post" {
                post = try c.readID()
            } else if key == "parent" {
                parent = try c.readID()
            } else if key == "author" {
                authorID = try c.readID()
            } else if key == "author_name" {
                authorName = try c.readOptionalString("the author's name (a string)")
            } else if key == "date_gmt" {
                dateGMT = try c.readTime()
            } else if key == "date" {
                dateLocal = try c.readTime()
            } else if key == "content" {
                try c.readObject("the content (an object with \"rendered\")") { c, key in
                    if key == "raw" { raw = try c.readOptionalString("the comment's text (a string)") } else if key == "rendered" { rendered = try c.readOptionalString("the comment's text (a string)") } else { try c.skipValue() }
                }
            } else if key == "link" {
                link = try c.readOptionalString("a link (a string)")
            } else if key == "status" {
                status = try c.readOptionalString("a status (a string)")
            } else if key == "author_email" || key == "author_ip" || key == "author_url" || key == "author_user_agent" {
                if let value = try c.readScalarText(), !value.isEmpty {
                    metadata[key.text] = key == "author_url" ? URLRedaction.redact(value) : value
                }
            } else if key == "type" {
                if let type = try c.readScalarText(), type != "comment" { metadata["type"] = type }
            } else {
                try c.skipValue()
            }
        }
        guard let id else { throw c.failure("expected an \"id\" in this comment", at: start) }
        if dateGMT == nil, dateLocal != nil {
            sink.warnings.add("comments without date_gmt: their site-local date is taken as UTC", example: id)
        }
        let url = link.map(URLRedaction.redact)
        let text = raw.map { HTMLText.plainText(fromHTML: $0, collapsingWhitespace: false) }
            ?? rendered.map { HTMLText.plainText(fromHTML: $0) } ?? ""
        try sink.emit(ImportedComment(
            platform: .wordpress, platformID: id, channel: url.flatMap(host(of:)),
            post: post.flatMap { $0 == "0" ? nil : PostRef(platformID: $0, url: url.map(withoutFragment)) },
            parentID: parent == "0" ? nil : parent,
            author: (authorName == nil && (authorID ?? "0") == "0") ? nil
                : AuthorRef(platformID: authorID == "0" ? nil : authorID, name: authorName.map(MojibakeRepair.repair)),
            created: dateGMT ?? dateLocal, text: MojibakeRepair.repair(text), url: url,
            status: wordPressStatus(status), metadata: metadata))
    }
}

/// WordPress's comment states, in the words the rest of Vigil uses.
func wordPressStatus(_ raw: String?) -> String? {
    switch raw?.lowercased() {
    case nil, "", "1", "approved", "approve": nil
    case "0", "hold", "unapproved": "heldForReview"
    case "spam": "spam"
    case "trash", "post-trashed": "trash"
    case let other?: other
    }
}

/// The host of an http(s) URL, lower-cased: the blog a WordPress comment belongs to.
func host(of url: String) -> String? {
    guard let schemeEnd = url.range(of: "://") else { return nil }
    var rest = url[schemeEnd.upperBound...]
    if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
    if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
    if let colon = rest.lastIndex(of: ":"), rest[rest.index(after: colon)...].allSatisfy(\.isNumber) { rest = rest[..<colon] }
    return rest.isEmpty ? nil : rest.lowercased()
}

func withoutFragment(_ url: String) -> String {
    url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
}
