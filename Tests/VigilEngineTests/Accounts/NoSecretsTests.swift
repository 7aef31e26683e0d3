import Foundation
import Testing
@testable import VigilEngine

/// Passphrases never appear in any value that is stored or logged.
@Suite struct NoSecretsTests {
    static let secret = "zebra-quartz-nebula-7431"

    func contains(_ haystack: Data, _ needle: Data) -> Bool { haystack.range(of: needle) != nil }

    @Test func noStoredOrLoggedValueCarriesThePassphrase() throws {
        let pass = Passphrase(Self.secret)
        let needle = Data(Self.secret.utf8)
        var (account, alice) = try Account.create(name: SignOffFixture.alice, role: .administrator, passphrase: pass,
                                                  membership: .active(since: SignOffFixture.monday), at: SignOffFixture.monday, cost: .weakForTestsOnly)
        let (_, bob) = try Account.create(name: SignOffFixture.bob, role: .administrator, passphrase: Passphrase("bobs own passphrase"),
                                          membership: .active(since: SignOffFixture.monday), at: SignOffFixture.monday, cost: .weakForTestsOnly)
        var log = MemoryLog(founders: [alice, bob])
        var texts: [String] = []
        for candidate in [Passphrase("zebra-quartz-nebula-7432"), pass] + Array(repeating: Passphrase("wrong wrong wrong"), count: 5) + [pass] {
            let attempt = account.signIn(with: candidate, at: log.clock)
            account = attempt.account
            log.record(attempt.events)
            var d = ""
            dump(attempt, to: &d)
            texts += [d, String(describing: attempt.result)]
        }
        log.propose(SignOffFixture.deleteKind(), by: alice, reason: "reason typed by alice")
        let changed = try account.changingPassphrase(to: Passphrase("a brand new passphrase"), identity: alice, cost: .weakForTestsOnly)
        for value in [account, changed] {
            #expect(!contains(try JSONEncoder().encode(value), needle))
            var d = ""
            dump(value, to: &d)
            texts.append(d)
        }
        for entry in log.entries {
            #expect(!contains(entry.canonicalBody, needle))
            #expect(!contains(try JSONEncoder().encode(entry), needle))
        }
        var d = ""
        dump(alice, to: &d)
        texts += [d, "\(pass)", String(reflecting: pass)]
        for text in texts { #expect(!text.contains(Self.secret), "\(text.prefix(200))") }
    }
}
