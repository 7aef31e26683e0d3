/// A comment whose digits, and the few symbols numbers and addresses are written with, are
/// folded to ASCII so that the recognisers read "０７７００ ９００１２３" (fullwidth),
/// "٠٧٧٠٠ ٩٠٠١٢٣" (Arabic-Indic), "۰۷۷۰۰" (Persian), "०७७००" (Devanagari), "𝟎𝟕𝟕𝟎𝟎"
/// (mathematical) and "ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ" like their ASCII spellings.
///
/// Only texts that contain such a character are copied: `Recognisers.findAll` notes the
/// first one as it passes it. Every folded byte remembers where its character starts in the
/// original, so findings map back to the original text.
struct FoldedText {
    /// The folded bytes.
    private(set) var bytes: [UInt8] = []
    /// For each folded byte (and one past the end), the original byte offset it came from.
    private(set) var origin: [Int] = []

    /// Whether `b` can start a character that folds: a cheap test for the scanning pass.
    @inline(__always) static func mayStartFoldable(_ b: UInt8) -> Bool {
        b == 0xEF || b == 0xD9 || b == 0xDB || b == 0xE0 || b == 0xE3 || b == 0xF0
    }

    /// The folded copy of `t`, or nil when nothing in it folds.
    init?(_ t: ScanText) {
        var changed = false
        bytes.reserveCapacity(t.count)
        origin.reserveCapacity(t.count + 1)
        var i = 0
        while i < t.count {
            if let (ascii, length) = FoldedText.fold(t, i) {
                bytes.append(ascii)
                origin.append(i)
                i += length
                changed = true
            } else {
                bytes.append(t.bytes[i])
                origin.append(i)
                i += 1
            }
        }
        origin.append(t.count)
        if !changed { return nil }
    }

    /// The ASCII byte the character at `i` folds to, and its length in bytes.
    static func fold(_ t: ScanText, _ i: Int) -> (UInt8, Int)? {
        let b0 = t[i], b1 = t[i + 1], b2 = t[i + 2]
        switch b0 {
        case 0xEF where b1 == 0xBC:
            switch b2 {
            case 0x90...0x99: return (b2 - 0x90 + 0x30, 3)       // ０-９
            case 0xA1...0xBA: return (b2 - 0xA1 + 0x41, 3)       // Ａ-Ｚ
            case 0x8B: return (0x2B, 3)                          // ＋
            case 0x88: return (0x28, 3)                          // （
            case 0x89: return (0x29, 3)                          // ）
            case 0x8D: return (0x2D, 3)                          // －
            case 0x8E: return (0x2E, 3)                          // ．
            case 0xA0: return (0x40, 3)                          // ＠
            default: return nil
            }
        case 0xEF where b1 == 0xBD && (0x81...0x9A).contains(b2):
            return (b2 - 0x81 + 0x61, 3)                         // ａ-ｚ
        case 0xE3 where b1 == 0x80 && b2 == 0x80:
            return (0x20, 3)                                     // ideographic space
        case 0xD9 where (0xA0...0xA9).contains(b1):
            return (b1 - 0xA0 + 0x30, 2)                         // Arabic-Indic ٠-٩
        case 0xDB where (0xB0...0xB9).contains(b1):
            return (b1 - 0xB0 + 0x30, 2)                         // Persian ۰-۹
        case 0xE0 where b1 == 0xA5 && (0xA6...0xAF).contains(b2):
            return (b2 - 0xA6 + 0x30, 3)                         // Devanagari ०-९
        case 0xF0 where b1 == 0x9D && b2 == 0x9F:
            let b3 = t[i + 3]
            guard (0x8E...0xBF).contains(b3) else { return nil }
            return ((b3 - 0x8E) % 10 + 0x30, 4)                  // mathematical 𝟎-𝟿
        default:
            return nil
        }
    }
}
