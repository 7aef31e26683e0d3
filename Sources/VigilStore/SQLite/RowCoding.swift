import Foundation
import VigilEngine

/// How model values are written into columns and read back (see `Migrations` for the forms).
enum RowCoding {
    // MARK: times

    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
    static func date(_ millis: Int64?) -> Date? { millis.map(date) }

    // MARK: categories

    static func bits(_ categories: some Sequence<Category>) -> Int64 {
        var bits: Int64 = 0
        for c in categories { bits |= 1 << Int64(bitIndex(c)) }
        return bits
    }

    static func categories(_ bits: Int64) -> [Category] {
        Category.allCases.enumerated().compactMap { bits & (1 << Int64($0.offset)) != 0 ? $0.element : nil }
    }

    static func bitIndex(_ category: Category) -> Int {
        switch category {
        case .abuse: 0
        case .spam: 1
        case .personalInfo: 2
        case .commercial: 3
        case .safeguarding: 4
        case .extremism: 5
        case .complaint: 6
        }
    }

    // MARK: the queue's ordering key

    /// Room for order times up to the year 2109 in milliseconds.
    static let orderTimeBits: Int64 = 42

    /// Most severe first, then oldest: one ascending integer.
    static func queueKey(severity: Severity, orderTime: Int64) -> Int64 {
        let time = min(max(orderTime, 0), (1 << orderTimeBits) - 1)
        return (Int64(3 - severity.rank) << orderTimeBits) | time
    }

    /// The queue keys of one severity, as a half-open range.
    static func queueKeyRange(_ severity: Severity) -> Range<Int64> {
        let low = Int64(3 - severity.rank) << orderTimeBits
        return low..<(low + (1 << orderTimeBits))
    }

    /// The queue keys of a contiguous run of severities (one, or "high or worse"); nil for
    /// none or a run with a gap.
    static func queueKeyRange(_ severities: Set<Severity>) -> Range<Int64>? {
        let ranks = severities.map(\.rank).sorted()
        guard let low = ranks.first, let high = ranks.last, high - low + 1 == ranks.count,
              let worst = severity(rank: high), let mildest = severity(rank: low) else { return nil }
        return queueKeyRange(worst).lowerBound..<queueKeyRange(mildest).upperBound
    }

    /// Text for a LIKE pattern with `%`, `_` and the escape character taken literally.
    static func likeEscaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            if ch == "%" || ch == "_" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    static func severity(rank: Int) -> Severity? {
        Severity.allCases.indices.contains(rank) ? Severity.allCases[rank] : nil
    }

    // MARK: spans

    static func encode(spans: [Span]) -> String {
        spans.map { "\($0.start)-\($0.end)" }.joined(separator: ",")
    }

    static func decode(spans: String) -> [Span] {
        spans.split(separator: ",").compactMap { part in
            let bounds = part.split(separator: "-")
            guard bounds.count == 2, let s = Int(bounds[0]), let e = Int(bounds[1]) else { return nil }
            return Span(start: s, end: e)
        }
    }

    // MARK: metadata

    /// A JSON object with sorted keys, or nil when empty (most comments have none to keep).
    static func encode(metadata: [String: String]) -> String? {
        guard !metadata.isEmpty else { return nil }
        var out = "{"
        for (i, key) in metadata.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            appendJSONString(key, to: &out)
            out += ":"
            appendJSONString(metadata[key]!, to: &out)
        }
        return out + "}"
    }

    static func decode(metadata: String?) -> [String: String] {
        guard let metadata, let data = metadata.data(using: .utf8),
              let object = try? JSONDecoder().decode([String: String].self, from: data)
        else { return [:] }
        return object
    }

    private static func appendJSONString(_ s: String, to out: inout String) {
        out += "\""
        // Nearly every value needs no escape: appended whole, not scalar by scalar (an
        // import encodes the metadata of every comment).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    // MARK: hashes

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
