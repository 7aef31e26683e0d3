/// What the normaliser makes of one non-ASCII code point: ASCII letters or digits it stands
/// for, nothing (invisible), or a word boundary. Table-driven, so folding costs one lookup.
///
/// An entry packs up to three ASCII bytes in its low 24 bits, the kind in bits 24–27 and
/// "upper case" in bit 28. The data comes from `FoldTableData.swift`.
struct FoldTable: Sendable {
    enum Kind: UInt32 {
        /// Not a letter for matching: punctuation, symbols, emoji, other scripts.
        case boundary = 0
        /// Stands for one to three ASCII letters or digits.
        case word = 1
        /// Invisible: zero-width characters, joiners, combining marks, variation selectors.
        case drop = 2
        /// A line or paragraph separator.
        case lineBreak = 3
    }

    static let shared = FoldTable()

    /// Entries for U+0080..<U+3000, indexed directly (the scripts comments mostly use).
    private let low: [UInt32]
    /// Entries for the higher blocks the data covers, by block (code point >> 8).
    private let blocks: [UInt32: [UInt32]]

    static let lowLimit: UInt32 = 0x3000

    private init() {
        var low = [UInt32](repeating: 0, count: Int(Self.lowLimit))
        var blocks: [UInt32: [UInt32]] = [:]
        for item in Self.data.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let eq = item.firstIndex(of: "="),
                  let cp = UInt32(item[item.startIndex..<eq], radix: 16) else { continue }
            let entry = Self.encode(item[item.index(after: eq)...])
            if cp < Self.lowLimit {
                low[Int(cp)] = entry
            } else {
                blocks[cp >> 8, default: [UInt32](repeating: 0, count: 256)][Int(cp & 0xFF)] = entry
            }
        }
        self.low = low
        self.blocks = blocks
    }

    private static func encode(_ value: Substring) -> UInt32 {
        if value == "-" { return Kind.drop.rawValue << 24 }
        if value == "/" { return Kind.lineBreak.rawValue << 24 }
        var entry = Kind.word.rawValue << 24
        var chars = value.utf8[...]
        if chars.first == UInt8(ascii: "^") {
            entry |= 1 << 28
            chars = chars.dropFirst()
        }
        for (k, b) in chars.prefix(3).enumerated() { entry |= UInt32(b) << (8 * UInt32(k)) }
        return entry
    }

    /// The entry for a non-ASCII code point.
    @inline(__always)
    func entry(_ cp: UInt32) -> UInt32 {
        if cp < Self.lowLimit { return low[Int(cp)] }
        // Tag characters and the variation selectors supplement are invisible.
        if cp >= 0xE0000 && cp <= 0xE01EF { return Kind.drop.rawValue << 24 }
        if let block = blocks[cp >> 8] { return block[Int(cp & 0xFF)] }
        return 0
    }

    @inline(__always) static func kind(_ entry: UInt32) -> Kind { Kind(rawValue: (entry >> 24) & 0xF) ?? .boundary }
    @inline(__always) static func isUpper(_ entry: UInt32) -> Bool { entry & (1 << 28) != 0 }
}
