import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil status`: what the store holds.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Counts: comments, flagged by category, imports, administrators, proposals.",
        discussion: """
            --format json prints one object: {"store", "comments", "flagged", "awaiting_decision", \
            "by_category": {name: count}, "by_severity": {name: count}, "imports", "authors", "channels", \
            "posts", "administrators", "cover_moderators", "awaiting_approval", "proposals": {"pending", \
            "overdue", "approved", "rejected", "withdrawn", "expired", "carried_out"}, "sign_off_warning", \
            "block_suggestions": [{"platform", "author", "decisions": ["P3", ...]}], "weak_passphrase_hashes", \
            "last_import"}. pending counts overdue ones too; approved counts keeps and approvals not yet \
            carried out.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var settingsOptions: SignOffSettingsOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output: table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try storeOptions.open(create: false)
        let status: StoreStatus
        let last: ImportRecord?
        let signOff = try SignOffCLI.run { try SignOffService(store: store, settings: try settingsOptions.settings()).summary() }
        do {
            status = try store.status()
            last = try store.imports(limit: 1).first
        } catch let error as StoreError {
            throw CLIError(error)
        }
        switch format {
        case .json: standardOutput.write(bytes: Self.json(status, signOff, last: last, store: store.location).bytes)
        case .table: Self.printTable(status, last: last, store: store.location, signOff: signOff)
        }
    }

    static func json(_ s: StoreStatus, _ signOff: SignOffSummary, last: ImportRecord?, store: String) -> JSONOutput {
        var json = JSONOutput()
        json.raw("{")
        json.key("store"); json.string(store); json.comma()
        json.key("comments"); json.int(s.comments); json.comma()
        json.key("flagged"); json.int(s.flagged); json.comma()
        json.key("awaiting_decision"); json.int(s.awaitingDecision); json.comma()
        json.key("by_category"); json.raw("{")
        for (i, c) in Category.allCases.enumerated() {
            if i > 0 { json.comma() }
            json.string(c.rawValue); json.raw(":"); json.int(s.byCategory[c] ?? 0)
        }
        json.raw("}"); json.comma()
        json.key("by_severity"); json.raw("{")
        for (i, level) in Severity.allCases.enumerated() {
            if i > 0 { json.comma() }
            json.string(level.rawValue); json.raw(":"); json.int(s.bySeverity[level] ?? 0)
        }
        json.raw("}"); json.comma()
        json.key("imports"); json.int(s.imports); json.comma()
        json.key("authors"); json.int(s.authors); json.comma()
        json.key("channels"); json.int(s.channels); json.comma()
        json.key("posts"); json.int(s.posts); json.comma()
        json.key("administrators"); json.int(signOff.administrators); json.comma()
        json.key("cover_moderators"); json.int(signOff.coverModerators); json.comma()
        json.key("awaiting_approval"); json.int(signOff.awaitingApproval); json.comma()
        let p = signOff.proposals
        json.key("proposals"); json.raw("{")
        json.key("pending"); json.int(p.pending); json.comma()
        json.key("overdue"); json.int(p.overdue); json.comma()
        json.key("approved"); json.int(p.approved); json.comma()
        json.key("rejected"); json.int(p.rejected); json.comma()
        json.key("withdrawn"); json.int(p.withdrawn); json.comma()
        json.key("expired"); json.int(p.expired); json.comma()
        json.key("carried_out"); json.int(p.carriedOut)
        json.raw("}"); json.comma()
        json.key("sign_off_warning"); json.string(signOff.administrators == 0 ? nil : signOff.capacity.warning); json.comma()
        json.key("block_suggestions"); json.raw("[")
        for (i, b) in signOff.blockSuggestions.enumerated() {
            if i > 0 { json.comma() }
            json.raw("{"); json.key("platform"); json.string(b.author.platform.rawValue); json.comma()
            json.key("author"); json.string(b.author.id); json.comma()
            json.key("decisions"); json.raw("[")
            for (j, d) in b.decisions.enumerated() {
                if j > 0 { json.comma() }
                json.string(d.proposal.description)
            }
            json.raw("]}")
        }
        json.raw("]"); json.comma()
        json.key("weak_passphrase_hashes"); json.raw("[")
        for (i, n) in signOff.weakAccounts.enumerated() {
            if i > 0 { json.comma() }
            json.string(n.rawValue)
        }
        json.raw("]"); json.comma()
        json.key("last_import")
        if let last {
            json.raw("{")
            json.key("file"); json.string(last.fileName); json.comma()
            json.key("format"); json.string(last.format.rawValue); json.comma()
            json.key("finished"); json.string(isoTime(last.finished))
            json.raw("}")
        } else {
            json.null()
        }
        json.raw("}")
        json.newline()
        return json
    }

    /// Without `signOff` (the demo's summary), the administrators and proposals come from `s`.
    static func printTable(_ s: StoreStatus, last: ImportRecord?, store: String, signOff: SignOffSummary? = nil) {
        let o = standardOutput
        o.line("Store: \(safe(store))")
        o.line("Comments: \(grouped(s.comments)) from \(grouped(s.authors)) authors on \(grouped(s.channels)) channels")
        o.line("Flagged: \(grouped(s.flagged)), of which \(grouped(s.awaitingDecision)) await a decision")
        if s.flagged > 0 {
            let width = Category.allCases.map { $0.rawValue.count }.max()!
            for c in Category.allCases {
                o.line("  " + TextSafety.pad(c.rawValue, to: width) + "  " + grouped(s.byCategory[c] ?? 0))
            }
            let levels = Severity.allCases.reversed().map { "\($0.rawValue) \(grouped(s.bySeverity[$0] ?? 0))" }
            o.line("  by worst severity: " + levels.joined(separator: ", "))
        }
        var imports = "Imports: \(grouped(s.imports))"
        if let last { imports += "; last \(safe(last.fileName)) (\(last.format.rawValue)) at \(humanTime(last.finished))" }
        o.line(imports)
        guard let signOff else {
            o.line("Administrators: \(s.administrators)")
            o.line("Proposals: \(grouped(s.proposals.pending)) pending, \(grouped(s.proposals.approved)) approved, \(grouped(s.proposals.rejected)) rejected")
            return
        }
        var people = "Administrators: \(signOff.administrators)"
        if signOff.administrators == 0 {
            people += " (none yet: two-administrator sign-off is not set up; vigil init --admin A --admin B)"
        } else {
            people += ", cover moderators: \(signOff.coverModerators)"
            if signOff.awaitingApproval > 0 { people += ", awaiting approval: \(signOff.awaitingApproval)" }
        }
        o.line(people)
        let p = signOff.proposals
        o.line("Proposals: \(grouped(p.pending)) pending (\(grouped(p.overdue)) overdue), \(grouped(p.approved)) approved, "
               + "\(grouped(p.rejected)) rejected, \(grouped(p.carriedOut)) carried out, \(grouped(p.withdrawn)) withdrawn, \(grouped(p.expired)) expired")
        if signOff.administrators > 0, let warning = signOff.capacity.warning { o.line("Warning: " + warning) }
        for n in signOff.weakAccounts {
            o.line("Warning: \(n)'s passphrase hash was made with the test-only cost (--insecure-test-kdf)")
        }
        for b in signOff.blockSuggestions.prefix(10) {
            o.line("Block suggested: " + safe(b.description))
        }
    }
}
