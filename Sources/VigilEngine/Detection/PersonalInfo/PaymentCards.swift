/// Payment card numbers: 13 to 19 digits from a card scheme's number range, passing the
/// Luhn check, ungrouped or in the groupings the schemes print (4-4-4-4, 4-4-4-4-3,
/// 4-4-4-1, and 4-6-5 / 4-6-4 / 4-6-6 for Amex and Diners).
enum PaymentCards {
    /// The card number that starts with group `g` of `run`, the longest when several do.
    static func match(_ run: DigitRun, at g: Int, in t: ScanText) -> RunMatch? {
        let groups = run.groups
        guard run.digitCount(g, through: run.count - 1) >= 13 else { return nil }
        var best: Int?
        for h in g..<run.count {
            let n = run.digitCount(g, through: h)
            if n > 19 { break }
            guard n >= 13, isCardGrouping(run, g, h) else { continue }
            let d0 = groups[g].digitStart
            let d = UnsafeBufferPointer(rebasing: run.digits[d0..<(d0 + n)])
            if isSchemeNumber(d) && luhn(d) { best = h }
        }
        guard let h = best else { return nil }
        let start = run.start(ofGroup: g)
        let end = groups[h].end
        let ctx = Context(t, start, end)
        let c = ctx.confidence(h > g ? 0.9 : 0.75, raised: ctx.wide.contains(.card), by: 0.1)
        return RunMatch(finding: RawFinding(.paymentCard, start, end, c), lastGroup: h)
    }

    private static func isCardGrouping(_ run: DigitRun, _ g: Int, _ h: Int) -> Bool {
        if h == g { return true }
        guard run.sameSeparators(g, through: h), run.groups[g + 1].separator != .dot else { return false }
        let sizes = (g...h).map { run.groups[$0].digitCount }
        if sizes.count == 3 && sizes[0] == 4 && sizes[1] == 6 && (4...6).contains(sizes[2]) { return true }
        guard sizes.count >= 3 else { return false }
        return sizes.dropLast().allSatisfy { $0 == 4 } && (1...4).contains(sizes.last!)
    }

    /// Whether the digits lie in a card scheme's range for their length: Visa, Mastercard
    /// (51-55 and 2221-2720), Amex, Diners, Discover, JCB, Maestro, UnionPay.
    static func isSchemeNumber(_ d: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = d.count
        let p2 = Int(d[0]) * 10 + Int(d[1])
        let p4 = p2 * 100 + Int(d[2]) * 10 + Int(d[3])
        switch d[0] {
        case 4: return n == 13 || n == 16 || n == 19
        case 5: return (51...55).contains(p2) ? n == 16 : (p2 == 50 || p2 >= 56)
        case 2: return (2221...2720).contains(p4) && n == 16
        case 3:
            if p2 == 34 || p2 == 37 { return n == 15 }
            if (3528...3589).contains(p4) { return n >= 16 }
            return (p2 == 36 || p2 == 38 || p2 == 39 || (3000...3059).contains(p4)) && n >= 14
        case 6: return n >= 13
        default: return false
        }
    }

    /// The Luhn (mod 10) check.
    static func luhn(_ d: UnsafeBufferPointer<UInt8>) -> Bool {
        var sum = 0
        for (k, i) in d.indices.reversed().enumerated() {
            var x = Int(d[i])
            if k % 2 == 1 { x *= 2; if x > 9 { x -= 9 } }
            sum += x
        }
        return sum % 10 == 0
    }
}
