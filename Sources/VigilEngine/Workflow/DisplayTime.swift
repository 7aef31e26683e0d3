import Foundation

/// Dates and times as refusals and warnings print them: UK local time, English, fixed
/// format ("Fri 7 Mar 2025", "Fri 7 Mar 2025 09:12"), the same on every machine.
public enum DisplayTime {
    /// Schools are in the UK: cover windows and "this week" are London days.
    public static let timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!

    public static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = timeZone
        c.firstWeekday = 2
        return c
    }()

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Fri 7 Mar 2025".
    public static func day(_ date: Date) -> String {
        let c = calendar.dateComponents([.weekday, .day, .month, .year], from: date)
        return "\(weekdays[(c.weekday ?? 1) - 1]) \(c.day ?? 0) \(months[(c.month ?? 1) - 1]) \(c.year ?? 0)"
    }

    /// "Fri 7 Mar 2025 09:12".
    public static func minute(_ date: Date) -> String {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return day(date) + " " + pad(c.hour ?? 0) + ":" + pad(c.minute ?? 0)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
