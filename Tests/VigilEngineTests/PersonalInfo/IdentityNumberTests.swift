import Testing
@testable import VigilEngine

@Suite struct IdentityNumberTests {
    @Test(arguments: ["943 476 5919", "9434765919", "943-476-5919", "999 000 0018", "401 023 2137"])
    func nhsNumbersWithAGoodCheckDigitAreFound(_ number: String) {
        #expect(finds("His NHS number is \(number).") == [Found(.nhsNumber, number)])
        #expect(finds("number \(number) for the nurse") == [Found(.nhsNumber, number)])
    }

    @Test(arguments: ["943 476 5918", "9434765910", "999 000 0010", "943 4765 919"])
    func aBadCheckDigitOrGroupingIsNotAnNHSNumber(_ number: String) {
        #expect(finds("NHS no \(number)").isEmpty)
    }

    @Test func theCheckDigitIsModulusEleven() {
        func valid(_ s: String) -> Bool { s.utf8.map { $0 - 48 }.withUnsafeBufferPointer { NHSNumbers.isValid($0) } }
        #expect(valid("9434765919"))
        #expect(!valid("9434765918"))
        // A remainder that needs a check digit of 10 makes no valid number.
        #expect(!valid("0000000060") && !valid("1000000000"))
        #expect(valid("0000000000"))
    }

    @Test func aTenDigitReferenceIsNotAnNHSNumber() {
        // Both pass the modulus 11 check; the words before say what they are.
        #expect(finds("booking reference 9434765919").isEmpty)
        // Every ISBN-10 passes the NHS check too (the same weights, modulus 11).
        #expect(finds("ISBN 0306406152").isEmpty)
        // Ungrouped and starting as no NHS number does, it needs NHS words to count.
        #expect(finds("we won 1000000028 points").isEmpty)
        #expect(finds("my son 1000000028").isEmpty)
        #expect(finds("NHS 1000000028") == [Found(.nhsNumber, "1000000028")])
    }

    @Test(arguments: [
        "AB 12 34 56 C", "AB123456C", "XH 911 984 A", "XH911984A", "ab 12 34 56 c",
        "AB-12-34-56-C", "AB 123456 C", "JG103759A", "ZX 99 88 77 D",
    ])
    func nationalInsuranceNumbersAreFoundInEveryGrouping(_ number: String) {
        #expect(finds("my ni is \(number) thanks") == [Found(.nationalInsurance, number)])
        #expect(finds("\(number) is hers") == [Found(.nationalInsurance, number)])
    }

    @Test(arguments: [
        "DA 12 34 56 C", "FA123456A", "AO123456A", "QQ 12 34 56 C", "BG123456A", "GB 12 34 56 A",
        "NK123456B", "TN 12 34 56 C", "ZZ123456D", "AU123456A", "AB 12 34 56 E",
    ])
    func invalidPrefixesAndSuffixesAreNotNINumbers(_ number: String) {
        #expect(finds("my ni is \(number)").isEmpty)
    }

    @Test func withoutTheSuffixTheWordsMustSayItIsAnNINumber() {
        #expect(finds("National Insurance: AB123456") == [Found(.nationalInsurance, "AB123456")])
        #expect(finds("product code AB123456 in stock").isEmpty)
        #expect(finds("ring me on 001 202 555 0147") == [Found(.internationalPhone, "001 202 555 0147")])
    }
}
