import Foundation

/// One word-list entry, compiled: its normalised symbols and where it must meet word edges.
struct Pattern: Sendable {
    /// The word list it belongs to (the compiled rule set's index); -1 for the allow list.
    var list: Int
    /// The entry as written.
    var entry: String
    /// Normalised symbols with repeated letters kept once: what the tries look for.
    var key: [UInt8]
    /// Offsets into `key` whose letter the entry doubles, and how many it needs there.
    var doubles: [(offset: UInt16, need: UInt8)]
    /// The symbols with repeats written out, for the wildcard pass.
    var full: [UInt8]
    /// Must start at the start of a word / end at the end of a word.
    var needsStart: Bool
    var needsEnd: Bool
    var isAllow: Bool
    /// The part set this pattern matches for sequence entries, or -1.
    var part: Int32 = -1
    /// The entry is another entry of its list with vowels left out (btch for bitch, fck for
    /// fuck, wnkr for wanker): a match of it is a disguise, explained as what it was read as.
    var disguised = false

    /// The patterns for one entry: the entry itself and, where it has an "l", the reading a
    /// text gets when "1" or "|" stands for that "l" (a55ho1e), since the normaliser reads
    /// both as "i". Fails with what is wrong with the entry.
    static func compile(
        _ raw: String, list: Int, allow: Bool, normaliser: Normaliser
    ) -> Result<[Pattern], EntryProblem> {
        // On the UTF-8 bytes, not Characters: a rule set has thousands of entries, and
        // compiling them all is part of the 50 ms a rule set may take.
        let bytes = Array(raw.utf8)
        let star = UInt8(ascii: "*")
        var lo = 0
        var hi = bytes.count
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        var needsStart = true
        var needsEnd = true
        if lo < hi && bytes[lo] == star { needsStart = false; lo += 1 }
        if hi > lo && bytes[hi - 1] == star { needsEnd = false; hi -= 1 }
        if lo == hi { return .failure(.empty) }
        if bytes[lo..<hi].contains(star) { return .failure(.innerStar) }
        // Slicing at ASCII bytes keeps the UTF-8 valid, as the normaliser needs.
        bytes.withUnsafeBufferPointer { normaliser.normalise(utf8: UnsafeBufferPointer(rebasing: $0[lo..<hi])) }
        let output = normaliser.output
        if !output.maskedWords.isEmpty { return .failure(.masked) }
        lo = 0
        hi = output.count
        let symbols = output.symbolBuffer
        let runs = output.runBuffer
        while lo < hi && symbols[lo] == Symbol.space { lo += 1 }
        while hi > lo && symbols[hi - 1] == Symbol.space { hi -= 1 }
        if lo == hi { return .failure(.noLetters) }
        var full: [UInt8] = []
        for i in lo..<hi {
            full.append(contentsOf: repeatElement(symbols[i], count: Int(runs[i])))
        }
        var result = [Pattern(list: list, entry: raw, full: full, needsStart: needsStart, needsEnd: needsEnd, isAllow: allow)]
        let l = Symbol.letter(UInt8(ascii: "l"))
        if full.contains(l) {
            let i = Symbol.letter(UInt8(ascii: "i"))
            result.append(Pattern(list: list, entry: raw, full: full.map { $0 == l ? i : $0 },
                                  needsStart: needsStart, needsEnd: needsEnd, isAllow: allow))
        }
        return .success(result)
    }

    private init(list: Int, entry: String, full: [UInt8], needsStart: Bool, needsEnd: Bool, isAllow: Bool) {
        var key: [UInt8] = []
        var doubles: [(UInt16, UInt8)] = []
        var k = 0
        while k < full.count {
            var run = 1
            while Symbol.isLetter(full[k]) && k + run < full.count && full[k + run] == full[k] { run += 1 }
            if run > 1 { doubles.append((UInt16(key.count), UInt8(min(run, 255)))) }
            key.append(full[k])
            k += run
        }
        self.list = list
        self.entry = entry
        self.key = key
        self.doubles = doubles
        self.full = full
        self.needsStart = needsStart
        self.needsEnd = needsEnd
        self.isAllow = isAllow
    }
}

extension Pattern {
    /// Marks the patterns whose entry is another one-word entry of the same list with one or
    /// more vowels left out (btch: bitch*, fkn: fukin, shtty: shit*). Acronyms such as wtf or
    /// ffs have no such entry beside them and stay plain.
    static func markDisguised(_ patterns: inout [Pattern]) {
        var byList: [Int: [Int]] = [:]
        for (p, pattern) in patterns.enumerated()
        where pattern.list >= 0 && pattern.part < 0 && !pattern.full.contains(Symbol.space) {
            byList[pattern.list, default: []].append(p)
        }
        for members in byList.values {
            for p in members {
                let shorter = patterns[p]
                guard shorter.needsStart else { continue }
                patterns[p].disguised = members.contains { e in
                    e != p && patterns[e].needsStart && patterns[e].entry != shorter.entry
                        && isVowelDropped(shorter.full, of: patterns[e].full, openEnded: !patterns[e].needsEnd)
                }
            }
        }
    }

    /// Whether `short` is `long` with at least one vowel left out and nothing else changed;
    /// when `long` is a word start (`openEnded`), `short` may go on after it.
    static func isVowelDropped(_ short: [UInt8], of long: [UInt8], openEnded: Bool) -> Bool {
        guard let a = short.first, a == long.first else { return false }
        var i = 0
        var j = 0
        var dropped = 0
        while i < short.count && j < long.count {
            if short[i] == long[j] {
                i += 1
                j += 1
            } else if isVowel(long[j]) {
                j += 1
                dropped += 1
            } else {
                return false
            }
        }
        while j < long.count && isVowel(long[j]) { j += 1; dropped += 1 }
        guard dropped > 0, j == long.count else { return false }
        return i == short.count || openEnded
    }

    private static func isVowel(_ s: UInt8) -> Bool {
        s == Symbol.letter(UInt8(ascii: "a")) || s == Symbol.letter(UInt8(ascii: "e")) || s == Symbol.letter(UInt8(ascii: "i"))
            || s == Symbol.letter(UInt8(ascii: "o")) || s == Symbol.letter(UInt8(ascii: "u"))
    }
}

/// Why a word-list entry cannot be matched.
enum EntryProblem: String, Error, Equatable, Sendable {
    case empty = "is empty"
    case innerStar = "has a '*' inside; '*' may only open or close an entry (bitch*, *fuck*)"
    case masked = "holds a mask character (# % ^ ~ ?) inside a word; write the word plainly"
    case noLetters = "has no letters or digits to match"
}
