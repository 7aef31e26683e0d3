import Testing
@testable import VigilEngine

@Suite struct PaymentAndBankTests {
    @Test(arguments: [
        "4111 1111 1111 1111", "4111111111111111", "4111-1111-1111-1111", "5555 5555 5555 4444",
        "2223 0031 2200 3222", "2221 0000 0000 0009", "3782 822463 10005", "378282246310005",
        "3714 496353 98431", "6011 1111 1111 1117", "3056 9309 0259 04", "4222222222222",
        "4012 8888 8888 1881",
    ])
    func cardNumbersPassingLuhnAreFound(_ number: String) {
        #expect(finds("pay with \(number) exp 12/27") == [Found(.paymentCard, number)])
    }

    @Test(arguments: [
        "4111 1111 1111 1112", "5555 5555 5555 4445", "1234 5678 9012 3456", "9780141439518",
        "4111 11111 1111 111", "7111 1111 1111 1114", "2720 9999 9999 9999 9",
    ])
    func luhnFailuresUnknownRangesAndOddGroupingsAreNotCards(_ number: String) {
        #expect(finds("number \(number)").isEmpty)
    }

    @Test func theLuhnCheckIsTheStandardOne() {
        func luhn(_ s: String) -> Bool { s.utf8.map { $0 - 48 }.withUnsafeBufferPointer { PaymentCards.luhn($0) } }
        #expect(luhn("79927398713"))
        #expect(!luhn("79927398710"))
    }

    @Test func sortCodeAndAccountAreOneFinding() {
        #expect(finds("pay 12-34-56 12345678 please") == [Found(.bankDetails, "12-34-56 12345678")])
        #expect(finds("sort code 12-34-56, account 12345678") == [Found(.bankDetails, "12-34-56, account 12345678")])
        #expect(finds("Sort code: 20 00 00 Acc no: 87654321") == [Found(.bankDetails, "20 00 00 Acc no: 87654321")])
        #expect(finds("account 12345678 sort code 12-34-56") == [Found(.bankDetails, "12345678 sort code 12-34-56")])
        #expect(finds("Acc 12345678 s/c 12-34-56") == [Found(.bankDetails, "12345678 s/c 12-34-56")])
    }

    @Test func eitherHalfAloneNeedsTheWordsThatSayWhatItIs() {
        #expect(finds("sort code 12-34-56") == [Found(.bankDetails, "12-34-56")])
        #expect(finds("sort code 123456") == [Found(.bankDetails, "123456")])
        #expect(finds("account number 12345678") == [Found(.bankDetails, "12345678")])
        #expect(finds("match on 12-03-24 was great").isEmpty)
        #expect(finds("we raised 12345678 pennies").isEmpty)
        #expect(finds("12 34 56 are the winning numbers").isEmpty)
    }
}
