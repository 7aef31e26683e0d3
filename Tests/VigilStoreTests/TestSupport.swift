import Foundation
import VigilEngine
@testable import VigilStore

/// A fresh folder under the system's temporary folder, removed when the value is dropped.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-store-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// A test-only export format, one comment a line: `platform|id|parent|author|created|text`
/// (created in epoch seconds; empty fields mean absent). A line `!BROKEN` makes the reader
/// refuse the file at that line, after the earlier lines were emitted, as a real importer
/// may do with a truncated file.
enum LineExport {
    static func read(_ data: Data, fileName: String, format: ExportFormat?, emit: (ImportedComment) throws -> Void) throws -> ImportSummary {
        var count = 0
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            if line == "!BROKEN" {
                throw ImportError(fileName: fileName, location: "line \(index + 1)", message: "expected a comment line")
            }
            let f = line.split(separator: "|", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, let platform = Platform(rawValue: f[0]) else {
                throw ImportError(fileName: fileName, location: "line \(index + 1)", message: "expected 6 fields")
            }
            try emit(ImportedComment(
                platform: platform, platformID: f[1], channel: "Test Channel", post: PostRef(platformID: "post-1", title: "Sports day"),
                parentID: f[2].isEmpty ? nil : f[2], author: f[3].isEmpty ? nil : AuthorRef(platformID: "u-" + f[3], name: f[3]),
                created: Double(f[4]).map { Date(timeIntervalSince1970: $0) }, text: f[5]))
            count += 1
        }
        return ImportSummary(format: format ?? .csv, comments: count)
    }

    static func source(_ name: String, _ lines: [String]) -> ImportSource {
        let data = Data(lines.joined(separator: "\n").utf8)
        return ImportSource(name: name) { data }
    }
}

/// A test-only flagger: a word or phrase flags its category at a fixed severity.
struct WordFlagger: Flagger {
    static let words: [(String, Category, Severity)] = [
        ("idiot", .abuse, .medium),
        ("07700 900", .personalInfo, .high),
        ("hurt myself", .safeguarding, .critical),
        ("buy now", .spam, .low),
    ]

    func flags(for comments: [ImportedComment]) -> [[Flag]] {
        comments.map { comment in
            Self.words.compactMap { word, category, severity in
                guard let range = comment.text.range(of: word) else { return nil }
                let start = comment.text.unicodeScalars.distance(from: comment.text.startIndex, to: range.lowerBound)
                return Flag(
                    category: category, kind: "test", rule: "\(category.rawValue).test", severity: severity,
                    action: .delete, spans: [Span(start: start, end: start + word.unicodeScalars.count)],
                    explanation: "test: '\(word)'")
            }
        }
    }
}

extension SQLiteStore {
    /// Runs an import of test sources through the real pipeline.
    func importLines(_ sources: [ImportSource], atomic: Bool = false, batchSize: Int = 2) -> [ImportOutcome] {
        ImportPipeline(store: self, flagger: WordFlagger(), reader: LineExport.read)
            .run(sources, options: ImportOptions(atomic: atomic, batchSize: batchSize))
    }

    /// A whole-table count, to prove a failed import left nothing behind.
    func rowCounts() throws -> [String: Int] {
        try pool.read { db in
            var counts: [String: Int] = [:]
            for table in ["comments", "comment_versions", "flags", "authors", "channels", "posts", "imports"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return counts
        }
    }
}

extension ImportOutcome {
    var record: ImportRecord? {
        if case .imported(let record) = self { record } else { nil }
    }

    var failureMessage: String? {
        if case .failed(_, let message) = self { message } else { nil }
    }
}
