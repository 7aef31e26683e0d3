/// The normalised view of one text that the matcher reads: a string of symbols over a small
/// alphabet, each mapped back to the code points of the original it came from.
///
/// The alphabet is `Symbol`: a space for every word boundary, the letters a–z and the digits.
/// A letter repeated in a row is kept once with its count in `runs` ("fuuuck" is f u(3) c k),
/// so the matcher can accept emphasis while still telling "ass" from "as".
///
/// Storage is raw memory owned by the instance and reused from text to text: the normaliser
/// reserves room for the worst case before a text, so appending costs one store per field.
/// One instance belongs to one thread.
///
/// The code points of a word of plain ASCII letters (most words) are not written position by
/// position: only where the word starts (`addPlainWord`), since each of its symbols stands
/// for `runs` code points in a row. Most comments raise no flag, so `start(at:)` and
/// `end(at:)` work them out only for the few positions a match asks about.
final class NormalisedText {
    @exclusivity(unchecked) private(set) var count = 0
    private var capacity = 0
    /// One symbol a position, `Symbol` codes.
    @exclusivity(unchecked) private(set) var symbolStorage: UnsafeMutablePointer<UInt8>
    /// Per position: how often the letter stood in a row (at least 1; capped at 255).
    @exclusivity(unchecked) private(set) var runStorage: UnsafeMutablePointer<UInt8>
    /// Per position: `PositionMark` bits.
    @exclusivity(unchecked) private(set) var markStorage: UnsafeMutablePointer<UInt8>
    /// Per position: the first code point of the original it came from (not kept for
    /// positions marked `PositionMark.plain`: read it with `start(at:)`).
    @exclusivity(unchecked) private(set) var startStorage: UnsafeMutablePointer<Int32>
    /// Per position: one past the last code point of the original it came from (for a
    /// `PositionMark.plain` position kept only at the end of its word: read it with `end(at:)`).
    @exclusivity(unchecked) private(set) var endStorage: UnsafeMutablePointer<Int32>
    /// Per plain word, in order: its first position and the code point that position starts at.
    @exclusivity(unchecked) private var plainPositions: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var plainCodePoints: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var plainCount = 0
    /// Words written with masks (f*ck, bullsh#t), kept out of the symbols for the matcher's
    /// wildcard pass.
    @exclusivity(unchecked) var maskedWords: [MaskedWord] = []
    /// The characters of every masked word, `Symbol` codes or `Symbol.wildcard`.
    var maskedSymbols: [UInt8] = []
    /// Code points in the original text.
    var codePointCount = 0
    /// Whether a position is marked `PositionMark.wordStart` (a capital inside a word, a
    /// spaced-out word): when none is, the matcher looks for word starts only after spaces.
    @exclusivity(unchecked) var hasInnerWordStarts = false

    init(capacity: Int = 512) {
        self.capacity = capacity
        symbolStorage = .allocate(capacity: capacity)
        runStorage = .allocate(capacity: capacity)
        markStorage = .allocate(capacity: capacity)
        startStorage = .allocate(capacity: capacity)
        endStorage = .allocate(capacity: capacity)
        plainPositions = .allocate(capacity: capacity)
        plainCodePoints = .allocate(capacity: capacity)
    }

    deinit {
        symbolStorage.deallocate()
        runStorage.deallocate()
        markStorage.deallocate()
        startStorage.deallocate()
        endStorage.deallocate()
        plainPositions.deallocate()
        plainCodePoints.deallocate()
    }

    /// Empties the text and makes room for at least `positions` symbols.
    func reset(reserving positions: Int) {
        count = 0
        plainCount = 0
        codePointCount = 0
        hasInnerWordStarts = false
        if !maskedWords.isEmpty {
            maskedWords.removeAll(keepingCapacity: true)
            maskedSymbols.removeAll(keepingCapacity: true)
        }
        guard positions > capacity else { return }
        let grown = max(positions, capacity * 2)
        symbolStorage.deallocate(); symbolStorage = .allocate(capacity: grown)
        runStorage.deallocate(); runStorage = .allocate(capacity: grown)
        markStorage.deallocate(); markStorage = .allocate(capacity: grown)
        startStorage.deallocate(); startStorage = .allocate(capacity: grown)
        endStorage.deallocate(); endStorage = .allocate(capacity: grown)
        plainPositions.deallocate(); plainPositions = .allocate(capacity: grown)
        plainCodePoints.deallocate(); plainCodePoints = .allocate(capacity: grown)
        capacity = grown
    }

