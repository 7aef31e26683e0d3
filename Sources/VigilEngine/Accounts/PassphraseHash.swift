import Crypto
import Foundation

/// What is stored of a passphrase: the derivation's parameters, its salt, and a verifier
/// derived from the result. Never the passphrase, never the key that opens the signing key.
public struct PassphraseHash: Sendable, Hashable, Codable {
    public let parameters: KDFParameters
    /// 16 random bytes, fresh for every passphrase.
    public let salt: Data
    /// 32 bytes: HKDF("vigil/v1/passphrase-verifier") of the slow function's output.
    public let verifier: Data

    public init(parameters: KDFParameters, salt: Data, verifier: Data) {
        self.parameters = parameters
        self.salt = salt
        self.verifier = verifier
    }

    /// Hashes a new passphrase with a fresh salt; also returns the key that seals the
    /// signing key, so that making an account costs one slow derivation.
    static func make(_ passphrase: Passphrase, cost: KDFParameters) throws -> (PassphraseHash, PassphraseKeys) {
        let salt = randomBytes(PassphraseKeys.saltByteCount)
        let keys = try PassphraseKeys.derive(passphrase, salt: salt, parameters: cost)
        return (PassphraseHash(parameters: cost, salt: salt, verifier: keys.verifier.data), keys)
    }

    /// The keys when `passphrase` is the right one, else nil. Compares in constant time.
    func check(_ passphrase: Passphrase) throws -> PassphraseKeys? {
        let keys = try PassphraseKeys.derive(passphrase, salt: salt, parameters: parameters)
        return constantTimeEquals(keys.verifier.data, verifier) ? keys : nil
    }
}

extension SymmetricKey {
    var data: Data { withUnsafeBytes { Data($0) } }
}
