import Foundation
import VigilEngine

/// One comment in full: text with flagged spans marked, each flag's explanation and clause,
/// the thread, the author's history and the decisions so far.
enum DetailView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let width = screen.size.columns
        guard let d = state.detail.detail else {
            let text = state.detail.error.map { "Could not load \(state.detail.key?.description ?? "the comment"): \($0)" }
                ?? "Loading \(state.detail.key?.description ?? "")\u{2026}"
            screen.put(text, row: 1, column: 0, style: state.detail.error == nil ? .muted : .error)
            return
        }
        var head: [Run] = [Run(d.key.description, .bold), Run("  ")]
        if let sev = d.severity { head += [Run(sev.rawValue.uppercased(), .severity(sev)), Run(" ")] }
        head.append(Run(Array(Set(d.flags.map(\.category))).sorted().map(\.rawValue).joined(separator: ", ")))
        if let p = d.pending {
            head.append(Run("  \(p.action.rawValue) proposed by \(p.proposer), waiting for sign-off", .warning))
        } else if let decision = d.decision {
            head.append(Run("  \(decision)", .good))
        }
        let all = lines(state, width: width)
        let rows = ScreenLayout.pageRows(size: screen.size)
        let scroll = max(0, min(state.detail.scroll, max(0, all.count - rows)))
        let position = all.count > rows ? " \(scroll + 1)-\(min(all.count, scroll + rows))/\(all.count)" : ""
        let pw = DisplayWidth.of(position)
        screen.put(Layout.clip(head, to: width - pw), row: 1, column: 0)
        screen.put(position, row: 1, column: width - pw, style: .muted)
        for (i, line) in all.dropFirst(scroll).prefix(rows).enumerated() {
            screen.put(line, row: ScreenLayout.bodyTop + i, column: 0)
        }
    }

    static func lineCount(_ state: ConsoleState, width: Int) -> Int {
        lines(state, width: width).count
    }

    /// The scrolling body, wrapped to the width.
    static func lines(_ state: ConsoleState, width: Int) -> [[Run]] {
        guard let d = state.detail.detail else { return [] }
        let zone = state.timeZone
        var out: [[Run]] = []
        func para(_ text: String, _ style: Style = .plain, indent: Int = 2) {
            for line in Layout.wrap(text, width: max(1, width - indent), style: style) {
                out.append([Run(String(repeating: " ", count: indent))] + line)
            }
        }
        func heading(_ text: String) {
            out.append([])
            out.append([Run(text, .heading)])
        }

        var whereText = "On \(Format.platform(d.key.platform))"
        if let c = d.channel { whereText += " \u{00B7} \(SafeText.line(c))" }
        para(whereText, indent: 0)
        var byline = "By \(d.author.map { SafeText.line($0.name) } ?? "an unknown author")"
        if let created = d.created { byline += " \u{00B7} \(Format.time(created, in: zone)) (\(Format.age(created, now: state.now)) ago)" }
        para(byline, indent: 0)
        if let url = d.url { para("Link: \(url)", .muted, indent: 0) }

        heading("Text")
        out += highlightedText(d, width: width - 2).map { [Run("  ")] + $0 }

        heading("Flags (\(d.flags.count))")
        if d.flags.isEmpty { para("None: this comment was not flagged.", .muted) }
        for f in d.flags.sorted(by: { $0.severity > $1.severity }) {
            let head = [Run(Format.severity(f.severity), .severity(f.severity)),
                        Run(" \(f.category.rawValue) \u{00B7} \(SafeText.line(f.kind))", .bold),
                        Run(" recommends \(f.action.rawValue) (rule \(SafeText.line(f.rule)))", .muted)]
            for line in Layout.wrap(head, width: max(1, width - 2)) { out.append([Run("  ")] + line) }
            para(f.explanation, indent: 4)
        }

        heading("Thread")
        if let post = d.post {
            para("Post: \(post.title.map { SafeText.line($0) } ?? "(untitled)")" + (post.url.map { " \($0)" } ?? ""))
        }
        if let parent = d.parent {
            let when = parent.created.map { " on \(Format.time($0, in: zone))" } ?? ""
            para("In reply to \(parent.author.map { SafeText.line($0) } ?? "an unknown author")\(when) (\(parent.key)):")
            let parentLines = Layout.wrap(parent.text, width: max(1, width - 4), style: .muted)
            for line in parentLines.prefix(4) { out.append([Run("    ")] + line) }
            if parentLines.count > 4 { out.append([Run("    \u{2026}", .muted)]) }
        } else {
            para("Not a reply.", .muted)
        }
        if d.replyCount > 0 {
            para("\(Format.plural(d.replyCount, "reply", "replies")):")
            for r in d.replies.prefix(5) {
                out.append([Run("    "), Run(Layout.clip("\(r.author ?? "unknown"): \(Format.firstLine(r.text))", to: max(1, width - 4)))])
            }
        }

        heading("Author")
        if let h = d.authorHistory {
            para("\(d.author.map { SafeText.line($0.name) } ?? "Unknown"): \(Format.plural(h.comments, "comment")), \(Format.count(h.flagged)) flagged, \(Format.plural(h.upheld, "upheld decision"))")
            if h.blocked { para("Blocked.", .warning) }
            if let s = h.blockSuggestion { para("Block suggested: \(s). b proposes it.", .warning) }
            for e in h.earlier.prefix(8) {
                let when = e.created.map { Format.time($0, in: zone) } ?? "?"
                out.append(Layout.clip([Run("    \(when)  "), Run(Format.severity(e.severity), .severity(e.severity)),
                                        Run(" \(e.categories.map(\.rawValue).joined(separator: ",")) \(e.decision ?? "undecided") \(e.key)")], to: width))
            }
        } else {
            para("No history: the author is unknown.", .muted)
        }

        heading("Decisions")
        if d.decisions.isEmpty { para("None yet.", .muted) }
        for r in d.decisions {
            var text = "\(Format.time(r.time, in: zone))  \(SafeText.line(r.actor))  \(r.what)"
            if let note = r.note, !note.isEmpty { text += ": \(note)" }
            para(text)
        }
        return out
    }

    /// The comment's text wrapped, with every flagged span in the flagged style.
    static func highlightedText(_ d: CommentDetail, width: Int) -> [[Run]] {
        let spans = d.flags.flatMap(\.spans)
        var clusters: [Layout.Cluster] = []
        for (scalar, origin) in SafeText.scalarsWithOrigins(d.text, oneLine: false) {
            let w = DisplayWidth.of(scalar)
            if scalar != "\n", w == 0, let last = clusters.last, last.text != "\n" {
                clusters[clusters.count - 1].text.unicodeScalars.append(scalar)
                continue
            }
            let flagged = spans.contains { $0.start <= origin && origin < $0.end }
            clusters.append(Layout.Cluster(text: String(scalar), width: scalar == "\n" ? 0 : w, style: flagged ? .flaggedSpan : .plain, origin: origin))
        }
        if clusters.isEmpty { return [[Run("(no text)", .muted)]] }
        return Layout.wrap(clusters: clusters, width: max(1, width))
    }
}
