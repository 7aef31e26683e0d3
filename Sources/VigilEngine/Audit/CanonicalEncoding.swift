import Foundation

/// The audit entry's canonical bytes: what is hashed, chained and signed.
///
/// Format, version 1, so that an auditor can re-implement it:
///
///     body   = "VIGIL-AUDIT" (11 ASCII bytes) 0x01 (version) field*
///     field  = tag (1 byte) length (4 bytes, big-endian, unsigned) value (length bytes)
///
/// Fields appear in strictly increasing tag order; an absent optional field is left out
/// (an empty string is present with length 0). Strings are UTF-8 exactly as stored, never
/// normalised. Integers are big-endian: u64 for counts and ids, i64 for times in
/// milliseconds since 1970-01-01T00:00:00Z. Hashes and keys are raw bytes.
///
///     0x01 sequence     u64, required     0x15 text-sha256  32 bytes
///     0x02 time         i64, required     0x16 author       string (platform id)
///     0x03 actor        string, required  0x17 member       string (roster name)
///     0x04 kind         string, required  0x18 role         string
///     0x10 proposal     u64               0x19 public-key   32 bytes
///     0x11 action       string            0x1A covering     string
///     0x12 escalate-to  string            0x1B window-start i64
///     0x13 platform     string            0x1C window-end   i64
///     0x14 comment-id   string            0x1D severity     string
///     0x1E note         string            0x1F failure      string
///     0x20 attempt      u64               0x21 until        i64
///     0x7F previous-hash 32 bytes, required (32 zero bytes for the first entry)
///
/// The signature is Ed25519 over `body` by the actor's key. The entry's hash is
/// SHA-256(body || 0x00) for an unsigned entry and SHA-256(body || 0x01 || signature) for
/// a signed one, so the next entry's previous-hash commits to the signature too.
/// Because every field carries its tag and length, two different entries never encode to
/// the same bytes, and `decode` recovers exactly the fields encoded.
public enum CanonicalEncoding {
    static let magic = Array("VIGIL-AUDIT".utf8)
    public static let version: UInt8 = 1

    enum Tag: UInt8, CaseIterable {
        case sequence = 0x01, time = 0x02, actor = 0x03, kind = 0x04
        case proposal = 0x10, action = 0x11, escalateTo = 0x12, platform = 0x13, commentID = 0x14
        case textSHA256 = 0x15, author = 0x16, member = 0x17, role = 0x18, publicKey = 0x19
        case covering = 0x1A, windowStart = 0x1B, windowEnd = 0x1C, severity = 0x1D, note = 0x1E
        case failure = 0x1F, attempt = 0x20, until = 0x21
        case previousHash = 0x7F

        /// Bytes a fixed-width field must have; nil for strings.
        var fixedLength: Int? {
            switch self {
            case .sequence, .time, .proposal, .windowStart, .windowEnd, .attempt, .until: 8
            case .textSHA256, .publicKey, .previousHash: 32
            default: nil
            }
        }
    }

    /// The canonical body of `entry` (everything but the signature and the hash).
    public static func body(of entry: AuditEntry) -> Data { Data(bytes(of: entry)) }

    /// The canonical body as bytes, without the copy into `Data` (the verifier encodes every entry).
    static func bytes(of entry: AuditEntry) -> [UInt8] {
        var w = Writer()
        let s = entry.subject
        w.u64(.sequence, entry.sequence)
        w.i64(.time, entry.timeMillis)
        w.string(.actor, entry.actor)
        w.string(.kind, entry.kind)
        w.u64(.proposal, s.proposal)
        w.string(.action, s.action)
        w.string(.escalateTo, s.escalateTo)
        w.string(.platform, s.platform)
        w.string(.commentID, s.commentID)
        w.bytes(.textSHA256, s.textSHA256)
        w.string(.author, s.author)
        w.string(.member, s.member)
        w.string(.role, s.role)
        w.bytes(.publicKey, s.publicKey)
        w.string(.covering, s.covering)
        w.i64(.windowStart, s.windowStart)
        w.i64(.windowEnd, s.windowEnd)
        w.string(.severity, s.severity)
        w.string(.note, s.note)
        w.string(.failure, s.failure)
        w.u64(.attempt, s.attempt)
        w.i64(.until, s.until)
        w.bytes(.previousHash, entry.previousHash)
        return w.out
    }

