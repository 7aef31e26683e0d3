/// Every word list of a rule set compiled into one matcher that reads a normalised text in
/// one pass, with the allow lists in the same tries.
///
/// An entry is a word or phrase, normalised as comment text is (so `sub4sub` in a list meets
/// `sub4sub` in a comment however both were written): `bitch` is a whole word, `bitch*` a
/// word start (bitches, bitchy), `*fuck*` anywhere (motherfucker), `*head` a word end.
/// Letters repeated for emphasis match (fuuuck), and an entry's own double letters must be
/// there ("ass" is not "as"). An allow-list match (Scunthorpe, Dick Whittington) hides every
/// match inside it. Masked words (f*ck, bullsh#t, f***) are matched in a second, wildcard
/// pass (`WordMatcher+Passes.swift`).
///
/// Entries that begin a word (nearly all) live in one trie walked from each word start;
/// the few that may begin inside a word (`*fuck*`, `*shit`, `*class*`) live in a second,
/// small trie walked only where the text holds the first two symbols of one of them.
///
/// An entry made of term lists and phrases, "{at_someone} {insults}" or "kill all {groups}",
/// is not multiplied out: each part is matched on its own and the parts are joined when they
/// stand next to each other, which keeps the tries small (and in cache) however large the
/// term lists.
struct WordMatcher: Sendable {
    /// Keys that must start a word, and keys that may start anywhere.
    private let anchored: KeyTrie
    private let unanchored: KeyTrie
    /// `unanchoredStarts[a * (Symbol.count + 1) + b]` is 1 when an unanchored key can start
    /// with symbol a followed by b (b = `Symbol.count`: the end of the text).
    private let unanchoredStarts: [UInt8]
    /// Bit a is set when an unanchored key can start with symbol a: most positions are
    /// ruled out with a shift, before `unanchoredStarts` is read.
    private let unanchoredFirst: UInt64
    let patterns: [Pattern]
    /// The same patterns as plain values, for the hot loop (no reference counting).
    private let info: [PatternInfo]
    /// Every pattern's doubled letters, `PatternInfo.doublesStart` onwards.
    private let doubles: [(offset: UInt16, need: UInt8)]
    /// For key k of the anchored trie, its patterns are
    /// `keyPatterns[keyStart[k]..<keyStart[k + 1]]`; the unanchored trie's keys follow,
    /// numbered from `anchoredKeyCount`.
    private let keyStart: [Int32]
    private let keyPatterns: [Int32]
    private let anchoredKeyCount: Int
    /// One-word patterns by their first symbol, for the wildcard pass.
    let byFirstSymbol: [[Int32]]
    /// Lists whose words may be read from their first letter and masks alone (f***).
    let firstLetterMaskLists: Set<Int>
    /// Entries matched as parts in a row, and their indices by the set of their first part.
    let sequences: [SequenceEntry]
    let sequencesByFirstPart: [[Int32]]

    var patternCount: Int { patterns.count }
    var stateCount: Int { anchored.stateCount + unanchored.stateCount }

