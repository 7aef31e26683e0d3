import Foundation
import VigilEngine

/// How the console writes times, ages, counts and names for people.
enum Format {
    /// "4 Mar 2025 09:12" in the school's time zone.
    static func time(_ date: Date, in zone: TimeZone) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let month = months[max(0, min(11, (c.month ?? 1) - 1))]
        return "\(c.day ?? 0) \(month) \(c.year ?? 0) \(two(c.hour ?? 0)):\(two(c.minute ?? 0))"
    }

    /// How long ago: "now", "5m", "3h", "2d", "6w", "1y".
    static func age(_ date: Date?, now: Date) -> String {
        guard let date else { return "?" }
        let s = max(0, now.timeIntervalSince(date))
        switch s {
        case ..<60: return "now"
        case ..<3600: return "\(Int(s / 60))m"
        case ..<86400: return "\(Int(s / 3600))h"
        case ..<(86400 * 14): return "\(Int(s / 86400))d"
        case ..<(86400 * 365): return "\(Int(s / (86400 * 7)))w"
        default: return "\(Int(s / (86400 * 365)))y"
        }
    }

    /// "100,000".
    static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// "1 comment", "3 comments".
    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count(n)) \(n == 1 ? one : (many ?? one + "s"))"
    }

    static func severity(_ s: Severity) -> String {
        switch s {
        case .critical: "CRIT"
        case .high: "HIGH"
        case .medium: "MED"
        case .low: "LOW"
        }
    }

    /// A category's short name for narrow columns.
    static func short(_ c: Category) -> String {
        switch c {
        case .abuse: "abuse"
        case .spam: "spam"
        case .personalInfo: "pii"
        case .commercial: "comm"
        case .safeguarding: "safe"
        case .extremism: "extr"
        case .complaint: "compl"
        }
    }

    static func platform(_ p: Platform) -> String {
        switch p {
        case .facebook: "Facebook"
        case .instagram: "Instagram"
        case .youtube: "YouTube"
        case .x: "X"
        case .wordpress: "Blog"
        case .other: "Other"
        }
    }

    static func platformShort(_ p: Platform) -> String {
        switch p {
        case .facebook: "fb"
        case .instagram: "ig"
        case .youtube: "yt"
        case .x: "x"
        case .wordpress: "blog"
        case .other: "csv"
        }
    }

    /// "propose delete", "escalate to the police".
    static func action(_ a: ActionKind, _ to: EscalationTarget? = nil) -> String {
        if a == .escalate, let to { return "escalate to \(to.recipient)" }
        if a == .roster { return "roster change" }
        return a.rawValue
    }

    /// "facebook:1001_4": how the console names a comment (the platform's id made safe).
    static func key(_ k: CommentKey) -> String { "\(k.platform.rawValue):\(SafeText.line(k.id))" }

    /// "administrator", "cover moderator".
    static func role(_ r: Role) -> String {
        switch r {
        case .administrator: "administrator"
        case .coverModerator: "cover moderator"
        }
    }

    /// "Delete", for the start of a sentence.
    static func capitalised(_ s: String) -> String {
        s.prefix(1).uppercased() + s.dropFirst()
    }

    /// The first line of untrusted text, made safe.
    static func firstLine(_ text: String) -> String {
        let line = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\u{2028}" || $0 == "\u{2029}" }).first.map(String.init) ?? ""
        return SafeText.line(line)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
