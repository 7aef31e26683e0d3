/// Every word list of a rule set compiled into one automaton that reads a normalised text
/// once, with the allow lists in the same automaton.
///
/// An entry is a word or phrase, normalised as comment text is (so `sub4sub` in a list meets
/// `sub4sub` in a comment however both were written): `bitch` is a whole word, `bitch*` a
/// word start (bitches, bitchy), `*fuck*` anywhere (motherfucker), `*head` a word end.
/// Letters repeated for emphasis match (fuuuck), and an entry's own double letters must be
/// there ("ass" is not "as"). An allow-list match (Scunthorpe, Dick Whittington) hides every
/// match inside it. Masked words (f*ck, bullsh#t) are matched in a second, wildcard pass.
struct WordMatcher: Sendable {
    private let automaton: Automaton
    private let patterns: [Pattern]
    /// For automaton key k, its patterns are `keyPatterns[keyStart[k]..<keyStart[k + 1]]`.
    private let keyStart: [Int32]
    private let keyPatterns: [Int32]
    /// One-word patterns by their first symbol, for the wildcard pass.
    private let byFirstSymbol: [[Int32]]

    var patternCount: Int { patterns.count }
    var stateCount: Int { automaton.stateCount }

    /// Compiles `entries` (list index and text) and `allowed` entries. Throws for the first
    /// entries that cannot be matched, naming each.
    init(entries: [(list: Int, text: String)], allowed: [String]) throws(WordMatcherError) {
        var patterns: [Pattern] = []
        var bad: [WordMatcherError.BadEntry] = []
        var normaliser = Normaliser()
        func add(_ text: String, list: Int, allow: Bool, index: Int) {
            switch Pattern.compile(text, list: list, allow: allow, normaliser: &normaliser) {
            case .success(let compiled): patterns.append(contentsOf: compiled)
            case .failure(let problem): bad.append(.init(list: allow ? nil : list, index: index, entry: text, problem: problem))
            }
        }
        for (i, e) in entries.enumerated() { add(e.text, list: e.list, allow: false, index: i) }
        for (i, text) in allowed.enumerated() { add(text, list: -1, allow: true, index: i) }
        if !bad.isEmpty { throw WordMatcherError(entries: bad) }

        var keyIndex: [[UInt8]: Int] = [:]
        var keys: [[UInt8]] = []
        var byKey: [[Int32]] = []
        for (p, pattern) in patterns.enumerated() {
            let k: Int
            if let existing = keyIndex[pattern.key] {
                k = existing
            } else {
                k = keys.count
                keyIndex[pattern.key] = k
                keys.append(pattern.key)
                byKey.append([])
            }
            byKey[k].append(Int32(p))
        }
        var keyStart: [Int32] = [0]
        var keyPatterns: [Int32] = []
        for list in byKey {
            keyPatterns.append(contentsOf: list)
            keyStart.append(Int32(keyPatterns.count))
        }
        var byFirst = [[Int32]](repeating: [], count: Symbol.count)
        for (p, pattern) in patterns.enumerated() where !pattern.isAllow && pattern.needsStart && !pattern.full.contains(Symbol.space) {
            byFirst[Int(pattern.full[0])].append(Int32(p))
        }
        self.automaton = Automaton(keys: keys)
        self.patterns = patterns
        self.keyStart = keyStart
        self.keyPatterns = keyPatterns
        self.byFirstSymbol = byFirst
    }

    /// The list index and entry text of the pattern a match came from.
    func source(of match: WordMatch) -> (list: Int, entry: String) {
        let p = patterns[Int(match.pattern)]
        return (p.list, p.entry)
    }

