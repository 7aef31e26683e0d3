/// The conditions found by code that word lists can `require` (`ConditionSignals.names`):
/// a member of staff named by title, an amount of money. Byte scanners over UTF-8.
enum TextConditions {
    /// A price: £5, £ 12.50, $20, €10, 50p, 5 quid, 10 pounds, 20% off is left to word lists.
    static func hasPrice(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        guard let base = b.baseAddress else { return false }
        while i < n {
            // Only a '$', a digit or a byte of a multi-byte character (£, €) can start a
            // price: skip eight bytes at a time to the next.
            while i &+ 8 <= n {
                let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let m = digitBytes(w) | zeroBytes(w ^ 0x2424_2424_2424_2424) | w & 0x8080_8080_8080_8080
                if m == 0 { i &+= 8; continue }
                i &+= m.trailingZeroBitCount >> 3
                break
            }
            guard i < n else { break }
            let c = b[i]
            var afterSign = -1
            if c == UInt8(ascii: "$") {
                afterSign = i + 1
            } else if c == 0xC2 && i + 1 < n && b[i + 1] == 0xA3 {  // £
                afterSign = i + 2
            } else if c == 0xE2 && i + 2 < n && b[i + 1] == 0x82 && b[i + 2] == 0xAC {  // €
                afterSign = i + 3
            } else if isDigit(c) && (i == 0 || !isAlnum(b[i - 1])) {
                // 50p, 99p: digits then "p" standing alone.
                var j = i
                while j < n && isDigit(b[j]) { j += 1 }
                if j < n && (b[j] | 0x20) == UInt8(ascii: "p") && (j + 1 == n || !isAlnum(b[j + 1])) && j - i <= 3 { return true }
                i = j
                continue
            }
            if afterSign >= 0 {
                var j = afterSign
                if j < n && b[j] == UInt8(ascii: " ") { j += 1 }
                if j < n && isDigit(b[j]) { return true }
                i = afterSign
                continue
            }
            i += 1
        }
        return false
    }

    /// Byte ranges of staff named by title: "Mr Hughes", "mrs patel", "Ms. Khan", "Miss
    /// Jones", "Dr Okafor", "Sir" is left out (pupils call every male teacher sir).
    static func staffReferences(_ b: UnsafeBufferPointer<UInt8>, into found: inout [Range<Int>]) {
        let n = b.count
        var i = 0
        guard let base = b.baseAddress else { return }
        while i + 3 < n {
            // Only an 'm' or a 'd' can start a title: skip eight bytes at a time to the next.
            while i &+ 8 <= n {
                let folded = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) | 0x2020_2020_2020_2020
                let m = zeroBytes(folded ^ 0x6D6D_6D6D_6D6D_6D6D) | zeroBytes(folded ^ 0x6464_6464_6464_6464)
                if m == 0 { i &+= 8; continue }
                i &+= m.trailingZeroBitCount >> 3
                break
            }
            guard i + 3 < n else { break }
            let c = b[i] | 0x20
            guard c == UInt8(ascii: "m") || c == UInt8(ascii: "d"), i == 0 || !isAlnum(b[i - 1]) else { i += 1; continue }
            var j = i
            while j < n && isLetter(b[j]) { j += 1 }
            let word = j - i
            let capital = b[i] < 0x60
            var title = false
            if word == 2 || word == 3 {
                let w = (b[i] | 0x20, b[i + 1] | 0x20, word == 3 ? b[i + 2] | 0x20 : 0)
                switch w {
                case (0x6D, 0x72, 0), (0x6D, 0x72, 0x73), (0x6D, 0x73, 0), (0x6D, 0x78, 0): title = true  // mr mrs ms mx
                case (0x64, 0x72, 0): title = capital  // Dr, not "dr" (drive)
                default: break
                }
            } else if word == 4 && capital && b[i + 1] == UInt8(ascii: "i") && b[i + 2] == UInt8(ascii: "s") && b[i + 3] == UInt8(ascii: "s") {
                title = true  // Miss, not "miss"
            }
            guard title else { i = max(j, i + 1); continue }
            var k = j
            if k < n && b[k] == UInt8(ascii: ".") { k += 1 }
            guard k < n && b[k] == UInt8(ascii: " ") else { i = j; continue }
            while k < n && b[k] == UInt8(ascii: " ") { k += 1 }
            let nameStart = k
            while k < n && (isLetter(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "'")) { k += 1 }
            // A name: two letters or more, capitalised after a lower-case title or after Miss/Dr.
            if k - nameStart >= 2 && (b[nameStart] < 0x60 || (!capital && word <= 3)) && !isCommonWord(b, nameStart..<k) {
                found.append(i..<k)
            }
            i = k
        }
    }

    /// Words that follow a lower-case "mr"/"ms" without naming anyone ("ms word", "mr and mrs").
    private static func isCommonWord(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let w = String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self).lowercased()
        return ["and", "or", "the", "word", "a", "is", "was", "to", "of", "in"].contains(w)
    }

    /// The high bit of each byte of `w` that is zero; bit tricks per byte that never carry
    /// from one byte into the next.
    @inline(__always) private static func zeroBytes(_ w: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((w & low7) &+ low7) | w) & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte of `w` that is an ASCII digit: (b ^ 0x30) < 10 exactly for
    /// the digits, and adding 0x76 then leaves the high bit clear.
    @inline(__always) private static func digitBytes(_ w: UInt64) -> UInt64 {
        ~(((w & 0x7F7F_7F7F_7F7F_7F7F) ^ 0x3030_3030_3030_3030) &+ 0x7676_7676_7676_7676) & ~w & 0x8080_8080_8080_8080
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) private static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isLetter(c) }
}
