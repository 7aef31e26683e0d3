/// National Insurance numbers: two prefix letters, six digits, a suffix letter A-D, in every
/// grouping people type ("AB 12 34 56 C", "AB123456C", "XH 911 984 A", "ab-123456-c").
///
/// Prefix rules (HMRC): neither letter D, F, I, Q, U or V; the second not O; never BG, GB,
/// KN, NK, NT, TN or ZZ. Without a suffix the number is one only where the words say so
/// ("NI number", "national insurance").
enum NationalInsuranceNumbers {
    /// The National Insurance number whose first prefix letter is at byte `p`.
    static func match(_ t: ScanText, at p: Int) -> RawFinding? {
        guard !isAlnum(t[p - 1]), isLetter(t[p]), isLetter(t[p + 1]), validPrefix(t[p], t[p + 1]) else { return nil }
        var q = p + 2
        q += separatorLength(t, q)
        // Six digits as 2-2-2, 3-3 or 6, with one kind of separator.
        var sizes = 0
        var groups = 0
        var digits = 0
        var sep: UInt8 = 0
        while true {
            let gs = q
            while isDigit(t[q]) { q += 1 }
            let n = q - gs
            guard n > 0 else { return nil }
            digits += n
            sizes = sizes * 10 + n
            groups += 1
            if digits >= 6 { break }
            let sl = separatorLength(t, q)
            guard sl > 0, sep == 0 || t[q] == sep, isDigit(t[q + sl]) else { return nil }
            sep = t[q]
            q += sl
        }
        guard digits == 6, sizes == 222 || sizes == 33 || sizes == 6, !isLetter(t[q]) || isSuffix(t, q) else { return nil }
        let digitsEnd = q
        var end = q
        let sl = separatorLength(t, q)
        if isSuffix(t, q) {
            end = q + 1
        } else if sl > 0 && isSuffix(t, q + sl) {
            end = q + sl + 1
        } else if sl > 0 && isLetter(t[q + sl]) && !isAlnum(t[q + sl + 1]) {
            return nil  // a suffix letter other than A-D: "AB 12 34 56 E"
        }
        guard !isDigit(t[digitsEnd]) else { return nil }
        let ctx = Context(t, p, end)
        let c: Double
        if end > digitsEnd {
            let upper = isUpper(t[p]) && isUpper(t[p + 1]) && isUpper(t[end - 1])
            c = ctx.confidence(upper ? 0.9 : 0.75, raised: ctx.wide.contains(.nationalInsurance), by: 0.1)
        } else {
            // Without its suffix, two letters and six digits are as likely a code or "on 001 202".
            guard ctx.wide.contains(.nationalInsurance) else { return nil }
            c = ctx.confidence(0.8, raised: false)
        }
        return RawFinding(.nationalInsurance, p, end, c)
    }

    /// A suffix letter A-D at `q` that ends a word.
    private static func isSuffix(_ t: ScanText, _ q: Int) -> Bool {
        let b = upperASCII(t[q])
        return b >= 0x41 && b <= 0x44 && !isAlnum(t[q + 1])
    }

    private static func separatorLength(_ t: ScanText, _ q: Int) -> Int {
        t[q] == 0x2D ? 1 : t.spaceLength(at: q)
    }

    /// Whether two letters are an NI prefix HMRC can issue.
    static func validPrefix(_ a0: UInt8, _ b0: UInt8) -> Bool {
        let a = upperASCII(a0), b = upperASCII(b0)
        func never(_ x: UInt8) -> Bool {
            switch x {
            case 0x44, 0x46, 0x49, 0x51, 0x55, 0x56: return true  // D F I Q U V
            default: return false
            }
        }
        if never(a) || never(b) || b == 0x4F { return false }
        switch (a, b) {
        case (0x42, 0x47), (0x47, 0x42), (0x4B, 0x4E), (0x4E, 0x4B), (0x4E, 0x54), (0x54, 0x4E), (0x5A, 0x5A):
            return false
        default:
            return true
        }
    }
}
