/// The normalised view of one text that the matcher reads: a string of symbols over a small
/// alphabet, each mapped back to the code points of the original it came from.
///
/// The alphabet is `Symbol`: a space for every word boundary, the letters a–z and the digits.
/// A letter repeated in a row is kept once with its count in `runs` ("fuuuck" is f u(3) c k),
/// so the matcher can accept emphasis while still telling "ass" from "as".
struct NormalisedText {
    /// One symbol a position, `Symbol` codes.
    var symbols: [UInt8] = []
    /// Per position: how often the letter stood in a row (at least 1; capped at 255).
    var runs: [UInt8] = []
    /// Per position: `PositionMark` bits.
    var marks: [UInt8] = []
    /// Per position: the first code point of the original it came from.
    var starts: [Int32] = []
    /// Per position: one past the last code point of the original it came from.
    var ends: [Int32] = []
    /// Words written with masks (f*ck, bullsh#t), kept out of `symbols` for the matcher's
    /// wildcard pass.
    var maskedWords: [MaskedWord] = []
    /// The characters of every masked word, `Symbol` codes or `Symbol.wildcard`.
    var maskedSymbols: [UInt8] = []
    /// Code points in the original text.
    var codePointCount = 0

    var count: Int { symbols.count }

    mutating func removeAll() {
        symbols.removeAll(keepingCapacity: true)
        runs.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        maskedWords.removeAll(keepingCapacity: true)
        maskedSymbols.removeAll(keepingCapacity: true)
        codePointCount = 0
    }

    /// The original code points for positions `range` (end exclusive).
    func span(_ range: Range<Int>) -> Span {
        Span(start: Int(starts[range.lowerBound]), end: Int(ends[range.upperBound - 1]))
    }

    /// The symbols as a readable string (for tests and explanations).
    var text: String {
        String(decoding: symbols.map(Symbol.character), as: UTF8.self)
    }
}

/// A word that held masks, for the matcher's wildcard pass.
struct MaskedWord: Equatable {
    /// Offset and length in `NormalisedText.maskedSymbols`.
    var offset: Int32
    var length: Int32
    /// Code points of the original word, end exclusive.
    var start: Int32
    var end: Int32
}

/// Bits of `NormalisedText.marks`.
enum PositionMark {
    /// The symbol was not written plainly: a look-alike, leetspeak, a letter spaced out from
    /// its neighbours, or it had invisible characters beside it.
    static let altered: UInt8 = 1
    /// A word may start here although a letter precedes (inside a spaced-out word, or at a
    /// capital in a hashtag such as #StupidIdea).
    static let wordStart: UInt8 = 2
    /// A word may end here although a letter follows.
    static let wordEnd: UInt8 = 4
}

/// The normalised alphabet.
enum Symbol {
    static let space: UInt8 = 0
    /// Letters a–z are 1–26.
    static let firstLetter: UInt8 = 1
    /// Digits 0–9 are 27–36.
    static let firstDigit: UInt8 = 27
    static let count = 37
    /// In masked words only: any one letter.
    static let wildcard: UInt8 = 255

    @inline(__always) static func letter(_ ascii: UInt8) -> UInt8 { ascii &- 0x60 }
    @inline(__always) static func digit(_ ascii: UInt8) -> UInt8 { ascii &- 0x30 &+ firstDigit }
    @inline(__always) static func isLetter(_ s: UInt8) -> Bool { s >= firstLetter && s < firstDigit }

    static func character(_ s: UInt8) -> UInt8 {
        switch s {
        case space: UInt8(ascii: " ")
        case firstLetter..<firstDigit: s &+ 0x60
        case firstDigit..<UInt8(count): s &- firstDigit &+ 0x30
        default: UInt8(ascii: "?")
        }
    }
}
