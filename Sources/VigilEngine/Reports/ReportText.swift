import Foundation

/// The governors' report as Markdown and as CSV. All text from exports (channel and
/// commenter names) is cleaned of control characters and escaped for the format.
public enum ReportText {
    /// The report's count tables: title, what each row counts, the rows.
    static func tables(_ r: IncidentReport) -> [(title: String, label: String, counts: [ReportCount])] {
        [("Flagged comments by category", "category", r.byCategory), ("By channel", "channel", r.byChannel),
         ("By month", "month", r.byMonth), ("Decisions", "decision", r.decisions), ("Escalations", "to", r.escalations),
         ("Blocks", "action", r.blocks), ("Rules that fired most", "rule", r.topRules)]
    }

    /// The report as a Markdown document.
    public static func markdown(_ r: IncidentReport) -> String {
        var out = "# Incident log for governors\n\n"
        out += "- Period: \(periodText(r.period))\n- Made: \(DisplayTime.minute(r.generated))\n"
        out += "- Commenters: \(r.names ? "named" : "pseudonymised (Commenter 1, 2 …; numbered for this report only)")\n\n"
        out += "## Summary\n\n"
        out += "| figure | value |\n|---|---:|\n"
        for (label, value) in summary(r) { out += "| \(md(label)) | \(md(value)) |\n" }
        for (title, label, counts) in tables(r) {
            out += "\n## \(title)\n\n"
            if counts.isEmpty { out += "None.\n"; continue }
            out += "| \(label) | count |\n|---|---:|\n"
            for c in counts { out += "| \(md(c.label)) | \(c.count) |\n" }
        }
        out += "\n## How long each step took\n\n| step | decisions | median | worst |\n|---|---:|---:|---:|\n"
        for s in r.steps { out += "| \(s.step) | \(s.count) | \(duration(s.median)) | \(duration(s.worst)) |\n" }
        out += "\n## Overdue sign-offs\n\n"
        if r.overdue.isEmpty { out += "None.\n" } else {
            out += "| proposal | action | proposed by | proposed | waiting |\n|---|---|---|---|---:|\n"
            for o in r.overdue {
                out += "| \(o.proposal) | \(md(o.action)) | \(md(o.proposer.rawValue)) | \(DisplayTime.minute(o.proposedAt)) | \(duration(o.waited)) |\n"
            }
        }
        out += "\n## Incidents\n\n"
        if r.incidents.isEmpty { out += "None.\n" } else {
            out += "| posted | channel | commenter | categories | severity | outcome |\n|---|---|---|---|---|---|\n"
            for i in r.incidents {
                out += "| \(DisplayTime.minute(i.time)) | \(md(i.channel)) | \(md(i.commenter)) | \(i.categories.map(\.rawValue).joined(separator: ", ")) | \(i.severity.rawValue) | \(md(i.outcome)) |\n"
            }
        }
        return out
    }

