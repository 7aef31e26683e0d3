import Foundation

/// Strings and numbers: scanned (checked against JSON's grammar) without being made,
/// then made into values only when a reader wants them.
extension JSONCursor {
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
