/// Bank details: a sort code (12-34-56, 12 34 56, or six digits after "sort code") with an
/// eight-digit account number next to it, or either one where the words say what it is
/// ("sort code 20-00-00", "account no. 12345678"). A sort code alone without those words is
/// as likely a date (12-03-24), so it is not one.
enum BankDetails {
    /// The bank details that start with group `g` of `run`.
    static func match(_ run: DigitRun, at g: Int, in t: ScanText) -> RunMatch? {
        let groups = run.groups
        var last: Int
        if g + 2 < run.count, groups[g].digitCount == 2, groups[g + 1].digitCount == 2,
           groups[g + 2].digitCount == 2, run.sameSeparators(g, through: g + 2),
           groups[g + 1].separator == .dash || groups[g + 1].separator == .space {
            last = g + 2
        } else if groups[g].digitCount == 6 || groups[g].digitCount == 8 {
            last = g
        } else {
            return nil
        }
        let start = run.start(ofGroup: g)
        var end = groups[last].end
        let isAccount = last == g && groups[g].digitCount == 8
        var paired = false
        if !isAccount {
            if last + 1 < run.count, groups[last + 1].digitCount == 8, groups[last + 1].separator == .space {
                last += 1
                end = groups[last].end
                paired = true
            } else if let e = accountNumberEnd(t, after: end) {
                end = e
                paired = true
            }
        }
        let ctx = Context(t, start, end)
        let c: Double
        if paired {
            c = ctx.confidence(0.8, raised: ctx.wide.contains(.bank))
        } else if isAccount {
            guard ctx.near.contains(.bank) else { return nil }
            c = ctx.confidence(0.8, raised: false)
        } else {
            // Six digits or 12-34-56 alone: only after "sort code".
            guard ctx.near.contains(.sortCode) else { return nil }
            c = ctx.confidence(0.75, raised: false)
        }
        return RunMatch(finding: RawFinding(.bankDetails, start, end, c), lastGroup: last)
    }

    /// The end of an eight-digit account number a few words after a sort code ending at
    /// `e` ("12-34-56, account 12345678"), or nil.
    static func accountNumberEnd(_ t: ScanText, after e: Int) -> Int? {
        var q = e
        while q < t.count && q - e <= 40 {
            let b = t[q]
            if isDigit(b) { break }
            if b == 0x0A || b == 0x0D { return nil }
            q += 1
        }
        guard isDigit(t[q]), !isAlnum(t[q - 1]) else { return nil }
        var r = q
        while isDigit(t[r]) { r += 1 }
        guard r - q == 8, !isAlnum(t[r]) else { return nil }
        return r
    }
}