    /// The report as CSV: `section,label,value` rows (figures), then the incidents with their
    /// own header, so a spreadsheet can sort either.
    public static func csv(_ r: IncidentReport) -> String {
        var rows: [[String]] = [["section", "label", "value"]]
        for (label, value) in summary(r) { rows.append(["summary", label, value]) }
        for (section, counts) in [("category", r.byCategory), ("channel", r.byChannel), ("month", r.byMonth), ("decision", r.decisions),
                                  ("escalation", r.escalations), ("block", r.blocks), ("rule", r.topRules)] {
            for c in counts { rows.append([section, c.label, String(c.count)]) }
        }
        for s in r.steps {
            rows.append(["step-count", s.step, String(s.count)])
            rows.append(["step-median-hours", s.step, hours(s.median)])
            rows.append(["step-worst-hours", s.step, hours(s.worst)])
        }
        for o in r.overdue { rows.append(["overdue", "\(o.proposal) \(o.action) by \(o.proposer)", hours(o.waited)]) }
        rows.append([])
        rows.append(["posted", "channel", "commenter", "categories", "severity", "outcome"])
        for i in r.incidents {
            rows.append([iso(i.time), i.channel, i.commenter, i.categories.map(\.rawValue).joined(separator: " "), i.severity.rawValue, i.outcome])
        }
        return rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The summary rows every format shows.
    static func summary(_ r: IncidentReport) -> [(String, String)] {
        [("flagged comments", String(r.incidentCount)),
         ("decisions", String(r.decisionCount)),
         ("kept as false alarms", String(r.keepCount)),
         ("false-alarm rate", r.falseAlarmRate.map { String(format: "%.1f%%", $0 * 100) } ?? "no decisions"),
         ("escalations", String(r.escalations.reduce(0) { $0 + $1.count })),
         ("blocks", String(r.blocks.first { $0.label == "block" }?.count ?? 0)),
         ("overdue sign-offs", String(r.overdue.count))]
    }

    static func periodText(_ p: ReportPeriod) -> String {
        switch (p.from, p.to) {
        case (nil, nil): "everything in the store"
        case (let f?, nil): "from \(DisplayTime.day(f))"
        case (nil, let t?): "up to \(DisplayTime.day(t.addingTimeInterval(-1)))"
        case (let f?, let t?): "\(DisplayTime.day(f)) to \(DisplayTime.day(t.addingTimeInterval(-1)))"
        }
    }

    /// "45 min", "3 h 20 min", "2 d 4 h"; "–" for none.
    public static func duration(_ t: TimeInterval?) -> String {
        guard let t else { return "–" }
        let minutes = Int((t / 60).rounded())
        if minutes < 60 { return "\(minutes) min" }
        if minutes < 48 * 60 { return "\(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min") }
        let hours = minutes / 60
        return "\(hours / 24) d" + (hours % 24 == 0 ? "" : " \(hours % 24) h")
    }

    static func hours(_ t: TimeInterval?) -> String {
        guard let t else { return "" }
        return String(format: "%.2f", t / 3600)
    }

    static func iso(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: d)
    }

    /// One line, control characters made visible, Markdown's table and markup characters escaped.
    static func md(_ text: String) -> String {
        var out = ""
        for ch in SafeText.line(text) {
            if "\\|*_`[]<>#~!".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// Quoted when needed; a cell a spreadsheet would run as a formula gets a leading `'`.
    static func csvField(_ value: String) -> String {
        var v = SafeText.line(value)
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension ReportText {
    /// The report as one self-contained HTML file with inline bar charts.
    public static func html(_ r: IncidentReport) -> String {
        var body = "<h1>Incident log for governors</h1>\n"
        body += "<p class=\"muted\">Period: \(HTMLPage.escape(periodText(r.period))) · made \(HTMLPage.escape(DisplayTime.minute(r.generated))) · commenters "
            + (r.names ? "named" : "pseudonymised (numbered for this report only)") + "</p>\n"
        body += "<h2>Summary</h2>\n" + HTMLPage.table(["figure", "value"], summary(r).map { [$0.0, $0.1] })
        for (title, label, counts) in tables(r) {
            body += "<h2>\(HTMLPage.escape(title))</h2>\n"
            if counts.isEmpty { body += "<p>None.</p>\n"; continue }
            body += HTMLPage.barChart(counts, title: title)
            body += HTMLPage.table([label, "count"], counts.map { [$0.label, String($0.count)] })
        }
        body += "<h2>How long each step took</h2>\n"
        body += HTMLPage.table(["step", "decisions", "median", "worst"], r.steps.map { [$0.step, String($0.count), duration($0.median), duration($0.worst)] })
        body += "<h2>Overdue sign-offs</h2>\n"
        body += r.overdue.isEmpty ? "<p>None.</p>\n" : HTMLPage.table(
            ["proposal", "action", "proposed by", "proposed", "waiting"],
            r.overdue.map { [$0.proposal.description, $0.action, $0.proposer.rawValue, DisplayTime.minute($0.proposedAt), duration($0.waited)] })
        body += "<h2>Incidents</h2>\n"
        body += r.incidents.isEmpty ? "<p>None.</p>\n" : HTMLPage.table(
            ["posted", "channel", "commenter", "categories", "severity", "outcome"],
            r.incidents.map { [DisplayTime.minute($0.time), $0.channel, $0.commenter, $0.categories.map(\.rawValue).joined(separator: ", "), $0.severity.rawValue, $0.outcome] })
        return HTMLPage.document(title: "Incident log for governors", body: body)
    }
}
