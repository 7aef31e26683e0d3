import Testing
@testable import VigilEngine

@Suite struct EmailAddressTests {
    @Test(arguments: [
        "jo.bloggs@example.com", "J.Bloggs+school@Example.ORG", "parent_42@mail.example",
        "jo @ example.net", "jo@ example.net", "jo at example dot com", "jo AT example DOT com",
        "jo[at]example[dot]com", "jo [at] example [dot] org", "jo(at)example(dot)net",
        "jo (at) example (dot) co (dot) uk", "jo{at}example{dot}com", "jo.bloggs at example.com",
        "jo at mail dot example", "jo@example dot com", "jo at example . com",
    ])
    func addressesAreFoundPlainAndObfuscated(_ address: String) {
        #expect(finds("You can email me on \(address) if easier.") == [Found(.email, address)])
    }

    @Test(arguments: [
        "See you at the park at 3",
        "Look at example.com for the menu",
        "More info at school.example",
        "Check the deals at shop dot com",
        "Thanks @JoBloggs for the photos",
        "email me @ the office",
        "Great to see everyone at sports day dot dot dot",
        "we meet at noon",
        "jo@localhost is not an address",
        "the answer is 2@3",
    ])
    func ordinaryTextWithAtIsNotAnAddress(_ text: String) {
        #expect(finds(text).isEmpty)
    }

    @Test func anAddressEndsBeforeTheFullStopOfItsSentence() {
        #expect(finds("Write to jo@example.com.") == [Found(.email, "jo@example.com")])
        #expect(finds("(jo@example.com)") == [Found(.email, "jo@example.com")])
    }

    @Test func fullwidthAddressesAreFound() {
        let text = "email ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ please"
        #expect(finds(text) == [Found(.email, "ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ")])
    }

    @Test func digitsInsideAnAddressAreNotAlsoAPhoneNumber() {
        #expect(finds("07700900123@example.com") == [Found(.email, "07700900123@example.com")])
        #expect(finds("sw1a1aa@example.org") == [Found(.email, "sw1a1aa@example.org")])
    }
}
