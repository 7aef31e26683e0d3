/// Who an escalation goes to (`--to`).
public enum EscalationTarget: String, Codable, Sendable, CaseIterable, Hashable {
    case dsl, police, ceop, prevent

    /// For people: "the Designated Safeguarding Lead", "the police" ...
    public var recipient: String {
        switch self {
        case .dsl: "the Designated Safeguarding Lead"
        case .police: "the police"
        case .ceop: "CEOP (the Child Exploitation and Online Protection Centre)"
        case .prevent: "the local authority's Prevent lead"
        }
    }
}

/// What an administrator proposes to do.
public enum ModerationAction: Hashable, Sendable, Codable, CustomStringConvertible {
    case delete, hide, block, keep
    case escalate(EscalationTarget)
    case restore, unblock

    /// Every action, each escalation target once.
    public static let allCases: [ModerationAction] =
        [.delete, .hide, .block, .keep] + EscalationTarget.allCases.map { .escalate($0) } + [.restore, .unblock]

    /// The stable name used by `--action` and the audit log.
    public var name: String {
        switch self {
        case .delete: "delete"
        case .hide: "hide"
        case .block: "block"
        case .keep: "keep"
        case .escalate: "escalate"
        case .restore: "restore"
        case .unblock: "unblock"
        }
    }

    public var escalationTarget: EscalationTarget? {
        if case .escalate(let t) = self { return t }
        return nil
    }

    /// "delete", "escalate to dsl".
    public var description: String {
        if case .escalate(let t) = self { return "escalate to \(t.rawValue)" }
        return name
    }

    /// Reads `--action NAME [--to TARGET]`: escalate needs a target, nothing else takes one.
    public init(name: String, escalateTo: String? = nil) throws(ActionParseError) {
        if name == "escalate" {
            guard let to = escalateTo else { throw .escalationNeedsTarget }
            guard let target = EscalationTarget(rawValue: to) else { throw .unknownTarget(SafeText.oneLine(to, limit: 40)) }
            self = .escalate(target)
            return
        }
        let plain: [ModerationAction] = [.delete, .hide, .block, .keep, .restore, .unblock]
        guard let action = plain.first(where: { $0.name == name }) else { throw .unknownAction(SafeText.oneLine(name, limit: 40)) }
        if escalateTo != nil { throw .targetWithoutEscalation(action.name) }
        self = action
    }

    /// Block and unblock act on an author; everything else on one comment.
    public var targetsAuthor: Bool { self == .block || self == .unblock }

    /// A keep (false alarm) is one administrator's decision; everything else waits for a
    /// second, different one.
    public var needsSecondSignature: Bool { self != .keep }
}

/// A `--action` / `--to` pair that names no action.
public enum ActionParseError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownAction(String)
    case escalationNeedsTarget
    case unknownTarget(String)
    case targetWithoutEscalation(String)

    public var description: String {
        switch self {
        case .unknownAction(let n):
            "\"\(n)\" is not an action: use delete, hide, block, keep, escalate, restore or unblock"
        case .escalationNeedsTarget: "escalate needs --to dsl, police, ceop or prevent"
        case .unknownTarget(let t): "\"\(t)\" is not an escalation target: use dsl, police, ceop or prevent"
        case .targetWithoutEscalation(let n): "--to goes only with escalate, not with \(n)"
        }
    }
}
