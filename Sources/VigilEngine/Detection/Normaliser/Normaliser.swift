/// Turns a comment's UTF-8 bytes into the `NormalisedText` the matcher reads, in one pass.
///
/// What it undoes, so that a word list entry matches however the word was dressed up:
/// case; NFKC compatibility forms, diacritics, Cyrillic and Greek look-alikes, fullwidth and
/// mathematical letters (`FoldTable`); invisible characters and combining marks (dropped);
/// leetspeak inside words (`5h1t`, `b!tch`, `a$$`); letters spaced out with spaces, dots,
/// dashes or underscores (`f u c k`, `oh s h i t`); letters repeated for emphasis (kept once
/// with a count). Words with masks (`f*ck`, `bullsh#t`) are set aside for the matcher's
/// wildcard pass. Handles (`@name`) are skipped: they name people, they do not say things.
///
/// ASCII goes through a 128-entry class table; other code points through one fold-table
/// lookup. Keep one `Normaliser` a thread and reuse it: its buffers keep their capacity, and
/// room for the worst case is reserved before each text, so the loop never checks capacity.
final class Normaliser {
    let output = NormalisedText()
    /// The word being read, `wordCount` characters.
    // Hot state: only this instance's own methods touch it, on one thread, so the dynamic
    // exclusivity checks a class property costs on every access are left out.
    @exclusivity(unchecked) private var word: UnsafeMutablePointer<WordChar>
    @exclusivity(unchecked) private var wordCount = 0
    /// A word of plain ASCII letters is kept as a byte range of the input until something
    /// else turns up in it: most words never need the per-character buffer.
    @exclusivity(unchecked) private var plainStart = 0
    @exclusivity(unchecked) private var plainCount = 0
    @exclusivity(unchecked) private var plainCodePoint: Int32 = 0
    @exclusivity(unchecked) private var input: UnsafePointer<UInt8>?
    @exclusivity(unchecked) private var inputCount = 0
    private var wordCapacity = 256
    /// One-character words waiting to be joined into a spaced-out word ("f u c k"),
    /// `singlesCount` of them: raw memory with room for as many as `word`, since emptying
    /// an array costs a call even when it holds nothing.
    @exclusivity(unchecked) private var singles: UnsafeMutablePointer<WordChar>
    @exclusivity(unchecked) private var singlesCount = 0
    /// Boundary code points since the last word ended, and whether a line break was among them.
    @exclusivity(unchecked) private var gap = 0
    @exclusivity(unchecked) private var lineBreakInGap = false

    /// The most boundary characters between the letters of a spaced-out word ("f. u. c. k").
    static let spacedGap = 2
    /// The fewest letters a spaced-out word must have before it is joined ("a s s").
    static let spacedMinimum = 3

    /// The class and leetspeak tables, copied in so the loop reads them without the lazy
    /// initialisation check a global costs on every access.
    private let asciiClass: UnsafeMutablePointer<UInt8>
    private let leetLetter: UnsafeMutablePointer<UInt8>

    init() {
        word = .allocate(capacity: wordCapacity)
        singles = .allocate(capacity: wordCapacity)
        asciiClass = .allocate(capacity: 128)
        asciiClass.initialize(from: asciiClassTable, count: 128)
        leetLetter = .allocate(capacity: 256)
        leetLetter.initialize(from: leetLetterTable, count: 256)
    }

    deinit {
        word.deallocate()
        singles.deallocate()
        asciiClass.deallocate()
        leetLetter.deallocate()
    }

    func normalise(_ text: String) {
        var copy = text
        copy.withUTF8 { normalise(utf8: $0) }
    }

