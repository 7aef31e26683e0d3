/// A finding made from groups of a digit run, and the last group it used.
struct RunMatch {
    var finding: RawFinding
    var lastGroup: Int
}

/// Phone numbers: UK numbers judged by the UK numbering plan (which leading digits and
/// lengths exist) rather than by whether a number is in service, since Ofcom's drama ranges
/// and many real numbers fail a "valid number" test; international numbers by their country
/// code and its national number lengths.
enum PhoneNumbers {
    /// The phone number that starts with group `g` of `run`, the longest when several do.
    static func match(_ run: DigitRun, at g: Int, in t: ScanText) -> RunMatch? {
        let d = run.digits
        let d0 = run.groups[g].digitStart
        let n0 = run.groups[g].digitCount
        if g == 0 && run.plus { return international(run, g, prefix: 0, plusSign: true, t) }
        if d[d0] == 4 && n0 >= 2 && d[d0 + 1] == 4 {
            // "447700900123", "44 7700 900123": a mobile in international form without its '+'.
            guard let m = international(run, g, prefix: 0, plusSign: false, t), m.finding.kind == .ukMobile else { return nil }
            return m
        }
        guard d[d0] == 0, n0 >= 2 || run.groups[g].bracketed || spacedOut(run, g) else { return nil }
        if d[d0 + 1] == 0 && run.count > g {
            // "0044 ...", "00 353 ...": the international prefix dialled from the UK.
            return n0 >= 2 ? international(run, g, prefix: 2, plusSign: false, t) : nil
        }
        return national(run, g, t)
    }

    /// Whether the digits from group `g` are written one by one ("0 7 7 0 0 9 0 0 1 2 3").
    private static func spacedOut(_ run: DigitRun, _ g: Int) -> Bool {
        guard run.count - g >= 10 else { return false }
        for k in g..<(g + 10) where run.groups[k].digitCount != 1 { return false }
        return true
    }

    /// A number written nationally: "07700 900123", "(0113) 496 0000", "020-7946-0000".
    private static func national(_ run: DigitRun, _ g: Int, _ t: ScanText) -> RunMatch? {
        let d0 = run.groups[g].digitStart
        var best: (h: Int, kind: PersonalInfoKind)?
        for h in g..<run.count {
            let n = run.digitCount(g, through: h)
            if n > 11 { break }
            if n >= 10, let kind = ukKind(UnsafeBufferPointer(rebasing: run.digits[d0..<(d0 + n)])) {
                best = (h, kind)
            }
        }
        guard let (h, kind) = best else { return nil }
        let n = run.digitCount(g, through: h)
        // Ungrouped, ten digits are as likely a reference: they need a phone word near them.
        let base = h > g ? 0.8 : (n == 11 ? 0.75 : 0.45)
        return finish(run, g, h, kind, base, t)
    }

