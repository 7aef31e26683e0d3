import Foundation
import VigilEngine

/// An audit entry in words, for `vigil audit log` and the console's audit view: what
/// happened, what it was about, and the reason or note. Ids, notes and names typed at a
/// failed sign-in are untrusted: callers clean them (`SafeText`) before drawing them.
public struct AuditEntryText: Sendable, Hashable {
    /// "proposal", "keep", "urgent hide", "approval", "rejection", "withdrawal", "expiry",
    /// "done", "sign-in failed", "lock", "purge", "founded".
    public let what: String
    /// "P3 delete facebook comment 123_456", "P3", "alice as an administrator".
    public let subject: String
    public let note: String?

    public init(_ entry: AuditEntry) {
        guard let event = try? AuditEvent(kind: entry.kind, subject: entry.subject) else {
            what = entry.kind
            subject = "(fields this version of Vigil cannot read)"
            note = entry.subject.note
            return
        }
        switch event {
        case .founded(let name, _):
            (what, subject, note) = ("founded", "\(name) as a founding administrator", nil)
        case .propose(let id, let kind, let reason):
            (what, subject, note) = (kind.action == .keep ? "keep" : "proposal", "\(id) \(kind)", reason)
        case .urgentHide(let id, let c, let severity, let reason):
            (what, subject, note) = ("urgent hide", "\(id) hide \(c.comment) (flagged \(severity.rawValue))", reason)
        case .approve(let id, let n): (what, subject, note) = ("approval", id.description, n)
        case .reject(let id, let n): (what, subject, note) = ("rejection", id.description, n)
        case .withdraw(let id, let n): (what, subject, note) = ("withdrawal", id.description, n)
        case .expire(let id): (what, subject, note) = ("expiry", id.description, nil)
        case .done(let id, let n): (what, subject, note) = ("done", id.description, n)
        case .signInFailed(let failure, let attempt):
            let reason: String
            switch failure {
            case .unknownAccount: reason = "unknown name"
            case .wrongPassphrase: reason = "wrong passphrase" + (attempt.map { " (\($0) in a row)" } ?? "")
            case .locked: reason = "account locked"
            case .awaitingApproval: reason = "account awaiting approval"
            case .removed: reason = "removed from the roster"
            case .keyDoesNotOpen: reason = "signing key does not open"
            case .outsideCoverWindow: reason = "outside the cover window"
            }
            (what, subject, note) = ("sign-in failed", reason, nil)
        case .locked(let until):
            (what, subject, note) = ("lock", "locked until \(DisplayTime.minute(until))", nil)
        case .purge(let comment, _):
            (what, subject, note) = ("purge", "text of \(comment)", nil)
        }
    }
}
