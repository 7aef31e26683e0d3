import Foundation

/// When a cover moderator may act, and for whom: `vigil cover NAME --for NAME --from DATE --to DATE`.
///
/// Whole London days: from 00:00 on the first day to 00:00 after the last (end exclusive).
public struct CoverWindow: Hashable, Sendable, Codable {
    public let moderator: AccountName
    /// The administrator who is away; counted as absent for the window.
    public let covering: AccountName
    public let start: Date
    public let end: Date

    public init(moderator: AccountName, covering: AccountName, start: Date, end: Date) {
        self.moderator = moderator
        self.covering = covering
        self.start = AuditTime.truncated(start)
        self.end = AuditTime.truncated(end)
    }

    /// A window of whole days, `from` and `to` given as "YYYY-MM-DD" and both included.
    public static func days(
        moderator: AccountName, covering: AccountName, from: String, to: String
    ) throws(CoverWindowError) -> CoverWindow {
        guard let first = parseDay(from) else { throw .notADate(SafeText.oneLine(from, limit: 20)) }
        guard let last = parseDay(to) else { throw .notADate(SafeText.oneLine(to, limit: 20)) }
        guard last >= first, let end = DisplayTime.calendar.date(byAdding: .day, value: 1, to: last) else {
            throw .endsBeforeItStarts(from: from, to: to)
        }
        return CoverWindow(moderator: moderator, covering: covering, start: first, end: end)
    }

    /// Midnight in London at the start of "YYYY-MM-DD"; nil for anything else.
    static func parseDay(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        let components = DateComponents(year: y, month: m, day: d)
        guard let date = DisplayTime.calendar.date(from: components),
              DisplayTime.calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: y, month: m, day: d)
        else { return nil }
        return date
    }

    public func contains(_ date: Date) -> Bool { start <= date && date < end }

    /// The last day the window covers, for "ended on …".
    public var lastDay: Date { end.addingTimeInterval(-0.001) }
}

/// Dates that cannot make a cover window.
public enum CoverWindowError: Error, Sendable, Equatable, CustomStringConvertible {
    case notADate(String)
    case endsBeforeItStarts(from: String, to: String)

    public var description: String {
        switch self {
        case .notADate(let t): "\"\(t)\" is not a date: write it as YYYY-MM-DD, e.g. 2025-03-04"
        case .endsBeforeItStarts(let f, let t): "the cover window ends (\(t)) before it starts (\(f))"
        }
    }
}

/// A time when someone on the roster cannot sign off (leave, a course). Cover windows imply
/// one for the administrator covered.
public struct Absence: Hashable, Sendable, Codable {
    public let person: AccountName
    public let start: Date
    public let end: Date

    public init(person: AccountName, start: Date, end: Date) {
        self.person = person
        self.start = start
        self.end = end
    }
}
