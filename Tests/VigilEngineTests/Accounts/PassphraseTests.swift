import Foundation
import Testing
@testable import VigilEngine

@Suite struct PassphraseTests {
    static let secret = "correct horse battery staple"

    @Test func aPassphraseNeverPrintsOrReflectsItsText() {
        let p = Passphrase(Self.secret)
        var dumped = ""
        dump(p, to: &dumped)
        for shown in [String(describing: p), String(reflecting: p), "\(p)", dumped] {
            #expect(!shown.contains("horse"), "\(shown)")
        }
        #expect(Mirror(reflecting: p).children.isEmpty)
    }

    @Test func composedAndDecomposedAccentsAreTheSamePassphrase() throws {
        let composed = Passphrase("caf\u{E9} au lait please")
        let decomposed = Passphrase("cafe\u{301} au lait please")
        #expect(composed.bytes == decomposed.bytes)
        let (account, _) = try Account.create(
            name: SignOffFixture.alice, role: .administrator, passphrase: composed,
            membership: .active(since: SignOffFixture.monday), at: SignOffFixture.monday, cost: .weakForTestsOnly)
        #expect(account.signIn(with: decomposed, at: SignOffFixture.monday).identity != nil)
    }

    @Test func bytesThatAreNotUTF8AreNotAPassphrase() {
        #expect(Passphrase(utf8: [0x66, 0xFF, 0x6F]) == nil)
        #expect(Passphrase(utf8: Array("twelve chars!".utf8))?.bytes == Array("twelve chars!".utf8))
    }

    @Test func aNewPassphraseMustBeLongEnoughPrintableAndNotTheName() {
        let alice = SignOffFixture.alice
        #expect(PassphrasePolicy.problem(with: Passphrase("short words"), for: alice) == .tooShort)
        #expect(PassphrasePolicy.problem(with: Passphrase("twelve chars"), for: alice) == nil)
        #expect(PassphrasePolicy.problem(with: Passphrase("with a\ttab inside"), for: alice) == .controlCharacters)
        #expect(PassphrasePolicy.problem(with: Passphrase(String(repeating: "x", count: 1025)), for: alice) == .tooLong)
        let named = SignOffFixture.name("alice.longname")
        #expect(PassphrasePolicy.problem(with: Passphrase("Alice.LongName"), for: named) == .isTheName)
        #expect(PassphraseProblem.tooShort.description.contains("12 characters"))
    }

    @Test func comparisonTakesEveryByteIntoAccount() {
        let a = Data(repeating: 7, count: 32)
        var b = a
        #expect(constantTimeEquals(a, b))
        b[31] ^= 1
        #expect(!constantTimeEquals(a, b))
        b = a
        b[0] ^= 0x80
        #expect(!constantTimeEquals(a, b))
        #expect(!constantTimeEquals(a, a.prefix(31)))
        #expect(constantTimeEquals(Data(), Data()))
    }
}
