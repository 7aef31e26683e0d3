import Testing
@testable import VigilEngine

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        "07700 900123", "07700900123", "07700 900 123", "07700-900-123", "07700.900.123",
        "+44 7700 900123", "+447700900123", "+44 (0)7700 900123", "+44(0)7700-900-123",
        "0044 7700 900123", "00447700900123", "(07700) 900123", "+44 07700 900123",
        "(+44) 7700 900 123", "o77oo 9oo123", "O7700 900 I23x",
    ])
    func ukMobilesAreFoundInEveryCommonForm(_ number: String) {
        let text = "Please call me on \(number) after school"
        if number.hasPrefix("O7700 900 I") {
            // An I for a one is not read as a digit: the number is incomplete.
            #expect(finds(text).isEmpty)
        } else {
            #expect(finds(text) == [Found(.ukMobile, number)])
        }
    }

    @Test(arguments: [
        "01632 960123", "01632960123", "(01632) 960123", "020 7946 0123", "0207 946 0123",
        "020-7946-0123", "+44 20 7946 0123", "+44 (0)20 7946 0123", "0113 496 0123",
        "(0113) 496 0123", "0113.496.0123", "0161 496 0999", "+44 161 496 0000",
        "0121 496 0500", "028 9649 6123", "029 2018 0123",
    ])
    func ukLandlinesAreFoundWithThreeFourAndFiveDigitAreaCodes(_ number: String) {
        #expect(finds("Ring the house on \(number) please") == [Found(.ukLandline, number)])
    }

    @Test(arguments: ["0808 157 0123", "03069 990123", "0909 879 0123", "0800 157 012", "0345 000 1234"])
    func nonGeographicNumbersAreTheirOwnKind(_ number: String) {
        #expect(finds("Helpline: \(number)") == [Found(.ukNonGeographic, number)])
    }

    @Test(arguments: [
        "+1 202 555 0147", "+1 (613) 555-0123", "+12025550147", "+33 1 99 00 12 34",
        "+61 491 570 156", "001 202 555 0147", "+353 85 000 0000", "+91 99999 00000",
        "+33 (0)1 99 00 12 34",
    ])
    func internationalNumbersNeedACountryCode(_ number: String) {
        #expect(finds("my cousin abroad is on \(number) if needed") == [Found(.internationalPhone, number)])
    }

    @Test func aBracketAroundTheWholeNumberStaysOutsideTheSpan() {
        #expect(finds("(07700 900123)") == [Found(.ukMobile, "07700 900123")])
        #expect(finds("(+44 7700 900123)") == [Found(.ukMobile, "+44 7700 900123")])
        #expect(finds("(0113) 496 0123") == [Found(.ukLandline, "(0113) 496 0123")])
    }

    @Test func digitsWrittenOneByOneOrWithoutThePlusAreStillANumber() {
        #expect(finds("phone 0 7 7 0 0 9 0 0 1 2 3") == [Found(.ukMobile, "0 7 7 0 0 9 0 0 1 2 3")])
        #expect(finds("whatsapp 447700900123") == [Found(.ukMobile, "447700900123")])
        #expect(finds("whatsapp 44 7700 900123") == [Found(.ukMobile, "44 7700 900123")])
        // Without the '+', only a mobile: 44 followed by a landline's digits is as likely a count.
        #expect(finds("total 441134960123").isEmpty)
    }

    @Test(arguments: [
        "０７７００ ９００１２３", "٠٧٧٠٠ ٩٠٠١٢٣", "۰۷۷۰۰ ۹۰۰۱۲۳", "०७७०० ९००१२३", "𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎𝟏𝟐𝟑",
        "＋４４ ７７００ ９００１２３", "07700 ９００１２３",
    ])
    func digitsInOtherFormsAreReadAsDigits(_ number: String) {
        #expect(finds("رقمي 🙂 call \(number) شكرا") == [Found(.ukMobile, number)])
    }

    @Test func twoNumbersInARowAreTwoFindings() {
        #expect(finds("07700 900123 or 07700 900456") == [
            Found(.ukMobile, "07700 900123"), Found(.ukMobile, "07700 900456"),
        ])
        #expect(finds("call 07700 900123 07700 900456") == [
            Found(.ukMobile, "07700 900123"), Found(.ukMobile, "07700 900456"),
        ])
    }

    @Test func aNumberNextToADateOrTimeIsStillFound() {
        #expect(finds("05.11.2024 07700 900123") == [Found(.ukMobile, "07700 900123")])
        #expect(finds("10:30 07700 900123") == [Found(.ukMobile, "07700 900123")])
        #expect(finds("at 10.30. 0113 496 0000") == [Found(.ukLandline, "0113 496 0000")])
        #expect(finds("ring 0113 496 0000 after 5pm") == [Found(.ukLandline, "0113 496 0000")])
    }

    @Test(arguments: [
        "Meet at 10:30 or 14.45 by the gate",
        "Tickets are £12.50 each or 1,200 for the lot",
        "Class of 1998–2024, and 2024 was the best year",
        "She got 47/60 in the mock",
        "Parents evening is on 05.11.2024 and 12/03/2024",
        "Room 101 and B12 are the science rooms",
        "ISBN 978-0-14-143951-8 is the set text",
        "ISBN 0-14-143951-8 is the old edition",
        "Candidate 0123, your result is in",
        "Your order ref 0123456789 has shipped",
        "Invoice 4829104822 is attached",
        "Scores were 12 15 18 20 22 25 this term",
        "The timetable: 07.30 09.15 10.30 11.45",
        "Numbers 0 1 2 3 4 5 6 7 8 9 10 on the board",
        "Bus 42 then the 07:45 train",
        "04412 345678 and 06123 456789 are not UK numbers",
        "0770 090 012 is too short and 07700 9001234 too long",
    ])
    func lookAlikesAreNotPhoneNumbers(_ text: String) {
        #expect(finds(text).isEmpty)
    }

    @Test func aReferenceWordBeforeANumberLowersItBelowTheThreshold() {
        #expect(finds("order number 07700900123").isEmpty)
        #expect(finds("ref: 0800 157 0123").isEmpty)
        #expect(finds("my number is 07700900123") == [Found(.ukMobile, "07700900123")])
    }

    @Test func contextWordsRaiseAndLowerConfidence() {
        let scanner = PersonalInfoScanner(config: PersonalInfoConfig(minimumConfidence: 0))
        let plain = scanner.scan("07700900123")[0].confidence
        let raised = scanner.scan("text me on 07700900123")[0].confidence
        let after = scanner.scan("07700900123 is my mobile")[0].confidence
        let lowered = scanner.scan("tracking 07700900123")[0].confidence
        #expect(raised > plain)
        #expect(after > plain)
        #expect(lowered < plain)
        #expect(lowered < 0.5)
    }

    @Test func anUngroupedTenDigitNumberNeedsPhoneWords() {
        #expect(finds("0800157012 was on the letter").isEmpty)
        #expect(finds("0120412345").isEmpty)
        #expect(finds("call 0800157012") == [Found(.ukNonGeographic, "0800157012")])
        #expect(finds("0120412345 is my landline") == [Found(.ukLandline, "0120412345")])
        #expect(finds("0800 157 012 was on the letter") == [Found(.ukNonGeographic, "0800 157 012")])
    }

    @Test func tenDigitGeographicNumbersExistOnlyInMixedAreas() {
        #expect(finds("call 01204 12345") == [Found(.ukLandline, "01204 12345")])
        #expect(finds("call 016977 4567") == [Found(.ukLandline, "016977 4567")])
        #expect(finds("call 01234 56789").isEmpty)
    }

    @Test func theUKPlanJudgesPrefixAndLength() {
        func kind(_ s: String) -> PersonalInfoKind? {
            let d = s.utf8.map { $0 - 48 }
            return d.withUnsafeBufferPointer { PhoneNumbers.ukKind($0) }
        }
        #expect(kind("07700900123") == .ukMobile)
        #expect(kind("07624123456") == .ukMobile)
        #expect(kind("07623123456") == .ukNonGeographic)
        #expect(kind("07012345678") == .ukNonGeographic)
        #expect(kind("0770090012") == nil)
        #expect(kind("02079460123") == .ukLandline)
        #expect(kind("02179460123") == nil)
        #expect(kind("04123456789") == nil)
        #expect(kind("06123456789") == nil)
        #expect(kind("0800157012") == .ukNonGeographic)
        #expect(kind("0808157012") == nil)
        #expect(kind("08081570123") == .ukNonGeographic)
        #expect(kind("08501570123") == nil)
        #expect(kind("01012345678") == nil)
    }
}
