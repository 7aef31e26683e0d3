/// E-mail addresses, also written to dodge filters: "name @ example.net",
/// "name at example dot com", "name[at]example[dot]com", "name (at) example (dot) org".
///
/// A spelled-out "at" is an ordinary word, so that form needs a domain ending in a known
/// top-level domain and a local part that is not an everyday word ("look at example.com",
/// "more info at school.example" are links, not addresses).
enum EmailAddresses {
    /// The address around the '@' at byte `a`.
    static func matchAtSign(_ t: ScanText, at a: Int) -> RawFinding? {
        var le = a
        var spaced = false
        if t[a - 1] == 0x20 && isLocalByte(t[a - 2]) { le = a - 1; spaced = true }
        guard let ls = localStart(t, before: le) else { return nil }
        var ds = a + 1
        if t[ds] == 0x20 { ds += 1; spaced = true }
        guard let (end, obfuscated) = domain(t, from: ds, knownTLDOnly: spaced) else { return nil }
        let base = spaced || obfuscated ? 0.85 : 0.95
        return RawFinding(.email, ls, end, Context(t, ls, end).confidence(base, raised: false))
    }

    /// The address around a spelled-out "at" whose 'a' is at byte `a`: " at ", "[at]",
    /// "(at)", "{at}", "<at>".
    static func matchSpelledAt(_ t: ScanText, at a: Int) -> RawFinding? {
        guard t[a + 1] | 0x20 == 0x74 else { return nil }
        let before = t[a - 1]
        var ms = a, me = a + 2
        let bracketed: Bool
        if let close = closing(before) {
            guard t[a + 2] == close else { return nil }
            ms = a - 1
            me = a + 3
            bracketed = true
        } else {
            guard before == 0x20, t[a + 2] == 0x20 else { return nil }
            bracketed = false
        }
        var le = ms
        if t[le - 1] == 0x20 { le -= 1 } else if !bracketed { return nil }
        guard let ls = localStart(t, before: le) else { return nil }
        var ds = me
        if t[ds] == 0x20 { ds += 1 }
        guard let (end, obfuscated) = domain(t, from: ds, knownTLDOnly: true) else { return nil }
        if !bracketed {
            if isEverydayWord(t, ls, le) { return nil }
            // "more info at ...", "for details at ...": the words before make it a link.
            if let (ps, pe) = ContextWords.previousWord(t, before: ls), isLeadIn(t, ps, pe) { return nil }
        }
        let base = bracketed ? 0.9 : (obfuscated ? 0.8 : 0.7)
        return RawFinding(.email, ls, end, Context(t, ls, end).confidence(base, raised: false))
    }

    @inline(__always) static func isLocalByte(_ b: UInt8) -> Bool {
        isAlnum(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
    }

    private static func closing(_ open: UInt8) -> UInt8? {
        switch open {
        case 0x5B: return 0x5D
        case 0x28: return 0x29
        case 0x7B: return 0x7D
        case 0x3C: return 0x3E
        default: return nil
        }
    }

    /// The start of the local part that ends at `le`: 1-64 local bytes starting with a
    /// letter or digit.
    private static func localStart(_ t: ScanText, before le: Int) -> Int? {
        var ls = le
        while ls > 0 && isLocalByte(t[ls - 1]) && le - ls < 64 { ls -= 1 }
        while ls < le && !isAlnum(t[ls]) { ls += 1 }
        guard ls < le, isAlnum(t[le - 1]) || t[le - 1] == 0x5F else { return nil }
        return ls
    }

    /// The end of a domain of two or more labels starting at `ds`, and whether its dots
    /// were spelled out.
    static func domain(_ t: ScanText, from ds: Int, knownTLDOnly: Bool) -> (Int, Bool)? {
        var q = ds
        var labels = 0
        var obfuscated = false
        var lastStart = ds, lastEnd = ds
        while labels < 10 {
            let s = q
            while isAlnum(t[q]) || (t[q] == 0x2D && isAlnum(t[q + 1]) && q > s) { q += 1 }
            guard q > s, q - s <= 63 else { break }
            labels += 1
            lastStart = s
            lastEnd = q
            if t[q] == 0x2E && isAlnum(t[q + 1]) { q += 1; continue }
            if let next = spelledDot(t, q) { obfuscated = true; q = next; continue }
            break
        }
        guard labels >= 2 else { return nil }
        let n = lastEnd - lastStart
        guard n >= 2 && n <= 24 else { return nil }
        for i in lastStart..<lastEnd where !isLetter(t[i]) { return nil }
        if knownTLDOnly || obfuscated {
            guard Lexicon.classes(t, lastStart, lastEnd).contains(.topLevelDomain) else { return nil }
        }
        return (lastEnd, obfuscated)
    }

    /// Where the next label starts after a spelled-out dot at `q` (" dot ", "[dot]",
    /// " (dot) ", " . "), or nil.
    private static func spelledDot(_ t: ScanText, _ q0: Int) -> Int? {
        var q = q0
        let spaced = t[q] == 0x20
        if spaced { q += 1 }
        if let close = closing(t[q]), t.matchesFolded("dot", at: q + 1), t[q + 4] == close {
            q += 5
            if t[q] == 0x20 { q += 1 }
            return isAlnum(t[q]) ? q : nil
        }
        guard spaced else { return nil }
        if t.matchesFolded("dot", at: q), t[q + 3] == 0x20, isAlnum(t[q + 4]) { return q + 4 }
        if t[q] == 0x2E, t[q + 1] == 0x20, isAlnum(t[q + 2]) { return q + 2 }
        return nil
    }

    private static func isEverydayWord(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        Lexicon.classes(t, s, e).contains(.everyday)
    }

    private static func isLeadIn(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        Lexicon.classes(t, s, e).contains(.leadIn)
    }
}
