/// Builds JSON as UTF-8 bytes, fast enough for `vigil scan` to print hundreds of thousands of
/// lines a second.
///
/// Strings are escaped so the output is safe to show on a terminal as well as valid JSON: C0,
/// DEL, C1 controls, bidi overrides and line separators become `\uXXXX`. Callers open and close
/// objects and arrays themselves; `comma()` goes between members.
struct JSONOutput {
    var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func key(_ name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    mutating func int(_ value: Int) {
        if value == 0 { bytes.append(UInt8(ascii: "0")); return }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while v > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            }
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { buffer in
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }

    mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    mutating func null() { raw("null") }

    mutating func string(_ value: String?) {
        guard var value else { null(); return }
        value.withUTF8 { appendEscaped($0) }
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var i = 0
        let n = utf8.count
        while i < n {
            // The common case: a run of printable ASCII copied as is.
            var j = i
            while j < n, utf8[j] >= 0x20, utf8[j] < 0x7F, utf8[j] != UInt8(ascii: "\""), utf8[j] != UInt8(ascii: "\\") {
                j += 1
            }
            if j > i {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<j]))
                i = j
                if i == n { break }
            }
            let b = utf8[i]
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22]); i += 1
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C]); i += 1
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")]); i += 1
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")]); i += 1
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")]); i += 1
            case ..<0x20, 0x7F: escapeCodePoint(UInt32(b)); i += 1
            case 0xC2 where i + 1 < n && (0x80...0x9F).contains(utf8[i + 1]):  // C1 control
                escapeCodePoint(UInt32(utf8[i + 1])); i += 2
            case 0xE2 where i + 2 < n && Self.isUnsafeE2(utf8[i + 1], utf8[i + 2]):
                escapeCodePoint(0x2000 | (UInt32(utf8[i + 1] & 0x3F) << 6) | UInt32(utf8[i + 2] & 0x3F)); i += 3
            case 0xD8 where i + 1 < n && utf8[i + 1] == 0x9C:  // U+061C arabic letter mark
                escapeCodePoint(0x061C); i += 2
            default: bytes.append(b); i += 1
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// U+200E/F, U+2028/9, U+202A–E, U+2066–9 (all E2 80 xx or E2 81 xx).
    private static func isUnsafeE2(_ b1: UInt8, _ b2: UInt8) -> Bool {
        (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (0xA8...0xAE).contains(b2))) || (b1 == 0x81 && (0xA6...0xA9).contains(b2))
    }

    private mutating func escapeCodePoint(_ v: UInt32) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), hex[Int(v >> 12 & 0xF)], hex[Int(v >> 8 & 0xF)],
                                  hex[Int(v >> 4 & 0xF)], hex[Int(v & 0xF)]])
    }

    mutating func newline() { bytes.append(0x0A) }
}
