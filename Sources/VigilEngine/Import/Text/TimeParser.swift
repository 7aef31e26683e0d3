import Foundation

/// Reads the times that exports write into UTC instants, straight from UTF-8 bytes
/// (`DateFormatter` and `ISO8601DateFormatter` are far too slow for a million comments).
///
/// Understood:
/// - ISO 8601 with `T` or a space between date and time: `2025-07-18T14:12:03+0000`
///   (Facebook, Instagram: offset without a colon), `2024-05-24T10:36:55Z` (YouTube),
///   `2025-03-04T09:12:45.000Z` (X: fractional seconds), `+01:00`, `+01`, `-0500`, ` UTC`;
///   seconds may be left out; `/` may stand for `-` in the date.
/// - `2025-03-04 09:12:45` and other forms without an offset (WordPress `*_gmt`, CSV): UTC.
/// - A bare date `2025-03-04`: midnight UTC.
/// - Epoch seconds (9–10 digits, fraction allowed) or milliseconds (11–14 digits).
/// Anything else is nil; so is WordPress's "no time" `0000-00-00 00:00:00`.
enum TimeParser {
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return parse(base, count: buffer.count)
        }
    }

    /// WordPress writes this where a post or comment has no GMT time.
    static func isZeroDate(_ text: String) -> Bool {
        text.hasPrefix("0000-00-00")
    }

    static func parse(_ p: UnsafePointer<UInt8>, count: Int) -> Date? {
        var i = 0
        var n = count
        while i < n, isASCIIWhitespace(p[i]) { i += 1 }
        while n > i, isASCIIWhitespace(p[n - 1]) { n -= 1 }
        guard i < n else { return nil }

        @inline(__always) func digit(_ k: Int) -> Int? {
            guard k < n else { return nil }
            let b = p[k]
            return (b >= 0x30 && b <= 0x39) ? Int(b - 0x30) : nil
        }
        @inline(__always) func number(_ k: Int, _ width: Int) -> Int? {
            var v = 0
            for j in 0..<width {
                guard let d = digit(k + j) else { return nil }
                v = v * 10 + d
            }
            return v
        }

        // Epoch seconds or milliseconds: digits only, perhaps a fraction.
        var k = i
        while k < n, digit(k) != nil { k += 1 }
        if k - i != 4 || (k < n && p[k] != UInt8(ascii: "-") && p[k] != UInt8(ascii: "/")) {
            return epoch(p, from: i, to: n)
        }

        guard let year = number(i, 4), let month = number(i + 5, 2), let day = number(i + 8, 2),
              p[i + 4] == p[i + 7] else { return nil }
        guard year >= 1900, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        i += 10
        if i == n { return Date(timeIntervalSince1970: seconds) }

        guard p[i] == UInt8(ascii: "T") || p[i] == UInt8(ascii: "t") || p[i] == UInt8(ascii: " ") else { return nil }
        i += 1
        guard let hour = number(i, 2), i + 2 < n, p[i + 2] == UInt8(ascii: ":"), let minute = number(i + 3, 2) else { return nil }
        i += 5
        var second = 0
        if i < n, p[i] == UInt8(ascii: ":") {
            guard let s = number(i + 1, 2) else { return nil }
            second = s
            i += 3
        }
        guard hour <= 23 || (hour == 24 && minute == 0 && second == 0), minute <= 59, second <= 60 else { return nil }
        seconds += Double(hour * 3600 + minute * 60 + min(second, 59))
        if i < n, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: ",") {
            i += 1
            var scale = 0.1
            var fraction = 0.0
            let start = i
            while let d = digit(i) {
                fraction += Double(d) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
            seconds += fraction
        }
        if i < n, p[i] == UInt8(ascii: " ") { i += 1 }
        if i == n { return Date(timeIntervalSince1970: seconds) }

        switch p[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            i += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = p[i] == UInt8(ascii: "+") ? 1.0 : -1.0
            guard let oh = number(i + 1, 2) else { return nil }
            i += 3
            var om = 0
            if i < n, p[i] == UInt8(ascii: ":") { i += 1 }
            if i < n {
                guard let m = number(i, 2) else { return nil }
                om = m
                i += 2
            }
            guard oh <= 18, om <= 59 else { return nil }
            seconds -= sign * Double(oh * 3600 + om * 60)
        case UInt8(ascii: "U"), UInt8(ascii: "G"):
            guard n - i == 3, matchesUpper(p + i, "UTC") || matchesUpper(p + i, "GMT") else { return nil }
            i += 3
        default:
            return nil
        }
        return i == n ? Date(timeIntervalSince1970: seconds) : nil
    }

    private static func matchesUpper(_ p: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        memcmp(p, word.utf8Start, 3) == 0
    }

    private static func epoch(_ p: UnsafePointer<UInt8>, from: Int, to n: Int) -> Date? {
        var i = from
        var whole = 0
        var digits = 0
        while i < n, p[i] >= 0x30, p[i] <= 0x39 {
            guard digits < 15 else { return nil }
            whole = whole * 10 + Int(p[i] - 0x30)
            digits += 1
            i += 1
        }
        var fraction = 0.0
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            let start = i
            while i < n, p[i] >= 0x30, p[i] <= 0x39 {
                fraction += Double(p[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
        }
        guard i == n else { return nil }
        switch digits {
        case 9...10: return Date(timeIntervalSince1970: Double(whole) + fraction)
        case 11...14: return Date(timeIntervalSince1970: (Double(whole) + fraction) / 1000)
        default: return nil
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
