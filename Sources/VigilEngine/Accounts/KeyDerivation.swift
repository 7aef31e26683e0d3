import Crypto
import _CryptoExtras
import Foundation

/// How a passphrase is stretched into key material, stored beside every hash so that the
/// cost can rise later without locking anyone out.
///
/// `standard` is scrypt N=2^17, r=8, p=1 (OWASP's minimum; about 0.6 s and 128 MiB here).
/// Tests choose `weakForTestsOnly` explicitly, by passing it as the `cost:` argument of
/// `Account.create` or `Account.changingPassphrase`; nothing lowers the cost silently, and
/// `isWeakerThanStandard` lets the command line warn about an account made that way.
public struct KDFParameters: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Algorithm: String, Sendable, Hashable {
        case scrypt
        case pbkdf2SHA256 = "pbkdf2-sha256"
    }

    public let algorithm: Algorithm
    /// scrypt: log2 of N. Unused for PBKDF2.
    public let logN: Int
    /// scrypt: block size r. Unused for PBKDF2.
    public let blockSize: Int
    /// scrypt: parallelism p. Unused for PBKDF2.
    public let parallelism: Int
    /// PBKDF2: iterations. Unused for scrypt.
    public let rounds: Int

    /// The cost every real account gets.
    public static let standard = scrypt(logN: 17, blockSize: 8, parallelism: 1)!
    /// The other strong choice the issue allows: PBKDF2-SHA256 with 600,000 rounds.
    public static let pbkdf2Standard = pbkdf2(rounds: 600_000)!
    /// About a millisecond: only for tests, which must ask for it by name.
    public static let weakForTestsOnly = scrypt(logN: 10, blockSize: 8, parallelism: 1)!

    /// scrypt parameters, or nil outside the accepted range (N 2^10...2^20, r 1...16, p 1...4,
    /// and at most 256 MiB, which is 128·r·N bytes): a stored row cannot make sign-in
    /// allocate gigabytes or run for minutes.
    public static func scrypt(logN: Int, blockSize: Int, parallelism: Int) -> KDFParameters? {
        guard (10...20).contains(logN), (1...16).contains(blockSize), (1...4).contains(parallelism),
              128 * blockSize << logN <= 256 << 20 else { return nil }
        return KDFParameters(algorithm: .scrypt, logN: logN, blockSize: blockSize, parallelism: parallelism, rounds: 0)
    }

    /// PBKDF2-SHA256 parameters, or nil outside 1,000...10,000,000 rounds.
    public static func pbkdf2(rounds: Int) -> KDFParameters? {
        guard (1_000...10_000_000).contains(rounds) else { return nil }
        return KDFParameters(algorithm: .pbkdf2SHA256, logN: 0, blockSize: 0, parallelism: 0, rounds: rounds)
    }

    /// True when this costs an attacker less than the floor (scrypt N=2^17 r=8, or
    /// PBKDF2 600,000 rounds).
    public var isWeakerThanStandard: Bool {
        switch algorithm {
        case .scrypt: logN < 17 || (logN == 17 && blockSize < 8)
        case .pbkdf2SHA256: rounds < 600_000
        }
    }

    /// The stored form: `scrypt:ln=17,r=8,p=1` or `pbkdf2-sha256:i=600000`.
    public var description: String {
        switch algorithm {
        case .scrypt: "scrypt:ln=\(logN),r=\(blockSize),p=\(parallelism)"
        case .pbkdf2SHA256: "pbkdf2-sha256:i=\(rounds)"
        }
    }

    /// Reads the stored form; nil for anything else, including out-of-range costs.
    public init?(encoded text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let algorithm = Algorithm(rawValue: parts[0]) else { return nil }
        var values: [String: Int] = [:]
        for pair in parts[1].split(separator: ",", omittingEmptySubsequences: false) {
            let kv = pair.split(separator: "=", omittingEmptySubsequences: false)
            guard kv.count == 2, values[String(kv[0])] == nil, let v = Int(kv[1]), String(v) == kv[1] else { return nil }
            values[String(kv[0])] = v
        }
        let parsed: KDFParameters?
        switch algorithm {
        case .scrypt:
            guard values.count == 3, let ln = values["ln"], let r = values["r"], let p = values["p"] else { return nil }
            parsed = .scrypt(logN: ln, blockSize: r, parallelism: p)
        case .pbkdf2SHA256:
            guard values.count == 1, let i = values["i"] else { return nil }
            parsed = .pbkdf2(rounds: i)
        }
        guard let parsed else { return nil }
        self = parsed
    }

    private init(algorithm: Algorithm, logN: Int, blockSize: Int, parallelism: Int, rounds: Int) {
        self.algorithm = algorithm
        self.logN = logN
        self.blockSize = blockSize
        self.parallelism = parallelism
        self.rounds = rounds
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let p = KDFParameters(encoded: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not key-derivation parameters: \(text)"))
        }
        self = p
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// The two keys one slow derivation yields: one to check the passphrase, one to open the
/// signing key. HKDF separates them, so the stored verifier says nothing about the seal key.
struct PassphraseKeys {
    let verifier: SymmetricKey
    let seal: SymmetricKey

    static let saltByteCount = 16

    /// Runs the slow function once (`parameters` decides how slow).
    static func derive(_ passphrase: Passphrase, salt: Data, parameters: KDFParameters) throws -> PassphraseKeys {
        let master: SymmetricKey
        switch parameters.algorithm {
        case .scrypt:
            master = try KDF.Scrypt.deriveKey(
                from: passphrase.bytes, salt: salt, outputByteCount: 32,
                rounds: 1 << parameters.logN, blockSize: parameters.blockSize, parallelism: parameters.parallelism)
        case .pbkdf2SHA256:
            master = try KDF.Insecure.PBKDF2.deriveKey(
                from: passphrase.bytes, salt: salt, using: .sha256, outputByteCount: 32,
                unsafeUncheckedRounds: parameters.rounds)
        }
        return PassphraseKeys(
            verifier: HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("vigil/v1/passphrase-verifier".utf8), outputByteCount: 32),
            seal: HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("vigil/v1/signing-key-seal".utf8), outputByteCount: 32))
    }
}

/// Fresh random bytes from the system's generator (getrandom on Linux).
func randomBytes(_ count: Int) -> Data {
    var rng = SystemRandomNumberGenerator()
    return Data((0..<count).map { _ in UInt8.random(in: .min ... .max, using: &rng) })
}

/// Compares two byte strings in time that depends only on their lengths.
func constantTimeEquals(_ a: Data, _ b: Data) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for (x, y) in zip(a, b) { difference |= x ^ y }
    return difference == 0
}
