/// UK postcodes in every format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA,
/// GIR 0AA), with or without the space, in any case. The outward code must name a real
/// postcode area and follow Royal Mail's letter rules, so that product codes, registration
/// plates and "B12" do not match; a lower-case "3rd" is an ordinal, not an inward code.
enum Postcodes {
    /// The shape of a postcode at bytes `start..<end`.
    struct Shape {
        var end: Int
        var spaced: Bool
        var upper: Bool
    }

    /// The postcode whose first letter is at byte `p`, with its confidence.
    static func match(_ t: ScanText, at p: Int) -> RawFinding? {
        guard let s = shape(t, at: p) else { return nil }
        let ctx = Context(t, p, s.end)
        // Lower case without the space ("ls14ap") is as likely a word with digits: it needs
        // a word such as "postcode" or "live" near it.
        let base = s.upper ? (s.spaced ? 0.85 : 0.7) : (s.spaced ? 0.7 : 0.45)
        let c = ctx.confidence(base, raised: !ctx.wide.isDisjoint(with: [.postcode, .address]))
        return RawFinding(.postcode, p, s.end, c)
    }

    /// The postcode shape starting at `p`, or nil.
    static func shape(_ t: ScanText, at p: Int) -> Shape? {
        guard isLetter(t[p]), !isAlnum(t[p - 1]) else { return nil }
        let oe = t.alnumEnd(from: p)
        let sl = t.spaceLength(at: oe)
        if sl > 0 {
            let ins = oe + sl
            let ine = t.alnumEnd(from: ins)
            if ine - ins == 3, validOutward(t, p, oe) || isGIR(t, p, oe, ins), validInward(t, ins) {
                return Shape(end: ine, spaced: true, upper: isUpperCase(t, p, ine))
            }
        }
        let n = oe - p
        guard n >= 5 && n <= 7, validOutward(t, p, oe - 3) || isGIR(t, p, oe - 3, oe - 3),
              validInward(t, oe - 3) else { return nil }
        return Shape(end: oe, spaced: false, upper: isUpperCase(t, p, oe))
    }

    private static func isGIR(_ t: ScanText, _ s: Int, _ e: Int, _ ins: Int) -> Bool {
        e - s == 3 && t.matchesFolded("gir", at: s) && t.matchesFolded("0aa", at: ins)
    }

    /// Whether bytes `s..<e` are an outward code: area letters, then 9, 99 or 9A.
    static func validOutward(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let n = e - s
        guard n >= 2 && n <= 4 else { return false }
        let a = upperASCII(t[s])
        let twoLetters = isLetter(t[s + 1])
        let area = twoLetters ? UInt16(a) << 8 | UInt16(upperASCII(t[s + 1])) : UInt16(a)
        guard areas.contains(area) else { return false }
        var k = s + (twoLetters ? 2 : 1)
        guard isDigit(t[k]) else { return false }
        k += 1
        if k == e { return true }
        let x = t[k]
        if isDigit(x) { return k + 1 == e }
        guard isLetter(x), k + 1 == e else { return false }
        let allowed: StaticString = twoLetters ? "ABEHMNPRVWXY" : "ABCDEFGHJKPSTUW"
        return contains(allowed, upperASCII(x))
    }

    /// Whether the three bytes at `s` are an inward code: a digit and two letters other
    /// than C, I, K, M, O and V, and not an ordinal written in lower case ("3rd").
    static func validInward(_ t: ScanText, _ s: Int) -> Bool {
        guard isDigit(t[s]), isLetter(t[s + 1]), isLetter(t[s + 2]) else { return false }
        let banned: StaticString = "CIKMOV"
        if contains(banned, upperASCII(t[s + 1])) || contains(banned, upperASCII(t[s + 2])) { return false }
        if isLower(t[s + 1]) || isLower(t[s + 2]) {
            let ordinal: StaticString
            switch t[s] {
            case 0x31: ordinal = "st"
            case 0x32: ordinal = "nd"
            case 0x33: ordinal = "rd"
            default: ordinal = "th"
            }
            if t.matchesFolded(ordinal, at: s + 1) { return false }
        }
        return true
    }

    private static func isUpperCase(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        for i in s..<e where isLower(t[i]) { return false }
        return true
    }

    private static func contains(_ set: StaticString, _ b: UInt8) -> Bool {
        let p = set.utf8Start
        for k in 0..<set.utf8CodeUnitCount where p[k] == b { return true }
        return false
    }

    /// The postcode areas of the UK, the Crown dependencies and BFPO, as one or two
    /// upper-case letters packed into 16 bits.
    static let areas: Set<UInt16> = {
        let list = """
            B E G L M N S W AB AL BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV \
            CW DA DD DE DG DH DL DN DT DY EC EH EN EX FK FY GL GU GY HA HD HG HP HR HS HU HX \
            IG IM IP IV JE KA KT KW KY LA LD LE LL LN LS LU ME MK ML NE NG NN NP NR NW OL OX \
            PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN \
            TQ TR TS TW UB WA WC WD WF WN WR WS WV YO ZE
            """
        return Set(list.split(separator: " ").map { w in
            w.utf8.reduce(UInt16(0)) { $0 << 8 | UInt16($1) }
        })
    }()
}