    /// A number with a country code after '+' or "00". UK numbers (44) are judged by the
    /// UK plan, the trunk 0 dropped whether written "(0)" or left in.
    private static func international(
        _ run: DigitRun, _ g: Int, prefix: Int, plusSign: Bool, _ t: ScanText
    ) -> RunMatch? {
        let d = run.digits
        let base = run.groups[g].digitStart + prefix
        let available = run.digitCount(g, through: run.count - 1) - prefix
        guard available >= 8, let ccLen = countryCodeLength(d[base], d[base + 1]) else { return nil }
        let cc = (0..<ccLen).reduce(0) { $0 * 10 + Int(d[base + $1]) }
        // A trunk zero after the country code: "+44 (0)20", "+44 020", "+33 (0)1".
        let trunk = d[base + ccLen] == 0 ? 1 : 0
        var best: Int?
        if cc == 44 {
            let ns = base + ccLen + trunk
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 12) { nat in
                nat[0] = 0
                var bestKind: PersonalInfoKind?
                for h in g..<run.count {
                    let n = run.digitCount(g, through: h) - prefix - ccLen - trunk
                    if n > 10 { break }
                    guard n >= 9 else { continue }
                    for k in 0..<n { nat[k + 1] = d[ns + k] }
                    if let kind = ukKind(UnsafeBufferPointer(rebasing: nat[0..<(n + 1)])) {
                        best = h
                        bestKind = kind
                    }
                }
                guard let h = best, let kind = bestKind else { return nil }
                return finish(run, g, h, kind, plusSign ? 0.9 : (prefix == 2 ? 0.8 : 0.65), t)
            }
        }
        let (lo, hi) = nationalLengths(cc)
        for h in g..<run.count {
            let n = run.digitCount(g, through: h) - prefix - ccLen - trunk
            if n > hi || n + ccLen > 15 { break }
            if n >= lo { best = h }
        }
        guard let h = best else { return nil }
        // North American numbers never start with 0 or 1 after the country code.
        if cc == 1 && d[base + 1] < 2 { return nil }
        return finish(run, g, h, .internationalPhone, plusSign ? 0.85 : 0.7, t)
    }

    private static func finish(
        _ run: DigitRun, _ g: Int, _ h: Int, _ kind: PersonalInfoKind, _ base: Double, _ t: ScanText
    ) -> RunMatch {
        let start = run.start(ofGroup: g)
        let end = run.groups[h].end
        let ctx = Context(t, start, end)
        let c = ctx.confidence(base, raised: ctx.wide.raisesPhone)
        return RunMatch(finding: RawFinding(kind, start, end, c), lastGroup: h)
    }

    /// The kind of a UK number written nationally (`d[0] == 0`), or nil when no UK number
    /// has that leading-digit pattern and length.
    static func ukKind(_ d: UnsafeBufferPointer<UInt8>) -> PersonalInfoKind? {
        let n = d.count
        guard n >= 10, d[0] == 0 else { return nil }
        switch d[1] {
        case 1:
            guard d[2] != 0 else { return nil }
            if n == 11 { return .ukLandline }
            if n == 10 {
                let area = Int(d[1]) * 1000 + Int(d[2]) * 100 + Int(d[3]) * 10 + Int(d[4])
                if tenDigitAreas.contains(area) { return .ukLandline }
                if area == 1697 && d[5] == 7 { return .ukLandline }  // 016977 Brampton
            }
            return nil
        case 2:
            return n == 11 && [0, 3, 4, 8, 9].contains(d[2]) ? .ukLandline : nil
        case 3:
            return n == 11 && [0, 3, 4, 7].contains(d[2]) ? .ukNonGeographic : nil
        case 5:
            return n == 11 && (d[2] == 5 || d[2] == 6) ? .ukNonGeographic : nil
        case 7:
            guard n == 11 else { return nil }
            if d[2] == 0 { return .ukNonGeographic }               // 070 personal numbers
            if d[2] == 6 { return d[3] == 2 && d[4] == 4 ? .ukMobile : .ukNonGeographic } // 076 pagers, 07624 Isle of Man
            return .ukMobile
        case 8:
            if d[2] == 0 && d[3] == 0 { return .ukNonGeographic }  // 0800: 10 or 11 digits
            guard n == 11 else { return nil }
            if d[2] == 0 && d[3] == 8 { return .ukNonGeographic }  // 0808
            return d[2] == 4 || d[2] == 7 ? .ukNonGeographic : nil // 084x, 087x
        case 9:
            return n == 11 && [0, 1, 8].contains(d[2]) ? .ukNonGeographic : nil
        default:
            return nil
        }
    }

    /// Four-digit area codes (after the 0) that also have five-digit local numbers, so their
    /// numbers can have ten digits in all.
    static let tenDigitAreas: Set<Int> = [
        1204, 1208, 1254, 1276, 1297, 1298, 1363, 1364, 1384, 1386, 1404, 1420, 1460, 1461,
        1480, 1488, 1524, 1527, 1562, 1566, 1606, 1629, 1635, 1647, 1659, 1695, 1726, 1744,
        1750, 1768, 1827, 1837, 1884, 1900, 1905, 1935, 1946, 1949, 1963, 1995,
    ]

    /// How many digits the country code starting with `a`, `b` has (ITU-T E.164 zones), or
    /// nil when no country code starts that way.
    static func countryCodeLength(_ a: UInt8, _ b: UInt8) -> Int? {
        switch a {
        case 1, 7: return 1
        case 2: return b == 0 || b == 7 ? 2 : b == 8 ? nil : 3
        case 3: return [5, 7, 8].contains(b) ? 3 : 2
        case 4: return b == 2 ? 3 : 2
        case 5: return b == 0 || b == 9 ? 3 : 2
        case 6: return b <= 6 ? 2 : 3
        case 8: return [1, 2, 4, 6].contains(b) ? 2 : (b == 3 || b == 9) ? nil : 3
        case 9: return [6, 7, 9].contains(b) ? 3 : 2
        default: return nil
        }
    }

    /// The national number lengths of a country code: exact for the common ones, E.164's
    /// bounds otherwise.
    static func nationalLengths(_ cc: Int) -> (Int, Int) {
        switch cc {
        case 1, 91, 7, 90, 92: return (10, 10)
        case 33, 61, 34, 31, 48, 351, 27: return (9, 9)
        case 32: return (8, 9)
        case 353: return (7, 9)
        case 49: return (6, 13)
        case 39: return (6, 11)
        case 86: return (10, 11)
        case 81: return (9, 10)
        default: return (6, 12)
        }
    }
}
