import Foundation

/// What a proposal asks for: a moderation decision, or a change to the roster.
public enum ProposalKind: Hashable, Sendable, Codable, CustomStringConvertible {
    case moderation(ModerationAction, ModerationTarget)
    case roster(RosterChange)

    public var description: String {
        switch self {
        case .moderation(let action, .comment(let c)): "\(action) \(c.comment)"
        case .moderation(let action, .author(let a)): "\(action) \(a.author)"
        case .roster(let change): change.description
        }
    }

    /// The moderation action, nil for a roster change.
    public var action: ModerationAction? {
        if case .moderation(let a, _) = self { return a }
        return nil
    }
}

/// Who decided something, when, and what they wrote.
public struct Decision: Hashable, Sendable, Codable {
    public let by: AccountName
    public let at: Date
    public let note: String?

    public init(by: AccountName, at: Date, note: String?) {
        self.by = by
        self.at = AuditTime.truncated(at)
        self.note = note
    }
}

/// Where a proposal is in its life. Only `ProposalEvent`s move it (see `applying`).
public enum ProposalState: Hashable, Sendable, Codable {
    /// Waiting for a second signature (overdue once older than the setting: see `status`).
    case pending
    /// Signed off; for a keep or an urgent hide, the proposer's own decision.
    case approved(Decision)
    case rejected(Decision)
    /// Taken back by the proposer before anyone decided.
    case withdrawn(Decision)
    /// A cover-window proposal whose window ended before anyone signed it.
    case expired(at: Date)
    /// Approved and then done on the platform (`vigil done`).
    case carriedOut(approved: Decision, done: Decision)

    /// The stable name: pending, approved, rejected, withdrawn, expired, carried-out.
    public var name: String {
        switch self {
        case .pending: "pending"
        case .approved: "approved"
        case .rejected: "rejected"
        case .withdrawn: "withdrawn"
        case .expired: "expired"
        case .carriedOut: "carried-out"
        }
    }
}

/// What `vigil status` counts and the console shows: the state, with pending split into
/// pending and overdue.
public enum ProposalStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case pending, overdue, approved, rejected, withdrawn, expired
    case carriedOut = "carried-out"
}

/// One proposal: what, about what, by whom, why, and where it is now.
public struct Proposal: Hashable, Sendable, Codable {
    public let id: ProposalID
    public let kind: ProposalKind
    public let proposer: AccountName
    public let proposedAt: Date
    public let reason: String
    /// An urgent hide of a critical comment: on the action list at once, one signature.
    public let urgent: Bool
    public internal(set) var state: ProposalState

    public init(
        id: ProposalID, kind: ProposalKind, proposer: AccountName, proposedAt: Date,
        reason: String, urgent: Bool = false, state: ProposalState
    ) {
        self.id = id
        self.kind = kind
        self.proposer = proposer
        self.proposedAt = AuditTime.truncated(proposedAt)
        self.reason = reason
        self.urgent = urgent
        self.state = state
    }

    /// When a pending proposal stops being approvable: the end of the cover window it
    /// proposes. Other proposals never expire; they become overdue instead.
    public var expiresAt: Date? {
        if case .roster(.addCoverWindow(let w)) = kind { return w.end }
        return nil
    }

    /// The proposal's status at `now`: pending turns overdue `overdueAfter` after proposing.
    public func status(at now: Date, overdueAfter: TimeInterval = WorkflowSettings.standard.overdueAfter) -> ProposalStatus {
        switch state {
        case .pending: now.timeIntervalSince(proposedAt) >= overdueAfter ? .overdue : .pending
        case .approved: .approved
        case .rejected: .rejected
        case .withdrawn: .withdrawn
        case .expired: .expired
        case .carriedOut: .carriedOut
        }
    }

    /// True when this needs doing on a platform or telling someone: approved, not yet done,
    /// and not a keep or a roster change.
    public var awaitsCarryingOut: Bool {
        guard case .approved = state, hasSomethingToCarryOut else { return false }
        return true
    }

    var hasSomethingToCarryOut: Bool {
        guard let action = kind.action else { return false }
        return action != .keep
    }
}
