import Foundation

/// A passphrase as typed, held only for as long as it takes to hash it or open a key.
///
/// It is deliberately not `Codable`, `Equatable` or `Hashable`, and prints and reflects as
/// `<passphrase>`: no value that is stored, compared or logged can carry one. The text is
/// normalised to NFC before use, so the same words typed on two terminals that compose
/// accents differently give the same key.
public struct Passphrase: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// UTF-8 of the NFC form.
    let bytes: [UInt8]
    /// Characters as a person counts them.
    let characterCount: Int
    let hasControlCharacters: Bool
    /// Case-folded text, kept only to compare with the account name.
    private let folded: String

    public init(_ text: String) {
        let nfc = text.precomposedStringWithCanonicalMapping
        bytes = Array(nfc.utf8)
        characterCount = nfc.count
        hasControlCharacters = nfc.unicodeScalars.contains { $0.properties.generalCategory == .control }
        folded = nfc.lowercased()
    }

    /// A passphrase from raw terminal or standard-input bytes; nil when they are not UTF-8.
    public init?(utf8 bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self.init(text)
    }

    public var description: String { "<passphrase>" }
    public var debugDescription: String { "<passphrase>" }
    public var customMirror: Mirror { Mirror(self, children: [:]) }

    /// True when two typed passphrases are the same (a new one typed twice), compared in
    /// constant time; deliberately not `==`, so that passphrases are never compared by accident.
    public static func same(_ a: Passphrase, _ b: Passphrase) -> Bool {
        constantTimeEquals(Data(a.bytes), Data(b.bytes))
    }

    /// True when the passphrase, ignoring case, is the name itself.
    func isName(_ name: AccountName) -> Bool { folded == name.rawValue }
}

/// What a new passphrase must be. Checked when an account is made or a passphrase changed;
/// never on sign-in (an existing passphrase is whatever it is).
public enum PassphrasePolicy {
    public static let minimumCharacters = 12
    public static let maximumBytes = 1024

    /// The reason `passphrase` cannot be used for `name`, or nil when it can.
    public static func problem(with passphrase: Passphrase, for name: AccountName) -> PassphraseProblem? {
        if passphrase.characterCount < minimumCharacters { return .tooShort }
        if passphrase.bytes.count > maximumBytes { return .tooLong }
        if passphrase.hasControlCharacters { return .controlCharacters }
        if passphrase.isName(name) { return .isTheName }
        return nil
    }
}

/// Why a new passphrase was refused; the text says what to do instead.
public enum PassphraseProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case tooShort, tooLong, controlCharacters, isTheName

    public var description: String {
        switch self {
        case .tooShort:
            "a passphrase needs at least \(PassphrasePolicy.minimumCharacters) characters (three random words make a good one)"
        case .tooLong: "a passphrase may be at most \(PassphrasePolicy.maximumBytes) bytes"
        case .controlCharacters: "a passphrase cannot contain control characters"
        case .isTheName: "a passphrase cannot be the account name"
        }
    }
}
