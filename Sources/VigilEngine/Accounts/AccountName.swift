// Accounts: who may moderate (names and roles), their passphrases, signing keys and lockout.
// Everything here is a value or a pure function; the store persists what these types produce.

/// What a person may do: administrators run the channels; cover moderators stand in during
/// leave and absences, and only inside a cover window an administrator has signed off.
public enum Role: String, Codable, Sendable, CaseIterable, Hashable {
    case administrator
    case coverModerator = "cover-moderator"

    /// How a person reads the role in a sentence: "an administrator", "a cover moderator".
    public var withArticle: String {
        switch self {
        case .administrator: "an administrator"
        case .coverModerator: "a cover moderator"
        }
    }
}

/// The name a person signs in with (`--as NAME`), as it appears in the audit log.
///
/// Names are folded to lower case and limited to ASCII letters, digits, `.`, `-` and `_`,
/// starting with a letter, at most 32 characters. Why so narrow: a name is printed in every
/// refusal and log line (no terminal tricks possible), and "Alice", "alice" and a Cyrillic
/// "аlice" can never be three different signers.
public struct AccountName: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public static let maximumLength = 32

    /// Validates and folds `text`; throws an `AccountNameError` saying what is wrong.
    public init(_ text: String) throws(AccountNameError) {
        let folded = text.lowercased()
        let scalars = Array(folded.unicodeScalars)
        guard !scalars.isEmpty else { throw AccountNameError(text: text, problem: .empty) }
        guard scalars.count <= Self.maximumLength else {
            throw AccountNameError(text: text, problem: .tooLong)
        }
        guard let first = scalars.first, ("a"..."z").contains(first) else {
            throw AccountNameError(text: text, problem: .mustStartWithLetter)
        }
        for s in scalars where !Self.allowed(s) {
            throw AccountNameError(text: text, problem: .badCharacter)
        }
        rawValue = folded
    }

    private static func allowed(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "." || s == "-" || s == "_"
    }

    public var description: String { rawValue }

    public static func < (a: AccountName, b: AccountName) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// A name that cannot be an account name, with what was expected.
public struct AccountNameError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case empty, tooLong, mustStartWithLetter, badCharacter
    }

    /// The name as typed, made safe to print.
    public let text: String
    public let problem: Problem

    init(text: String, problem: Problem) {
        self.text = SafeText.oneLine(text, limit: 40)
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .empty: "an account name cannot be empty"
        case .tooLong: "account name \"\(text)\" is too long: at most \(AccountName.maximumLength) characters"
        case .mustStartWithLetter: "account name \"\(text)\" must start with a letter a-z"
        case .badCharacter: "account name \"\(text)\" may hold only letters a-z, digits, '.', '-' and '_'"
        }
    }
}
