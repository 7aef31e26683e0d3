import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil show ID`: one comment in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One comment: text, every version, flags with spans and reasons, thread, author history, decisions.",
        discussion: "ID is the platform's comment id as in the export; write platform:ID (e.g. youtube:Ugx…) when the same id is on two platforms.")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("The comment's id, or platform:id.", valueName: "id"))
    var id: String

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output: text or json.")
    var format: OutputFormat = .text

    @Option(help: "How many of the author's other comments to list.")
    var history: Int = 10

    @OptionGroup var settingsOptions: SignOffSettingsOptions

    func run() throws {
        let store = try storeOptions.open(create: false)
        do {
            let key = try Self.resolve(id, in: store)
            guard let detail = try store.detail(key, historyLimit: max(0, history)) else {
                throw CLIError("no comment \(safe(key.reference)) in the store")
            }
            let decisions = try CommentDecisions.load(for: detail, service: SignOffService(store: store, settings: try settingsOptions.settings()))
            switch format {
            case .text:
                CommentText.print(detail)
                decisions.print()
            case .json: standardOutput.write(bytes: CommentJSON.detail(detail, decisions: decisions).bytes)
            }
        } catch let error as StoreError {
            throw CLIError(error)
        }
    }

    /// The comment an id names: `platform:id` exactly, else the one comment with that id.
    static func resolve(_ id: String, in store: any Store) throws -> CommentKey {
        if let colon = id.firstIndex(of: ":"), let platform = Platform(rawValue: String(id[..<colon])) {
            return CommentKey(platform: platform, id: String(id[id.index(after: colon)...]))
        }
        let keys = try store.findComments(platformID: id, platform: nil)
        switch keys.count {
        case 0:
            throw CLIError("no comment with id '\(safe(id))' in \(safe(store.location)) (ids are the platforms' own, as in the export; `vigil queue` lists flagged ones)")
        case 1:
            return keys[0]
        default:
            throw CLIError("id '\(safe(id))' is on several platforms: \(keys.map(\.reference).joined(separator: ", ")); name one as platform:id")
        }
    }
}

/// A comment in full, for people.
enum CommentText {
    static func print(_ d: CommentDetail) {
        let o = standardOutput
        let c = d.comment
        var head = safe(c.key.reference)
        if let severity = c.severity {
            head += " — \(severity.rawValue): " + c.categories.map(\.rawValue).joined(separator: ", ") + " — " + stateText(c.review)
        } else {
            head += " — not flagged"
        }
        o.line(head)
        o.line("Author:   " + author(d))
        o.line("Created:  " + humanTime(c.created) + (d.versions.count > 1 ? "   (edited: \(d.versions.count) versions)" : ""))
        if let channel = c.channel { o.line("Channel:  " + safe(channel)) }
        if let post = c.post {
            o.line("Post:     " + safe(post.title ?? post.platformID) + (post.url.map { "  " + safe($0) } ?? ""))
        }
        if let url = c.url { o.line("Link:     " + safe(url)) }
        if let status = c.platformStatus { o.line("On the platform: " + safe(status)) }

        o.line()
        o.line("Text:")
        block(c.text, indent: "  ")

        let current = d.currentFlags
        o.line()
        if current.isEmpty {
            o.line("Flags: none on the current text")
        } else {
            o.line("Flags:")
            for (i, f) in current.enumerated() { flag(f, number: i + 1, text: c.text) }
        }

        if d.versions.count > 1 {
            o.line()
            o.line("Versions (oldest first):")
            for (i, v) in d.versions.enumerated() {
                let flagsOn = d.flags.filter { $0.versionID == v.storeID }.map(\.flag.rule)
                o.line("  \(i + 1). imported \(humanTime(v.importedAt)) from \(safe(v.importFileName)); sha256 \(v.sha256.prefix(12))…"
                       + (v.storeID == c.currentVersionID ? " (current)" : "")
                       + (flagsOn.isEmpty ? "" : "; flags: " + flagsOn.map(safe).joined(separator: ", ")))
                block(v.text, indent: "     ")
            }
        }

        o.line()
        o.line("Thread:")
        if let parentID = c.parentID {
            if let parent = d.parent {
                o.line("  replying to " + summary(parent))
            } else {
                o.line("  replying to \(safe(parentID)) (not in the store)")
            }
        } else {
            o.line("  a top-level comment" + (c.post.map { " on \(safe($0.title ?? $0.platformID))" } ?? ""))
        }
        if d.replies.isEmpty {
            o.line("  no replies in the store")
        } else {
            o.line("  replies (\(d.replies.count)):")
            for r in d.replies { o.line("    " + summary(r)) }
        }

        o.line()
        if c.author == nil {
            o.line("Author history: the export does not say who wrote this")
        } else {
            o.line("Author history: \(counted(d.authorCommentCount, "comment")) in the store, \(grouped(d.authorFlaggedCount)) flagged")
            for h in d.authorHistory { o.line("  " + summary(h)) }
        }
    }

    static func stateText(_ review: ReviewState) -> String {
        switch review {
        case .open: "awaiting a decision"
        case .proposed: "a decision is proposed, awaiting sign-off"
        case .decided: "decided"
        }
    }

    private static func author(_ d: CommentDetail) -> String {
        guard let a = d.comment.author?.ref else { return "unknown (the export does not say)" }
        var parts: [String] = []
        if let name = a.name { parts.append(safe(name)) }
        if let handle = a.handle { parts.append("@" + safe(handle)) }
        if let id = a.platformID { parts.append("id " + safe(id)) }
        return parts.joined(separator: ", ")
    }

    private static func block(_ text: String?, indent: String) {
        guard let text else {
            standardOutput.line(indent + "(text purged by retention; its hash is kept)")
            return
        }
        for line in TextSafety.lines(SecretRedaction.redact(text)) { standardOutput.line(indent + line) }
    }

    private static func flag(_ f: VigilEngine.Flag, number: Int, text: String?) {
        let o = standardOutput
        o.line("  \(number). \(f.severity.rawValue) \(f.category.rawValue)/\(safe(f.kind)) — rule \(safe(f.rule)) — recommends \(f.action.rawValue)")
        if let text {
            let scalars = Array(text.unicodeScalars)
            for span in f.spans {
                let lower = max(0, min(span.start, scalars.count))
                let upper = max(lower, min(span.end, scalars.count))
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[lower..<upper])
                o.line("     at \(span.start)–\(span.end): “\(safe(String(piece)))”")
            }
        }
        o.line("     " + safe(f.explanation))
    }

    private static func summary(_ s: CommentSummary) -> String {
        var line = safe(s.key.id) + " by " + safe(s.author ?? "(unknown)") + ", " + humanTime(s.created)
        if let severity = s.severity {
            line += " [\(severity.rawValue): " + s.categories.map(\.rawValue).joined(separator: ",") + "]"
        }
        return line + ": " + TextSafety.truncate(s.text.map(safe) ?? "(text purged)", to: 70)
    }
}

/// A comment in full, for scripts.
enum CommentJSON {
    static func detail(_ d: CommentDetail, decisions: CommentDecisions) -> JSONOutput {
        var json = JSONOutput()
        let c = d.comment
        json.raw("{")
        json.commentMembers(id: c.key.id, platform: c.key.platform, author: c.author?.ref.displayName, flags: d.currentFlags)
        json.comma(); json.key("channel"); json.string(c.channel)
        json.comma(); json.key("created"); json.string(isoTime(c.created))
        json.comma(); json.key("url"); json.string(c.url.map(SecretRedaction.redact))
        json.comma(); json.key("platform_status"); json.string(c.platformStatus)
        json.comma(); json.key("severity"); json.string(c.severity?.rawValue)
        json.comma(); json.key("categories"); json.categories(c.categories)
        json.comma(); json.key("state"); json.string(c.review.name)
        json.comma(); json.key("text"); json.string(c.text)
        json.comma(); json.key("sha256"); json.string(c.textSHA256)
        json.comma(); json.key("author_detail")
        if let a = c.author?.ref {
            json.raw("{"); json.key("id"); json.string(a.platformID); json.comma()
            json.key("name"); json.string(a.name); json.comma(); json.key("handle"); json.string(a.handle); json.raw("}")
        } else { json.null() }
        json.comma(); json.key("post")
        if let p = c.post {
            json.raw("{"); json.key("id"); json.string(p.platformID); json.comma()
            json.key("title"); json.string(p.title); json.comma(); json.key("url"); json.string(p.url.map(SecretRedaction.redact)); json.raw("}")
        } else { json.null() }
        json.comma(); json.key("parent_id"); json.string(c.parentID)
        json.comma(); json.key("versions"); json.raw("[")
        for (i, v) in d.versions.enumerated() {
            if i > 0 { json.comma() }
            json.raw("{"); json.key("text"); json.string(v.text); json.comma()
            json.key("sha256"); json.string(v.sha256); json.comma()
            json.key("imported"); json.string(isoTime(v.importedAt)); json.comma()
            json.key("file"); json.string(v.importFileName); json.comma()
            json.key("current"); json.bool(v.storeID == c.currentVersionID); json.comma()
            json.key("flags"); json.flags(d.flags.filter { $0.versionID == v.storeID }.map(\.flag))
            json.raw("}")
        }
        json.raw("]")
        json.comma(); json.key("parent"); summary(d.parent, into: &json)
        json.comma(); json.key("replies"); json.raw("[")
        for (i, r) in d.replies.enumerated() {
            if i > 0 { json.comma() }
            summary(r, into: &json)
        }
        json.raw("]")
        json.comma(); json.key("author_history"); json.raw("{")
        json.key("comments"); json.int(d.authorCommentCount); json.comma()
        json.key("flagged"); json.int(d.authorFlaggedCount); json.comma()
        json.key("recent"); json.raw("[")
        for (i, h) in d.authorHistory.enumerated() {
            if i > 0 { json.comma() }
            summary(h, into: &json)
        }
        json.raw("]}")
        decisions.json(into: &json)
        json.raw("}")
        json.newline()
        return json
    }

    private static func summary(_ s: CommentSummary?, into json: inout JSONOutput) {
        guard let s else { json.null(); return }
        json.raw("{"); json.key("id"); json.string(s.key.id); json.comma()
        json.key("platform"); json.string(s.key.platform.rawValue); json.comma()
        json.key("author"); json.string(s.author); json.comma()
        json.key("created"); json.string(isoTime(s.created)); json.comma()
        json.key("severity"); json.string(s.severity?.rawValue); json.comma()
        json.key("categories"); json.categories(s.categories); json.comma()
        json.key("text"); json.string(s.text)
        json.raw("}")
    }
}
