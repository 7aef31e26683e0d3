import Foundation

/// The object and edge a Graph API page lists ("111_222" and "comments"), read from its
/// paging URLs: a `/{post-id}/comments` page's records do not say which post they are on,
/// but its `paging.next` does. Only the two path parts are kept, never the URL (it carries
/// the access token).
struct GraphEdge: Equatable {
    var object: String
    var edge: String

    /// Reads a top-level Graph API page, `{"data": [...], "paging": {...}}`, calling `element`
    /// for each record of `data`; paging is skipped (its URLs carry the access token). A page
    /// without `data` is refused.
    static func readPage(_ bytes: ByteView, of what: String, element: (inout JSONCursor) throws -> Void) throws {
        var c = JSONCursor(bytes, at: jsonStart(bytes))
        var sawData = false
        try c.beginObject("an object with a \"data\" array (a Graph API page)")
        while let key = try c.nextMember() {
            if key == "data" {
                sawData = true
                try c.beginArray("an array of \(what)")
                while try c.nextElement() { try element(&c) }
            } else {
                try c.skipValue()
            }
        }
        try c.finish()
        guard sawData else {
            throw ReadFailure("expected a \"data\" array of \(what) (a Graph API page), found none", at: jsonStart(bytes))
        }
    }

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
        // Bytes, not Characters: this runs once per page, ten thousand times in a large import.
        let bytes = Array(url.utf8)
        guard let schemeEnd = indexOf(Array("://".utf8), in: bytes) else { return nil }
        var i = schemeEnd + 3
        let hostStart = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "/"), bytes[i] != UInt8(ascii: "?"), bytes[i] != UInt8(ascii: "#") { i += 1 }
        let host = String(decoding: bytes[hostStart..<i].map(asciiLower), as: UTF8.self)
        guard host.hasSuffix("facebook.com") || host.hasSuffix("instagram.com") else { return nil }
        var parts: [String] = []
        var partStart = i
        while i <= bytes.count {
            let end = i == bytes.count || bytes[i] == UInt8(ascii: "?") || bytes[i] == UInt8(ascii: "#")
            if end || bytes[i] == UInt8(ascii: "/") {
                if i > partStart + 1 || (i > partStart && bytes[partStart] != UInt8(ascii: "/")) {
                    let from = bytes[partStart] == UInt8(ascii: "/") ? partStart + 1 : partStart
                    parts.append(String(decoding: bytes[from..<i], as: UTF8.self))
                }
                partStart = i
                if end { break }
            }
            i += 1
        }
        if let first = parts.first, first.hasPrefix("v"), first.utf8.dropFirst().allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) {
            parts.removeFirst()
        }
        guard parts.count >= 2 else { return nil }
        return GraphEdge(object: parts[parts.count - 2], edge: parts[parts.count - 1])
    }

    private static func indexOf(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle {
            return i
        }
        return nil
    }
}

/// A Facebook object id "{prefix}_{suffix}": a post is "{page id}_{post id}", a comment
/// "{post id}_{comment id}".
struct FacebookID {
    let prefix: Substring
    let suffix: Substring

    init?(_ id: String) {
        // By UTF-8 byte, not by Character: this runs for each of a million comments.
        let found = id.withUTF8Bytes { bytes -> Int? in
            guard let base = bytes.baseAddress, let hit = memchr(base, Int32(UInt8(ascii: "_")), bytes.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        guard let offset = found, offset > 0, offset < id.utf8.count - 1 else { return nil }
        let underscore = id.utf8.index(id.utf8.startIndex, offsetBy: offset)
        prefix = id[..<underscore]
        suffix = id[id.utf8.index(after: underscore)...]
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place for native strings, else a copy.
    @inline(__always) func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the string's bytes start with `prefix`'s: no strings made, no Unicode rules.
    @inline(__always) func hasBytePrefix(_ prefix: String) -> Bool {
        withUTF8Bytes { own in
            prefix.withUTF8Bytes { p in
                p.count <= own.count && (p.count == 0 || memcmp(own.baseAddress!, p.baseAddress!, p.count) == 0)
            }
        }
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