    /// Appends every match in `text` that no allow-list match covers, in order of position.
    func matches(in text: NormalisedText, into found: inout [WordMatch]) {
        let first = found.count
        var allowedRanges: [(Int32, Int32)] = []
        text.symbols.withUnsafeBufferPointer { symbols in
            text.runs.withUnsafeBufferPointer { runs in
                text.marks.withUnsafeBufferPointer { marks in
                    let n = symbols.count
                    automaton.forEachMatch(in: symbols) { key, end in
                        for k in Int(keyStart[key])..<Int(keyStart[key + 1]) {
                            let p = Int(keyPatterns[k])
                            let pattern = patterns[p]
                            let start = end - pattern.key.count
                            if pattern.needsStart && start > 0 && symbols[start - 1] != Symbol.space
                                && marks[start] & PositionMark.wordStart == 0 { continue }
                            if pattern.needsEnd && end < n && symbols[end] != Symbol.space
                                && marks[end - 1] & PositionMark.wordEnd == 0 { continue }
                            if pattern.isAllow {
                                if Self.runsFit(pattern, runs, symbols, start) { allowedRanges.append((Int32(start), Int32(end))) }
                                continue
                            }
                            guard Self.runsFit(pattern, runs, symbols, start) else { continue }
                            var altered = false
                            for i in start..<end where marks[i] & PositionMark.altered != 0 || runs[i] >= 3 && runs[i] > pattern.need(at: i - start) {
                                altered = true
                                break
                            }
                            // A word start, end or infix entry marks the whole word it is in.
                            var lo = start
                            var hi = end
                            if !pattern.needsStart { while lo > 0 && symbols[lo - 1] != Symbol.space && marks[lo] & PositionMark.wordStart == 0 { lo -= 1 } }
                            if !pattern.needsEnd { while hi < n && symbols[hi] != Symbol.space && marks[hi - 1] & PositionMark.wordEnd == 0 { hi += 1 } }
                            found.append(WordMatch(
                                pattern: Int32(p), lo: Int32(start), hi: Int32(end),
                                span: text.span(lo..<hi), obfuscated: altered))
                        }
                    }
                }
            }
        }
        if !allowedRanges.isEmpty {
            var kept = first
            for m in first..<found.count {
                let match = found[m]
                if !allowedRanges.contains(where: { $0.0 <= match.lo && match.hi <= $0.1 }) {
                    found[kept] = match
                    kept += 1
                }
            }
            found.removeSubrange(kept...)
        }
        if !text.maskedWords.isEmpty { matchMasked(text, into: &found) }
    }

    /// Whether the letters repeated in the text fit the entry: as often as the entry has them,
    /// or three times or more (emphasis: fuuuck, asssss), or a consonant doubled at the end
    /// (shitt, fuckk). A letter doubled elsewhere is a different word ("speed" is not "sped").
    @inline(__always)
    private static func runsFit(_ p: Pattern, _ runs: UnsafeBufferPointer<UInt8>, _ symbols: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        let last = p.key.count - 1
        for k in 0...last {
            let r = runs[start + k]
            if r == 1 && p.doubles.isEmpty { continue }
            let need = p.need(at: k)
            if r == need || r >= 3 && r > need { continue }
            if r == 2 && need == 1 && k == last && !isVowel(symbols[start + k]) { continue }
            return false
        }
        return true
    }

    @inline(__always)
    private static func isVowel(_ s: UInt8) -> Bool {
        s == 1 || s == 5 || s == 9 || s == 15 || s == 21  // a e i o u
    }

    /// The wildcard pass: a mask stands for one letter (f*ck, bullsh#t), or masks separate
    /// letters (f*u*c*k). At least two letters must be written for a word to be read.
    private func matchMasked(_ text: NormalisedText, into found: inout [WordMatch]) {
        for word in text.maskedWords {
            let chars = text.maskedSymbols[Int(word.offset)..<Int(word.offset + word.length)]
            guard let head = chars.first, Symbol.isLetter(head) else { continue }
            let letters = chars.filter { $0 != Symbol.wildcard }
            if letters.count < 2 { continue }
            for p in byFirstSymbol[Int(head)] {
                let pattern = patterns[Int(p)]
                if Self.fits(Array(chars), pattern) || Self.fits(letters, pattern) {
                    found.append(WordMatch(
                        pattern: p, lo: -1, hi: -1,
                        span: Span(start: Int(word.start), end: Int(word.end)), obfuscated: true))
                    break
                }
            }
        }
    }

    private static func fits(_ word: [UInt8], _ pattern: Pattern) -> Bool {
        let full = pattern.full
        if pattern.needsEnd ? word.count != full.count : word.count < full.count { return false }
        for k in 0..<full.count where word[k] != Symbol.wildcard && word[k] != full[k] { return false }
        return true
    }
}

/// One match of a word-list entry in a normalised text.
struct WordMatch: Equatable {
    var pattern: Int32
    /// Positions in the normalised text, end exclusive; -1 for a masked word.
    var lo: Int32
    var hi: Int32
    /// Code points of the original text, end exclusive.
    var span: Span
    /// Whether the text was dressed up (look-alikes, leetspeak, spacing, masks, emphasis).
    var obfuscated: Bool
}

/// Entries of a word list that cannot be matched.
struct WordMatcherError: Error, Equatable {
    struct BadEntry: Equatable {
        /// The list's index; nil for the allow list.
        var list: Int?
        /// The entry's index in the list given to the matcher.
        var index: Int
        var entry: String
        var problem: EntryProblem
    }
    var entries: [BadEntry]
}
