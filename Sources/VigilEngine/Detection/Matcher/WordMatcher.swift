/// Every word list of a rule set compiled into one automaton that reads a normalised text
/// once, with the allow lists in the same automaton.
///
/// An entry is a word or phrase, normalised as comment text is (so `sub4sub` in a list meets
/// `sub4sub` in a comment however both were written): `bitch` is a whole word, `bitch*` a
/// word start (bitches, bitchy), `*fuck*` anywhere (motherfucker), `*head` a word end.
/// Letters repeated for emphasis match (fuuuck), and an entry's own double letters must be
/// there ("ass" is not "as"). An allow-list match (Scunthorpe, Dick Whittington) hides every
/// match inside it. Masked words (f*ck, bullsh#t) are matched in a second, wildcard pass.
///
/// An entry made of term lists and phrases, "{at_someone} {insults}" or "kill all {groups}",
/// is not multiplied out into the automaton: each part is matched on its own and the parts
/// are joined when they stand next to each other, which keeps the automaton small (and in
/// cache) however large the term lists.
struct WordMatcher: Sendable {
    private let automaton: Automaton
    private let patterns: [Pattern]
    /// The same patterns as plain values, for the hot loop (no reference counting).
    private let info: [PatternInfo]
    /// Every pattern's doubled letters, `PatternInfo.doublesStart` onwards.
    private let doubles: [(offset: UInt16, need: UInt8)]
    /// For automaton key k, its patterns are `keyPatterns[keyStart[k]..<keyStart[k + 1]]`.
    private let keyStart: [Int32]
    private let keyPatterns: [Int32]
    /// One-word patterns by their first symbol, for the wildcard pass.
    private let byFirstSymbol: [[Int32]]
    /// Entries matched as parts in a row, and their indices by the set of their first part.
    private let sequences: [SequenceEntry]
    private let sequencesByFirstPart: [[Int32]]

    var patternCount: Int { patterns.count }
    var stateCount: Int { automaton.stateCount }

    /// Compiles `entries` (list index and text, `{name}` standing for `terms[name]`) and
    /// `allowed` entries. Throws naming every entry that cannot be matched.
    init(entries: [(list: Int, text: String)], allowed: [String], terms: [String: [String]] = [:]) throws(WordMatcherError) {
        var patterns: [Pattern] = []
        var bad: [WordMatcherError.BadEntry] = []
        var sequences: [SequenceEntry] = []
        var partSets: [String: Int32] = [:]
        let normaliser = Normaliser()
        func compile(_ text: String, list: Int, allow: Bool, part: Int32 = -1) -> EntryProblem? {
            switch Pattern.compile(text, list: list, allow: allow, normaliser: normaliser) {
            case .success(var compiled):
                for k in compiled.indices { compiled[k].part = part }
                patterns.append(contentsOf: compiled)
                return nil
            case .failure(let problem):
                return problem
            }
        }
        for (i, e) in entries.enumerated() {
            if let segments = SequenceEntry.segments(of: e.text, terms: terms) {
                var parts: [Int32] = []
                var problem: EntryProblem?
                for segment in segments {
                    if let known = partSets[segment.key] { parts.append(known); continue }
                    let id = Int32(partSets.count)
                    partSets[segment.key] = id
                    parts.append(id)
                    for text in segment.texts { problem = problem ?? compile(text, list: e.list, allow: false, part: id) }
                }
                if let problem { bad.append(.init(list: e.list, index: i, entry: e.text, problem: problem)); continue }
                sequences.append(SequenceEntry(list: e.list, entry: e.text, parts: parts))
            } else {
                for text in TermExpansion.expand(e.text, terms: terms) {
                    if let problem = compile(text, list: e.list, allow: false) {
                        bad.append(.init(list: e.list, index: i, entry: e.text, problem: problem))
                        break
                    }
                }
            }
        }
        for (i, text) in allowed.enumerated() {
            if let problem = compile(text, list: -1, allow: true) { bad.append(.init(list: nil, index: i, entry: text, problem: problem)) }
        }
        if !bad.isEmpty { throw WordMatcherError(entries: bad) }
        var byFirstPart = [[Int32]](repeating: [], count: partSets.count)
        for (k, sequence) in sequences.enumerated() { byFirstPart[Int(sequence.parts[0])].append(Int32(k)) }
        self.sequences = sequences
        self.sequencesByFirstPart = byFirstPart

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
        for (p, pattern) in patterns.enumerated() where !pattern.isAllow && pattern.part < 0 && pattern.needsStart && !pattern.full.contains(Symbol.space) {
            byFirst[Int(pattern.full[0])].append(Int32(p))
        }
        var info: [PatternInfo] = []
        var doubles: [(offset: UInt16, need: UInt8)] = []
        for p in patterns {
            info.append(PatternInfo(
                list: Int32(p.list), part: p.part, keyLength: Int32(p.key.count), doublesStart: Int32(doubles.count), doublesCount: Int32(p.doubles.count),
                needsStart: p.needsStart, needsEnd: p.needsEnd, isAllow: p.isAllow))
            doubles.append(contentsOf: p.doubles)
        }
        self.automaton = Automaton(keys: keys)
        self.patterns = patterns
        self.info = info
        self.doubles = doubles
        self.keyStart = keyStart
        self.keyPatterns = keyPatterns
        self.byFirstSymbol = byFirst
    }

