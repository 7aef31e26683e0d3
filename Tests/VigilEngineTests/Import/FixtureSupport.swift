import Foundation
import Testing
@testable import VigilEngine

/// The sample exports in `Fixtures/`, read through the public importer API.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    /// Every comment of a fixture, by id.
    static func read(_ path: String, format: ExportFormat? = nil) throws -> (comments: [ImportedComment], summary: ImportSummary) {
        try Importers.readAll(data(path), fileName: (path as NSString).lastPathComponent, format: format)
    }

    static func byID(_ comments: [ImportedComment]) -> [String: ImportedComment] {
        Dictionary(comments.map { ($0.platformID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The error reading `data` throws; records a test failure when it reads.
    static func error(reading data: Data, named name: String = "file", format: ExportFormat? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation) -> ImportError? {
        do {
            let summary = try Importers.read(data, fileName: name, format: format) { _ in }
            Issue.record("expected an ImportError, read \(summary.comments) comments", sourceLocation: sourceLocation)
            return nil
        } catch let error as ImportError {
            return error
        } catch {
            Issue.record("expected an ImportError, got \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    static func error(_ path: String, format: ExportFormat? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> ImportError? {
        error(reading: try data(path), named: (path as NSString).lastPathComponent, format: format, sourceLocation: sourceLocation)
    }
}

/// An instant written in ISO 8601, parsed by Foundation: an oracle independent of `TimeParser`.
func utc(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = text.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
    guard let date = formatter.date(from: text) else { fatalError("bad test date \(text)") }
    return date
}

extension Data {
    init(_ text: String) { self.init(text.utf8) }
}
