#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// U+0000 in what an export says. SQLite's C interface, as GRDB binds and reads text, ends a
/// text at its first NUL: a comment id holding one is stored whole but read back cut short,
/// so no command could find the comment again, and what follows a NUL in a comment's text
/// would never reach the moderator's screen. No platform's id holds one (a file that does is
/// damaged or made up), so such an id refuses the file; in texts the NUL becomes U+FFFD, which
/// shows where it was and keeps what follows it visible.
enum NULCharacters {
    static let replacement: Character = "\u{FFFD}"

    /// The first id of `comment` that holds U+0000, named as a message would name it.
    static func idHoldingNUL(_ comment: ImportedComment) -> (field: String, value: String)? {
        let ids: [(String, String?)] = [
            ("comment id", comment.platformID), ("channel id", comment.channel), ("post id", comment.post?.platformID),
            ("parent id", comment.parentID), ("author id", comment.author?.platformID),
        ]
        for (field, value) in ids {
            if let value, holdsNUL(value) { return (field, value) }
        }
        return nil
    }

    /// Replaces U+0000 with U+FFFD in every text of `comment` that is not an id; whether any held one.
    static func replaceInTexts(_ comment: inout ImportedComment) -> Bool {
        var replaced = false
        func fix(_ value: inout String) {
            guard holdsNUL(value) else { return }
            value = String(value.map { $0 == "\u{0}" ? replacement : $0 })
            replaced = true
        }
        func fix(_ value: inout String?) {
            guard var text = value, holdsNUL(text) else { return }
            fix(&text)
            value = text
        }
        fix(&comment.text)
        fix(&comment.url)
        fix(&comment.status)
        if comment.author != nil {
            fix(&comment.author!.name)
            fix(&comment.author!.handle)
        }
        if comment.post != nil {
            fix(&comment.post!.title)
            fix(&comment.post!.url)
        }
        if comment.metadata.values.contains(where: holdsNUL) {
            comment.metadata = comment.metadata.mapValues { value in
                var text = value
                fix(&text)
                return text
            }
        }
        return replaced
    }

    /// Whether any text of `comment` holds U+0000: the one check every comment pays for.
    static func anyIn(_ comment: ImportedComment) -> Bool {
        // Field by field, not through an array of them: no allocation for the common case.
        func holds(_ value: String?) -> Bool { value.map(holdsNUL) ?? false }
        return holdsNUL(comment.platformID) || holdsNUL(comment.text) || holds(comment.channel) || holds(comment.parentID)
            || holds(comment.url) || holds(comment.status) || holds(comment.post?.platformID) || holds(comment.post?.title)
            || holds(comment.post?.url) || holds(comment.author?.platformID) || holds(comment.author?.name)
            || holds(comment.author?.handle) || comment.metadata.values.contains(where: holdsNUL)
    }

    /// Whether `value` holds U+0000 (its UTF-8 a zero byte: no other scalar encodes to one);
    /// memchr over a native string's bytes.
    @inline(__always) static func holdsNUL(_ value: String) -> Bool {
        value.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count > 0 && memchr(bytes.baseAddress!, 0, bytes.count) != nil
        } ?? value.utf8.contains(0)
    }
}
