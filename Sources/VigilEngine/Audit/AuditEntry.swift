import Crypto
import Foundation

// Audit: the append-only, hash-chained, signed log of every decision, and its verifier.

/// The kinds of audit entry, by their stable names in the log.
public enum AuditKind: String, Sendable, CaseIterable, Hashable, Codable {
    /// A founding administrator at `vigil init`, signed by their own new key.
    case founded = "init"
    case propose
    /// A keep (false alarm): one administrator's decision.
    case keep
    /// A hide of a critical comment, on the action list at once.
    case urgentHide = "urgent-hide"
    case approve, reject, withdraw
    /// A cover-window proposal whose window ended undecided; the system's, unsigned.
    case expire
    case done
    /// Unsigned: nobody's key is open when a sign-in fails.
    case signInFailed = "sign-in-failed"
    /// Unsigned: the fifth wrong passphrase locked an account.
    case lock
    /// A comment's text removed under the retention rules; its hash stays.
    case purge

    public enum Signing: Sendable { case required, forbidden }

    /// Every decision is signed by its actor; only what happens without an open key is not.
    public var signing: Signing {
        switch self {
        case .expire, .signInFailed, .lock: .forbidden
        default: .required
        }
    }
}

/// The subject fields of an entry, flat and optional, one per canonical field (and one per
/// column the store may keep). Which fields a kind uses is fixed by `AuditEvent`.
public struct AuditSubject: Sendable, Hashable, Codable {
    public var proposal: UInt64?
    /// A moderation action name, or "add-member", "remove-member", "add-cover-window".
    public var action: String?
    public var escalateTo: String?
    public var platform: String?
    public var commentID: String?
    /// SHA-256 of the comment's text at decision time.
    public var textSHA256: Data?
    /// The comment author's platform id.
    public var author: String?
    /// Roster changes: the person added, removed or given a cover window.
    public var member: String?
    public var role: String?
    public var publicKey: Data?
    public var covering: String?
    public var windowStart: Int64?
    public var windowEnd: Int64?
    public var severity: String?
    /// The reason of a proposal, or the note of a decision.
    public var note: String?
    public var failure: String?
    public var attempt: UInt64?
    public var until: Int64?

    public init(
        proposal: UInt64? = nil, action: String? = nil, escalateTo: String? = nil, platform: String? = nil,
        commentID: String? = nil, textSHA256: Data? = nil, author: String? = nil, member: String? = nil,
        role: String? = nil, publicKey: Data? = nil, covering: String? = nil, windowStart: Int64? = nil,
        windowEnd: Int64? = nil, severity: String? = nil, note: String? = nil, failure: String? = nil,
        attempt: UInt64? = nil, until: Int64? = nil
    ) {
        self.proposal = proposal
        self.action = action
        self.escalateTo = escalateTo
        self.platform = platform
        self.commentID = commentID
        self.textSHA256 = textSHA256
        self.author = author
        self.member = member
        self.role = role
        self.publicKey = publicKey
        self.covering = covering
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.severity = severity
        self.note = note
        self.failure = failure
        self.attempt = attempt
        self.until = until
    }
}

/// One audit log row, exactly as stored: the store writes these fields and reads them back;
/// the verifier recomputes everything from them. Fields are raw (a kind is a string) so that
/// even a tampered row can be encoded, hashed and reported.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// 1, 2, 3 … without gaps.
    public let sequence: UInt64
    /// Milliseconds since 1970 UTC; never earlier than the previous entry's.
    public let timeMillis: Int64
    /// Who acted: an account name, the name typed at a failed sign-in, or "vigil".
    public let actor: String
    /// An `AuditKind` raw value.
    public let kind: String
    public let subject: AuditSubject
    /// The previous entry's `hash` (32 zero bytes for the first).
    public let previousHash: Data
    /// Ed25519 by the actor's key over the canonical body; nil for unsigned kinds.
    public let signature: Data?
    /// SHA-256 as described in `CanonicalEncoding`, as computed when the entry was made.
    public let hash: Data

    public init(
        sequence: UInt64, timeMillis: Int64, actor: String, kind: String, subject: AuditSubject,
        previousHash: Data, signature: Data?, hash: Data
    ) {
        self.sequence = sequence
        self.timeMillis = timeMillis
        self.actor = actor
        self.kind = kind
        self.subject = subject
        self.previousHash = previousHash
        self.signature = signature
        self.hash = hash
    }

    /// The actor of entries nobody signs (an expiry).
    public static let systemActor = "vigil"
    /// What the first entry's previous hash is.
    public static let genesisPreviousHash = Data(count: 32)

    public var time: Date { AuditTime.date(timeMillis) }
    public var auditKind: AuditKind? { AuditKind(rawValue: kind) }

    /// The canonical body (`CanonicalEncoding`).
    public var canonicalBody: Data { CanonicalEncoding.body(of: self) }

    /// The hash recomputed from the fields.
    public func computedHash() -> Data { Self.hash(body: canonicalBody, signature: signature) }

    static func hash(body: some DataProtocol, signature: Data?) -> Data { Data(digest(body: body, signature: signature)) }

    /// Whether the entry hash of `body` and `signature` is `stored`, without building a `Data`.
    static func hash(body: some DataProtocol, signature: Data?, matches stored: Data) -> Bool {
        let digest = digest(body: body, signature: signature)
        return stored.count == SHA256.byteCount && digest.withUnsafeBytes { d in stored.elementsEqual(d) }
    }

    private static func digest(body: some DataProtocol, signature: Data?) -> SHA256.Digest {
        var h = SHA256()
        h.update(data: body)
        let marker: UInt8 = signature == nil ? 0 : 1
        withUnsafeBytes(of: marker) { h.update(bufferPointer: $0) }
        if let signature { h.update(data: signature) }
        return h.finalize()
    }

    /// What the next entry appends to.
    public var head: AuditHead { AuditHead(sequence: sequence, hash: hash, timeMillis: timeMillis) }
}