    /// Appends one position; the caller has reserved room with `reset(reserving:)`.
    @inline(__always)
    func append(_ symbol: UInt8, mark: UInt8, start: Int32, end: Int32) {
        symbolStorage[count] = symbol
        runStorage[count] = 1
        markStorage[count] = mark
        startStorage[count] = start
        endStorage[count] = end
        count += 1
    }

    /// Writes `Symbol.end` after the last position (room is reserved as for `append`), for
    /// readers of `terminatedSymbols`.
    @inline(__always)
    func terminate() { symbolStorage[count] = Symbol.end }

    /// The symbols followed by `Symbol.end` (written by the normaliser when it finishes a
    /// text): a reader that stops there needs no bound check.
    var terminatedSymbols: UnsafePointer<UInt8> { UnsafePointer(symbolStorage) }

    /// Takes positions the caller wrote straight into the storage (room reserved as for
    /// `append`).
    @inline(__always)
    func setCount(_ n: Int) { count = n }

    /// Notes that a plain word starts at `position` (its positions marked
    /// `PositionMark.plain`), at code point `codePoint`. A plain word takes one position per
    /// run of one letter, and fewer than 255 code points, so its runs are its code points.
    @inline(__always)
    func addPlainWord(position: Int, codePoint: Int32) {
        plainPositions[plainCount] = Int32(truncatingIfNeeded: position)
        plainCodePoints[plainCount] = codePoint
        plainCount += 1
    }

    /// The first code point of the original that position `p` came from.
    func start(at p: Int) -> Int32 {
        guard markStorage[p] & PositionMark.plain != 0 else { return startStorage[p] }
        // The last plain word starting at or before p is the one p is in.
        var lo = 0
        var hi = plainCount
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(plainPositions[mid]) <= p { lo = mid } else { hi = mid }
        }
        var cp = plainCodePoints[lo]
        for q in Int(plainPositions[lo])..<p { cp += Int32(runStorage[q]) }
        return cp
    }

    /// One past the last code point of the original that position `p` came from.
    func end(at p: Int) -> Int32 {
        guard markStorage[p] & PositionMark.plain != 0 else { return endStorage[p] }
        return start(at: p) + Int32(runStorage[p])
    }

    var symbolBuffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: symbolStorage, count: count) }
    var runBuffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: runStorage, count: count) }
    var markBuffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: markStorage, count: count) }

    /// Copies, for tests and compiling entries.
    var symbols: [UInt8] { Array(symbolBuffer) }
    var runs: [UInt8] { Array(runBuffer) }

    /// The original code points for positions `range` (end exclusive).
    func span(_ range: Range<Int>) -> Span {
        Span(start: Int(start(at: range.lowerBound)), end: Int(end(at: range.upperBound - 1)))
    }

    /// The symbols as a readable string (for tests and explanations).
    var text: String {
        String(decoding: symbolBuffer.map(Symbol.character), as: UTF8.self)
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
    /// Part of a plain word: the code points are worked out, not stored (`start(at:)`).
    static let plain: UInt8 = 8
}

/// The normalised alphabet.
enum Symbol {
    static let space: UInt8 = 0
    /// Letters a–z are 1–26.
    static let firstLetter: UInt8 = 1
    /// Digits 0–9 are 27–36.
    static let firstDigit: UInt8 = 27
    static let count = 37
    /// After the last position of a normalised text (`NormalisedText.terminatedSymbols`):
    /// no symbol of a key, so a trie walk stops there.
    static let end = UInt8(count)
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
