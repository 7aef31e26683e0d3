import Foundation

/// A pull reader over the UTF-8 bytes of one JSON document: the format readers walk it member
/// by member and element by element, reading the values they want and skipping the rest, so
/// no tree of the document is ever built (a 250 MB page streams in a few MB).
///
/// It keeps the path to the current value ("data[6].created_time") so every complaint,
/// syntax or type, names the record. Bytes must already be valid UTF-8 (`UTF8Validation`).
struct JSONCursor {
    /// One step of the path to the current value.
    enum PathPart {
        /// An object whose first key has not been read yet.
        case objectStart
        /// The key whose value is being read, as its bytes in the file.
        case member(start: Int, end: Int)
        /// An element of an array; -1 before the first.
        case index(Int)
    }

    let bytes: ByteView
    var pos: Int
    private(set) var path: [PathPart] = []
    /// Reused buffer for strings with escapes (`JSONCursor+Scanning`).
    var scratch: [UInt8] = []
    /// Deeper than any export; a limit keeps hostile input from exhausting the stack.
    static let maxDepth = 100

    init(_ bytes: ByteView, at offset: Int = 0) {
        self.bytes = bytes
        pos = offset
        path.reserveCapacity(16)
        scratch.reserveCapacity(1024)
    }

    // MARK: Failures

    /// A complaint at `offset` (default: the current position) in the current record.
    func failure(_ message: String, at offset: Int? = nil) -> ReadFailure {
        ReadFailure(message, at: offset ?? pos, record: pathDescription())
    }

    /// "data[6].created_time"; nil at the top level.
    func pathDescription() -> String? {
        var out = ""
        for part in path {
            switch part {
            case .objectStart: continue
            case .index(let i): out += "[\(max(i, 0))]"
            case .member(let start, let end):
                let key = bytes.string(start, end)
                let plain = !key.isEmpty && key.utf8.allSatisfy { b in
                    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D || b == 0x24 || b == 0x40
                }
                if plain { out += out.isEmpty ? key : "." + key } else { out += "[\(quoted(key, limit: 30))]" }
            }
        }
        return out.isEmpty ? nil : out
    }

    /// What the value starting with `b` is, for "expected …, found …".
    func describeValue(startingWith b: UInt8, at offset: Int) -> String {
        switch b {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            var end = offset
            while end < bytes.count, end - offset < 24, !isJSONDelimiter(bytes[end]) { end += 1 }
            return "a number (\(bytes.string(offset, end)))"
        case UInt8(ascii: "t"): return "true"
        case UInt8(ascii: "f"): return "false"
        case UInt8(ascii: "n"): return "null"
        case UInt8(ascii: "<"): return "`<` (this looks like an HTML or XML page, not JSON)"
        default: return describeByte(b)
        }
    }

    private func endOfFile(expected: String) -> ReadFailure {
        failure("the file ends here, expected \(expected): the export looks truncated", at: bytes.count)
    }

    // MARK: Structure

    @inline(__always) mutating func skipWhitespace() {
        while pos < bytes.count, isASCIIWhitespace(bytes[pos]) { pos += 1 }
    }

    /// The first byte of the next value, after white space.
    @inline(__always) mutating func peek(expected: @autoclosure () -> String = "a value") throws -> UInt8 {
        skipWhitespace()
        guard pos < bytes.count else { throw endOfFile(expected: expected()) }
        return bytes[pos]
    }

    private mutating func push(_ part: PathPart) throws {
        guard path.count < Self.maxDepth else {
            throw failure("values nested more than \(Self.maxDepth) deep: expected an export of comments")
        }
        path.append(part)
    }

    /// Reads `{`; then call `nextMember` until it returns nil.
    mutating func beginObject(_ expected: @autoclosure () -> String = "an object") throws {
        guard try peek(expected: expected()) == UInt8(ascii: "{") else { throw typeMismatch(expected()) }
        pos += 1
        try push(.objectStart)
    }

    /// The next key of the object being read (the reader must then read or skip its value),
    /// or nil after the closing `}`.
    mutating func nextMember() throws -> JSONKey? {
        skipWhitespace()
        guard pos < bytes.count else { throw endOfFile(expected: "`,` or `}`") }
        var b = bytes[pos]
        let first: Bool
        if case .objectStart = path[path.count - 1] { first = true } else { first = false }
        if b == UInt8(ascii: "}") {
            pos += 1
            path.removeLast()
            return nil
        }
        if !first {
            guard b == UInt8(ascii: ",") else { throw failure("expected `,` or `}` after a value in an object, found \(describeByte(b))") }
            pos += 1
            b = try peek(expected: "a key in quotes")
            guard b == UInt8(ascii: "\"") else {
                throw failure("expected a key in quotes after `,`, found \(describeByte(b))" + (b == UInt8(ascii: "}") ? " (a trailing comma)" : ""))
            }
        } else if b != UInt8(ascii: "\"") {
            throw failure("expected a key in quotes or `}`, found \(describeByte(b))")
        }
        let span = try scanString()
        path[path.count - 1] = .member(start: span.start, end: span.end)
        guard try peek(expected: "`:`") == UInt8(ascii: ":") else { throw failure("expected `:` after a key, found \(describeByte(bytes[pos]))") }
        pos += 1
        return JSONKey(bytes: bytes, start: span.start, end: span.end, escaped: span.escaped)
    }

