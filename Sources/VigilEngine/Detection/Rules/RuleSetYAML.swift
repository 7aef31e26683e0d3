import Foundation

/// The rule set written back as YAML (`vigil rules show`), in the format a school's rules file
/// uses, so what it prints can be copied into one. Reading it back gives the same rules.
extension RuleSet {
    public var yaml: String {
        var out = "# The rules in force (\(source)).\nversion: 1\n\n"
        out += "allow: " + Self.flow(allow, indent: 2) + "\n\n"
        out += "terms:\n"
        for name in terms.keys.sorted() { out += "  \(name): " + Self.flow(terms[name]!, indent: 4) + "\n" }
        out += "\nlists:\n"
        for list in lists {
            out += "  \(list.id):\n"
            if list.isCondition {
                out += "    condition: true\n"
            } else {
                out += Self.template(list.flag, indent: "    ", withCategory: true)
            }
            if !list.requires.isEmpty { out += "    requires: " + Self.flow(list.requires, indent: 6) + "\n" }
            if list.minimumMatches != 1 { out += "    min_matches: \(list.minimumMatches)\n" }
            if !list.enabled { out += "    enabled: false\n" }
            out += "    words: " + Self.flow(list.words, indent: 6) + "\n"
        }
        out += "\nsignals:\n"
        for signal in signals {
            out += "  \(signal.id):\n" + Self.template(signal.flag, indent: "    ", withCategory: false)
            if !signal.enabled { out += "    enabled: false\n" }
        }
        out += "\npersonal_info:\n"
        out += "  clause: \(Self.quoted(personalInfo.clause))\n  action: \(personalInfo.action.rawValue)\n"
        out += "  severity: \(personalInfo.defaultSeverity.rawValue)\n"
        if !personalInfo.enabled { out += "  enabled: false\n" }
        if !personalInfo.severities.isEmpty {
            out += "  kinds:\n"
            for kind in PersonalInfoKind.allCases { if let s = personalInfo.severities[kind] { out += "    \(kind.rawValue): \(s.rawValue)\n" } }
        }
        out += "\npublished:\n"
        out += "  phones: " + Self.flow(published.phones, indent: 4) + "\n"
        out += "  emails: " + Self.flow(published.emails, indent: 4) + "\n"
        out += "  addresses: " + Self.flow(published.addresses, indent: 4) + "\n"
        out += "\nlinks:\n  allowed_domains: " + Self.flow(allowedLinkDomains, indent: 4) + "\n"
        if let rosterPath { out += "\nroster: \(Self.quoted(rosterPath))\n" }
        if !published.pupilNames.isEmpty { out += "# roster: \(published.pupilNames.count) pupils' names loaded\n" }
        let s = settings
        out += """

        sign_off:
          overdue_hours: \(s.signOffOverdueHours)
        blocking:
          threshold: \(s.blockingThreshold)
          window_days: \(s.blockingWindowDays)
        retention:
          unflagged_days: \(s.retentionUnflaggedDays)
          evidence_days: \(s.retentionEvidenceDays)
        flooding:
          min_copies: \(s.floodingMinimumCopies)
          min_letters: \(s.floodingMinimumLetters)

        """
        return out
    }

    private static func template(_ t: FlagTemplate, indent: String, withCategory: Bool) -> String {
        var out = ""
        if withCategory { out += "\(indent)category: \(t.category.rawValue)\n" }
        out += "\(indent)kind: \(t.kind)\n\(indent)severity: \(t.severity.rawValue)\n\(indent)action: \(t.action.rawValue)\n"
        out += "\(indent)clause: \(quoted(t.clause))\n\(indent)description: \(quoted(t.description))\n\(indent)label: \(quoted(t.label))\n"
        return out
    }

    /// A flow sequence of quoted items, wrapped at about 100 columns.
    private static func flow(_ items: [String], indent: Int) -> String {
        if items.isEmpty { return "[]" }
        var out = "["
        var line = ""
        let pad = String(repeating: " ", count: indent)
        for (i, item) in items.enumerated() {
            let piece = quoted(item) + (i == items.count - 1 ? "" : ",")
            if line.count + piece.count > 96 {
                out += "\n" + pad + line.trimmingTrailingSpace()
                line = ""
            }
            line += piece + " "
        }
        out += "\n" + pad + line.trimmingTrailingSpace() + "\n" + String(repeating: " ", count: max(0, indent - 2)) + "]"
        return out
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += String(format: "\\x%02X", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

private extension String {
    func trimmingTrailingSpace() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
