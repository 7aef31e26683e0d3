import Foundation
import VigilEngine

/// One comment in full: text with flagged spans marked, each flag's explanation and clause,
/// the thread, the author's history and the decisions so far.
enum DetailView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let width = screen.size.columns
        guard let d = state.detail.detail else {
            let name = state.detail.key.map(Format.key)
            let text = state.detail.error.map { "Could not load \(name ?? "the comment"): \($0)" }
                ?? "Loading \(name ?? "")\u{2026}"
            screen.put(text, row: 1, column: 0, style: state.detail.error == nil ? .muted : .error)
            return
        }
        var head: [Run] = [Run(Format.key(d.key), .bold), Run("  ")]
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

        let c = d.detail.comment
        var whereText = "On \(Format.platform(d.key.platform))"
        if let ch = c.channel { whereText += " \u{00B7} \(SafeText.line(ch))" }
        para(whereText, indent: 0)
        var byline = "By \(d.author?.displayName.map { SafeText.line($0) } ?? "an unknown author")"
        if let created = c.created { byline += " \u{00B7} \(Format.time(created, in: zone)) (\(Format.age(created, now: state.now)) ago)" }
        para(byline, indent: 0)
        if let url = c.url { para("Link: \(url)", .muted, indent: 0) }
        if let status = c.platformStatus { para("On the platform: \(status)", .muted, indent: 0) }

        heading("Text")
        out += highlightedText(d, width: width - 2).map { [Run("  ")] + $0 }

        let flags = d.flags
        heading("Flags (\(flags.count))")
        if flags.isEmpty { para("None: this comment was not flagged.", .muted) }
        for f in flags.sorted(by: { $0.severity > $1.severity }) {
            let head = [Run(Format.severity(f.severity), .severity(f.severity)),
                        Run(" \(f.category.rawValue) \u{00B7} \(SafeText.line(f.kind))", .bold),
                        Run(" recommends \(f.action.rawValue) (rule \(SafeText.line(f.rule)))", .muted)]
            for line in Layout.wrap(head, width: max(1, width - 2)) { out.append([Run("  ")] + line) }
            para(f.explanation, indent: 4)
        }

        let versions = d.detail.versions
        if versions.count > 1 {
            heading("Versions (\(versions.count)): the text was edited; flags are on the current one")
            for (i, v) in versions.enumerated().reversed() {
                let when = Format.time(v.importedAt, in: zone)
                let label = i == versions.count - 1 ? "current" : "earlier"
                para("\(label), imported \(when) from \(SafeText.line(v.importFileName))", i == versions.count - 1 ? .plain : .muted)
                if i < versions.count - 1 {
                    let excerpt = v.text.map { Format.firstLine($0) } ?? "(text purged)"
                    out.append([Run("    "), Run(Layout.clip(excerpt, to: max(1, width - 4)), .muted)])
                }
            }
        }

        heading("Thread")
        if let post = c.post {
            para("Post: \(post.title.map { SafeText.line($0) } ?? "(untitled)")" + (post.url.map { " \($0)" } ?? ""))
        }
        if let parent = d.detail.parent {
            let when = parent.created.map { " on \(Format.time($0, in: zone))" } ?? ""
            para("In reply to \(parent.author.map { SafeText.line($0) } ?? "an unknown author")\(when) (\(Format.key(parent.key))):")
            let parentLines = Layout.wrap(parent.text ?? "(text purged)", width: max(1, width - 4), style: .muted)
            for line in parentLines.prefix(4) { out.append([Run("    ")] + line) }
            if parentLines.count > 4 { out.append([Run("    \u{2026}", .muted)]) }
        } else if c.parentID != nil {
            para("A reply to a comment that is not in the store.", .muted)
        } else {
            para("Not a reply.", .muted)
        }
        let replies = d.detail.replies
        if !replies.isEmpty {
            para("\(Format.plural(replies.count, "reply", "replies")):")
            for r in replies.prefix(5) {
                out.append([Run("    "), Run(Layout.clip("\(r.author ?? "unknown"): \(Format.firstLine(r.text ?? ""))", to: max(1, width - 4)))])
            }
        }

        heading("Author")
        if let author = d.author {
            let h = d.detail
            var counts = "\(SafeText.line(author.displayName ?? "Unknown")): \(Format.plural(h.authorCommentCount, "comment")), \(Format.count(h.authorFlaggedCount)) flagged"
            if let s = d.standing { counts += ", \(Format.plural(s.upheld, "upheld decision"))" }
            para(counts)
            if d.standing?.blocked == true { para("Blocked.", .warning) }
            if let s = d.standing?.blockSuggestion { para("Block suggested: \(s). b proposes it.", .warning) }
            for e in h.authorHistory.filter({ $0.severity != nil }).prefix(8) {
                let when = e.created.map { Format.time($0, in: zone) } ?? "?"
                let severity = e.severity ?? .low
                out.append(Layout.clip([Run("    \(when)  "), Run(Format.severity(severity), .severity(severity)),
                                        Run(" \(e.categories.map(\.rawValue).joined(separator: ",")) \(d.earlierDecisions[e.key] ?? "undecided") \(Format.key(e.key))")], to: width))
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
    static func highlightedText(_ d: CommentDossier, width: Int) -> [[Run]] {
        guard let text = d.detail.comment.text else { return [[Run("(the text was purged under the retention rules)", .muted)]] }
        let spans = d.flags.flatMap(\.spans)
        var clusters: [Layout.Cluster] = []
        for (scalar, origin) in SafeText.scalarsWithOrigins(text, oneLine: false) {
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