    /// Compiles `entries` (list index and text, `{name}` standing for `terms[name]`) and
    /// `allowed` entries. A word masked after its first letter (f***) is read only as an
    /// entry of `firstLetterMaskLists`. Throws naming every entry that cannot be matched.
    init(
        entries: [(list: Int, text: String)], allowed: [String], terms: [String: [String]] = [:],
        firstLetterMaskLists: Set<Int> = []
    ) throws(WordMatcherError) {
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
        Pattern.markDisguised(&patterns)
        var byFirstPart = [[Int32]](repeating: [], count: partSets.count)
        for (k, sequence) in sequences.enumerated() { byFirstPart[Int(sequence.parts[0])].append(Int32(k)) }
        self.sequences = sequences
        self.sequencesByFirstPart = byFirstPart

        // Keys: one per distinct symbol sequence and kind of start.
        var anchoredKeys = KeySet()
        var unanchoredKeys = KeySet()
        for (p, pattern) in patterns.enumerated() {
            if pattern.needsStart {
                anchoredKeys.add(pattern.key, pattern: p)
            } else {
                unanchoredKeys.add(pattern.key, pattern: p)
            }
        }
        var keyStart: [Int32] = [0]
        var keyPatterns: [Int32] = []
        for list in anchoredKeys.patterns + unanchoredKeys.patterns {
            keyPatterns.append(contentsOf: list)
            keyStart.append(Int32(keyPatterns.count))
        }
        let columns = Symbol.count + 1
        var starts = [UInt8](repeating: 0, count: Symbol.count * columns)
        for key in unanchoredKeys.keys {
            if key.count == 1 {
                for b in 0..<columns { starts[Int(key[0]) * columns + b] = 1 }
            } else {
                starts[Int(key[0]) * columns + Int(key[1])] = 1
            }
        }
        var first: UInt64 = 0
        for key in unanchoredKeys.keys { first |= 1 << UInt64(key[0]) }
        var byFirst = [[Int32]](repeating: [], count: Symbol.count)
        for (p, pattern) in patterns.enumerated() where !pattern.isAllow && pattern.part < 0 && pattern.needsStart && !pattern.full.contains(Symbol.space) {
            byFirst[Int(pattern.full[0])].append(Int32(p))
        }
        var info: [PatternInfo] = []
        var doubles: [(offset: UInt16, need: UInt8)] = []
        for p in patterns {
            info.append(PatternInfo(
                list: Int32(p.list), part: p.part, keyLength: Int32(p.key.count), doublesStart: Int32(doubles.count),
                doublesCount: Int32(p.doubles.count), needsStart: p.needsStart, needsEnd: p.needsEnd,
                isAllow: p.isAllow, disguised: p.disguised))
            doubles.append(contentsOf: p.doubles)
        }
        self.anchored = KeyTrie(keys: anchoredKeys.keys)
        self.unanchored = KeyTrie(keys: unanchoredKeys.keys)
        self.unanchoredStarts = starts
        self.unanchoredFirst = first
        self.anchoredKeyCount = anchoredKeys.keys.count
        self.patterns = patterns
        self.info = info
        self.doubles = doubles
        self.keyStart = keyStart
        self.keyPatterns = keyPatterns
        self.byFirstSymbol = byFirst
        self.firstLetterMaskLists = firstLetterMaskLists
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
        if !parts.isEmpty { parts.removeAll(keepingCapacity: true) }
        var allowedRanges: [(Int32, Int32)] = []
        let symbols = text.terminatedSymbols
        let marks = text.markBuffer
        let n = text.count
        let innerStarts = text.hasInnerWordStarts
        // Symbols at which the scan of a word stops to look: the space or end after it, and
        // the first symbols of unanchored keys.
        let stops = unanchoredFirst | 1 << UInt64(Symbol.space) | 1 << UInt64(Symbol.end)
        unanchoredStarts.withUnsafeBufferPointer { starts in
        anchored.withSlots { anchoredSlots, anchoredPairs in
        unanchored.withSlots { unanchoredSlots, unanchoredPairs in
            let columns = Symbol.count + 1
            var i = 0
            while i < n {
                if symbols[i] == Symbol.space { i &+= 1; continue }
                // A word starts at i: the anchored keys from its start, then along the word
                // the unanchored keys (and the anchored ones again where a word may start
                // inside it, #StupidIdea), position by position.
                let wordStart = i
                anchored.walk(anchoredSlots, anchoredPairs, symbols, from: wordStart) { key, end in
                    report(key, start: wordStart, end: end, text, &found, &parts, &allowedRanges)
                }
                var j = i
                if !innerStarts {
                    // Most texts: a word starts only after a space.
                    while true {
                        let s = symbols[j]
                        if stops &>> UInt64(s) & 1 != 0 {
                            if s == Symbol.space || s == Symbol.end { break }
                            // The unanchored keys from j, when the text holds the first two
                            // symbols of one there (`Symbol.end` after the last stands for the
                            // end). Written out twice: a local function capturing `found` would
                            // box it and check exclusivity at run time.
                            if starts[Int(s) &* columns &+ Int(symbols[j &+ 1])] != 0 {
                                let at = j
                                unanchored.walk(unanchoredSlots, unanchoredPairs, symbols, from: at) { key, end in
                                    report(anchoredKeyCount &+ key, start: at, end: end, text, &found, &parts, &allowedRanges)
                                }
                            }
                        }
                        j &+= 1
                    }
                } else {
                    while true {
                        let s = symbols[j]
                        if stops &>> UInt64(s) & 1 != 0 {
                            if s == Symbol.space || s == Symbol.end { break }
                            // The unanchored keys, as above.
                            if starts[Int(s) &* columns &+ Int(symbols[j &+ 1])] != 0 {
                                let at = j
                                unanchored.walk(unanchoredSlots, unanchoredPairs, symbols, from: at) { key, end in
                                    report(anchoredKeyCount &+ key, start: at, end: end, text, &found, &parts, &allowedRanges)
                                }
                            }
                        }
                        j &+= 1
                        if j < n && marks[j] & PositionMark.wordStart != 0 && symbols[j] != Symbol.space {
                            let at = j
                            anchored.walk(anchoredSlots, anchoredPairs, symbols, from: at) { key, end in
                                report(key, start: at, end: end, text, &found, &parts, &allowedRanges)
                            }
                        }
                    }
                }
                i = j &+ 1
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

    /// Checks the patterns of key `key`, found at `start..<end`, against the word edges and
    /// the repeated letters, and records what passes.
    @inline(__always)
    private func report(
        _ key: Int, start: Int, end: Int, _ text: NormalisedText,
        _ found: inout [WordMatch], _ parts: inout [PartMatch], _ allowedRanges: inout [(Int32, Int32)]
    ) {
        let symbols = text.symbolBuffer
        let marks = text.markBuffer
        let n = symbols.count
        info.withUnsafeBufferPointer { info in
            keyStart.withUnsafeBufferPointer { keyStart in
                keyPatterns.withUnsafeBufferPointer { keyPatterns in
                    doubles.withUnsafeBufferPointer { doubles in
                        for k in Int(keyStart[key])..<Int(keyStart[key + 1]) {
                            let p = Int(keyPatterns[k])
                            let pattern = info[p]
                            if pattern.needsEnd && end < n && symbols[end] != Symbol.space
                                && marks[end - 1] & PositionMark.wordEnd == 0 { continue }
                            let d = UnsafeBufferPointer(rebasing: doubles[Int(pattern.doublesStart)..<Int(pattern.doublesStart + pattern.doublesCount)])
                            guard let altered = Self.fit(d, text.runBuffer, symbols, marks, start, end) else { continue }
                            if pattern.part >= 0 {
                                parts.append(PartMatch(part: pattern.part, lo: Int32(start), hi: Int32(end), altered: altered))
                                continue
                            }
                            // An allow entry hides what lies inside its own letters ("*bass*"
                            // keeps "bass" clean, not the "dumbass" around it); one open at one
                            // end only hides the rest of its word on that side too ("april
                            // fool*" hides "april fools", whose "fools" runs past its letters).
                            if pattern.isAllow {
                                var lo = start
                                var hi = end
                                if pattern.needsStart && !pattern.needsEnd { while hi < n && symbols[hi] != Symbol.space && marks[hi - 1] & PositionMark.wordEnd == 0 { hi += 1 } }
                                if pattern.needsEnd && !pattern.needsStart { while lo > 0 && symbols[lo - 1] != Symbol.space && marks[lo] & PositionMark.wordStart == 0 { lo -= 1 } }
                                allowedRanges.append((Int32(lo), Int32(hi)))
                                continue
                            }
                            // A word start, end or infix entry marks the whole word it is in.
                            var lo = start
                            var hi = end
                            if !pattern.needsStart { while lo > 0 && symbols[lo - 1] != Symbol.space && marks[lo] & PositionMark.wordStart == 0 { lo -= 1 } }
                            if !pattern.needsEnd { while hi < n && symbols[hi] != Symbol.space && marks[hi - 1] & PositionMark.wordEnd == 0 { hi += 1 } }
                            found.append(WordMatch(
                                pattern: Int32(p), list: pattern.list, lo: Int32(start), hi: Int32(end),
                                span: text.span(lo..<hi), obfuscated: altered || pattern.disguised))
                        }
                    }
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
}
