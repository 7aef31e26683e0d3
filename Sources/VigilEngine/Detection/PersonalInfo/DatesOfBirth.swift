/// Dates of birth: a date (12/03/2015, 12.03.15, 2015-03-12, 12th March 2015, 5 May,
/// March 12th, 2015) with words around it that say it is one ("DOB", "date of birth",
/// "born on", "d.o.b.", "birthday is"). A date alone is not one.
enum DatesOfBirth {
    /// The date of birth whose first digit is at byte `p`.
    static func match(_ t: ScanText, at p: Int) -> RawFinding? {
        guard let (s, e) = date(t, at: p) else { return nil }
        let ctx = Context(t, s, e)
        guard ctx.wide.contains(.dateOfBirth) else { return nil }
        return RawFinding(.dateOfBirth, s, e, ctx.confidence(0.9, raised: false))
    }

    /// The bytes of a date whose first digit is at `p` (the month name may stand before it).
    static func date(_ t: ScanText, at p: Int) -> (Int, Int)? {
        var q = p
        var a = 0
        while isDigit(t[q]) && q - p < 5 { a = a * 10 + Int(t[q] &- 0x30); q += 1 }
        let la = q - p
        let sep = t[q]
        let isSep = sep == 0x2F || sep == 0x2E || sep == 0x2D
        if la == 4 && isSep {
            // 2015-03-12
            guard let (m, q1) = number(t, q + 1, 2), (1...12).contains(m), t[q1] == sep,
                  let (d, q2) = number(t, q1 + 1, 2), (1...31).contains(d), !isAlnum(t[q2])
            else { return nil }
            return (p, q2)
        }
        guard la <= 2, (1...31).contains(a) else { return nil }
        if isSep {
            // 12/03/2015, 12.03.15, 12-3-2015
            guard let (m, q1) = number(t, q + 1, 2), (1...12).contains(m), t[q1] == sep,
                  let (_, q2) = number(t, q1 + 1, 4), q2 - q1 - 1 == 2 || q2 - q1 - 1 == 4,
                  !isAlnum(t[q2]), !(t[q2] == sep && isDigit(t[q2 + 1]))
            else { return nil }
            return (p, q2)
        }
        var r = q
        if ordinalSuffix(t, at: r) { r += 2 }
        // March 12th, 2015
        if let ms = monthBefore(t, p) {
            return (ms, yearAfter(t, r) ?? r)
        }
        // 12th March 2015, 5 May, 3rd of June
        let sl = t.spaceLength(at: r)
        guard sl > 0 else { return nil }
        r += sl
        if t.matchesFolded("of", at: r) && t.spaceLength(at: r + 2) > 0 { r += 2 + t.spaceLength(at: r + 2) }
        guard let me = monthEnd(t, at: r) else { return nil }
        return (p, yearAfter(t, me) ?? me)
    }

    /// A number of at most `maxDigits` digits at `q`, and where it ends.
    private static func number(_ t: ScanText, _ q: Int, _ maxDigits: Int) -> (Int, Int)? {
        var r = q
        var v = 0
        while isDigit(t[r]) { v = v * 10 + Int(t[r] &- 0x30); r += 1 }
        return r > q && r - q <= maxDigits ? (v, r) : nil
    }

    private static func ordinalSuffix(_ t: ScanText, at r: Int) -> Bool {
        guard !isAlnum(t[r + 2]) else { return false }
        return t.matchesFolded("st", at: r) || t.matchesFolded("nd", at: r)
            || t.matchesFolded("rd", at: r) || t.matchesFolded("th", at: r)
    }

    /// The end of a year after a date ending at `e` (", 2015" or " 2015").
    private static func yearAfter(_ t: ScanText, _ e: Int) -> Int? {
        var r = e
        if t[r] == 0x2C { r += 1 }
        let sl = t.spaceLength(at: r)
        guard sl > 0 else { return nil }
        r += sl
        guard let (y, ye) = number(t, r, 4), ye - r == 4, (1900...2099).contains(y), !isAlnum(t[ye]) else { return nil }
        return ye
    }

    /// The end of a month name (or its abbreviation) that starts at `r`.
    static func monthEnd(_ t: ScanText, at r: Int) -> Int? {
        // Every month starts with one of J F M A S O N D.
        switch t[r] | 0x20 {
        case 0x6A, 0x66, 0x6D, 0x61, 0x73, 0x6F, 0x6E, 0x64: break
        default: return nil
        }
        guard !isLetter(t[r - 1]) else { return nil }
        var e = r
        while isLetter(t[e]) && e - r < 10 { e += 1 }
        return Lexicon.classes(t, r, e).contains(.month) ? e : nil
    }

    /// The start of a month name that ends one space before `p`.
    private static func monthBefore(_ t: ScanText, _ p: Int) -> Int? {
        guard t[p - 1] == 0x20 else { return nil }
        var s = p - 1
        if t[s - 1] == 0x2E { s -= 1 }  // "Sept. 12"
        let e = s
        while isLetter(t[s - 1]) { s -= 1 }
        guard e - s >= 3, let me = monthEnd(t, at: s), me == e else { return nil }
        return s
    }
}
