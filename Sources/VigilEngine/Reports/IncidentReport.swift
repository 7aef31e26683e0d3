import Foundation

/// One labelled count in a report table.
public struct ReportCount: Sendable, Hashable {
    public let label: String
    public let count: Int

    public init(_ label: String, _ count: Int) {
        self.label = label
        self.count = count
    }
}

/// How long one step of the workflow took across the decisions that made it.
public struct StepTiming: Sendable, Hashable {
    /// "flag to proposal", "proposal to sign-off", "sign-off to carried out".
    public let step: String
    public let count: Int
    /// Nil when no decision made this step in the period.
    public let median: TimeInterval?
    public let worst: TimeInterval?

    public init(step: String, count: Int, median: TimeInterval?, worst: TimeInterval?) {
        self.step = step
        self.count = count
        self.median = median
        self.worst = worst
    }
}

/// A pending proposal past the overdue limit when the report was made.
public struct OverdueLine: Sendable, Hashable {
    public let proposal: ProposalID
    public let action: String
    public let proposer: AccountName
    public let proposedAt: Date
    public let waited: TimeInterval
}

/// One flagged comment in the incident log, its commenter pseudonymised unless names were asked for.
public struct IncidentLine: Sendable, Hashable {
    public let time: Date
    public let channel: String
    /// "Commenter 3", or the display name with `--names`.
    public let commenter: String
    public let categories: [Category]
    public let severity: Severity
    /// "deleted (P4)", "kept (P7)", "delete approved, not yet carried out (P8)",
    /// "awaiting sign-off (P9)", "proposal rejected (P3)", "undecided".
    public let outcome: String
}

/// The governors' incident log: counts, decisions and how long each step took, from plain values.
public struct IncidentReport: Sendable, Hashable {
    public let period: ReportPeriod
    public let generated: Date
    public let names: Bool
    public let incidentCount: Int
    public let byCategory: [ReportCount]
    public let byChannel: [ReportCount]
    /// "2025-03" (London months), oldest first.
    public let byMonth: [ReportCount]
    /// Decided moderation proposals by action ("delete", "keep", "escalate to dsl"), and
    /// rejections as "rejected".
    public let decisions: [ReportCount]
    public let decisionCount: Int
    public let keepCount: Int
    /// Keeps over decisions; nil without decisions.
    public let falseAlarmRate: Double?
    public let steps: [StepTiming]
    /// Signed-off escalations by recipient.
    public let escalations: [ReportCount]
    /// Signed-off blocks and unblocks.
    public let blocks: [ReportCount]
    public let overdue: [OverdueLine]
    /// The rules that fired most, most first (at most ten).
    public let topRules: [ReportCount]
    public let incidents: [IncidentLine]

