/// The matcher's passes after the tries: sequence entries joined from their parts, and
/// masked words read against the one-word entries.
extension WordMatcher {
    /// Matches of sequence entries: their parts one after another, a space apart.
    func joinSequences(_ parts: [PartMatch], _ text: NormalisedText, into found: inout [WordMatch]) {
        let symbols = text.symbolBuffer
        for m in parts {
            // Every sequence has a second part, one space after the first: most first parts
            // ("you", "is") have none after them, and their sequences need not be looked at.
            let after = m.hi &+ 1
            guard Int(m.hi) < symbols.count, symbols[Int(m.hi)] == Symbol.space,
                  parts.contains(where: { $0.lo == after }) else { continue }
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

    /// The wildcard pass: a mask stands for one letter (f*ck, bullsh#t), or masks separate
    /// letters (f*u*c*k). With two letters or more written, any one-word entry may be read;
    /// with only the first letter (f***, s***, b****), the word could be many, so it is read
    /// only as an entry of `firstLetterMaskLists` (the swear words) of exactly its length,
    /// the first in the order of the lists.
    func matchMasked(_ text: NormalisedText, into found: inout [WordMatch]) {
        for word in text.maskedWords {
            let chars = Array(text.maskedSymbols[Int(word.offset)..<Int(word.offset + word.length)])
            guard let head = chars.first, Symbol.isLetter(head) else { continue }
            let letters = chars.filter { $0 != Symbol.wildcard }
            let firstLetterOnly = letters.count == 1
            if firstLetterOnly && (chars.count < 3 || firstLetterMaskLists.isEmpty) { continue }
            for p in byFirstSymbol[Int(head)] {
                let pattern = patterns[Int(p)]
                let fitting: Bool
                if firstLetterOnly {
                    fitting = pattern.full.count == chars.count && firstLetterMaskLists.contains(pattern.list)
                } else {
                    fitting = Self.fits(chars, pattern) || Self.fits(letters, pattern)
                }
                if fitting {
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
    /// The entry is a disguised spelling of another entry of its list (btch, fck).
    var disguised: Bool
}

/// Distinct keys, each with the patterns that look for it, numbered as they come.
struct KeySet {
    private var index: [[UInt8]: Int] = [:]
    private(set) var keys: [[UInt8]] = []
    private(set) var patterns: [[Int32]] = []

    mutating func add(_ key: [UInt8], pattern: Int) {
        if let k = index[key] {
            patterns[k].append(Int32(pattern))
        } else {
            index[key] = keys.count
            keys.append(key)
            patterns.append([Int32(pattern)])
        }
    }
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
