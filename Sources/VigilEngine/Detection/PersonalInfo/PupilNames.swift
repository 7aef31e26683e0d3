/// Pupils' full names from the school's roster: whole words, in any case, with or without
/// accents ("Zoe" for "Zoë", either way of writing "ë"), curly or straight apostrophes, and
/// a possessive after the name ("Amelia Jones's", "Amelia Jones’"). A first name alone is
/// never a match: a roster entry needs two words or more.
struct PupilRoster: Sendable {
    /// Each name's words, folded.
    private let names: [[[UInt8]]]
    /// The names sharing each first word, by index.
    private let candidates: [[Int]]
    /// From the hash of a folded first word to its index in `candidates`, plus one.
    private let byFirstWord: WordTable
    /// One bit per (first byte, last byte, length) of a folded first word: most words of a
    /// comment fail this test and are never hashed.
    private let firstWordFilter: [UInt64]

    /// Nil when no roster entry has two words or more.
    init?(names raw: [String]) {
        var names: [[[UInt8]]] = []
        var index: [UInt64: [Int]] = [:]
        var filter = [UInt64](repeating: 0, count: 512)
        for name in raw {
            let words: [[UInt8]] = Array(name.utf8).withUnsafeBufferPointer { buf in
                let t = ScanText(bytes: buf)
                var words: [[UInt8]] = []
                var i = 0
                while i < t.count {
                    if PupilRoster.startsWord(t, i) {
                        let e = PupilRoster.wordEnd(t, i)
                        words.append(PupilRoster.fold(t, i, e))
                        i = e
                    } else {
                        i += 1
                    }
                }
                return words
            }
            guard words.count >= 2 else { continue }
            index[Lexicon.hash(words[0]), default: []].append(names.count)
            let bit = PupilRoster.filterBit(words[0][0], words[0][words[0].count - 1], words[0].count)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            names.append(words)
        }
        guard !names.isEmpty else { return nil }
        self.names = names
        var table = WordTable(capacity: index.count)
        var lists: [[Int]] = []
        for (key, list) in index {
            lists.append(list)
            table.insert(key, or: UInt64(lists.count))
        }
        self.candidates = lists
        self.byFirstWord = table
        self.firstWordFilter = filter
    }

    @inline(__always) private static func filterBit(_ first: UInt8, _ last: UInt8, _ length: Int) -> Int {
        Int(first & 31) << 10 | Int(last & 31) << 5 | min(length, 31)
    }

