import Crypto
import Foundation

/// Where an account stands on the roster. The audit log is the authority; this is the
/// store's copy, which `IntegrityCheck.accounts` compares with the log.
public enum Membership: Sendable, Hashable, Codable {
    /// Made by `vigil admin add` / `vigil cover add`, waiting for a second administrator.
    case awaitingApproval(ProposalID)
    case active(since: Date)
    case removed(at: Date)
}

/// One person's account row as a value: what the store keeps, nothing more.
///
/// Holds no passphrase and no usable key: the private key is sealed under a key only the
/// passphrase derives, and the passphrase is kept only as a slow salted hash.
public struct Account: Sendable, Hashable, Codable {
    public let name: AccountName
    public let role: Role
    public var passphraseHash: PassphraseHash
    /// Raw 32-byte Ed25519 public key.
    public let publicKey: Data
    public var sealedKey: SealedSigningKey
    /// Wrong passphrases in a row since the last right one (or the last lock ending).
    public var failedAttempts: Int
    /// Set when the fifth wrong passphrase in a row locks the account.
    public var lockedUntil: Date?
    public var membership: Membership
    public let created: Date

    public init(
        name: AccountName, role: Role, passphraseHash: PassphraseHash, publicKey: Data,
        sealedKey: SealedSigningKey, failedAttempts: Int = 0, lockedUntil: Date? = nil,
        membership: Membership, created: Date
    ) {
        self.name = name
        self.role = role
        self.passphraseHash = passphraseHash
        self.publicKey = publicKey
        self.sealedKey = sealedKey
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
        self.membership = membership
        self.created = created
    }

    /// Makes an account with a fresh Ed25519 key sealed under `passphrase`, and returns the
    /// opened identity too so the caller can sign the entry that introduces it.
    ///
    /// `cost` is `.standard` unless a test passes `.weakForTestsOnly`. Throws
    /// `AccountError.passphrase` when the passphrase fails `PassphrasePolicy`.
    public static func create(
        name: AccountName, role: Role, passphrase: Passphrase, membership: Membership,
        at now: Date, cost: KDFParameters = .standard
    ) throws(AccountError) -> (Account, SigningIdentity) {
        if let problem = PassphrasePolicy.problem(with: passphrase, for: name) { throw .passphrase(problem) }
        let key = Curve25519.Signing.PrivateKey()
        let (hash, keys) = try derive { try PassphraseHash.make(passphrase, cost: cost) }
        let sealed = try derive { try SealedSigningKey.seal(key, name: name, under: keys.seal) }
        let account = Account(
            name: name, role: role, passphraseHash: hash, publicKey: key.publicKey.rawRepresentation,
            sealedKey: sealed, membership: membership, created: now)
        return (account, SigningIdentity(name: name, role: role, privateKey: key))
    }

    /// The same account with a new passphrase: same signing key, resealed, new salt. Needs
    /// the identity opened with the old passphrase, so nobody changes another's passphrase.
    public func changingPassphrase(
        to passphrase: Passphrase, identity: SigningIdentity, cost: KDFParameters = .standard
    ) throws(AccountError) -> Account {
        guard identity.name == name, identity.publicKey == publicKey else { throw .notThisAccount(name) }
        if let problem = PassphrasePolicy.problem(with: passphrase, for: name) { throw .passphrase(problem) }
        let (hash, keys) = try Self.derive { try PassphraseHash.make(passphrase, cost: cost) }
        var changed = self
        changed.passphraseHash = hash
        changed.sealedKey = try Self.derive { try SealedSigningKey.seal(identity.privateKey, name: name, under: keys.seal) }
        changed.failedAttempts = 0
        changed.lockedUntil = nil
        return changed
    }

    private static func derive<T>(_ body: () throws -> T) throws(AccountError) -> T {
        do { return try body() } catch { throw .keyDerivationFailed(String(describing: error)) }
    }
}

/// Why an account could not be made or changed.
public enum AccountError: Error, Sendable, Equatable, CustomStringConvertible {
    case passphrase(PassphraseProblem)
    /// The identity given does not belong to this account.
    case notThisAccount(AccountName)
    /// The crypto library refused (should not happen with valid parameters).
    case keyDerivationFailed(String)

    public var description: String {
        switch self {
        case .passphrase(let p): p.description
        case .notThisAccount(let n): "only \(n), signed in, can change \(n)'s passphrase"
        case .keyDerivationFailed(let why): "could not derive a key from the passphrase: \(why)"
        }
    }
}
