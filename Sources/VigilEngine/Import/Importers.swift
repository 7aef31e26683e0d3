import Foundation

// PLACEHOLDER: the API the store and the command line build against. The importers branch
// replaces this file with the real readers; nothing here is final behaviour.

/// What reading one export produced.
public struct ImportSummary: Sendable, Equatable {
    public var format: ExportFormat
    public var comments: Int
    /// Things worth telling the user that did not stop the import (e.g. X authors missing
    /// from `includes.users`). Never contains an access token.
    public var warnings: [String]

    public init(format: ExportFormat, comments: Int, warnings: [String] = []) {
        self.format = format
        self.comments = comments
        self.warnings = warnings
    }
}

/// An export that cannot be read in full. `description` names the file, the place and what
/// was expected, ready to print.
public struct ImportError: Error, CustomStringConvertible, Sendable, Equatable {
    public var fileName: String
    /// "line 12, column 5 (byte 301)", "record 7", ...
    public var location: String
    public var message: String

    public init(fileName: String, location: String, message: String) {
        self.fileName = fileName
        self.location = location
        self.message = message
    }

    public var description: String {
        location.isEmpty ? "\(fileName): \(message)" : "\(fileName): \(location): \(message)"
    }
}

/// The importers for every export format.
public enum Importers {
    /// The format of an export, told from its content (never its name); nil when it is none.
    public static func detect(_ data: Data) -> ExportFormat? { nil }

    /// Reads every comment of one export in file order, calling `emit` for each. With
    /// `format` nil the format is detected. Throws `ImportError`; errors thrown by `emit`
    /// pass through unchanged.
    @discardableResult
    public static func read(
        _ data: Data, fileName: String, format: ExportFormat? = nil,
        emit: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        throw ImportError(fileName: fileName, location: "", message: "importers are not written yet")
    }
}