/// The end of the log: the last entry's number, hash and time. Nil for an empty log.
public struct AuditHead: Sendable, Hashable, Codable {
    public let sequence: UInt64
    public let hash: Data
    public let timeMillis: Int64

    public init(sequence: UInt64, hash: Data, timeMillis: Int64) {
        self.sequence = sequence
        self.hash = hash
        self.timeMillis = timeMillis
    }
}

/// Audit times: whole milliseconds, never going backwards along the log.
public enum AuditTime {
    /// Whole milliseconds, rounded down. The 1 µs nudge makes `millis(date(n)) == n` exact
    /// despite binary floating point (n / 1000 is rarely representable).
    public static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000 + 0.001).rounded(.down)) }
    public static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
    public static func truncated(_ date: Date) -> Date { self.date(millis(date)) }

    /// The time the next entry gets: `now` to the millisecond, but not before the head's.
    public static func next(_ now: Date, after head: AuditHead?) -> Date {
        date(max(millis(now), head?.timeMillis ?? .min))
    }
}

/// An entry to append without a signature: a failed sign-in or a lock, which happen when
/// nobody's key is open.
public struct UnsignedAuditEvent: Sendable, Hashable {
    public let actor: String
    public let event: AuditEvent

    public init(actor: String, event: AuditEvent) {
        self.actor = actor
        self.event = event
    }
}

/// Why an entry could not be made (a programming error in the caller, not a user's).
public enum AuditError: Error, Sendable, Equatable, CustomStringConvertible {
    case mustBeSigned(AuditKind)
    case cannotBeSigned(AuditKind)
    case founderMismatch(AccountName)

    public var description: String {
        switch self {
        case .mustBeSigned(let k): "a \(k.rawValue) entry must be signed by its actor"
        case .cannotBeSigned(let k): "a \(k.rawValue) entry is never signed"
        case .founderMismatch(let n): "the founding entry for \(n) must be signed by \(n)'s own key"
        }
    }
}

extension AuditEntry {
    /// The next entry: `event` by `identity`, signed with their key, chained after `head`.
    /// Its time is `AuditTime.next(now, after: head)`.
    public static func signed(_ event: AuditEvent, by identity: SigningIdentity, after head: AuditHead?, at now: Date) throws(AuditError) -> AuditEntry {
        guard event.kind.signing == .required else { throw .cannotBeSigned(event.kind) }
        if case .founded(let name, let key) = event, name != identity.name || key != identity.publicKey {
            throw .founderMismatch(name)
        }
        return make(event, actor: identity.name.rawValue, after: head, at: now, signer: identity)
    }

    /// The next entry for an event nobody signs.
    public static func unsigned(_ event: UnsignedAuditEvent, after head: AuditHead?, at now: Date) throws(AuditError) -> AuditEntry {
        guard event.event.kind.signing == .forbidden else { throw .mustBeSigned(event.event.kind) }
        return make(event.event, actor: event.actor, after: head, at: now, signer: nil)
    }

    private static func make(_ event: AuditEvent, actor: String, after head: AuditHead?, at now: Date, signer: SigningIdentity?) -> AuditEntry {
        let draft = AuditEntry(
            sequence: (head?.sequence ?? 0) + 1, timeMillis: AuditTime.millis(AuditTime.next(now, after: head)),
            actor: actor, kind: event.kind.rawValue, subject: event.subject,
            previousHash: head?.hash ?? genesisPreviousHash, signature: nil, hash: Data())
        let body = draft.canonicalBody
        let signature = signer?.sign(body)
        return AuditEntry(
            sequence: draft.sequence, timeMillis: draft.timeMillis, actor: actor, kind: draft.kind,
            subject: draft.subject, previousHash: draft.previousHash, signature: signature,
            hash: hash(body: body, signature: signature))
    }
}
