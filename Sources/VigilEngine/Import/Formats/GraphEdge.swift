/// The object and edge a Graph API page lists ("111_222" and "comments"), read from its
/// paging URLs: a `/{post-id}/comments` page's records do not say which post they are on,
/// but its `paging.next` does. Only the two path parts are kept, never the URL (it carries
/// the access token).
struct GraphEdge: Equatable {
    var object: String
    var edge: String

    /// The edge named by the top-level `paging`, which Graph writes last: looked for in the
    /// file's last 64 KB. Nil when there is none.
    static func find(in bytes: ByteView) -> GraphEdge? {
        let literal: StaticString = "\"paging\""
        let windowStart = max(0, bytes.count - 65_536)
        var i = bytes.count - literal.utf8CodeUnitCount
        while i >= windowStart {
            if bytes[i] == UInt8(ascii: "\""), bytes.matches(literal, at: i), let edge = parsePaging(bytes, at: i) {
                return edge
            }
            i -= 1
        }
        return nil
    }

    private static func parsePaging(_ bytes: ByteView, at offset: Int) -> GraphEdge? {
        var c = JSONCursor(bytes, at: offset)
        guard (try? c.readString()) == "paging" else { return nil }
        c.skipWhitespace()
        guard c.pos < bytes.count, bytes[c.pos] == UInt8(ascii: ":") else { return nil }
        c.pos += 1
        var found: GraphEdge?
        do {
            try c.beginObject()
            while let key = try c.nextMember() {
                if key == "next" || key == "previous", let url = try c.readOptionalString(), found == nil {
                    found = fromURL(url)
                } else {
                    try c.skipValue()
                }
            }
        } catch {
            return found
        }
        return found
    }

    /// "https://graph.facebook.com/v19.0/111_222/comments?access_token=…" → 111_222, comments.
    static func fromURL(_ url: String) -> GraphEdge? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let host = rest[..<hostEnd].lowercased()
        guard host.hasSuffix("facebook.com") || host.hasSuffix("instagram.com") else { return nil }
        let pathAndQuery = rest[hostEnd...]
        let path = pathAndQuery[..<(pathAndQuery.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? pathAndQuery.endIndex)]
        var parts = path.split(separator: "/").map(String.init)
        if let first = parts.first, first.hasPrefix("v"), first.dropFirst().allSatisfy({ $0.isNumber || $0 == "." }) {
            parts.removeFirst()
        }
        guard parts.count >= 2 else { return nil }
        return GraphEdge(object: parts[parts.count - 2], edge: parts[parts.count - 1])
    }
}

/// A Facebook object id "{prefix}_{suffix}": a post is "{page id}_{post id}", a comment
/// "{post id}_{comment id}".
struct FacebookID {
    let prefix: Substring
    let suffix: Substring

    init?(_ id: String) {
        guard let underscore = id.firstIndex(of: "_") else { return nil }
        prefix = id[..<underscore]
        suffix = id[id.index(after: underscore)...]
        guard !prefix.isEmpty, !suffix.isEmpty else { return nil }
    }
}

extension JSONCursor {
    /// A Graph API edge as it appears nested in a record (`"comments": {"data": [...],
    /// "paging": ...}`, `"replies": {"data": [...]}`) or flattened to a bare array; `element`
    /// reads each record. Paging is skipped: its URLs carry the access token.
    mutating func readGraphEdge(_ what: String, element: (inout JSONCursor) throws -> Void) throws {
        if try takeNull() { return }
        if try peek() == UInt8(ascii: "[") {
            try beginArray()
            while try nextElement() { try element(&self) }
            return
        }
        try beginObject("an object with a \"data\" array of \(what)")
        while let key = try nextMember() {
            if key == "data" {
                try beginArray("an array of \(what)")
                while try nextElement() { try element(&self) }
            } else {
                try skipValue()
            }
        }
    }
}

/// The first line of a post's text, shortened, as the post's title.
func titleLine(_ text: String?, limit: Int = 80) -> String? {
    guard let text else { return nil }
    guard let line = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).lazy
        .map({ $0.trimmingWhitespace() }).first(where: { !$0.isEmpty }) else { return nil }
    guard line.count > limit else { return line }
    return String(line.prefix(limit - 1)) + "…"
}