    /// Appends every roster name found in `t`.
    func scan(_ t: ScanText, into out: inout [RawFinding]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buf in
            var i = 0
            while i < t.count {
                let b = t.bytes[i]
                if b < 0x80 && !isLetter(b) { i += 1; continue }
                guard PupilRoster.startsWord(t, i) else {
                    i += 1
                    continue
                }
                let e = PupilRoster.wordEnd(t, i)
                var ascii = true
                for k in i..<e where t.bytes[k] >= 0x80 { ascii = false; break }
                let n: Int
                let first: UInt8, last: UInt8
                if ascii {
                    n = e - i
                    first = lowerASCII(t.bytes[i])
                    last = lowerASCII(t.bytes[e - 1])
                } else {
                    n = PupilRoster.fold(t, i, e, into: buf)
                    guard n > 0 else { i = e; continue }
                    first = buf[0]
                    last = buf[n - 1]
                }
                let bit = PupilRoster.filterBit(first, last, n)
                guard firstWordFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else {
                    i = e
                    continue
                }
                let slot = byFirstWord.value(ascii ? Lexicon.hash(t, i, e) : Lexicon.hash(UnsafeBufferPointer(rebasing: buf[0..<n])))
                if slot > 0 {
                    var longest: Int?
                    for c in candidates[Int(slot) - 1] {
                        if let end = matchRest(names[c], t, firstEnd: e, buf), end > (longest ?? 0) { longest = end }
                    }
                    if let end = longest {
                        out.append(RawFinding(.pupilName, i, end, 0.9))
                        i = end
                        continue
                    }
                }
                i = e
            }
        }
    }

    /// The end of the name whose first word ended at `firstEnd`, if the rest of `name`
    /// follows, word by word.
    private func matchRest(_ name: [[UInt8]], _ t: ScanText, firstEnd: Int, _ buf: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var q = firstEnd
        for k in 1..<name.count {
            var sp = 0
            while true {
                let l = t.spaceLength(at: q + sp)
                if l == 0 { break }
                sp += l
            }
            guard sp > 0 else { return nil }
            q += sp
            let e = PupilRoster.wordEnd(t, q)
            guard e > q else { return nil }
            let n = PupilRoster.fold(t, q, e, into: buf)
            let word = name[k]
            if n == word.count && buf[0..<n].elementsEqual(word) {
                q = e
                continue
            }
            // The last word with a possessive: "Jones's", "Jones’s".
            guard k == name.count - 1, n == word.count + 2, buf[n - 2] == 0x27, buf[n - 1] == 0x73,
                  buf[0..<word.count].elementsEqual(word) else { return nil }
            q = e - (t[e - 2] == 0x27 ? 2 : 4)
        }
        return q
    }

    /// The length of the letter at `i` in a name, or 0: ASCII letters, two- and three-byte
    /// characters of alphabets (not the punctuation and symbols of U+2000-U+2BFF), and
    /// combining marks. Emoji and other four-byte characters are not letters.
    static func letterLength(_ t: ScanText, _ i: Int) -> Int {
        let b = t[i]
        if isLetter(b) { return 1 }
        if b < 0x80 { return 0 }
        if b & 0xC0 == 0x80 { return 0 }
        if b >= 0xC3 && b <= 0xDF { return 2 }
        if b >= 0xE0 && b <= 0xEF && b != 0xE2 { return 3 }
        return 0
    }

    /// Whether a name word starts at `i`: a letter after something that is not one.
    static func startsWord(_ t: ScanText, _ i: Int) -> Bool {
        guard letterLength(t, i) > 0 else { return false }
        var j = i - 1
        while j > 0 && j > i - 4 && t[j] & 0xC0 == 0x80 { j -= 1 }
        return j < 0 || letterLength(t, j) == 0
    }

    /// The end of a name word at `i`: letters, and apostrophes or hyphens between letters.
    static func wordEnd(_ t: ScanText, _ i: Int) -> Int {
        var j = i
        while j < t.count {
            let l = letterLength(t, j)
            if l > 0 { j += l; continue }
            let b = t[j]
            let apostrophe = b == 0x27 ? 1 : (b == 0xE2 && t[j + 1] == 0x80 && (t[j + 2] == 0x99 || t[j + 2] == 0x98)) ? 3 : 0
            let mark = b == 0x2D ? 1 : apostrophe
            if mark > 0 && j > i && letterLength(t, j + mark) > 0 { j += mark; continue }
            break
        }
        return j
    }

    /// Folds a word: ASCII to lower case, Latin-1 letters to their base letters, combining
    /// marks dropped, curly apostrophes straight.
    static func fold(_ t: ScanText, _ s: Int, _ e: Int) -> [UInt8] {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buf in
            Array(buf[0..<fold(t, s, e, into: buf)])
        }
    }

    /// Folds into `buf` (at most its capacity) and returns the folded length.
    static func fold(_ t: ScanText, _ s: Int, _ e: Int, into buf: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0
        var i = s
        @inline(__always) func put(_ b: UInt8) { if n < buf.count { buf[n] = b; n += 1 } }
        while i < e {
            let b = t[i]
            if b < 0x80 {
                put(lowerASCII(b))
                i += 1
            } else if b == 0xC3 {
                let base = latin1Base[Int(t[i + 1] & 0x3F)]
                for x in base.utf8 { put(x) }
                i += 2
            } else if b == 0xCC || (b == 0xCD && t[i + 1] < 0xB0) {
                i += 2  // combining diacritical marks U+0300-U+036F
            } else if b == 0xE2 && t[i + 1] == 0x80 && (t[i + 2] == 0x99 || t[i + 2] == 0x98) {
                put(0x27)
                i += 3
            } else {
                put(b)
                i += 1
            }
        }
        return n
    }

    /// U+00C0-U+00FF without their accents, lower case.
    private static let latin1Base: [String] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "x", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "/", "o", "u", "u", "u", "u", "y", "th", "y",
    ]
}