    /// The fields of a canonical body, or what is wrong with it. The result has no
    /// signature and an empty hash; `body(of:)` of it gives back exactly `data`.
    public static func decode(_ data: Data) throws(CanonicalDecodingError) -> AuditEntry {
        let bytes: [UInt8] = Array(data)
        guard bytes.count >= magic.count + 1, Array(bytes[0..<magic.count]) == magic else { throw .notAnAuditEntry }
        guard bytes[magic.count] == version else { throw .unsupportedVersion(bytes[magic.count]) }
        var fields: [Tag: [UInt8]] = [:]
        var i = magic.count + 1
        var lastTag: UInt8 = 0
        while i < bytes.count {
            guard bytes.count - i >= 5 else { throw .truncated }
            let raw = bytes[i]
            guard let tag = Tag(rawValue: raw) else { throw .unknownTag(raw) }
            guard raw > lastTag else { throw .tagsOutOfOrder(raw) }
            lastTag = raw
            let length = bytes[(i + 1)..<(i + 5)].reduce(0) { $0 << 8 | Int($1) }
            i += 5
            guard bytes.count - i >= length else { throw .truncated }
            if let fixed = tag.fixedLength, fixed != length { throw .wrongLength(raw, length) }
            fields[tag] = Array(bytes[i..<(i + length)])
            i += length
        }
        func string(_ t: Tag) throws(CanonicalDecodingError) -> String? {
            guard let b = fields[t] else { return nil }
            guard let s = String(validating: b, as: UTF8.self) else { throw .notUTF8(t.rawValue) }
            return s
        }
        func u64(_ t: Tag) -> UInt64? { fields[t].map { $0.reduce(0) { $0 << 8 | UInt64($1) } } }
        func i64(_ t: Tag) -> Int64? { u64(t).map { Int64(bitPattern: $0) } }
        func raw(_ t: Tag) -> Data? { fields[t].map { Data($0) } }
        guard let sequence = u64(.sequence), let time = i64(.time), let actor = try string(.actor),
              let kind = try string(.kind), let previous = raw(.previousHash)
        else { throw .missingRequiredField }
        let subject = AuditSubject(
            proposal: u64(.proposal), action: try string(.action), escalateTo: try string(.escalateTo),
            platform: try string(.platform), commentID: try string(.commentID), textSHA256: raw(.textSHA256),
            author: try string(.author), member: try string(.member), role: try string(.role),
            publicKey: raw(.publicKey), covering: try string(.covering), windowStart: i64(.windowStart),
            windowEnd: i64(.windowEnd), severity: try string(.severity), note: try string(.note),
            failure: try string(.failure), attempt: u64(.attempt), until: i64(.until))
        return AuditEntry(
            sequence: sequence, timeMillis: time, actor: actor, kind: kind, subject: subject,
            previousHash: previous, signature: nil, hash: Data())
    }

    /// Builds the body in one growing byte buffer (Data's many small appends cost more).
    private struct Writer {
        var out: [UInt8]

        init() {
            out = []
            out.reserveCapacity(512)
            out += magic
            out.append(version)
        }

        mutating func header(_ tag: Tag, _ length: Int) {
            let n = UInt32(truncatingIfNeeded: length)
            out.append(tag.rawValue)
            out.append(UInt8(n >> 24))
            out.append(UInt8(n >> 16 & 0xFF))
            out.append(UInt8(n >> 8 & 0xFF))
            out.append(UInt8(n & 0xFF))
        }

        mutating func u64(_ tag: Tag, _ value: UInt64?) {
            guard let value else { return }
            header(tag, 8)
            for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        }

        mutating func i64(_ tag: Tag, _ value: Int64?) { u64(tag, value.map { UInt64(bitPattern: $0) }) }

        mutating func string(_ tag: Tag, _ value: String?) {
            guard let value else { return }
            let utf8 = value.utf8
            header(tag, utf8.count)
            out += utf8
        }

        mutating func bytes(_ tag: Tag, _ value: Data?) {
            guard let value else { return }
            header(tag, value.count)
            value.withUnsafeBytes { out.append(contentsOf: $0) }  // not byte by byte through Data's iterator
        }
    }
}

/// Bytes that are not a canonical audit entry body.
public enum CanonicalDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAnAuditEntry, truncated, missingRequiredField
    case unsupportedVersion(UInt8)
    case unknownTag(UInt8)
    case tagsOutOfOrder(UInt8)
    case wrongLength(UInt8, Int)
    case notUTF8(UInt8)

    public var description: String {
        switch self {
        case .notAnAuditEntry: "not an audit entry (no VIGIL-AUDIT header)"
        case .truncated: "the entry is cut short"
        case .missingRequiredField: "a required field (sequence, time, actor, kind, previous hash) is missing"
        case .unsupportedVersion(let v): "encoding version \(v) is not one this Vigil reads"
        case .unknownTag(let t): "unknown field tag 0x\(String(t, radix: 16))"
        case .tagsOutOfOrder(let t): "field tag 0x\(String(t, radix: 16)) is out of order or repeated"
        case .wrongLength(let t, let n): "field tag 0x\(String(t, radix: 16)) has \(n) bytes, not its fixed length"
        case .notUTF8(let t): "field tag 0x\(String(t, radix: 16)) is not UTF-8"
        }
    }
}
