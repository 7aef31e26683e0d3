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
    /// Reused buffer for strings with escapes.
    private var scratch: [UInt8] = []
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

    // MARK: Strings and numbers

    /// Reads a string at `pos` (the opening quote), checking escapes; returns the bytes
    /// between the quotes and whether any escape occurs.
    @inline(__always)
    mutating func scanString() throws -> (start: Int, end: Int, escaped: Bool) {
        let open = pos
        let start = pos + 1
        let n = bytes.count
        var i = start
        var escaped = false
        while i < n {
            let b = bytes[i]
            if b == 0x22 {
                pos = i + 1
                return (start, i, escaped)
            }
            if b == 0x5C {
                escaped = true
                guard i + 1 < n else { break }
                switch bytes[i + 1] {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 2
                case 0x75:
                    guard i + 6 <= n else { i = n; continue }
                    for k in 2..<6 where hexValue(bytes[i + k]) == nil {
                        throw failure("expected four hexadecimal digits after `\\u` in a string", at: i)
                    }
                    i += 6
                default:
                    throw failure("expected an escape such as \\n, \\\" or \\u00e9 in a string, found \\\(describeByte(bytes[i + 1]).trimmingCharacters(in: ["`"]))", at: i)
                }
                continue
            }
            if b < 0x20 {
                throw failure("expected the string to continue, found a raw control character (\(describeByte(b))); in JSON it must be escaped", at: i)
            }
            i += 1
        }
        throw failure("the file ends inside a string that starts here: the export looks truncated", at: open)
    }

    /// Reads a number at `pos`, checking its form; returns its bytes.
    mutating func scanNumber() throws -> (start: Int, end: Int) {
        let start = pos
        var i = pos
        let n = bytes.count
        func digits(_ i: inout Int) -> Int {
            let from = i
            while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i - from
        }
        if i < n, bytes[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        let intDigits = digits(&i)
        guard intDigits > 0 else { throw failure("expected digits in a number", at: i) }
        if intDigits > 1, bytes[intStart] == UInt8(ascii: "0") { throw failure("expected a number without leading zeros", at: intStart) }
        if i < n, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits(&i) > 0 else { throw failure("expected digits after the decimal point", at: i) }
        }
        if i < n, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits(&i) > 0 else { throw failure("expected digits in the exponent", at: i) }
        }
        if i < n, !isJSONDelimiter(bytes[i]) {
            throw failure("expected `,`, `}` or `]` after a number, found \(describeByte(bytes[i]))", at: i)
        }
        pos = i
        return (start, i)
    }

    /// The text of a scanned string, escapes decoded.
    @inline(__always)
    mutating func makeString(_ span: (start: Int, end: Int, escaped: Bool)) -> String {
        span.escaped ? decodeEscapes(span.start, span.end) : bytes.string(span.start, span.end)
    }

    private mutating func decodeEscapes(_ start: Int, _ end: Int) -> String {
        scratch.removeAll(keepingCapacity: true)
        JSONCursor.unescape(bytes, start, end, into: &scratch)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Decodes the escapes of a string already checked by `scanString`. A lone UTF-16
    /// surrogate (which no Swift string can hold) becomes U+FFFD.
    static func unescape(_ bytes: ByteView, _ start: Int, _ end: Int, into out: inout [UInt8]) {
        var i = start
        var run = start
        while i < end {
            guard bytes[i] == 0x5C else { i += 1; continue }
            if run < i { out.append(contentsOf: UnsafeBufferPointer(start: bytes.base + run, count: i - run)) }
            assert(i + 1 < end, "an escape at the end of a string: scanString lets none through")
            let e = bytes[i + 1]
            i += 2
            switch e {
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = hex4(bytes, i)
                i += 4
                if scalar >= 0xD800, scalar <= 0xDBFF {
                    if i + 6 <= end, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                        let low = hex4(bytes, i + 2)
                        if low >= 0xDC00, low <= 0xDFFF {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        } else {
                            scalar = 0xFFFD
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if scalar >= 0xDC00, scalar <= 0xDFFF {
                    scalar = 0xFFFD
                }
                appendUTF8(scalar, to: &out)
            default: out.append(e) // \" \\ \/
            }
            run = i
        }
        if run < end { out.append(contentsOf: UnsafeBufferPointer(start: bytes.base + run, count: end - run)) }
    }

    private static func hex4(_ bytes: ByteView, _ i: Int) -> UInt32 {
        var v: UInt32 = 0
        for k in 0..<4 { v = v << 4 | UInt32(hexValue(bytes[i + k]) ?? 0) }
        return v
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

@inline(__always) func isJSONDelimiter(_ b: UInt8) -> Bool {
    isASCIIWhitespace(b) || b == UInt8(ascii: ",") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]")
}

@inline(__always) func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: b - 0x30
    case 0x41...0x46: b - 0x41 + 10
    case 0x61...0x66: b - 0x61 + 10
    default: nil
    }
}

func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80: out.append(UInt8(scalar))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | scalar >> 6)); out.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | scalar >> 12)); out.append(UInt8(0x80 | scalar >> 6 & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
    default:
        out.append(UInt8(0xF0 | scalar >> 18)); out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
        out.append(UInt8(0x80 | scalar >> 6 & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
    }
}