    /// The list index and entry text of the pattern a match came from.
    func source(of match: WordMatch) -> (list: Int, entry: String) {
        if match.pattern < 0 {
            let sequence = sequences[Int(-match.pattern - 1)]
            return (sequence.list, sequence.entry)
        }
        let p = patterns[Int(match.pattern)]
        return (p.list, p.entry)
    }

    /// Appends every match in `text` that no allow-list match covers.
    func matches(in text: NormalisedText, into found: inout [WordMatch]) {
        var parts: [PartMatch] = []
        matches(in: text, into: &found, parts: &parts)
    }

    /// The same, with a caller's buffer for the parts of sequence entries (kept between texts).
    func matches(in text: NormalisedText, into found: inout [WordMatch], parts: inout [PartMatch]) {
        let first = found.count
        parts.removeAll(keepingCapacity: true)
        var allowedRanges: [(Int32, Int32)] = []
        let symbols = text.symbolBuffer
        let runs = text.runBuffer
        let marks = text.markBuffer
        let n = symbols.count
        info.withUnsafeBufferPointer { info in
            keyStart.withUnsafeBufferPointer { keyStart in
                keyPatterns.withUnsafeBufferPointer { keyPatterns in
                    doubles.withUnsafeBufferPointer { doubles in
                        automaton.forEachMatch(in: symbols) { key, end in
                            for k in Int(keyStart[key])..<Int(keyStart[key + 1]) {
                                let p = Int(keyPatterns[k])
                                let pattern = info[p]
                                let start = end - Int(pattern.keyLength)
                                if pattern.needsStart && start > 0 && symbols[start - 1] != Symbol.space
                                    && marks[start] & PositionMark.wordStart == 0 { continue }
                                if pattern.needsEnd && end < n && symbols[end] != Symbol.space
                                    && marks[end - 1] & PositionMark.wordEnd == 0 { continue }
                                let d = UnsafeBufferPointer(rebasing: doubles[Int(pattern.doublesStart)..<Int(pattern.doublesStart + pattern.doublesCount)])
                                guard let altered = Self.fit(d, runs, symbols, marks, start, end) else { continue }
                                if pattern.part >= 0 {
                                    parts.append(PartMatch(part: pattern.part, lo: Int32(start), hi: Int32(end), altered: altered))
                                    continue
                                }
                                if pattern.isAllow {
                                    allowedRanges.append((Int32(start), Int32(end)))
                                    continue
                                }
                                // A word start, end or infix entry marks the whole word it is in.
                                var lo = start
                                var hi = end
                                if !pattern.needsStart { while lo > 0 && symbols[lo - 1] != Symbol.space && marks[lo] & PositionMark.wordStart == 0 { lo -= 1 } }
                                if !pattern.needsEnd { while hi < n && symbols[hi] != Symbol.space && marks[hi - 1] & PositionMark.wordEnd == 0 { hi += 1 } }
                                found.append(WordMatch(
                                    pattern: Int32(p), list: pattern.list, lo: Int32(start), hi: Int32(end),
                                    span: text.span(lo..<hi), obfuscated: altered))
                            }
                        }
                    }
                }
            }
        }
        if !parts.isEmpty { joinSequences(parts, text, into: &found) }
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

    /// Matches of sequence entries: their parts one after another, a space apart.
    private func joinSequences(_ parts: [PartMatch], _ text: NormalisedText, into found: inout [WordMatch]) {
        let symbols = text.symbolBuffer
        for m in parts {
            for s in sequencesByFirstPart[Int(m.part)] {
                let sequence = sequences[Int(s)]
                var end = m.hi
                var altered = m.altered
                var whole = true
                for next in sequence.parts.dropFirst() {
                    guard Int(end) < symbols.count, symbols[Int(end)] == Symbol.space,
                          let following = parts.first(where: { $0.part == next && $0.lo == end + 1 })
                    else { whole = false; break }
                    end = following.hi
                    altered = altered || following.altered
                }
                if whole {
                    found.append(WordMatch(pattern: -s - 1, list: Int32(sequence.list), lo: m.lo, hi: end,
                                           span: text.span(Int(m.lo)..<Int(end)), obfuscated: altered))
                }
            }
        }
    }

    /// Whether the letters repeated in the text fit the entry, and if so whether the match was
    /// dressed up (nil: no match). A letter fits as often as the entry has it, three times or
    /// more (emphasis: fuuuck, asssss), or doubled at the end when it is a consonant (shitt,
    /// fuckk). A letter doubled elsewhere is a different word ("speed" is not "sped").
    @inline(__always)
    private static func fit(
        _ doubles: UnsafeBufferPointer<(offset: UInt16, need: UInt8)>, _ runs: UnsafeBufferPointer<UInt8>,
        _ symbols: UnsafeBufferPointer<UInt8>, _ marks: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> Bool? {
        var altered = false
        var d = 0
        for i in start..<end {
            var need: UInt8 = 1
            if d < doubles.count && Int(doubles[d].offset) == i - start {
                need = doubles[d].need
                d += 1
            }
            let r = runs[i]
            if marks[i] & PositionMark.altered != 0 { altered = true }
            if r == need { continue }
            if r >= 3 && r > need { altered = true; continue }
            if r == 2 && need == 1 && i == end - 1 && !isVowel(symbols[i]) { continue }
            return nil
        }
        return altered
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
                        pattern: p, list: Int32(pattern.list), lo: -1, hi: -1,
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

/// What the hot loop needs of a pattern, as a plain value.
struct PatternInfo {
    var list: Int32
    /// The part set of a sequence entry this pattern matches, or -1.
    var part: Int32
    var keyLength: Int32
    var doublesStart: Int32
    var doublesCount: Int32
    var needsStart: Bool
    var needsEnd: Bool
    var isAllow: Bool
}

/// A match of one part of sequence entries.
struct PartMatch {
    var part: Int32
    var lo: Int32
    var hi: Int32
    var altered: Bool
}

/// An entry matched as parts in a row: "{at_someone} {insults}" is the parts
/// `{at_someone}` and `{insults}`; "kill all {groups}" is `kill all` and `{groups}`.
struct SequenceEntry: Sendable {
    var list: Int
    var entry: String
    /// Part set ids, in order.
    var parts: [Int32]

    /// The parts of an entry that names term lists, each with the texts it stands for; nil
    /// when the entry is better multiplied out (no term list, '*' edges, a term glued to
    /// letters as in "{groups}s", or a term list that does not exist).
    static func segments(of entry: String, terms: [String: [String]]) -> [(key: String, texts: [String])]? {
        guard entry.contains("{"), !entry.contains("*") else { return nil }
        var out: [(key: String, texts: [String])] = []
        var literal: [Substring] = []
        func flushLiteral() {
            if literal.isEmpty { return }
            let text = literal.joined(separator: " ")
            out.append(("=" + text, [text]))
            literal.removeAll()
        }
        for word in entry.split(separator: " ") {
            if word.hasPrefix("{") && word.hasSuffix("}") {
                let name = String(word.dropFirst().dropLast())
                guard let list = terms[name], !list.isEmpty, !name.contains("{") else { return nil }
                flushLiteral()
                out.append(("{" + name, list))
            } else {
                if word.contains("{") || word.contains("}") { return nil }
                literal.append(word)
            }
        }
        flushLiteral()
        return out.count >= 2 ? out : nil
    }
}

/// One match of a word-list entry in a normalised text.
struct WordMatch: Equatable {
    /// The pattern, or for a sequence entry -1 - its index.
    var pattern: Int32
    /// The word list of the pattern.
    var list: Int32
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
