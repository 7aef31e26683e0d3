import Foundation
import Testing
@testable import VigilEngine

@Suite struct AccountNameTests {
    @Test func namesAreFoldedToLowerCaseSoOnePersonIsOneSigner() throws {
        #expect(try AccountName("J.Smith").rawValue == "j.smith")
        #expect(try AccountName("ALICE") == AccountName("alice"))
    }

    @Test func aNameMustStartWithALetterAndHoldOnlySafeCharacters() {
        #expect(throws: AccountNameError(text: "", problem: .empty)) { try AccountName("") }
        #expect(throws: AccountNameError(text: "1alice", problem: .mustStartWithLetter)) { try AccountName("1alice") }
        #expect(throws: AccountNameError(text: "mrs patel", problem: .badCharacter)) { try AccountName("mrs patel") }
        #expect(throws: AccountNameError(text: "\u{0430}lice", problem: .mustStartWithLetter)) { try AccountName("\u{0430}lice") }
        #expect(throws: AccountNameError(text: "al\u{1B}ice", problem: .badCharacter)) { try AccountName("al\u{1B}ice") }
        #expect(throws: AccountNameError(text: String(repeating: "a", count: 33), problem: .tooLong)) {
            try AccountName(String(repeating: "a", count: 33))
        }
        #expect((try? AccountName(String(repeating: "a", count: 32))) != nil)
        #expect((try? AccountName("a.b-c_9")) != nil)
    }

    @Test func aRefusedNameIsPrintedWithItsControlCharactersVisible() {
        do {
            _ = try AccountName("evil\u{1B}]0;pwned\u{07}")
            Issue.record("accepted a name with an escape sequence")
        } catch {
            #expect(!error.description.contains("\u{1B}"))
            #expect(error.description.contains("\\u{1B}"))
        }
    }

    @Test func aNameDecodesOnlyWhenValid() throws {
        let json = JSONEncoder()
        let data = try json.encode(SignOffFixture.alice)
        #expect(String(decoding: data, as: UTF8.self) == "\"alice\"")
        #expect(try JSONDecoder().decode(AccountName.self, from: data) == SignOffFixture.alice)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AccountName.self, from: Data("\"9 lives\"".utf8)) }
    }
}

