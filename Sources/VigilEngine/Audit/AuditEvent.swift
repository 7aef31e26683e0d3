import Foundation

/// Why a sign-in failed, as the log records it.
public enum SignInFailure: String, Sendable, Hashable, Codable, CaseIterable {
    case unknownAccount = "unknown-account"
    case wrongPassphrase = "wrong-passphrase"
    case locked
    case awaitingApproval = "awaiting-approval"
    case removed
    case keyDoesNotOpen = "key-does-not-open"
    /// A cover moderator with the right passphrase, but no cover window open at that moment
    /// (at sign-in, or when acting after the window closed mid-session).
    case outsideCoverWindow = "outside-cover-window"
}

/// What an audit entry records, typed. `subject` flattens it into the entry's fields and
/// `init(kind:subject:)` reads it back, refusing any field the kind does not use.
public enum AuditEvent: Sendable, Hashable {
    case founded(AccountName, publicKey: Data)
    /// A proposal; a keep is recorded with kind `keep`, everything else `propose`.
    case propose(ProposalID, ProposalKind, reason: String)
    case urgentHide(ProposalID, CommentSubject, severity: Severity, reason: String)
    case approve(ProposalID, note: String?)
    case reject(ProposalID, note: String)
    case withdraw(ProposalID, note: String?)
    case expire(ProposalID)
    case done(ProposalID, note: String?)
    case signInFailed(SignInFailure, attempt: Int?)
    case locked(until: Date)
    case purge(CommentKey, textSHA256: Data)

    public var kind: AuditKind {
        switch self {
        case .founded: .founded
        case .propose(_, let kind, _): kind.action == .keep ? .keep : .propose
        case .urgentHide: .urgentHide
        case .approve: .approve
        case .reject: .reject
        case .withdraw: .withdraw
        case .expire: .expire
        case .done: .done
        case .signInFailed: .signInFailed
        case .locked: .lock
        case .purge: .purge
        }
    }

    /// The proposal the event is about, if any.
    public var proposal: ProposalID? {
        switch self {
        case .propose(let id, _, _), .urgentHide(let id, _, _, _), .approve(let id, _), .reject(let id, _),
             .withdraw(let id, _), .expire(let id), .done(let id, _): id
        default: nil
        }
    }

    /// The flat fields.
    public var subject: AuditSubject {
        var s = AuditSubject()
        switch self {
        case .founded(let name, let key):
            s.member = name.rawValue
            s.role = Role.administrator.rawValue
            s.publicKey = key
        case .propose(let id, let kind, let reason):
            s.proposal = id.rawValue
            s.note = reason
            Self.flatten(kind, into: &s)
        case .urgentHide(let id, let subject, let severity, let reason):
            s.proposal = id.rawValue
            s.note = reason
            s.severity = severity.rawValue
            Self.flatten(.moderation(.hide, .comment(subject)), into: &s)
        case .approve(let id, let note), .withdraw(let id, let note), .done(let id, let note):
            s.proposal = id.rawValue
            s.note = note
        case .reject(let id, let note):
            s.proposal = id.rawValue
            s.note = note
        case .expire(let id):
            s.proposal = id.rawValue
        case .signInFailed(let failure, let attempt):
            s.failure = failure.rawValue
            s.attempt = attempt.map { UInt64($0) }
        case .locked(let until):
            s.until = AuditTime.millis(until)
        case .purge(let comment, let hash):
            s.platform = comment.platform.rawValue
            s.commentID = comment.id
            s.textSHA256 = hash
        }
        return s
    }

    private static func flatten(_ kind: ProposalKind, into s: inout AuditSubject) {
        switch kind {
        case .moderation(let action, .comment(let c)):
            s.action = action.name
            s.escalateTo = action.escalationTarget?.rawValue
            s.platform = c.comment.platform.rawValue
            s.commentID = c.comment.id
            s.textSHA256 = c.textSHA256
            s.author = c.authorID
        case .moderation(let action, .author(let a)):
            s.action = action.name
            s.platform = a.author.platform.rawValue
            s.author = a.author.id
            s.commentID = a.via?.id
        case .roster(.add(let name, let role, let key)):
            s.action = "add-member"
            s.member = name.rawValue
            s.role = role.rawValue
            s.publicKey = key
        case .roster(.remove(let name)):
            s.action = "remove-member"
            s.member = name.rawValue
        case .roster(.addCoverWindow(let w)):
            s.action = "add-cover-window"
            s.member = w.moderator.rawValue
            s.covering = w.covering.rawValue
            s.windowStart = AuditTime.millis(w.start)
            s.windowEnd = AuditTime.millis(w.end)
        }
    }

