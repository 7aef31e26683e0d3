import Foundation

/// Typed reads: each takes the next value, or throws "expected …, found …" naming the record.
extension JSONCursor {
    /// A string; anything else is a type error.
    mutating func readString(_ expected: @autoclosure () -> String = "a string") throws -> String {
        guard try peek(expected: expected()) == UInt8(ascii: "\"") else { throw typeMismatch(expected()) }
        let span = try scanString()
        return makeString(span)
    }

    /// A string, or nil for `null`.
    mutating func readOptionalString(_ expected: @autoclosure () -> String = "a string") throws -> String? {
        if try takeNull() { return nil }
        return try readString(expected())
    }

    /// An id: a string as it stands, or a number's digits as written (never through a Double,
    /// which would round X's 19-digit ids). Nil for `null`.
    mutating func readID() throws -> String? {
        switch try peek(expected: "an id") {
        case UInt8(ascii: "\""): return makeString(try scanString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let span = try scanNumber()
            return bytes.string(span.start, span.end)
        case UInt8(ascii: "n"):
            _ = try takeNull()
            return nil
        default: throw typeMismatch("an id (a string or a number)")
        }
    }

    /// `true` or `false`; nil for `null`.
    mutating func readBool() throws -> Bool? {
        switch try peek(expected: "true or false") {
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            let value = bytes[pos] == UInt8(ascii: "t")
            try skipValue()
            return value
        case UInt8(ascii: "n"):
            _ = try takeNull()
            return nil
        default: throw typeMismatch("true or false")
        }
    }

    /// A number, a string, or a boolean as text (for metadata such as like counts); nil for `null`.
    mutating func readScalarText() throws -> String? {
        switch try peek() {
        case UInt8(ascii: "\""): return makeString(try scanString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let span = try scanNumber()
            return bytes.string(span.start, span.end)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            let value = bytes[pos] == UInt8(ascii: "t")
            try skipValue()
            return value ? "true" : "false"
        case UInt8(ascii: "n"):
            _ = try takeNull()
            return nil
        default: throw typeMismatch("a number or a string")
        }
    }

    /// A time: a string in one of the forms of `TimeParser` (parsed straight from the bytes),
    /// or epoch seconds or milliseconds as a number; nil for `null` or an empty string.
    mutating func readTime() throws -> Date? {
        let b = try peek(expected: "a time")
        let start = pos
        switch b {
        case UInt8(ascii: "\""):
            let span = try scanString()
            if span.escaped {
                let text = makeString(span)
                if text.isEmpty { return nil }
                guard let date = TimeParser.parse(text) else { throw badTime(text, at: start) }
                return date
            }
            if span.start == span.end { return nil }
            guard let date = TimeParser.parse(bytes.base + span.start, count: span.end - span.start) else {
                throw badTime(bytes.string(span.start, span.end), at: start)
            }
            return date
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let span = try scanNumber()
            guard let date = TimeParser.parse(bytes.base + span.start, count: span.end - span.start) else {
                throw failure("expected a time (epoch seconds or milliseconds), found the number \(bytes.string(span.start, span.end))", at: start)
            }
            return date
        case UInt8(ascii: "n"):
            _ = try takeNull()
            return nil
        default: throw typeMismatch("a time such as \"2025-07-18T14:12:03+0000\"")
        }
    }

    /// The member `key` of the object being read must hold an object, read by `body`; `null`
    /// counts as absent.
    mutating func readObject(_ expected: @autoclosure () -> String = "an object", _ body: (inout JSONCursor, JSONKey) throws -> Void) throws {
        if try takeNull() { return }
        try beginObject(expected())
        while let key = try nextMember() { try body(&self, key) }
    }

    /// Reads each element of an array with `body`; `null` counts as an empty array.
    mutating func readArray(_ expected: @autoclosure () -> String = "an array", _ body: (inout JSONCursor) throws -> Void) throws {
        if try takeNull() { return }
        try beginArray(expected())
        while try nextElement() { try body(&self) }
    }

    func typeMismatch(_ expected: String) -> ReadFailure {
        guard pos < bytes.count else {
            return failure("the file ends here, expected \(expected): the export looks truncated", at: bytes.count)
        }
        return failure("expected \(expected), found \(describeValue(startingWith: bytes[pos], at: pos))")
    }

    private func badTime(_ text: String, at offset: Int) -> ReadFailure {
        failure("expected a time such as \"2025-07-18T14:12:03+0000\", found \(quoted(text))", at: offset)
    }
}