    /// Computes the report. Incidents count by the time a comment was posted; decisions by
    /// when they were proposed; both inside `input.period`. Overdue is as at `generated`.
    public init(_ input: ReportInput, names: Bool) {
        period = input.period
        generated = input.generated
        self.names = names
        let incidents = input.incidents.filter { input.period.contains($0.time) }
            .sorted { ($0.time, $0.comment.platform.rawValue, $0.comment.id) < ($1.time, $1.comment.platform.rawValue, $1.comment.id) }
        incidentCount = incidents.count

        var categories: [Category: Int] = [:], channels: [String: Int] = [:], months: [String: Int] = [:], rules: [String: Int] = [:]
        for i in incidents {
            for c in Set(i.categories) { categories[c, default: 0] += 1 }
            channels[Self.channelLabel(i), default: 0] += 1
            months[Self.month(i.time), default: 0] += 1
            for r in i.rules { rules[r, default: 0] += 1 }
        }
        byCategory = Category.allCases.compactMap { c in categories[c].map { ReportCount(c.rawValue, $0) } }
        byChannel = Self.mostFirst(channels)
        byMonth = months.sorted { $0.key < $1.key }.map { ReportCount($0.key, $0.value) }
        topRules = Array(Self.mostFirst(rules).prefix(10))

        let moderation = input.proposals.filter { $0.kind.action != nil && input.period.contains($0.proposedAt) }
        var decided: [String: Int] = [:], escalated: [String: Int] = [:], blocked: [String: Int] = [:]
        var keeps = 0, decisionTotal = 0
        var toProposal: [TimeInterval] = [], toSignOff: [TimeInterval] = [], toDone: [TimeInterval] = []
        let flaggedAt = Dictionary(input.incidents.map { ($0.comment, $0.flaggedAt) }, uniquingKeysWith: min)
        var firstProposal: [CommentKey: Date] = [:]
        for p in input.proposals where p.kind.action != nil {
            if case .moderation(_, .comment(let c)) = p.kind {
                firstProposal[c.comment] = min(firstProposal[c.comment] ?? p.proposedAt, p.proposedAt)
            }
        }
        for p in moderation {
            guard let action = p.kind.action else { continue }
            switch p.state {
            case .approved(let d), .carriedOut(let d, _):
                decisionTotal += 1
                decided[action.description, default: 0] += 1
                if action == .keep { keeps += 1 }
                if let t = action.escalationTarget { escalated[t.rawValue, default: 0] += 1 }
                if action == .block || action == .unblock { blocked[action.name, default: 0] += 1 }
                // A keep or an urgent hide is one person's decision at once: no sign-off step.
                if d.by != p.proposer { toSignOff.append(d.at.timeIntervalSince(p.proposedAt)) }
                if case .carriedOut(let a, let done) = p.state { toDone.append(done.at.timeIntervalSince(a.at)) }
            case .rejected(let d):
                decisionTotal += 1
                decided["rejected", default: 0] += 1
                toSignOff.append(d.at.timeIntervalSince(p.proposedAt))
            case .pending, .withdrawn, .expired:
                break
            }
            if case .moderation(_, .comment(let c)) = p.kind, firstProposal[c.comment] == p.proposedAt,
               let flagged = flaggedAt[c.comment] {
                toProposal.append(max(0, p.proposedAt.timeIntervalSince(flagged)))
            }
        }
        decisions = Self.mostFirst(decided)
        decisionCount = decisionTotal
        keepCount = keeps
        falseAlarmRate = decisionTotal == 0 ? nil : Double(keeps) / Double(decisionTotal)
        escalations = EscalationTarget.allCases.compactMap { t in escalated[t.rawValue].map { ReportCount(t.rawValue, $0) } }
        blocks = ["block", "unblock"].compactMap { b in blocked[b].map { ReportCount(b, $0) } }
        steps = [Self.timing("flag to proposal", toProposal), Self.timing("proposal to sign-off", toSignOff),
                 Self.timing("sign-off to carried out", toDone)]
        overdue = moderation.compactMap { p in
            guard case .pending = p.state, input.generated.timeIntervalSince(p.proposedAt) >= input.overdueAfter else { return nil }
            return OverdueLine(proposal: p.id, action: p.kind.action?.description ?? "", proposer: p.proposer,
                               proposedAt: p.proposedAt, waited: input.generated.timeIntervalSince(p.proposedAt))
        }.sorted { $0.proposedAt < $1.proposedAt }

        var outcomes: [CommentKey: String] = [:]
        for p in input.proposals.sorted(by: { $0.id < $1.id }) {
            guard case .moderation(let action, .comment(let c)) = p.kind else { continue }
            let word: String?
            switch p.state {
            case .approved: word = action == .keep ? "kept" : "\(action.description) approved, not yet carried out"
            case .carriedOut: word = Self.pastTense(action)
            case .pending: word = outcomes[c.comment] == nil ? "awaiting sign-off" : nil
            case .rejected: word = outcomes[c.comment] == nil ? "proposal rejected" : nil
            case .withdrawn, .expired: word = nil
            }
            if let word { outcomes[c.comment] = "\(word) (\(p.id))" }
        }
        var pseudonyms = Pseudonyms()
        self.incidents = incidents.map { i in
            IncidentLine(
                time: i.time, channel: Self.channelLabel(i),
                commenter: names ? (i.authorName ?? i.author?.id ?? "unknown") : pseudonyms.name(for: i.author),
                categories: i.categories, severity: i.severity, outcome: outcomes[i.comment] ?? "undecided")
        }
    }

    static func channelLabel(_ i: ReportIncident) -> String {
        "\(i.comment.platform.rawValue): \(i.channel ?? "unnamed channel")"
    }

    /// "2025-03", the London month.
    static func month(_ date: Date) -> String {
        let c = DisplayTime.calendar.dateComponents([.year, .month], from: date)
        let m = c.month ?? 1
        return "\(c.year ?? 0)-\(m < 10 ? "0" : "")\(m)"
    }

    static func mostFirst(_ counts: [String: Int]) -> [ReportCount] {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ReportCount($0.key, $0.value) }
    }

    static func timing(_ step: String, _ values: [TimeInterval]) -> StepTiming {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return StepTiming(step: step, count: 0, median: nil, worst: nil) }
        let mid = sorted.count / 2
        let median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        return StepTiming(step: step, count: sorted.count, median: median, worst: sorted.last)
    }

    static func pastTense(_ a: ModerationAction) -> String {
        switch a {
        case .delete: "deleted"
        case .hide: "hidden"
        case .block: "author blocked"
        case .keep: "kept"
        case .escalate(let t): "escalated to \(t.rawValue)"
        case .restore: "restored"
        case .unblock: "author unblocked"
        }
    }
}

/// Commenters as "Commenter 1", "Commenter 2" … in order of first appearance: stable within
/// one report, and carrying nothing of the person (no hash of their id to look up).
struct Pseudonyms {
    private var assigned: [AuthorKey: Int] = [:]

    mutating func name(for author: AuthorKey?) -> String {
        guard let author else { return "unknown commenter" }
        if let n = assigned[author] { return "Commenter \(n)" }
        let n = assigned.count + 1
        assigned[author] = n
        return "Commenter \(n)"
    }
}
