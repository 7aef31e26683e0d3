import Testing
@testable import VigilEngine

/// Hostile and random text: the scanner never reads out of bounds, and every span lies
/// inside the text, in order.
@Suite struct RandomTextTests {
    static let pieces: [String] = [
        "0", "7", "9", "44", "+", "(", ")", "-", ".", " ", "  ", ",", ":", "/", "@", "at", " at ", "[at]",
        " dot ", "a", "B", "o", "O", "Z", "SW1A", "1AA", "Road", "Flat", "NHS", "DOB", "sort code",
        "£", "#", "\n", "\u{A0}", "é", "e\u{301}", "😀", "👨‍👩‍👧", "٠", "٧", "０", "７", "＠", "𝟎", "\u{202E}",
        "Amelia", "Jones", "'s", "’", "ab", "12", "900123", "07700", "4111", "http://", "www.",
    ]

    @Test func randomTextNeverBreaksTheScanner() {
        var state: UInt64 = 0xDEAD_BEEF_1234_5678
        func next(_ n: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(n))
        }
        let scanners = [
            PersonalInfoScanner(),
            PersonalInfoScanner(config: PersonalInfoConfig(
                publishedPhones: ["07700 900123"], publishedEmails: ["a@b.example"],
                publishedAddresses: ["1 Road Road, SW1A 1AA"], pupilNames: ["Amelia Jones"], minimumConfidence: 0)),
        ]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + next(40)) { text += Self.pieces[next(Self.pieces.count)] }
            let count = text.unicodeScalars.count
            for scanner in scanners {
                let found = scanner.scan(text)
                let ok = found.allSatisfy { 0 <= $0.span.start && $0.span.start < $0.span.end && $0.span.end <= count }
                    && zip(found, found.dropFirst()).allSatisfy { $0.span.start <= $1.span.start }
                #expect(ok, "\(text.debugDescription) -> \(found)")
                if !ok { return }
            }
        }
    }

    @Test func textEndingMidPatternIsSafe() {
        for text in ["0770", "+", "+44", "+44 (", "a@", "@", "x at", "jo at example dot", "SW1A", "SW1A 1",
                     "Flat", "Flat 3,", "12 Acacia", "DOB 12/", "AB 12 34", "4111 1111", "12-34-", "٠", "０"] {
            for k in 0...text.unicodeScalars.count {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: text.unicodeScalars.prefix(k))
                _ = PersonalInfoScanner(config: PersonalInfoConfig(minimumConfidence: 0)).scan(String(v))
            }
        }
    }
}
