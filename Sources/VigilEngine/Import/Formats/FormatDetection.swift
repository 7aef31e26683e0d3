import Foundation

/// Tells an export's format from its first bytes, and explains a file that is none.
enum FormatDetection {
    /// What makes a file unreadable whatever its format: UTF-16, binary data, invalid UTF-8,
    /// nothing but white space. Checks the whole file (a few GB/s).
    static func unreadable(_ bytes: ByteView) -> ReadFailure? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return ReadFailure("the file is UTF-16 text: expected UTF-8 (save or export it again as UTF-8)", at: 0)
        }
        if let nul = memchr(bytes.base, 0, bytes.count) {
            let offset = UnsafePointer<UInt8>(nul.assumingMemoryBound(to: UInt8.self)) - bytes.base
            return ReadFailure("binary data (a zero byte): expected a text export (JSON, XML or CSV)", at: offset)
        }
        if let bad = UTF8Validation.firstInvalidByte(bytes.base, count: bytes.count) {
            if looksBinary(bytes) {
                return ReadFailure("binary data: expected a text export (JSON, XML or CSV)", at: bad)
            }
            return ReadFailure("expected UTF-8 text, found \(describeByte(bytes[bad])), which is not UTF-8 (is the file Latin-1 or Windows-1252?)", at: bad)
        }
        if contentStart(bytes) == bytes.count {
            return ReadFailure("the file holds nothing but white space: expected an export of comments", at: nil)
        }
        return nil
    }

    /// The format, or nil (see `Importers.detect`).
    static func detect(_ bytes: ByteView) -> ExportFormat? {
        if bytes.count >= 2, bytes[0] == 0xFF || bytes[0] == 0xFE { return nil }
        if memchr(bytes.base, 0, min(bytes.count, 4096)) != nil { return nil }
        let start = contentStart(bytes)
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return JSONShape.probe(bytes, at: start).format
        case UInt8(ascii: "<"): return isWXR(bytes, at: start) ? .wxr : nil
        default: return CSVImporter.looksLikeCSV(bytes) ? .csv : nil
        }
    }

    /// Why a readable file is none of the formats, as specifically as it can say.
    static func explainUnknown(_ bytes: ByteView) -> ReadFailure {
        let start = contentStart(bytes)
        switch bytes[start] {
        case UInt8(ascii: "<"):
            if isHTML(bytes, at: start) {
                return ReadFailure("this is an HTML page (an error or login page saved as a file?), not an export: expected JSON, a WordPress WXR file or CSV", at: start)
            }
            return ReadFailure("XML, but not a WordPress WXR export: expected an <rss> document using the namespace http://wordpress.org/export/1.2/", at: start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let shape = JSONShape.probe(bytes, at: start)
            if let apiError = shape.apiError {
                return ReadFailure("this is an API error response, not comments: \(quoted(apiError, limit: 160))", at: start)
            }
            if bytes[start] == UInt8(ascii: "[") {
                return ReadFailure("a JSON array, but not WordPress REST comments: expected objects with \"author_name\", \"date_gmt\" and \"content\"", at: start)
            }
            let keys = shape.topKeys.isEmpty ? "none" : shape.topKeys.prefix(12).map { quoted($0, limit: 30) }.joined(separator: ", ")
            return ReadFailure("JSON, but not an export Vigil knows: expected a Graph API page (\"data\"), a YouTube response (\"kind\", \"items\"), an X response (\"data\", \"includes\", \"meta\") or a WordPress comments array; its top-level keys are \(keys)", at: start)
        default:
            if let columns = CSVImporter.headerColumns(bytes), columns.count > 1 {
                let list = columns.prefix(20).map { quoted($0, limit: 30) }.joined(separator: ", ")
                return ReadFailure("CSV whose header names no column Vigil knows: found the columns \(list); expected a text column (\(CSVColumns.textAliasesForHumans))", at: start)
            }
            var end = start
            while end < bytes.count, end - start < 60, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            return ReadFailure("not an export Vigil knows: expected JSON, a WordPress WXR file (XML) or CSV with a header row; the file starts with \(quoted(bytes.string(start, end)))", at: start)
        }
    }

    /// The first byte after a UTF-8 byte-order mark and white space.
    static func contentStart(_ bytes: ByteView) -> Int {
        bytes.skippingWhitespace(from: bomLength(bytes))
    }

    static func bomLength(_ bytes: ByteView) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    private static func looksBinary(_ bytes: ByteView) -> Bool {
        let n = min(bytes.count, 512)
        var odd = 0
        for i in 0..<n {
            let b = bytes[i]
            if (b < 0x20 && !isASCIIWhitespace(b)) || b == 0x7F { odd += 1 }
        }
        return odd * 20 > n || UTF8Validation.firstInvalidByte(bytes.base, count: min(bytes.count, 16)) != nil
    }

    private static func isWXR(_ bytes: ByteView, at start: Int) -> Bool {
        let window = min(bytes.count, start + 16_384)
        return find("http://wordpress.org/export/", in: bytes, from: start, to: window) != nil
            && find("<rss", in: bytes, from: start, to: window) != nil
    }

    private static func isHTML(_ bytes: ByteView, at start: Int) -> Bool {
        let window = min(bytes.count, start + 1024)
        var i = start
        while i < window {
            if bytes[i] == UInt8(ascii: "<"), bytes.matchesIgnoringCase("<html", at: i) || bytes.matchesIgnoringCase("<!doctype html", at: i)
                || bytes.matchesIgnoringCase("<head", at: i) || bytes.matchesIgnoringCase("<body", at: i) {
                return true
            }
            i += 1
        }
        return false
    }

    static func find(_ literal: StaticString, in bytes: ByteView, from: Int, to end: Int) -> Int? {
        let n = literal.utf8CodeUnitCount
        guard end - from >= n else { return nil }
        let first = literal.utf8Start[0]
        var i = from
        while i <= end - n {
            if bytes[i] == first, bytes.matches(literal, at: i) { return i }
            i += 1
        }
        return nil
    }
}

/// Where JSON content starts: after a byte-order mark and white space.
func jsonStart(_ bytes: ByteView) -> Int { FormatDetection.contentStart(bytes) }

/// Calls the reader for a format.
enum FormatReaders {
    static func read(_ format: ExportFormat, _ bytes: ByteView, into sink: inout ImportSink) throws {
        switch format {
        case .facebook: try FacebookImporter.read(bytes, into: &sink)
        case .instagram: try InstagramImporter.read(bytes, into: &sink)
        case .youtube: try YouTubeImporter.read(bytes, into: &sink)
        case .x: try XImporter.read(bytes, into: &sink)
        case .wxr: try WXRImporter.read(bytes, into: &sink)
        case .wordpress: try WordPressRESTImporter.read(bytes, into: &sink)
        case .csv: try CSVImporter.read(bytes, into: &sink)
        }
    }
}
