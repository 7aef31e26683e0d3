/// The one pass over a comment's bytes that runs every recogniser.
///
/// Almost every byte of a comment is a letter or a space: the pass tests eight bytes at a
/// time (`triggers`) and jumps to the first that can start work — a digit, an '@', the "at"
/// of a spelled-out e-mail address, or a character that may fold to a digit. From a digit it
/// reads the digit run once and lets each recogniser claim groups of it in turn; postcodes
/// and National Insurance numbers are found from their first digit by looking back over the
/// letters before it.
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
                guard let base = b.baseAddress else { return }
                var i = 0
                while i < n {
                    while i + 8 <= n {
                        let m = triggers(UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
                        if m == 0 { i += 8; continue }
                        i += m.trailingZeroBitCount >> 3
                        break
                    }
                    guard i < n else { break }
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
                        if c >= 0xD9 && !foldable && FoldedText.mayStartFoldable(c) && FoldedText.fold(t, i) != nil { foldable = true }
                        i += 1
                    }
                }
            }
        }
        return foldable
    }

    /// The bytes of eight (little-endian) that can start work, as the high bit of each: a
    /// digit, an '@', the 'a' of "at" (or an 'a' in the last byte, whose 't' may be in the next
    /// word), or a lead byte of 0xD9 or more (which may start a foldable digit). A few bytes
    /// that cannot start work are let through (: ; < = > ?, between the digits and '@'): the
    /// pass looks at them and moves on, and ruling them out would cost every eight bytes more.
    /// Bit tricks per byte that never carry from one byte into the next.
    @inline(__always) static func triggers(_ w: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let y = w & low7
        /// The high bit of each byte of `v` that is zero.
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { ~(((v & low7) &+ low7) | v) & high }
        // An ASCII byte of 0x30...0x40: y + 0x50 reaches 0x80 from 0x30 on, y + 0x3F from 0x41.
        let digitsOrAt = (y &+ 0x5050_5050_5050_5050) & ~((y &+ 0x3F3F_3F3F_3F3F_3F3F) | w)
        let folded = w | 0x2020_2020_2020_2020
        let a = zeroBytes(folded ^ 0x6161_6161_6161_6161)
        let t = zeroBytes(folded ^ 0x7474_7474_7474_7474)
        // y + 0x27 reaches 0x80 exactly when b >= 0xD9 (for b of 0x80 or more).
        let leads = (y &+ 0x2727_2727_2727_2727) & w
        return (digitsOrAt | leads) & high | a & (t >> 8 | 0x8000_0000_0000_0000)
    }

    /// Handles the token whose first digit is at `i`; returns where the pass goes on.
    private static func digitToken(_ t: ScanText, at i: Int, _ run: inout DigitRun, _ out: inout [RawFinding]) -> Int {
        let prev = t[i - 1]
        var p = i
        if prev > 0x20 && insideLink(t, i) { return linkEnd(t, i) }
        if isLetter(prev) || prev == 0x5F {
            // Letters before the digit in one word, or a hashtag or handle ("#l00py",
            // "@jo_2010"): skip the word unless it is a postcode, an NI number or an o-phone.
            if let end = insideTagOrLink(t, i) { return end }
        } else if isLinkPunctuation(prev) && t.spaceLength(at: i - 2) == 0 && i >= 2 {
            // ".../photos/674732645945877", "?id=4111111111111111": part of a link.
            return linkEnd(t, i)
        }
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
            // Cards, phones, NHS numbers and bank details all need six digits or more.
            if run.digitCount(g, through: run.count - 1) >= 6,
               let m = PaymentCards.match(run, at: g, in: t) ?? phoneOrNHS(run, g, t) ?? BankDetails.match(run, at: g, in: t) {
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

    /// Bytes that join a number to the link or identifier it is part of.
    @inline(__always) private static func isLinkPunctuation(_ b: UInt8) -> Bool {
        b == 0x2F || b == 0x3D || b == 0x5F || b == 0x25 || b == 0x26 || b == 0x3F || b == 0x7E || b == 0x5C
    }

    /// The end of the link or identifier around `i`: up to the next space.
    private static func linkEnd(_ t: ScanText, _ i: Int) -> Int {
        var j = i
        while j < t.count && t.bytes[j] > 0x20 { j += 1 }
        return max(j, i + 1)
    }

    /// Whether the digit at `i` is inside a link: its chunk of text (back to the last space)
    /// holds "://" or starts with "www.". The caller skips the whole chunk, so a long link is
    /// read back once.
    private static func insideLink(_ t: ScanText, _ i: Int) -> Bool {
        var j = i
        while j > 0 && t[j - 1] > 0x20 && i - j < 4096 {
            if t[j - 1] == 0x2F && t[j - 2] == 0x2F && t[j - 3] == 0x3A { return true }
            j -= 1
        }
        return t.matchesFolded("www.", at: j)
    }

    /// Where to go on when the word holding the digit at `i` is a hashtag, a handle or part
    /// of a link ("#l00py", "@jo_2010", "www.x.com/a1"), or nil.
    private static func insideTagOrLink(_ t: ScanText, _ i: Int) -> Int? {
        var s = i
        while s > 0 && i - s < 64 && (isAlnum(t[s - 1]) || t[s - 1] == 0x5F) { s -= 1 }
        let before = t[s - 1]
        if before == 0x23 || (before == 0x40 && !isAlnum(t[s - 2])) || before == 0x2F { return linkEnd(t, i) }
        return nil
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
