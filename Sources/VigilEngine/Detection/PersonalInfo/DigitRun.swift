/// How a digit group is joined to the one before it.
enum GroupSeparator: UInt8 {
    case none, space, dash, dot, bracket
}

/// One group of a digit run: "07700" in "07700 900123". The letter o counts as a zero
/// ("o77oo 9oo123"), but only inside a group that has a real digit.
struct DigitGroup {
    /// Byte offsets of the group's first and after its last character.
    var start: Int
    var end: Int
    /// Where its digits start in the run's digit buffer, and how many.
    var digitStart: Int
    var digitCount: Int
    /// What joins it to the group before (`.none` for the first).
    var separator: GroupSeparator
    /// Written in brackets: the "(0)" of "+44 (0)20 ..." or the "(0113)" of "(0113) 496 0000".
    var bracketed: Bool
    /// A '(' stands right before it.
    var opensWithBracket: Bool
}

/// Consecutive digit groups read from one position ("+44 (0)20 7946 0000",
/// "4111-1111-1111-1111", "05.11.2024"), with all their digits in one buffer so that the
/// digits of groups g through h are contiguous.
///
/// Groups are joined by at most four bytes of spaces (also no-break and thin spaces),
/// one dash, one dot and brackets. A colon, slash, comma or line break ends a run, as
/// does a group that runs into a letter ("5pm", "12a"): those are times, scores, prices and
/// house numbers, never parts of a number. The storage is scratch memory owned by the scan.
struct DigitRun {
    static let maxGroups = 16
    static let maxDigits = 40

    let groups: UnsafeMutableBufferPointer<DigitGroup>
    let digits: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    /// A '+' stands right before the first group (or before a bracket around it).
    private(set) var plus = false
    /// Where a finding that begins with the first group begins: at its '+' or '('.
    private(set) var spanStart = 0

    init(groups: UnsafeMutableBufferPointer<DigitGroup>, digits: UnsafeMutableBufferPointer<UInt8>) {
        self.groups = groups
        self.digits = digits
    }

    /// Reads the run whose first group starts at byte `p` (a digit or an o before one).
    mutating func read(_ t: ScanText, from p: Int) {
        count = 0
        plus = false
        spanStart = p
        if t[p - 1] == 0x28 {                       // "(0113) ..."
            spanStart = p - 1
            if t[p - 2] == 0x2B { plus = true; spanStart = p - 2 } // "(+44) ..."
        } else if t[p - 1] == 0x2B {                // "+44 ..."
            plus = true
            spanStart = t[p - 2] == 0x28 ? p - 2 : p - 1
        }
        var i = p
        var nd = 0
        var separator = GroupSeparator.none
        var openBefore = t[p - 1] == 0x28 || (plus && t[p - 2] == 0x28)
        while count < DigitRun.maxGroups {
            let ds = nd
            var j = i
            var real = 0
            while true {
                let b = t[j]
                let d: UInt8
                if isDigit(b) { d = b &- 0x30; real += 1 } else if b == 0x6F || b == 0x4F { d = 0 } else { break }
                guard nd < DigitRun.maxDigits else { return }
                digits[nd] = d
                nd += 1
                j += 1
            }
            if real == 0 || isLetter(t[j]) { return }
            let closeAfter = t[j] == 0x29
            if count == 0 && openBefore && !closeAfter {
                // "(07700 900123)": the bracket encloses the whole number, not its first group.
                spanStart = plus ? p - 1 : p
            }
            groups[count] = DigitGroup(
                start: i, end: j, digitStart: ds, digitCount: nd - ds,
                separator: separator, bracketed: openBefore && closeAfter,
                opensWithBracket: openBefore)
            count += 1
            // The separator to the next group.
            var k = j
            var spaces = 0, dashes = 0, dots = 0, opens = 0, closes = 0
            while k - j < 5 {
                let b = t[k]
                if b == 0x2D { dashes += 1; k += 1 } else if b == 0x2E { dots += 1; k += 1 } else if b == 0x28 { opens += 1; k += 1 } else if b == 0x29 { closes += 1; k += 1 } else {
                    let sl = t.spaceLength(at: k)
                    if sl == 0 { break }
                    spaces += 1
                    k += sl
                }
            }
            guard k > j, dashes <= 1, dots <= 1, opens <= 1, closes <= 1, spaces <= 2 else { return }
            let next = t[k]
            guard isDigit(next) || ((next == 0x6F || next == 0x4F) && startsDigitGroup(t, k)) else { return }
            // "12. 45" and "3.-" are punctuation, not a grouping.
            if dots == 1 && (spaces > 0 || dashes > 0) { return }
            separator = opens + closes > 0 ? .bracket : dashes > 0 ? .dash : dots > 0 ? .dot : .space
            openBefore = t[k - 1] == 0x28
            i = k
        }
    }

    /// Whether a group of digits and o's with at least one digit starts at `k`.
    private func startsDigitGroup(_ t: ScanText, _ k: Int) -> Bool {
        var j = k
        while t[j] == 0x6F || t[j] == 0x4F { j += 1 }
        return isDigit(t[j])
    }

    /// Digits in groups `g...h`.
    @inline(__always) func digitCount(_ g: Int, through h: Int) -> Int {
        groups[h].digitStart + groups[h].digitCount - groups[g].digitStart
    }

    /// Whether groups `g...h` are joined by one kind of separator throughout.
    func sameSeparators(_ g: Int, through h: Int) -> Bool {
        guard h > g else { return true }
        let s = groups[g + 1].separator
        for k in (g + 1)...h where groups[k].separator != s { return false }
        return s != .bracket
    }

    /// Where a finding that starts with group `g` starts.
    func start(ofGroup g: Int) -> Int {
        if g == 0 { return spanStart }
        return groups[g].opensWithBracket ? groups[g].start - 1 : groups[g].start
    }

    /// The byte offset after the last group.
    var end: Int { count > 0 ? groups[count - 1].end : spanStart }
}
