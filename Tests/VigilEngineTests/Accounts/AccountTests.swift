import Crypto
import Foundation
import Testing
@testable import VigilEngine

@Suite struct AccountTests {
    static let pass = Passphrase("purple elephant marmalade")

    static func make(_ name: AccountName = SignOffFixture.alice, _ pass: Passphrase = pass) throws -> (Account, SigningIdentity) {
        try Account.create(name: name, role: .administrator, passphrase: pass, membership: .active(since: SignOffFixture.monday), at: SignOffFixture.monday, cost: .weakForTestsOnly)
    }

    @Test func anAccountUsesTheStrongCostUnlessATestAsksOtherwise() throws {
        let (account, identity) = try Account.create(
            name: SignOffFixture.alice, role: .administrator, passphrase: Self.pass, membership: .active(since: SignOffFixture.monday), at: SignOffFixture.monday)
        #expect(account.passphraseHash.parameters == .standard)
        #expect(account.publicKey == identity.publicKey)
        let (weak, _) = try Self.make()
        #expect(weak.passphraseHash.parameters == .weakForTestsOnly)
    }

    @Test func aNewAccountHoldsASealedKeyThatOpensToTheSameIdentity() throws {
        let (account, identity) = try Self.make()
        #expect(account.publicKey.count == 32)
        #expect(account.sealedKey.combined.count == 12 + 32 + 16)
        #expect(account.passphraseHash.salt.count == 16)
        #expect(account.failedAttempts == 0 && account.lockedUntil == nil)
        let signedIn = try #require(account.signIn(with: Self.pass, at: SignOffFixture.monday).identity)
        #expect(signedIn.publicKey == identity.publicKey)
        #expect(signedIn.name == SignOffFixture.alice && signedIn.role == .administrator)
        #expect(!account.sealedKey.combined.contains(identity.privateKey.rawRepresentation))
    }

    @Test func theSamePassphraseGetsAFreshSaltAndKeyEveryTime() throws {
        let (a, _) = try Self.make(SignOffFixture.alice)
        let (b, _) = try Self.make(SignOffFixture.bob)
        #expect(a.passphraseHash.salt != b.passphraseHash.salt)
        #expect(a.passphraseHash.verifier != b.passphraseHash.verifier)
        #expect(a.publicKey != b.publicKey)
    }

    @Test func aWeakPassphraseIsRefusedWhenTheAccountIsMade() {
        #expect(throws: AccountError.passphrase(.tooShort)) {
            try Account.create(name: SignOffFixture.alice, role: .administrator, passphrase: Passphrase("too short"),
                               membership: .active(since: SignOffFixture.monday), at: SignOffFixture.monday, cost: .weakForTestsOnly)
        }
    }

    @Test func changingThePassphraseKeepsTheKeyAndRetiresTheOldPassphrase() throws {
        let (account, identity) = try Self.make()
        let newPass = Passphrase("tangerine submarine quartet")
        let changed = try account.changingPassphrase(to: newPass, identity: identity, cost: .weakForTestsOnly)
        #expect(changed.publicKey == account.publicKey)
        #expect(changed.passphraseHash.salt != account.passphraseHash.salt)
        #expect(changed.signIn(with: Self.pass, at: SignOffFixture.monday).identity == nil)
        #expect(changed.signIn(with: newPass, at: SignOffFixture.monday).identity?.publicKey == identity.publicKey)
    }

    @Test func nobodyCanChangeAnotherPersonsPassphrase() throws {
        let (account, _) = try Self.make(SignOffFixture.alice)
        let (_, bob) = try Self.make(SignOffFixture.bob)
        #expect(throws: AccountError.notThisAccount(SignOffFixture.alice)) {
            try account.changingPassphrase(to: Passphrase("bob takes over alice"), identity: bob, cost: .weakForTestsOnly)
        }
    }

    @Test func theAccountRowRoundTripsThroughJSON() throws {
        let (account, _) = try Self.make()
        let data = try JSONEncoder().encode(account)
        #expect(try JSONDecoder().decode(Account.self, from: data) == account)
    }
}

/// The sealed key is bound to its account: a row put together from parts does not open.
@Suite struct SealedKeyTests {
    static let pass = AccountTests.pass

    @Test func aSealedKeyCopiedToAnotherAccountDoesNotOpen() throws {
        let (alice, _) = try AccountTests.make(SignOffFixture.alice)
        let (bob, _) = try AccountTests.make(SignOffFixture.bob)
        // Bob's row given Alice's hash, key and sealed key: the name no longer matches.
        let forged = Account(name: bob.name, role: .administrator, passphraseHash: alice.passphraseHash, publicKey: alice.publicKey,
                             sealedKey: alice.sealedKey, membership: bob.membership, created: bob.created)
        #expect(forged.signIn(with: Self.pass, at: SignOffFixture.monday).result.error == .keyDoesNotOpen(SignOffFixture.bob))
    }

    @Test func aSwappedPublicKeyIsCaughtAtSignIn() throws {
        let (alice, _) = try AccountTests.make(SignOffFixture.alice)
        let mallory = Curve25519.Signing.PrivateKey().publicKey.rawRepresentation
        let forged = Account(name: alice.name, role: .administrator, passphraseHash: alice.passphraseHash, publicKey: mallory,
                             sealedKey: alice.sealedKey, membership: alice.membership, created: alice.created)
        let refusal = try #require(forged.signIn(with: Self.pass, at: SignOffFixture.monday).result.error)
        #expect(refusal == .keyDoesNotOpen(SignOffFixture.alice))
        #expect(refusal.isIntegrityFailure)
    }

    @Test func aPassphraseHashReplacedByOneTheAttackerKnowsOpensNothing() throws {
        let (alice, _) = try AccountTests.make(SignOffFixture.alice)
        let attackerPass = Passphrase("attacker knows this one")
        let (attacker, _) = try AccountTests.make(SignOffFixture.alice, attackerPass)
        var forged = alice
        forged.passphraseHash = attacker.passphraseHash
        let attempt = forged.signIn(with: attackerPass, at: SignOffFixture.monday)
        #expect(attempt.result.error == .keyDoesNotOpen(SignOffFixture.alice))
        #expect(attempt.events.map(\.event) == [.signInFailed(.keyDoesNotOpen, attempt: nil)])
    }

    @Test func aCorruptedSealedKeyDoesNotOpen() throws {
        let (alice, _) = try AccountTests.make()
        for index in [0, 12, 43, 59] {
            var bytes = alice.sealedKey.combined
            bytes[index] ^= 0x01
            var forged = alice
            forged.sealedKey = SealedSigningKey(combined: bytes)
            #expect(forged.signIn(with: Self.pass, at: SignOffFixture.monday).result.error == .keyDoesNotOpen(SignOffFixture.alice), "byte \(index)")
        }
        var short = alice
        short.sealedKey = SealedSigningKey(combined: Data(count: 10))
        #expect(short.signIn(with: Self.pass, at: SignOffFixture.monday).result.error == .keyDoesNotOpen(SignOffFixture.alice))
    }

    @Test func aSigningIdentityNeverPrintsItsKey() throws {
        let (_, identity) = try AccountTests.make()
        var dumped = ""
        dump(identity, to: &dumped)
        let hex = identity.privateKey.rawRepresentation.map { String(format: "%02x", $0) }.joined()
        for shown in [String(describing: identity), String(reflecting: identity), dumped] {
            #expect(!shown.contains(hex))
            #expect(!shown.lowercased().contains("privatekey"), "\(shown)")
        }
    }
}
