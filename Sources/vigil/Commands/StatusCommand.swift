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
            "posts", "administrators", "proposals": {"pending", "approved", "rejected"}, "last_import"}.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output: table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try storeOptions.open(create: false)
        let status: StoreStatus
        let last: ImportRecord?
        do {
            status = try store.status()
            last = try store.imports(limit: 1).first
        } catch let error as StoreError {
            throw CLIError(error)
        }
        switch format {
        case .json: standardOutput.write(bytes: Self.json(status, last: last, store: store.location).bytes)
        case .table: Self.printTable(status, last: last, store: store.location)
        }
    }

    static func json(_ s: StoreStatus, last: ImportRecord?, store: String) -> JSONOutput {
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
        json.key("administrators"); json.int(s.administrators); json.comma()
        json.key("proposals"); json.raw("{")
        json.key("pending"); json.int(s.proposals.pending); json.comma()
        json.key("approved"); json.int(s.proposals.approved); json.comma()
        json.key("rejected"); json.int(s.proposals.rejected)
        json.raw("}"); json.comma()
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

    static func printTable(_ s: StoreStatus, last: ImportRecord?, store: String) {
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
        o.line("Administrators: \(s.administrators)" + (s.administrators == 0 ? " (none yet: two-administrator sign-off is not set up)" : ""))
        o.line("Proposals: \(s.proposals.pending) pending, \(s.proposals.approved) approved, \(s.proposals.rejected) rejected")
    }
}
