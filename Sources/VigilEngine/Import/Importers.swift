import Foundation

// The importers: export bytes in, `ImportedComment`s out. One file per format under
// `Formats/`, the shared byte readers (JSON, CSV, XML) under `Readers/`, and the text helpers
// (times, HTML, mis-decoded UTF-8, secret redaction) under `Text/`. Nothing here touches a
// file path or the terminal: callers hand over the bytes and print the errors.

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
/// was expected, ready to print (secrets redacted, control characters escaped).
public struct ImportError: Error, CustomStringConvertible, Sendable, Equatable {
    public var fileName: String
    /// "line 12, column 5 (byte 301), data[6].created_time", "line 7, column 3 (byte 120), row 6, column created_at", ...
    public var location: String
    public var message: String
    /// 1-based line of the problem, where there is one place to point at.
    public var line: Int?
    /// 1-based column in Unicode scalars on that line.
    public var column: Int?
    /// 0-based offset in the file's bytes.
    public var byteOffset: Int?
    /// The record and field: "data[6].created_time" (JSON), "item[2].wp:comment[1].wp:comment_date_gmt"
    /// (WXR), "row 6, column created_at" (CSV).
    public var record: String?

    public init(fileName: String, location: String, message: String) {
        self.fileName = fileName
        self.location = location
        self.message = message
    }

    /// An error at a place; `location` is built from the parts that are known.
    public init(
        fileName: String, line: Int?, column: Int?, byteOffset: Int?, record: String?, message: String
    ) {
        var parts: [String] = []
        if let line {
            var position = "line \(line)"
            if let column { position += ", column \(column)" }
            if let byteOffset { position += " (byte \(byteOffset))" }
            parts.append(position)
        } else if let byteOffset {
            parts.append("byte \(byteOffset)")
        }
        if let record, !record.isEmpty { parts.append(record) }
        self.init(fileName: fileName, location: parts.joined(separator: ", "), message: message)
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.record = record
    }

    public var description: String {
        location.isEmpty ? "\(fileName): \(message)" : "\(fileName): \(location): \(message)"
    }
}

/// The importers for every export format.
public enum Importers {
    /// The format of an export, told from its content (never its name); nil when it is none
    /// of them: empty, binary, not UTF-8, an HTML page saved as `.json`, a platform's error
    /// response, or JSON and CSV of some other shape.
    ///
    /// Only the start of the file is looked at (up to the first record), so this is cheap on a
    /// large file; `read` still checks the whole file.
    public static func detect(_ data: Data) -> ExportFormat? {
        data.withUnsafeBytes { raw in
            guard let bytes = ByteView(raw) else { return nil }
            return FormatDetection.detect(bytes)
        }
    }

    /// Reads every comment of one export in file order, calling `emit` for each.
    ///
    /// With `format` nil the format is detected from the content (`detect`); a format given
    /// (`vigil import --source`) is used as it is. Throws `ImportError` when the file cannot be
    /// read in full — empty, binary, invalid UTF-8, truncated, not the format, a value of the
    /// wrong type — naming the file, the place (line, column, byte offset, record) and what
    /// was expected. `emit` may already have been called for the earlier records of a file
    /// that then fails: a caller that stores comments must do so in one transaction per file
    /// and roll it back on an error. Errors thrown by `emit` pass through unchanged.
    ///
    /// Memory stays at the file's bytes plus a small constant: records are read one at a time
    /// from the bytes, never as a whole-document tree.
    @discardableResult
    public static func read(
        _ data: Data, fileName: String, format: ExportFormat? = nil,
        emit: (ImportedComment) throws -> Void
    ) throws -> ImportSummary {
        try withoutActuallyEscaping(emit) { emit in
            try data.withUnsafeBytes { raw in
                guard let bytes = ByteView(raw) else {
                    throw ImportError(fileName: fileName, location: "", message: "the file is empty: expected an export of comments")
                }
                do {
                    if let problem = FormatDetection.unreadable(bytes) { throw problem }
                    guard let chosen = format ?? FormatDetection.detect(bytes) else {
                        throw FormatDetection.explainUnknown(bytes)
                    }
                    var sink = ImportSink(emit: emit)
                    try FormatReaders.read(chosen, bytes, into: &sink)
                    return ImportSummary(format: chosen, comments: sink.count, warnings: sink.warnings.messages())
                } catch let failure as ReadFailure {
                    throw failure.importError(fileName: fileName, in: bytes)
                }
            }
        }
    }

    /// Reads a whole export into memory: for `vigil scan`, tests and small files.
    public static func readAll(
        _ data: Data, fileName: String, format: ExportFormat? = nil
    ) throws -> (comments: [ImportedComment], summary: ImportSummary) {
        var comments: [ImportedComment] = []
        let summary = try read(data, fileName: fileName, format: format) { comments.append($0) }
        return (comments, summary)
    }
}