    /// Reads the event an entry records, or says what is wrong with its fields.
    public init(kind kindName: String, subject s: AuditSubject) throws(AuditEventError) {
        guard let kind = AuditKind(rawValue: kindName) else { throw .unknownKind(SafeText.oneLine(kindName, limit: 40)) }
        func need<T>(_ value: T?, _ field: String) throws(AuditEventError) -> T {
            guard let value else { throw .missing(field, kind) }
            return value
        }
        func name(_ text: String?, _ field: String) throws(AuditEventError) -> AccountName {
            let t = try need(text, field)
            guard let n = try? AccountName(t), n.rawValue == t else { throw .invalid(field, kind) }
            return n
        }
        func id() throws(AuditEventError) -> ProposalID {
            let raw = try need(s.proposal, "proposal")
            guard raw > 0 else { throw .invalid("proposal", kind) }
            return ProposalID(raw)
        }
        func hash(_ value: Data?, _ field: String) throws(AuditEventError) -> Data {
            let h = try need(value, field)
            guard h.count == 32 else { throw .invalid(field, kind) }
            return h
        }
        func platform() throws(AuditEventError) -> Platform {
            guard let p = Platform(rawValue: try need(s.platform, "platform")) else { throw .invalid("platform", kind) }
            return p
        }
        let event: AuditEvent
        switch kind {
        case .founded:
            guard s.role == Role.administrator.rawValue else { throw .invalid("role", kind) }
            event = .founded(try name(s.member, "member"), publicKey: try hash(s.publicKey, "public key"))
        case .propose, .keep:
            event = .propose(try id(), try Self.proposalKind(s, kind), reason: try need(s.note, "reason"))
        case .urgentHide:
            guard let severity = Severity(rawValue: try need(s.severity, "severity")) else { throw .invalid("severity", kind) }
            guard case .moderation(.hide, .comment(let c)) = try Self.proposalKind(s, kind) else { throw .invalid("action", kind) }
            event = .urgentHide(try id(), c, severity: severity, reason: try need(s.note, "reason"))
        case .approve: event = .approve(try id(), note: s.note)
        case .reject: event = .reject(try id(), note: try need(s.note, "note"))
        case .withdraw: event = .withdraw(try id(), note: s.note)
        case .expire: event = .expire(try id())
        case .done: event = .done(try id(), note: s.note)
        case .signInFailed:
            guard let f = SignInFailure(rawValue: try need(s.failure, "failure")) else { throw .invalid("failure", kind) }
            guard s.attempt.map({ $0 <= UInt64(Int.max) }) ?? true else { throw .invalid("attempt", kind) }
            event = .signInFailed(f, attempt: s.attempt.map { Int($0) })
        case .lock: event = .locked(until: AuditTime.date(try need(s.until, "until")))
        case .purge:
            event = .purge(CommentKey(platform: try platform(), id: try need(s.commentID, "comment id")), textSHA256: try hash(s.textSHA256, "text hash"))
        }
        guard event.kind == kind else { throw .invalid("kind", kind) }
        // Every field must be one the event uses: then an entry's bytes are a function of its event.
        guard event.subject == s else { throw .unexpectedField(kind) }
        self = event
    }

    private static func proposalKind(_ s: AuditSubject, _ kind: AuditKind) throws(AuditEventError) -> ProposalKind {
        guard let actionName = s.action else { throw .missing("action", kind) }
        func name(_ text: String?, _ field: String) throws(AuditEventError) -> AccountName {
            guard let t = text else { throw .missing(field, kind) }
            guard let n = try? AccountName(t), n.rawValue == t else { throw .invalid(field, kind) }
            return n
        }
        switch actionName {
        case "add-member":
            guard let roleName = s.role else { throw .missing("role", kind) }
            guard let role = Role(rawValue: roleName) else { throw .invalid("role", kind) }
            guard let key = s.publicKey else { throw .missing("public key", kind) }
            return .roster(.add(try name(s.member, "member"), role, publicKey: key))
        case "remove-member":
            return .roster(.remove(try name(s.member, "member")))
        case "add-cover-window":
            guard let start = s.windowStart, let end = s.windowEnd else { throw .missing("window", kind) }
            return .roster(.addCoverWindow(CoverWindow(
                moderator: try name(s.member, "member"), covering: try name(s.covering, "covering"),
                start: AuditTime.date(start), end: AuditTime.date(end))))
        default:
            let action: ModerationAction
            do { action = try ModerationAction(name: actionName, escalateTo: s.escalateTo) } catch { throw .invalid("action", kind) }
            guard let platformName = s.platform else { throw .missing("platform", kind) }
            guard let platform = Platform(rawValue: platformName) else { throw .invalid("platform", kind) }
            if action.targetsAuthor {
                guard let author = s.author else { throw .missing("author", kind) }
                return .moderation(action, .author(AuthorSubject(
                    author: AuthorKey(platform: platform, id: author), via: s.commentID.map { CommentKey(platform: platform, id: $0) })))
            }
            guard let comment = s.commentID else { throw .missing("comment id", kind) }
            guard let hash = s.textSHA256 else { throw .missing("text hash", kind) }
            guard hash.count == 32 else { throw .invalid("text hash", kind) }
            return .moderation(action, .comment(CommentSubject(
                comment: CommentKey(platform: platform, id: comment), textSHA256: hash, authorID: s.author)))
        }
    }
}

/// Fields that do not make an event of their kind.
public enum AuditEventError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownKind(String)
    case missing(String, AuditKind)
    case invalid(String, AuditKind)
    case unexpectedField(AuditKind)

    public var description: String {
        switch self {
        case .unknownKind(let k): "unknown kind \"\(k)\""
        case .missing(let f, let k): "a \(k.rawValue) entry needs a \(f)"
        case .invalid(let f, let k): "the \(f) of this \(k.rawValue) entry is not valid"
        case .unexpectedField(let k): "this \(k.rawValue) entry carries a field its kind does not use"
        }
    }
}
