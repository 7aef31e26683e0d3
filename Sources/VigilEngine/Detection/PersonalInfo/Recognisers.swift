/// The one pass over a comment's bytes that runs every recogniser.
///
/// Almost every byte of a comment is a letter or a space, and costs three comparisons:
/// only a digit, an '@' or the "at" of a spelled-out e-mail address starts any work. From a
/// digit the pass reads the digit run once and lets each recogniser claim groups of it in
/// turn; postcodes and National Insurance numbers are found from their first digit by
/// looking back over the letters before it.
enum Recognisers {
    /// Every candidate in `t`, with byte offsets, in no particular order. Published details
    /// are not excluded here and low confidences are kept. Returns whether the text has a
    /// character that `FoldedText` may fold (a fullwidth or Arabic-Indic digit ...).
    @discardableResult
    static func findAll(_ t: ScanText, into out: inout [RawFinding]) -> Bool {
        var foldable = false
        withUnsafeTemporaryAllocation(of: DigitGroup.self, capacity: DigitRun.maxGroups) { groups in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DigitRun.maxDigits + 4) { digits in
                digits.initialize(repeating: 0)
                var run = DigitRun(groups: groups, digits: digits)
                let b = t.bytes
                let n = b.count
                var i = 0
                while i < n {
                    let c = b[i]
                    if isDigit(c) {
                        i = digitToken(t, at: i, &run, &out)
                    } else if c == 0x40 {
                        if let f = EmailAddresses.matchAtSign(t, at: i) {
                            out.append(f)
                            i = max(f.end, i + 1)
                        } else {
                            i += 1
                        }
                    } else if c | 0x20 == 0x61, i + 1 < n, b[i + 1] | 0x20 == 0x74,
                              let f = EmailAddresses.matchSpelledAt(t, at: i) {
                        out.append(f)
                        i = max(f.end, i + 1)
                    } else {
                        if c >= 0xD9 && FoldedText.mayStartFoldable(c) { foldable = true }
                        i += 1
                    }
                }
            }
        }
        return foldable
    }

    /// Handles the token whose first digit is at `i`; returns where the pass goes on.
    private static func digitToken(_ t: ScanText, at i: Int, _ run: inout DigitRun, _ out: inout [RawFinding]) -> Int {
        let prev = t[i - 1]
        var p = i
        if isLetter(prev) {
            // Letters before the digit in one word: a postcode ("SW1A 1AA"), an NI number
            // ("AB123456C"), a phone number with the letter o ("o7700 900123"), or nothing.
            var ws = i
            while isLetter(t[ws - 1]) && i - ws < 3 { ws -= 1 }
            if isLetter(t[ws - 1]) { return t.alnumEnd(from: i) }
            if let f = Postcodes.match(t, at: ws) { out.append(f); return f.end }
            if i - ws == 2, let f = NationalInsuranceNumbers.match(t, at: ws) { out.append(f); return f.end }
            for k in ws..<i where t[k] != 0x6F && t[k] != 0x4F { return t.alnumEnd(from: i) }
            p = ws
        } else if (prev == 0x3A || prev == 0x2F || prev == 0x2C) && isDigit(t[i - 2]) {
            // The rest of "10:30", "47/60", "1,200".
            return t.alnumEnd(from: i)
        } else if t.spaceLength(at: i - 1) == 1 || prev == 0x2D {
            // "AB 12 34 56 C"; "GIR 0AA".
            if isLetter(t[i - 2]) && isLetter(t[i - 3]) {
                if !isAlnum(t[i - 4]), let f = NationalInsuranceNumbers.match(t, at: i - 3) { out.append(f); return f.end }
                if prev == 0x20, let f = Postcodes.match(t, at: i - 4) { out.append(f); return f.end }
            }
        }
        run.read(t, from: p)
        if run.count == 0 {
            // A number that runs into letters: "12a Acacia Avenue", "5th May", "5pm".
            if let f = DatesOfBirth.match(t, at: p) ?? StreetAddresses.match(t, at: p) {
                out.append(f)
                return max(f.end, i + 1)
            }
            return t.alnumEnd(from: i)
        }
        var resume = run.end
        var g = 0
        while g < run.count {
            let gs = run.groups[g].start
            if let f = DatesOfBirth.match(t, at: gs) {
                out.append(f)
                resume = max(resume, f.end)
                while g < run.count && run.groups[g].start < f.end { g += 1 }
                continue
            }
            if let m = PaymentCards.match(run, at: g, in: t) ?? phoneOrNHS(run, g, t) ?? BankDetails.match(run, at: g, in: t) {
                out.append(m.finding)
                resume = max(resume, m.finding.end)
                g = m.lastGroup + 1
                continue
            }
            if g == run.count - 1, let f = StreetAddresses.match(t, at: gs) {
                out.append(f)
                resume = max(resume, f.end)
            }
            g += 1
        }
        return resume
    }

    /// A phone number or an NHS number from group `g`; when the digits are both, the NHS
    /// number only where the words say so ("NHS no. 0800 ..." is rare, "call 0800 ..." common).
    private static func phoneOrNHS(_ run: DigitRun, _ g: Int, _ t: ScanText) -> RunMatch? {
        let phone = PhoneNumbers.match(run, at: g, in: t)
        guard let nhs = NHSNumbers.match(run, at: g, in: t) else { return phone }
        guard let phone else { return nhs }
        return NHSNumbers.hasNHSContext(nhs.finding, in: t) ? nhs : phone
    }
}
