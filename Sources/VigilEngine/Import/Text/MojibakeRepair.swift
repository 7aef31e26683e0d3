/// Repairs text whose UTF-8 bytes were once read as Latin-1 or Windows-1252 and written out
/// again ("cafÃ©" for "café", "donâ€™t" for "don’t", "ðŸ˜€" for "😀"), as personal-data
/// exports and some CSV tools do.
///
/// A string is repaired only when every character in it maps back to a single byte and the
/// bytes so made are well-formed UTF-8 containing at least one multi-byte character: then the
/// whole string was consistently double-encoded. Correct text is never touched — a real
/// "é" next to ASCII does not form valid UTF-8, and text with any character beyond Latin-1
/// and Windows-1252 (an emoji, Arabic, Chinese) cannot have been double-encoded as a whole.
enum MojibakeRepair {
    static func repair(_ text: String) -> String {
        // The common case, ASCII, costs one pass over the bytes.
        guard couldBeDoubleEncoded(text) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v <= 0xFF {
                bytes.append(UInt8(v))
            } else if let b = Windows1252.byteForScalar[v] {
                bytes.append(b)
            } else {
                return text
            }
        }
        guard UTF8Validation.isValid(bytes) else { return text }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// False when the bytes rule repair out at once: ASCII only (checked eight bytes at a
    /// time), or a character that no Latin-1 or Windows-1252 character encodes to (its UTF-8
    /// lead byte is not C2/C3, nor C5/C6/CB/E2 for Windows-1252's punctuation and letters).
    static func couldBeDoubleEncoded(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            var i = 0
            var sawHigh = false
            while i < bytes.count {
                if i + 8 <= bytes.count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = base[i]
                if b >= 0xC0 {
                    sawHigh = true
                    switch b {
                    case 0xC2, 0xC3, 0xC5, 0xC6, 0xCB, 0xE2: break
                    default: return false
                    }
                }
                i += 1
            }
            return sawHigh
        }
    }
}
