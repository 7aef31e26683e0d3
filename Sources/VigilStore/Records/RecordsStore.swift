import Foundation
import VigilEngine

/// The records part of a store (issue 6): what the governors' report, evidence packs,
/// subject access requests and retention read and write. `SQLiteStore` implements it; the
/// handover is `SignOffStore.handover`, shared by `vigil handover` and the console.
public protocol RecordsStore: SignOffStore {
    /// Every flagged comment and moderation proposal; `IncidentReport` applies `period`.
    func reportInput(period: ReportPeriod, at now: Date, settings: WorkflowSettings) throws -> ReportInput
    /// One comment's record; nil when not stored.
    func evidence(for comment: CommentKey) throws -> EvidenceRecord?
    /// An author's comments, the proposals on them and on the author, and the entries; nil when not stored.
    func evidence(for author: AuthorKey) throws -> EvidenceRecord?
    func findAuthors(platformID: String, platform: Platform?) throws -> [AuthorKey]
    /// The texts retention would remove at `now`, in the order `applyRetention` removes them.
    func retentionPlan(_ policy: RetentionPolicy, at now: Date) throws -> [RetentionItem]
    /// Removes them, each with a signed purge entry by `identity` (an administrator).
    func applyRetention(_ policy: RetentionPolicy, by identity: SigningIdentity, at now: Date) throws -> RetentionResult
}

extension SQLiteStore: RecordsStore {}

/// What an evidence pack or a subject access request gathers: the comments, every proposal
/// about them or their author, and the audit entries that concern them.
public struct EvidenceRecord: Sendable {
    public let comments: [CommentDetail]
    public let proposals: [Proposal]
    public let entries: [AuditEntry]
}

/// How long texts are kept (the rules file's `retention` settings).
public struct RetentionPolicy: Sendable, Hashable {
    /// Comments with no flag and no decision: their text goes after this many days.
    public let unflaggedDays: Int
    /// Decided comments: their text goes this many days after the last decision on them.
    public let evidenceDays: Int

    public init(unflaggedDays: Int, evidenceDays: Int) {
        self.unflaggedDays = unflaggedDays
        self.evidenceDays = evidenceDays
    }
}

/// One stored text that retention removes; its hash stays.
public struct RetentionItem: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        /// No flag and no decision, older than the unflagged period.
        case unflagged
        /// Every decision on it final, the last older than the evidence period.
        case decided
    }

    public let comment: CommentKey
    /// The comment_versions row.
    public let version: Int64
    public let textSHA256: Data
    public let reason: Reason
    /// What the period is counted from: when posted (unflagged) or the last decision (decided).
    public let since: Date
}

/// What `vigil retention --apply` did: the items, and the audit entry recording each.
public struct RetentionResult: Sendable, Hashable {
    public let items: [RetentionItem]
    public let entries: [UInt64]
}
