import Foundation

// Reports: the governors' incident log, evidence packs and subject access answers, as pure
// functions of plain values the store reads. Nothing here touches a file or a terminal.

/// A flagged comment as the governors' report counts it. Name and channel are untrusted text.
public struct ReportIncident: Sendable, Hashable {
    public let comment: CommentKey
    public let channel: String?
    public let author: AuthorKey?
    /// The display name or handle the export gave (only shown with `--names`).
    public let authorName: String?
    /// When it was posted (else first imported): what the period and months count by.
    public let time: Date
    /// When Vigil first flagged it (the import that brought the flagged text).
    public let flaggedAt: Date
    public let categories: [Category]
    public let severity: Severity
    /// The rule ids of its flags in force, one per flag.
    public let rules: [String]

    public init(comment: CommentKey, channel: String?, author: AuthorKey?, authorName: String?, time: Date,
                flaggedAt: Date, categories: [Category], severity: Severity, rules: [String]) {
        self.comment = comment
        self.channel = channel
        self.author = author
        self.authorName = authorName
        self.time = time
        self.flaggedAt = flaggedAt
        self.categories = categories
        self.severity = severity
        self.rules = rules
    }
}

/// The dates a report covers: `from` inclusive, `to` exclusive; nil for open-ended.
public struct ReportPeriod: Sendable, Hashable {
    public let from: Date?
    public let to: Date?

    public init(from: Date? = nil, to: Date? = nil) {
        self.from = from
        self.to = to
    }

    /// From the start of London day `from` to the end of London day `to` (both "YYYY-MM-DD",
    /// both included); nil with the text that is not a date.
    public static func days(from: String?, to: String?) -> Result<ReportPeriod, ReportDateError> {
        var start: Date?, end: Date?
        if let from {
            guard let d = CoverWindow.parseDay(from) else { return .failure(.notADate(SafeText.oneLine(from, limit: 20))) }
            start = d
        }
        if let to {
            guard let d = CoverWindow.parseDay(to), let next = DisplayTime.calendar.date(byAdding: .day, value: 1, to: d) else {
                return .failure(.notADate(SafeText.oneLine(to, limit: 20)))
            }
            end = next
        }
        if let start, let end, end <= start { return .failure(.endsBeforeItStarts) }
        return .success(ReportPeriod(from: start, to: end))
    }

    public func contains(_ date: Date) -> Bool {
        (from.map { date >= $0 } ?? true) && (to.map { date < $0 } ?? true)
    }
}

/// A date on the command line that is not one.
public enum ReportDateError: Error, Sendable, Equatable, CustomStringConvertible {
    case notADate(String)
    case endsBeforeItStarts

    public var description: String {
        switch self {
        case .notADate(let t): "'\(t)' is not a date: write it as YYYY-MM-DD"
        case .endsBeforeItStarts: "--to is before --from"
        }
    }
}

/// Everything the governors' report is computed from.
public struct ReportInput: Sendable, Hashable {
    public let period: ReportPeriod
    /// When the report was made: what "overdue" is measured at.
    public let generated: Date
    /// Pending longer than this is overdue (rules file: `signOffOverdueHours`).
    public let overdueAfter: TimeInterval
    /// Every flagged comment in the store (the period is applied here, not by the store).
    public let incidents: [ReportIncident]
    /// Every moderation proposal (roster changes are left out of the figures).
    public let proposals: [Proposal]

    public init(period: ReportPeriod, generated: Date, overdueAfter: TimeInterval, incidents: [ReportIncident], proposals: [Proposal]) {
        self.period = period
        self.generated = generated
        self.overdueAfter = overdueAfter
        self.incidents = incidents
        self.proposals = proposals
    }
}
