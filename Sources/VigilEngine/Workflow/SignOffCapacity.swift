import Foundation

/// Whether enough people can sign off in the coming week: `vigil status` and the console
/// warn when on any day fewer than two can, counting cover windows and absences.
public struct SignOffCapacity: Sendable, Hashable {
    public struct Day: Sendable, Hashable {
        /// Midnight, London time.
        public let start: Date
        /// Who can sign that day, by name.
        public let people: [AccountName]
    }

    /// Today and the six days after it.
    public let days: [Day]

    public var shortDays: [Day] { days.filter { $0.people.count < 2 } }

    /// "fewer than two people can sign off this week: Mon 3 Mar 2025 (only alice), …", or
    /// nil when every day has two.
    public var warning: String? {
        let short = shortDays
        guard !short.isEmpty else { return nil }
        let listed = short.map { day in
            let who = day.people.isEmpty ? "nobody" : "only " + day.people.map(\.rawValue).joined(separator: ", ")
            return "\(DisplayTime.day(day.start)) (\(who))"
        }
        return "fewer than two people can sign off this week: " + listed.joined(separator: ", ")
    }

    /// Counts, for each of `dayCount` London days from the one holding `now`, the
    /// administrators not away all day and the cover moderators with a window that day.
    public static func assess(_ roster: Roster, at now: Date, dayCount: Int = 7) -> SignOffCapacity {
        let calendar = DisplayTime.calendar
        let today = calendar.startOfDay(for: now)
        var absences = roster.absences
        absences += roster.coverWindows.map { Absence(person: $0.covering, start: $0.start, end: $0.end) }
        var days: [Day] = []
        for offset in 0..<dayCount {
            guard let start = calendar.date(byAdding: .day, value: offset, to: today),
                  let end = calendar.date(byAdding: .day, value: 1, to: start) else { continue }
            var people: [AccountName] = []
            for member in roster.members.values {
                let away = absences.filter { $0.person == member.name }
                if coversWholly(start, end, away) { continue }
                if member.role == .coverModerator {
                    let windows = roster.coverWindows.filter { $0.moderator == member.name }
                    guard windows.contains(where: { $0.start < end && start < $0.end }) else { continue }
                }
                people.append(member.name)
            }
            days.append(Day(start: start, people: people.sorted()))
        }
        return SignOffCapacity(days: days)
    }

    /// True when the absences together cover all of [start, end).
    static func coversWholly(_ start: Date, _ end: Date, _ absences: [Absence]) -> Bool {
        var reached = start
        for a in absences.sorted(by: { $0.start < $1.start }) {
            if a.start > reached { break }
            reached = max(reached, a.end)
            if reached >= end { return true }
        }
        return reached >= end
    }
}
