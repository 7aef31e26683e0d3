/// NHS numbers: ten digits, written 3-3-4 or ungrouped, whose last digit is the modulus 11
/// check of the other nine. A number with a bad check digit is never one.
enum NHSNumbers {
    /// The NHS number that starts with group `g` of `run`.
    static func match(_ run: DigitRun, at g: Int, in t: ScanText) -> RunMatch? {
        let groups = run.groups
        var h = g
        if groups[g].digitCount != 10 {
            guard g + 2 < run.count,
                  groups[g].digitCount == 3, groups[g + 1].digitCount == 3, groups[g + 2].digitCount == 4,
                  run.sameSeparators(g, through: g + 2), groups[g + 1].separator != .dot
            else { return nil }
            h = g + 2
        }
        let d0 = groups[g].digitStart
        guard isValid(UnsafeBufferPointer(rebasing: run.digits[d0..<(d0 + 10)])) else { return nil }
        let start = run.start(ofGroup: g)
        let end = groups[h].end
        let ctx = Context(t, start, end)
        // Ungrouped, a ten-digit number is as likely a reference; England and Wales
        // (4, 6, 7), Northern Ireland (3) and the test range (9) lead the rest.
        let first = run.digits[d0]
        let base = h > g ? 0.7 : ([3, 4, 6, 7, 9].contains(first) ? 0.55 : 0.4)
        let c = ctx.confidence(base, raised: ctx.wide.contains(.nhs), by: 0.4)
        return RunMatch(finding: RawFinding(.nhsNumber, start, end, c), lastGroup: h)
    }

    /// Whether ten digits pass the NHS modulus 11 check.
    static func isValid(_ d: UnsafeBufferPointer<UInt8>) -> Bool {
        guard d.count == 10 else { return false }
        var sum = 0
        for i in 0..<9 { sum += Int(d[i]) * (10 - i) }
        let check = (11 - sum % 11) % 11
        return check != 10 && check == Int(d[9])
    }

    /// Whether the number has the NHS context ("NHS no.") that lets it win over a phone
    /// number of the same digits.
    static func hasNHSContext(_ f: RawFinding, in t: ScanText) -> Bool {
        Context(t, f.start, f.end).wide.contains(.nhs)
    }
}
