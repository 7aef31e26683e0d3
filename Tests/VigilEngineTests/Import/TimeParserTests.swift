import Foundation
import Testing
@testable import VigilEngine

@Suite struct TimeParserTests {
    @Test(arguments: [
        ("2025-07-18T14:12:03+0000", "2025-07-18T14:12:03Z"),   // Facebook, Instagram
        ("2024-05-24T10:36:55Z", "2024-05-24T10:36:55Z"),       // YouTube
        ("2025-03-04T09:12:45.000Z", "2025-03-04T09:12:45Z"),   // X
        ("2025-03-04T09:12:45.250Z", "2025-03-04T09:12:45.250Z"),
        ("2025-03-04 09:12:45", "2025-03-04T09:12:45Z"),        // WordPress *_gmt: UTC
        ("2025-03-04T09:12:45", "2025-03-04T09:12:45Z"),        // no offset: UTC
        ("2025-07-18T15:12:03+01:00", "2025-07-18T14:12:03Z"),
        ("2025-07-18T15:12:03+0100", "2025-07-18T14:12:03Z"),
        ("2025-07-18T15:12:03+01", "2025-07-18T14:12:03Z"),
        ("2025-07-18T09:12:03-0500", "2025-07-18T14:12:03Z"),
        ("2025-07-18 14:12:03 +0000", "2025-07-18T14:12:03Z"),
        ("2025-07-18 14:12:03 UTC", "2025-07-18T14:12:03Z"),
        ("2025-07-18T14:12", "2025-07-18T14:12:00Z"),
        ("2025-07-18", "2025-07-18T00:00:00Z"),
        ("2025/07/18 14:12:03", "2025-07-18T14:12:03Z"),
        ("  2025-07-18T14:12:03Z ", "2025-07-18T14:12:03Z"),
        ("1752847923", "2025-07-18T14:12:03Z"),                 // epoch seconds
        ("1752847923000", "2025-07-18T14:12:03Z"),              // epoch milliseconds
        ("1752847923.5", "2025-07-18T14:12:03.500Z"),
        ("2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z"),       // leap day
        ("2000-03-01T00:00:00Z", "2000-03-01T00:00:00Z"),
        ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
    ])
    func understoodForms(text: String, expected: String) {
        #expect(TimeParser.parse(text) == utc(expected))
    }

    @Test(arguments: [
        "", "yesterday", "01/05/2025 12:00", "2025-13-01", "2025-02-30", "2023-02-29", "2025-07-18T25:00:00Z",
        "2025-07-18T14:60:00Z", "2025-07-18T14:12:03+2500", "2025-07-18T14:12:03Q", "2025-07-18X14:12",
        "2025-07-18T14:12:03Zjunk", "12345", "2025", "0000-00-00 00:00:00", "2025-07-18T14:12:03.", "1e9", "-1752847923",
    ])
    func refusedForms(text: String) {
        #expect(TimeParser.parse(text) == nil)
    }

    @Test func matchesFoundationOnManyInstants() {
        // Every 7919 minutes over 60 years, with and without offsets: the fast parser agrees
        // with ISO8601DateFormatter.
        let formatter = ISO8601DateFormatter()
        var t = -86_400.0 * 365
        while t < 86_400.0 * 365 * 60 {
            let date = Date(timeIntervalSince1970: t)
            let text = formatter.string(from: date)
            #expect(TimeParser.parse(text) == date)
            #expect(TimeParser.parse(text.replacingOccurrences(of: "Z", with: "+0000")) == date)
            t += 60 * 7919
        }
    }

    @Test func zeroDateIsRecognised() {
        #expect(TimeParser.isZeroDate("0000-00-00 00:00:00"))
        #expect(!TimeParser.isZeroDate("2025-01-01 00:00:00"))
    }
}
