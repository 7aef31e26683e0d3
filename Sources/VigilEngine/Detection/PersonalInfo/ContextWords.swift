/// What the words around a candidate say about it ("call me on" makes a number a phone,
/// "ref" or "ISBN" makes it something else), read as two masks: the words right before it
/// (lowering words count only there: "ref 0770..." but not "ref below, call 0770...") and a
/// wider window before and after (raising words: "call me on", "... is my mobile").
struct Context {
    /// Up to three words before the candidate.
    var near: WordClass
    /// Up to six words before and three after.
    var wide: WordClass

    var lowered: Bool { near.contains(.reference) }

    /// Reads the words around the candidate at bytes `start..<end`.
    init(_ t: ScanText, _ start: Int, _ end: Int) {
        var near = WordClass()
        var wide = WordClass()
        var i = start
        for k in 0..<6 {
            guard let (ws, we) = ContextWords.previousWord(t, before: i) else { break }
            let m = Lexicon.classes(t, ws, we)
            if k < 3 { near.formUnion(m) }
            wide.formUnion(m)
            i = ws
        }
        var j = end
        for _ in 0..<3 {
            guard let (ws, we) = ContextWords.nextWord(t, after: j) else { break }
            wide.formUnion(Lexicon.classes(t, ws, we))
            j = we
        }
        self.near = near
        self.wide = wide
    }

    /// `base` raised when `raise` holds and lowered when a reference word stands right
    /// before; 0...0.99.
    func confidence(_ base: Double, raised raise: Bool, by up: Double = 0.15) -> Double {
        var c = base
        if raise { c += up }
        if lowered { c -= 0.4 }
        return min(max(c, 0), 0.99)
    }
}

enum ContextWords {
    /// Bytes that belong to a context word: letters, digits and the inner marks of
    /// "d.o.b", "a/c", "mum's", "b-day", "e-mail".
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        isAlnum(b) || b == 0x2E || b == 0x2F || b == 0x27 || b == 0x2D
    }

    /// The word ending before `i` (skipping spaces and punctuation), trimmed of outer marks.
    static func previousWord(_ t: ScanText, before i: Int) -> (Int, Int)? {
        var e = i
        var skipped = 0
        while e > 0 && !isWordByte(t[e - 1]) {
            e -= 1
            skipped += 1
            if skipped > 8 { return nil }
        }
        guard e > 0 else { return nil }
        var s = e
        while s > 0 && isWordByte(t[s - 1]) && e - s < 24 { s -= 1 }
        return trimmed(t, s, e)
    }

    /// The word starting after `i` (skipping spaces and punctuation), trimmed of outer marks.
    static func nextWord(_ t: ScanText, after i: Int) -> (Int, Int)? {
        var s = i
        var skipped = 0
        while s < t.count && !isWordByte(t[s]) {
            s += 1
            skipped += 1
            if skipped > 8 { return nil }
        }
        guard s < t.count else { return nil }
        var e = s
        while e < t.count && isWordByte(t[e]) && e - s < 24 { e += 1 }
        return trimmed(t, s, e)
    }

    private static func trimmed(_ t: ScanText, _ s0: Int, _ e0: Int) -> (Int, Int)? {
        var s = s0
        var e = e0
        while s < e && !isAlnum(t[s]) { s += 1 }
        while e > s && !isAlnum(t[e - 1]) { e -= 1 }
        return s < e ? (s, e) : (s0, s0)
    }
}
