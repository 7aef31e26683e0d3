import Crypto
import Foundation

/// A person's Ed25519 private key, encrypted with ChaChaPoly under the key their passphrase
/// derives. The account name and the public key are bound in as associated data, so a sealed
/// key copied to another account row, or paired with another public key, does not open.
public struct SealedSigningKey: Sendable, Hashable, Codable {
    /// ChaChaPoly's combined form: 12-byte nonce, 32-byte ciphertext, 16-byte tag.
    public let combined: Data

    public init(combined: Data) { self.combined = combined }

    static func associatedData(name: AccountName, publicKey: Data) -> Data {
        var aad = Data("vigil/v1/signing-key\u{0}".utf8)
        aad.append(contentsOf: name.rawValue.utf8)
        aad.append(0)
        aad.append(publicKey)
        return aad
    }

    static func seal(_ key: Curve25519.Signing.PrivateKey, name: AccountName, under sealKey: SymmetricKey) throws -> SealedSigningKey {
        let aad = associatedData(name: name, publicKey: key.publicKey.rawRepresentation)
        let box = try ChaChaPoly.seal(key.rawRepresentation, using: sealKey, authenticating: aad)
        return SealedSigningKey(combined: box.combined)
    }

    /// The private key, or nil when it does not open or does not match `publicKey`.
    func open(name: AccountName, publicKey: Data, with sealKey: SymmetricKey) -> Curve25519.Signing.PrivateKey? {
        guard let box = try? ChaChaPoly.SealedBox(combined: combined),
              let raw = try? ChaChaPoly.open(box, using: sealKey, authenticating: Self.associatedData(name: name, publicKey: publicKey)),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw),
              key.publicKey.rawRepresentation == publicKey
        else { return nil }
        return key
    }
}

/// A signed-in person: their name, role and opened signing key. Lives only in memory for
/// one command or console session; prints and reflects without the key.
public struct SigningIdentity: Sendable, CustomStringConvertible, CustomReflectable {
    public let name: AccountName
    public let role: Role
    let privateKey: Curve25519.Signing.PrivateKey

    init(name: AccountName, role: Role, privateKey: Curve25519.Signing.PrivateKey) {
        self.name = name
        self.role = role
        self.privateKey = privateKey
    }

    /// The raw 32-byte Ed25519 public key.
    public var publicKey: Data { privateKey.publicKey.rawRepresentation }

    /// An Ed25519 signature of `message`.
    func sign(_ message: Data) -> Data {
        // Signing with a valid in-memory key cannot fail; a failure would be a broken library.
        guard let signature = try? privateKey.signature(for: message) else {
            preconditionFailure("Ed25519 signing failed")
        }
        return signature
    }

    public var description: String { "SigningIdentity(\(name), \(role.rawValue))" }
    public var customMirror: Mirror { Mirror(self, children: ["name": name, "role": role]) }
}