    func normalise(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // A code point gives at most three letters (ﬃ), and a space may follow each word;
        // a short plain word is written eight bytes at a time, so up to seven more.
        let worst = 3 * bytes.count + 10
        output.reset(reserving: worst)
        if worst > wordCapacity {
            word.deallocate()
            singles.deallocate()
            wordCapacity = max(worst, wordCapacity * 2)
            word = .allocate(capacity: wordCapacity)
            singles = .allocate(capacity: wordCapacity)
        }
        wordCount = 0
        plainCount = 0
        input = bytes.baseAddress
        inputCount = bytes.count
        singlesCount = 0
        gap = 0
        lineBreakInGap = false
        let n = bytes.count
        var i = 0
        var cp: Int32 = 0
        let fold = FoldTable.shared
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                let cls = asciiClass[Int(b)]
                if cls == CharKind.letter {
                    if wordCount == 0 {
                        if plainCount == 0 { plainStart = i - 1; plainCodePoint = cp }
                        // The rest of a plain word: eight bytes at a time, then byte by byte.
                        var j = Self.lettersEnd(bytes, from: i)
                        while j < n {
                            let c = bytes[j]
                            if c >= 0x80 || asciiClass[Int(c)] != CharKind.letter { break }
                            j += 1
                        }
                        plainCount += j - i + 1
                        cp += Int32(j - i)
                        i = j
                    } else {
                        word[wordCount] = WordChar(ascii: b | 0x20, kind: CharKind.letter, upper: b < 0x60, altered: false, start: cp, end: cp + 1)
                        wordCount += 1
                    }
                } else if cls == CharKind.boundary {
                    endWordIfAny()
                    gap += 1
                } else if cls == CharKind.lineBreak {
                    endWordIfAny()
                    gap += 1
                    lineBreakInGap = true
                } else {
                    if plainCount > 0 { unpackPlain() }
                    word[wordCount] = WordChar(ascii: b, kind: cls, upper: false, altered: false, start: cp, end: cp + 1)
                    wordCount += 1
                }
                cp += 1
                continue
            }
            // A multi-byte scalar; the bytes come from a Swift String, so they are valid UTF-8.
            var scalar: UInt32
            if b < 0xE0 {
                scalar = UInt32(b & 0x1F) << 6 | UInt32(bytes[min(i + 1, n - 1)] & 0x3F)
                i += 2
            } else if b < 0xF0 {
                scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[min(i + 1, n - 1)] & 0x3F) << 6
                    | UInt32(bytes[min(i + 2, n - 1)] & 0x3F)
                i += 3
            } else {
                scalar = UInt32(b & 0x07) << 18 | UInt32(bytes[min(i + 1, n - 1)] & 0x3F) << 12
                    | UInt32(bytes[min(i + 2, n - 1)] & 0x3F) << 6 | UInt32(bytes[min(i + 3, n - 1)] & 0x3F)
                i += 4
            }
            let entry = fold.entry(scalar)
            if plainCount > 0 && FoldTable.kind(entry) != .boundary && FoldTable.kind(entry) != .lineBreak { unpackPlain() }
            switch FoldTable.kind(entry) {
            case .word:
                let upper = FoldTable.isUpper(entry)
                var packed = entry & 0xFF_FFFF
                while packed != 0 {
                    let a = UInt8(packed & 0xFF)
                    let kind = a >= 0x61 ? CharKind.letter : CharKind.digit
                    word[wordCount] = WordChar(ascii: a, kind: kind, upper: upper, altered: true, start: cp, end: cp + 1)
                    wordCount += 1
                    packed >>= 8
                }
            case .drop:
                // Invisible inside a word: the word goes on, and reads as altered.
                if wordCount > 0 {
                    word[wordCount - 1].end = cp + 1
                    word[wordCount - 1].altered = true
                }
            case .boundary:
                endWordIfAny()
                gap += 1
            case .lineBreak:
                endWordIfAny()
                gap += 1
                lineBreakInGap = true
            }
            cp += 1
        }
        endWord()
        flushSingles()
        output.codePointCount = Int(cp)
        output.terminate()
    }

    /// Where the run of ASCII letters from `i` ends, read eight bytes at a time; stops
    /// short of the last (fewer than eight) bytes, which the caller reads one by one.
    @inline(__always)
    private static func lettersEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let base = bytes.baseAddress else { return i }
        let raw = UnsafeRawPointer(base)
        var j = i
        while j &+ 8 <= bytes.count {
            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
            // Per byte, without carries between bytes: y = (b | 0x20) & 0x7F is in 0x61...0x7A
            // exactly for the letters A–Z and a–z (and b < 0x80 rules out the rest).
            let y = (x | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
            let atLeastA = (y &+ 0x1F1F_1F1F_1F1F_1F1F) & 0x8080_8080_8080_8080
            let pastZ = (y &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080
            let letters = atLeastA & ~pastZ & ~x
            let others = ~letters & 0x8080_8080_8080_8080
            if others != 0 { return j &+ others.trailingZeroBitCount >> 3 }
            j &+= 8
        }
        return j
    }

    /// Moves the plain word read so far into the per-character buffer.
    private func unpackPlain() {
        guard let input else { return }
        for k in 0..<plainCount {
            let b = input[plainStart + k]
            let at = plainCodePoint + Int32(k)
            word[wordCount] = WordChar(ascii: b | 0x20, kind: CharKind.letter, upper: b < 0x60, altered: false, start: at, end: at + 1)
            wordCount += 1
        }
        plainCount = 0
    }

    /// Ends a word of plain ASCII letters: emitted straight from the input bytes, with the
    /// output's storage held in locals for the loop.
    private func endPlainWord() {
        guard let input else { return }
        if singlesCount != 0 { flushSingles() }
        emitSpace()
        let symbols = output.symbolStorage, runs = output.runStorage, marks = output.markStorage
        let starts = output.startStorage, ends = output.endStorage
        var count = output.count
        // The code points are left to `NormalisedText.start(at:)` unless a run could reach
        // its cap of 255 (a word of 255 letters or more).
        let lazy = plainCount < 255
        let plainMark: UInt8 = lazy ? PositionMark.plain : 0
        if lazy { output.addPlainWord(position: count, codePoint: plainCodePoint) }
        var last: UInt8 = count > 0 ? symbols[count - 1] : Symbol.space
        var previousLower = false
        for k in 0..<plainCount {
            let b = input[plainStart + k]
            let upper = b < 0x60
            let symbol = Symbol.letter(b | 0x20)
            var mark: UInt8 = plainMark
            if upper && previousLower {
                // A capital inside a word (StupidIdea): a word may start here.
                mark |= PositionMark.wordStart
                marks[count - 1] |= PositionMark.wordEnd
                output.hasInnerWordStarts = true
            }
            previousLower = !upper
            if symbol == last && count > 0 {
                // A repeat of the letter before: one more in its run.
                if runs[count - 1] < 255 { runs[count - 1] += 1 }
                if !lazy { ends[count - 1] = plainCodePoint + Int32(k) + 1 }
                continue
            }
            symbols[count] = symbol
            runs[count] = 1
            marks[count] = mark
            if !lazy {
                let at = plainCodePoint + Int32(k)
                starts[count] = at
                ends[count] = at + 1
            }
            count += 1
            last = symbol
        }
        // The word's end, which the space after it reads.
        ends[count - 1] = plainCodePoint + Int32(plainCount)
        output.setCount(count)
        plainCount = 0
        gap = 0
        lineBreakInGap = false
    }

    /// Ends a plain word of at most eight letters, with no letter doubled and no capital after
    /// a small letter (most words), in a few word-wide steps; false when it is not one.
    @inline(__always)
    private func endShortPlainWord() -> Bool {
        guard plainCount <= 8, plainStart &+ 8 <= inputCount, singlesCount == 0, let input else { return false }
        emitSpace()
        let count = output.count
        guard Self.writeShortPlainWord(
            input + plainStart, plainCount, output.symbolStorage + count, output.runStorage + count, output.markStorage + count
        ) else { return false }
        output.addPlainWord(position: count, codePoint: plainCodePoint)
        let end = count &+ plainCount
        // The word's end, which the space after it reads.
        output.endStorage[end &- 1] = plainCodePoint &+ Int32(truncatingIfNeeded: plainCount)
        output.setCount(end)
        plainCount = 0
        gap = 0
        lineBreakInGap = false
        return true
    }

    /// Writes a plain word of at most eight letters as eight bytes each of symbols, runs and
    /// marks (room for them is reserved), when it needs nothing but that: no letter the same
    /// as the one before (a run) and no capital after a small letter (a word start). Returns
    /// false, having written nothing that counts, when it needs more.
    @inline(__always)
    private static func writeShortPlainWord(
        _ letters: UnsafePointer<UInt8>, _ length: Int,
        _ symbols: UnsafeMutablePointer<UInt8>, _ runs: UnsafeMutablePointer<UInt8>, _ marks: UnsafeMutablePointer<UInt8>
    ) -> Bool {
        let x = UInt64(littleEndian: UnsafeRawPointer(letters).loadUnaligned(as: UInt64.self))
        let keep: UInt64 = length == 8 ? ~0 : (1 &<< UInt64(8 &* length)) &- 1
        let caseBits = x & 0x2020_2020_2020_2020  // set for a small letter
        let capitals = ~x & 0x2020_2020_2020_2020 & keep
        if capitals & (caseBits &<< 8) != 0 { return false }
        let folded = (x | 0x2020_2020_2020_2020) & keep
        // A zero byte in `same` is a letter equal to the one before it.
        let same = (folded ^ (folded &<< 8)) | ~keep
        if (same &- 0x0101_0101_0101_0101) & ~same & 0x8080_8080_8080_8080 != 0 { return false }
        // Letters a–z are symbols 1–26; bytes past the word are never read as positions.
        let symbolBytes = folded &- 0x6060_6060_6060_6060
        UnsafeMutableRawPointer(symbols).storeBytes(of: symbolBytes.littleEndian, as: UInt64.self)
        UnsafeMutableRawPointer(runs).storeBytes(of: UInt64(0x0101_0101_0101_0101), as: UInt64.self)
        UnsafeMutableRawPointer(marks).storeBytes(
            of: UInt64(0x0101_0101_0101_0101) &* UInt64(PositionMark.plain), as: UInt64.self)
        return true
    }

    /// Ends the word being read, if there is one: most boundaries follow another boundary
    /// or a plain word, and are told apart here without a call.
    @inline(__always)
    private func endWordIfAny() {
        if plainCount > 1 {
            if !endShortPlainWord() { endPlainWord() }
        } else if plainCount != 0 || wordCount != 0 {
            endWord()
        }
    }

    /// Ends the word being read: trims punctuation off its ends, then emits it, holds it as
    /// one letter of a spaced-out word, or sets it aside as a masked word.
    private func endWord() {
        if plainCount > 1 {
            if !endShortPlainWord() { endPlainWord() }
            return
        }
        if plainCount == 1 { unpackPlain() }
        if wordCount == 0 { return }
        defer {
            wordCount = 0
            gap = 0
            lineBreakInGap = false
        }
        let gapBefore = gap
        let lineBreakBefore = lineBreakInGap
        var lo = 0
        var hi = wordCount
        if word[0].ascii == UInt8(ascii: "@") && hi > 1 && word[1].kind <= CharKind.digit {
            flushSingles()
            emitSpace()
            return  // a handle
        }
        while lo < hi && word[lo].kind >= CharKind.leet {
            if word[lo].ascii == UInt8(ascii: "$") && lo + 1 < hi && word[lo + 1].kind == CharKind.letter { break }
            lo += 1
        }
        var letters = 0, digits = 0, masks = 0
        for k in lo..<hi {
            switch word[k].kind {
            case CharKind.letter: letters += 1
            case CharKind.digit: digits += 1
            case CharKind.mask: masks += 1
            default: break
            }
        }
        while hi > lo && word[hi - 1].kind >= CharKind.leet {
            let c = word[hi - 1].ascii
            if c == UInt8(ascii: "$") && hi - 2 >= lo
                && (word[hi - 2].kind == CharKind.letter || word[hi - 2].ascii == c) { break }
            if c == UInt8(ascii: "*") && letters > 0 { break }
            if word[hi - 1].kind == CharKind.mask { masks -= 1 }
            hi -= 1
        }
        if lo >= hi { return }

        if hi - lo == 1 && (letters == 1 || leetLetter[Int(word[lo].ascii)] != 0) {
            if singlesCount != 0 && (lineBreakBefore || gapBefore > Self.spacedGap) { flushSingles() }
            singles[singlesCount] = word[lo]
            singlesCount += 1
            return
        }
        if singlesCount != 0 { flushSingles() }
        if letters == 0 {
            emitSpace()
            for k in lo..<hi where word[k].kind == CharKind.digit {
                append(Symbol.digit(word[k].ascii), word[k], mark: 0)
            }
            return
        }
        if masks > 0 {
            setAsideMasked(lo..<hi)
            return
        }
        emitSpace()
        let leetDigits = letters >= 2 && digits <= letters
        var previousLower = false
        for k in lo..<hi {
            let c = word[k]
            var symbol: UInt8
            var mark: UInt8 = c.altered ? PositionMark.altered : 0
            switch c.kind {
            case CharKind.letter:
                symbol = Symbol.letter(c.ascii)
                if c.upper && previousLower {
                    // A capital inside a word (#StupidIdea): a word may start here.
                    mark |= PositionMark.wordStart
                    output.markStorage[output.count - 1] |= PositionMark.wordEnd
                    output.hasInnerWordStarts = true
                }
                previousLower = !c.upper
            case CharKind.digit:
                let l = leetLetter[Int(c.ascii)]
                if leetDigits && l != 0 {
                    symbol = Symbol.letter(l)
                    mark |= PositionMark.altered
                } else {
                    symbol = Symbol.digit(c.ascii)
                }
                previousLower = false
            default:
                let l = leetLetter[Int(c.ascii)]
                previousLower = false
                if l == 0 { continue }
                symbol = Symbol.letter(l)
                mark |= PositionMark.altered
            }
            append(symbol, c, mark: mark)
        }
    }

    /// Emits the held one-character words: joined into one word when there are enough of
    /// them ("f u c k"), else each as a word of its own ("I", "a").
    private func flushSingles() {
        if singlesCount == 0 { return }
        let held = UnsafeBufferPointer(start: singles, count: singlesCount)
        defer { singlesCount = 0 }
        var letters = 0
        for c in held where c.kind == CharKind.letter { letters += 1 }
        if held.count >= Self.spacedMinimum && letters >= 2 {
            emitSpace()
            output.hasInnerWordStarts = true
            for c in held {
                let l = c.kind == CharKind.letter ? c.ascii : leetLetter[Int(c.ascii)]
                append(Symbol.letter(l), c, mark: PositionMark.altered | PositionMark.wordStart | PositionMark.wordEnd)
            }
            return
        }
        for c in held {
            emitSpace()
            switch c.kind {
            case CharKind.letter: append(Symbol.letter(c.ascii), c, mark: c.altered ? PositionMark.altered : 0)
            case CharKind.digit: append(Symbol.digit(c.ascii), c, mark: 0)
            default: break
            }
        }
    }

    private func setAsideMasked(_ range: Range<Int>) {
        emitSpace()
        let offset = Int32(output.maskedSymbols.count)
        for k in range {
            let c = word[k]
            switch c.kind {
            case CharKind.letter: output.maskedSymbols.append(Symbol.letter(c.ascii))
            case CharKind.mask: output.maskedSymbols.append(Symbol.wildcard)
            default:
                let l = leetLetter[Int(c.ascii)]
                output.maskedSymbols.append(l != 0 ? Symbol.letter(l) : Symbol.digit(c.ascii))
            }
        }
        output.maskedWords.append(MaskedWord(
            offset: offset, length: Int32(range.count),
            start: word[range.lowerBound].start, end: word[range.upperBound - 1].end))
    }

    @inline(__always)
    private func emitSpace() {
        let n = output.count
        guard n > 0, output.symbolStorage[n - 1] != Symbol.space else { return }
        let at = output.endStorage[n - 1]
        output.append(Symbol.space, mark: 0, start: at, end: at)
    }

    /// Appends one symbol, folding a repeat of the previous letter into its run.
    @inline(__always)
    private func append(_ symbol: UInt8, _ c: WordChar, mark: UInt8) {
        append(symbol, start: c.start, end: c.end, mark: mark)
    }

    @inline(__always)
    private func append(_ symbol: UInt8, start: Int32, end: Int32, mark: UInt8) {
        let last = output.count - 1
        if last >= 0 && output.symbolStorage[last] == symbol && Symbol.isLetter(symbol) {
            if output.runStorage[last] < 255 { output.runStorage[last] += 1 }
            output.endStorage[last] = end
            output.markStorage[last] |= mark & (PositionMark.altered | PositionMark.wordEnd)
            return
        }
        output.append(symbol, mark: mark, start: start, end: end)
    }
}