    /// Reads `[`; then call `nextElement` until it returns false.
    mutating func beginArray(_ expected: @autoclosure () -> String = "an array") throws {
        guard try peek(expected: expected()) == UInt8(ascii: "[") else { throw typeMismatch(expected()) }
        pos += 1
        try push(.index(-1))
    }

    /// Whether another element follows (the reader must then read or skip it); false after `]`.
    mutating func nextElement() throws -> Bool {
        skipWhitespace()
        guard pos < bytes.count else { throw endOfFile(expected: "`,` or `]`") }
        let b = bytes[pos]
        guard case .index(let i) = path[path.count - 1] else { preconditionFailure("nextElement outside an array") }
        if b == UInt8(ascii: "]") {
            pos += 1
            path.removeLast()
            return false
        }
        if i >= 0 {
            guard b == UInt8(ascii: ",") else { throw failure("expected `,` or `]` after an element of an array, found \(describeByte(b))") }
            pos += 1
            if try peek() == UInt8(ascii: "]") { throw failure("expected a value after `,`, found `]` (a trailing comma)") }
        }
        path[path.count - 1] = .index(i + 1)
        return true
    }

    /// The index of the element being read in the innermost array.
    var elementIndex: Int {
        if case .index(let i) = path.last { return max(i, 0) }
        return 0
    }

    /// After the top-level value: nothing but white space may follow.
    mutating func finish() throws {
        skipWhitespace()
        if pos < bytes.count {
            throw failure("expected the end of the file after the JSON value, found \(describeByte(bytes[pos])) (one export per file)")
        }
    }

    /// Reads the value at `span` (captured earlier with `captureValue`) as if it were at the
    /// current place in the path plus `parts`, then comes back. For values whose meaning
    /// depends on members that may follow them (a post's comments before its id).
    mutating func revisit<T>(_ span: Range<Int>, under parts: [PathPart], _ body: (inout JSONCursor) throws -> T) throws -> T {
        let savedPos = pos
        let savedDepth = path.count
        pos = span.lowerBound
        for part in parts { try push(part) }
        let result = try body(&self)
        path.removeLast(path.count - savedDepth)
        pos = savedPos
        return result
    }

    /// The path part for the member being read, for `revisit`.
    var currentPart: PathPart { path[path.count - 1] }

    // MARK: Skipping

    /// Skips one value of any kind, checking that it is well-formed.
    mutating func skipValue() throws {
        switch try peek() {
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "{"):
            try beginObject()
            while try nextMember() != nil { try skipValue() }
        case UInt8(ascii: "["):
            try beginArray()
            while try nextElement() { try skipValue() }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try scanNumber()
        case let b: throw failure("expected a value, found \(describeValue(startingWith: b, at: pos))")
        }
    }

    /// Skips one value and returns where it lies in the bytes.
    mutating func captureValue() throws -> Range<Int> {
        _ = try peek()
        let start = pos
        try skipValue()
        return start..<pos
    }

    private mutating func literal(_ word: StaticString) throws {
        guard bytes.matches(word, at: pos) else {
            let left = bytes.count - pos
            let word = Array(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
            if left < word.count, (0..<left).allSatisfy({ bytes[pos + $0] == word[$0] }) {
                throw failure("the file ends inside a value: the export looks truncated", at: bytes.count)
            }
            throw failure("expected a value (a string, number, object, array, true, false or null), found \(describeByte(bytes[pos]))")
        }
        pos += word.utf8CodeUnitCount
    }

    /// Whether the next value is `null` (consumed if so).
    mutating func takeNull() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }
}

/// A key as it stands in the file; compared with literals without making a string.
struct JSONKey {
    let bytes: ByteView
    let start: Int
    let end: Int
    let escaped: Bool

    @inline(__always) static func == (key: JSONKey, literal: StaticString) -> Bool {
        if key.escaped { return key.text == literal.description }
        let n = literal.utf8CodeUnitCount
        return key.end - key.start == n && memcmp(key.bytes.base + key.start, literal.utf8Start, n) == 0
    }

    /// The key's text, escapes decoded.
    var text: String {
        guard escaped else { return bytes.string(start, end) }
        var out: [UInt8] = []
        JSONCursor.unescape(bytes, start, end, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

