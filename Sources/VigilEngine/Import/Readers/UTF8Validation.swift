/// Checks that bytes are well-formed UTF-8 (no overlong forms, surrogates or values past
/// U+10FFFF), eight ASCII bytes at a time. Every reader runs on bytes that passed, so they can
/// make strings without checking again.
enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a valid sequence, or nil.
    static func firstInvalidByte(_ base: UnsafePointer<UInt8>, count: Int) -> Int? {
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < count {
            if i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b0 = base[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= count else { return i }
            let b1 = base[i + 1]
            guard b1 >= lower, b1 <= upper else { return i }
            var k = 2
            while k < length {
                guard base[i + k] & 0xC0 == 0x80 else { return i }
                k += 1
            }
            i += length
        }
        return nil
    }

    /// Whether the bytes of `array` are well-formed UTF-8.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            return firstInvalidByte(base, count: buffer.count) == nil
        }
    }
}
