import Crypto
import Foundation

/// CSV from comment-export tools: a header row naming the columns (`CSVColumns` lists the
/// aliases), RFC 4180 quoting, UTF-8 with or without a byte-order mark, comma, semicolon or
/// tab (whichever the header uses).
///
/// - A text column is required; a file without one is refused with the columns it has.
/// - Times: ISO 8601 with or without an offset — **without one, UTC** — "YYYY-MM-DD HH:MM:SS",
///   or epoch seconds or milliseconds (`TimeParser`).
/// - Platform: a "platform" column, else the comment link's host, else the columns (Video ID
///   → YouTube), else `.other`.
/// - A file without an id column gets ids derived with SHA-256: `csv-` and 32 hex digits of
///   the (redacted) link when there is one, else of author, time and text. The same row gives
///   the same id on every run and machine; an edited text without a link or id makes a new id.
/// - Every row must have the header's number of fields (empty extras at the end are allowed).
enum CSVImporter {
    static func read(_ bytes: ByteView, into sink: inout ImportSink) throws {
        let start = FormatDetection.bomLength(bytes)
        let delimiter = CSVReader.detectDelimiter(bytes, from: start)
        var reader = CSVReader(bytes, delimiter: delimiter, at: start)
        var fields: [CSVReader.Field] = []
        guard try reader.nextRecord(into: &fields) != nil else {
            throw ReadFailure("expected a header row naming the columns, found nothing", at: start)
        }
        let header = fields.map { reader.string($0).trimmingWhitespace() }
        let columns = CSVColumns(header: header)
        guard columns[.text] != nil else {
            let list = header.map { quoted($0, limit: 40) }.joined(separator: ", ")
            throw ReadFailure("expected a column holding the comment text (\(CSVColumns.textAliasesForHumans)); the header has the columns \(list)", at: start, record: "header")
        }
        let filePlatform = columns.platform
        var row = 0
        while let recordStart = try reader.nextRecord(into: &fields) {
            if fields.count == 1, fields[0].start == fields[0].end { continue } // a blank line
            row += 1
            let record = "row \(row)"
            if fields.count != header.count {
                let extrasEmpty = fields.count > header.count && fields[header.count...].allSatisfy { $0.start == $0.end }
                if !extrasEmpty {
                    throw ReadFailure("expected \(header.count) fields as in the header, found \(fields.count)"
                        + (fields.count > header.count ? " (a text with \(CSVReader.name(of: delimiter)) that is not in quotes?)" : ""),
                        at: recordStart, record: record)
                }
            }
            func value(_ role: CSVColumns.Role) -> String? {
                guard let i = columns[role], i < fields.count else { return nil }
                let text = reader.string(fields[i])
                return text.isEmpty ? nil : text
            }
            func trimmed(_ role: CSVColumns.Role) -> String? {
                value(role).map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            }
            let text = MojibakeRepair.repair(value(.text) ?? "")
            let link = trimmed(.link).map(URLRedaction.redact)
            var created: Date?
            if let time = trimmed(.time) {
                guard let date = TimeParser.parse(time) else {
                    let field = fields[columns[.time]!]
                    throw ReadFailure("expected a time such as 2025-03-04T09:12:45Z, 2025-03-04 09:12:45 or epoch seconds, found \(quoted(time))",
                                      at: field.start, record: "\(record), column \(escapedName(header[columns[.time]!]))")
                }
                created = date
            }
            let name = trimmed(.authorName).map(MojibakeRepair.repair)
            let handle = trimmed(.authorHandle).map { stripAt(MojibakeRepair.repair($0)) }
            let authorID = trimmed(.authorID)
            let author = (name ?? handle ?? authorID) == nil ? nil : AuthorRef(platformID: authorID, name: name, handle: handle)
            let id = trimmed(.id) ?? derivedID(link: link, author: author, created: created, text: text)
            let platform = trimmed(.platform).flatMap(CSVColumns.platform(named:))
                ?? link.flatMap(CSVColumns.platform(forLink:)) ?? filePlatform ?? .other
            let postTitle = trimmed(.postTitle)
            let post = (trimmed(.postID) ?? postTitle).map { PostRef(platformID: $0, title: postTitle) }
            var metadata: [String: String] = [:]
            if let likes = trimmed(.likes) { metadata["like_count"] = likes }
            try sink.emit(ImportedComment(
                platform: platform, platformID: id, post: post, parentID: trimmed(.parent), author: author,
                created: created, text: text, url: link, metadata: metadata))
        }
    }

    /// `csv-` and 32 hex digits of SHA-256 of the link, else of author, time and text.
    static func derivedID(link: String?, author: AuthorRef?, created: Date?, text: String) -> String {
        let source: String
        if let link {
            source = "link\u{0}" + link
        } else {
            let millis = created.map { String(Int64(($0.timeIntervalSince1970 * 1000).rounded())) } ?? ""
            source = "row\u{0}" + (author?.displayName ?? "") + "\u{0}" + millis + "\u{0}" + text
        }
        let digest = SHA256.hash(data: Data(source.utf8))
        return "csv-" + digest.prefix(16).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// Whether the file starts with a header naming at least one known column (a text
    /// column need not be among them: `read` then says which columns there are).
    static func looksLikeCSV(_ bytes: ByteView) -> Bool {
        guard let header = headerColumns(bytes) else { return false }
        let columns = CSVColumns(header: header)
        if header.count == 1 { return columns[.text] != nil }
        return columns.knowsAnyColumn
    }

    /// The header row's names, or nil when the first record cannot be read.
    static func headerColumns(_ bytes: ByteView) -> [String]? {
        let start = FormatDetection.bomLength(bytes)
        var window = min(bytes.count, start + 65_536)
        // Only the first line: a header never spans lines, and the rest may be anything.
        var i = start
        while i < window, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        window = i
        guard window > start, UTF8Validation.firstInvalidByte(bytes.base + start, count: window - start) == nil else { return nil }
        let line = ByteView(base: bytes.base, count: window)
        var reader = CSVReader(line, delimiter: CSVReader.detectDelimiter(line, from: start), at: start)
        var fields: [CSVReader.Field] = []
        guard (try? reader.nextRecord(into: &fields)) != nil else { return nil }
        return fields.map { reader.string($0).trimmingWhitespace() }
    }
}
