import Testing
@testable import VigilEngine

@Suite struct SpanMappingTests {
    @Test func spansCountCodePointsPastEmojiAndCombiningMarks() {
        let text = "Zoe\u{301}\u{308} 👨‍👩‍👧‍👦🇬🇧 ring me 07700 900123 or jo@example.com"
        let found = PersonalInfoScanner().scan(text)
        #expect(found.map(\.kind) == [.ukMobile, .email])
        #expect(found.map { covered(text, $0.span) } == ["07700 900123", "jo@example.com"])
        let scalars = Array(text.unicodeScalars)
        let start = scalars.firstIndex(of: "0")!
        #expect(found[0].span == Span(start: start, end: start + 12))
    }

    @Test func spansCoverNonASCIIInsideAFinding() {
        // A no-break space inside the number counts as one code point (two bytes).
        let text = "é tel 07700\u{A0}900123 é"
        let found = PersonalInfoScanner().scan(text)
        #expect(found.count == 1)
        #expect(found[0].span == Span(start: 6, end: 18))
        #expect(covered(text, found[0].span) == "07700\u{A0}900123")
    }

    @Test func findingsComeInOrderOfPosition() {
        let text = "AB 12 34 56 C, 07700 900123, LS1 4AP, jo@example.com, 4111 1111 1111 1111"
        #expect(PersonalInfoScanner().scan(text).map(\.kind) == [
            .nationalInsurance, .ukMobile, .postcode, .email, .paymentCard,
        ])
        #expect(PersonalInfoScanner().scan(text).map(\.span).sorted() == PersonalInfoScanner().scan(text).map(\.span))
    }

    @Test func textWithNothingToFindGivesNothing() {
        for text in ["", "hello", "😀😀😀", "مرحبا بكم في المدرسة", "学校的活动很好", "\u{0}\u{1}\u{7F}"] {
            #expect(PersonalInfoScanner().scan(text).isEmpty)
        }
    }

    @Test func theMinimumConfidenceDecidesWhatIsReturned() {
        let text = "ref 07700900123"
        #expect(PersonalInfoScanner(config: PersonalInfoConfig(minimumConfidence: 0)).scan(text).count == 1)
        #expect(PersonalInfoScanner().scan(text).isEmpty)
    }
}
