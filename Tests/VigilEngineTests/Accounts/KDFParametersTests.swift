import Foundation
import Testing
@testable import VigilEngine

@Suite struct KDFParametersTests {
    @Test func theDefaultCostIsScryptAtOWASPsMinimumAndTheTestCostIsMarkedWeak() {
        #expect(KDFParameters.standard.description == "scrypt:ln=17,r=8,p=1")
        #expect(!KDFParameters.standard.isWeakerThanStandard)
        #expect(!KDFParameters.pbkdf2Standard.isWeakerThanStandard)
        #expect(KDFParameters.pbkdf2Standard.description == "pbkdf2-sha256:i=600000")
        #expect(KDFParameters.weakForTestsOnly.isWeakerThanStandard)
        #expect(KDFParameters.pbkdf2(rounds: 599_999)!.isWeakerThanStandard)
        #expect(KDFParameters.scrypt(logN: 17, blockSize: 4, parallelism: 1)!.isWeakerThanStandard)
        #expect(!KDFParameters.scrypt(logN: 18, blockSize: 8, parallelism: 1)!.isWeakerThanStandard)
    }

    @Test func theStoredFormReadsBackAndNothingElseDoes() throws {
        for p in [KDFParameters.standard, .pbkdf2Standard, .weakForTestsOnly, .scrypt(logN: 18, blockSize: 8, parallelism: 4)!, .scrypt(logN: 20, blockSize: 2, parallelism: 1)!] {
            #expect(KDFParameters(encoded: p.description) == p)
            let json = try JSONEncoder().encode(p)
            #expect(try JSONDecoder().decode(KDFParameters.self, from: json) == p)
        }
        for bad in ["", "scrypt", "scrypt:", "scrypt:ln=17,r=8", "scrypt:ln=17,r=8,p=1,x=2", "scrypt:ln=17,ln=17,r=8",
                    "scrypt:ln=017,r=8,p=1", "scrypt:ln=21,r=8,p=1", "scrypt:ln=9,r=8,p=1", "scrypt:ln=17,r=8,p=5", "scrypt:ln=20,r=16,p=1", "scrypt:ln=19,r=8,p=1",
                    "pbkdf2-sha256:i=999", "pbkdf2-sha256:i=10000001", "md5:i=1000", "pbkdf2-sha256:i=+1000", "scrypt:ln=17,r=8,p=1 "] {
            #expect(KDFParameters(encoded: bad) == nil, "\(bad)")
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(KDFParameters.self, from: Data("\"scrypt:ln=30,r=8,p=1\"".utf8)) }
    }

    @Test func derivationDependsOnPassphraseSaltAndParametersAndSplitsTwoKeys() throws {
        let p = Passphrase("a long enough passphrase")
        let salt = Data(repeating: 1, count: 16)
        let a = try PassphraseKeys.derive(p, salt: salt, parameters: .weakForTestsOnly)
        let again = try PassphraseKeys.derive(p, salt: salt, parameters: .weakForTestsOnly)
        #expect(a.verifier.data == again.verifier.data && a.seal.data == again.seal.data)
        #expect(a.verifier.data != a.seal.data)
        let otherSalt = try PassphraseKeys.derive(p, salt: Data(repeating: 2, count: 16), parameters: .weakForTestsOnly)
        let otherPass = try PassphraseKeys.derive(Passphrase("a long enough passphrasE"), salt: salt, parameters: .weakForTestsOnly)
        let otherCost = try PassphraseKeys.derive(p, salt: salt, parameters: .scrypt(logN: 11, blockSize: 8, parallelism: 1)!)
        let pbkdf2 = try PassphraseKeys.derive(p, salt: salt, parameters: .pbkdf2(rounds: 1_000)!)
        let all = [a, otherSalt, otherPass, otherCost, pbkdf2].map(\.verifier.data)
        #expect(Set(all).count == all.count)
    }

    @Test func aPBKDF2HashedAccountSignsIn() throws {
        let pass = Passphrase("pbkdf2 is allowed too")
        let (account, _) = try Account.create(
            name: SignOffFixture.bob, role: .administrator, passphrase: pass, membership: .active(since: SignOffFixture.monday),
            at: SignOffFixture.monday, cost: .pbkdf2(rounds: 1_000)!)
        #expect(account.passphraseHash.parameters.algorithm == .pbkdf2SHA256)
        #expect(account.signIn(with: pass, at: SignOffFixture.monday).identity != nil)
        #expect(account.signIn(with: Passphrase("pbkdf2 is allowed two"), at: SignOffFixture.monday).identity == nil)
    }
}