/// One character of the word being read.
struct WordChar {
    var ascii: UInt8
    var kind: UInt8
    var upper: Bool
    var altered: Bool
    var start: Int32
    var end: Int32
}

/// Classes of ASCII characters, ordered so that `kind >= leet` means "not a letter or digit".
private enum CharKind {
    static let boundary: UInt8 = 0
    static let letter: UInt8 = 1
    static let digit: UInt8 = 2
    /// Stands for a letter inside a word: @ $ ! + |.
    static let leet: UInt8 = 3
    /// Hides a letter inside a word: * # % ^ ~ ?
    static let mask: UInt8 = 4
    static let lineBreak: UInt8 = 5
}

private let asciiClassTable: [UInt8] = {
    var t = [UInt8](repeating: CharKind.boundary, count: 128)
    for c in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(c)] = CharKind.letter }
    for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(c)] = CharKind.letter }
    for c in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(c)] = CharKind.digit }
    for c in "@$!+|".utf8 { t[Int(c)] = CharKind.leet }
    for c in "*#%^~?".utf8 { t[Int(c)] = CharKind.mask }
    t[0x0A] = CharKind.lineBreak
    t[0x0D] = CharKind.lineBreak
    return t
}()

/// The letter a leetspeak character stands for, or 0.
private let leetLetterTable: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 256)
    let pairs: [(Character, Character)] = [
        ("0", "o"), ("1", "i"), ("3", "e"), ("4", "a"), ("5", "s"), ("7", "t"), ("8", "b"), ("9", "g"),
        ("@", "a"), ("$", "s"), ("!", "i"), ("+", "t"), ("|", "i"),
    ]
    for (from, to) in pairs { t[Int(from.asciiValue!)] = to.asciiValue! }
    return t
}()
