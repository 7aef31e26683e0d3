import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil actions`: approved decisions still to carry out on the platforms.
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Approved decisions still to carry out on the platforms, urgent hides first, with the platform's own action.",
        discussion: """
            One row per step (a WordPress block is two). `vigil done P --as NAME` records a \
            proposal as carried out. --format json prints an array of {"proposal", "urgent", \
            "action", "platform", "platform_action", "how", "through_api", "reversible", \
            "comment", "author", "link", "approved_by", "approved"}; csv the same columns.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Option(help: "At most this many decisions (0: all).")
    var limit: Int = 0

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output: table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
    }

    func run() throws {
        let service = try SignOffCLI.service(storeOptions)
        var items: [ActionToCarryOut] = []
        var total = 0
        let wanted = limit == 0 ? Int.max : limit
        try SignOffCLI.run {
            while items.count < wanted {
                let page = try service.actionsToCarryOut(offset: items.count, limit: min(500, wanted - items.count))
                total = page.total
                items += page.rows
                if page.rows.isEmpty || items.count >= page.total { break }
            }
        }
        let rows = items.flatMap { item in item.steps.map { (item, $0) } }
        switch format {
        case .table:
            if items.isEmpty {
                standardOutput.line("Nothing to carry out.")
                return
            }
            var table = Table(["proposal", "action", "on the platform", "comment or author", "approved", "link / how"])
            for (item, step) in rows {
                table.add([item.proposal.id.description + (item.urgent ? " urgent" : ""), item.action.description,
                           Self.platformName(step.platform) + ": " + step.name, Self.subject(item.target),
                           "\(item.approval.by) \(humanTime(item.approval.at))", item.url.map(SecretRedaction.redact) ?? step.how])
            }
            standardOutput.write(table.render(width: standardOutput.lineWidth))
            standardOutput.line("\(counted(items.count, "decision")) of \(grouped(total)) to carry out; record each with vigil done P --as NAME")
        case .csv:
            let raw = !standardOutput.isTerminal
            standardOutput.line("proposal,urgent,action,platform,platform_action,how,through_api,reversible,comment,author,link,approved_by,approved")
            for (item, step) in rows {
                let fields = [item.proposal.id.description, item.urgent ? "true" : "false", item.action.description,
                              step.platform.rawValue, step.name, step.how, step.throughAPI ? "true" : "false",
                              step.reversible ? "true" : "false", Self.comment(item.target) ?? "", Self.author(item.target) ?? "",
                              item.url.map(SecretRedaction.redact) ?? "", item.approval.by.rawValue, isoTime(item.approval.at) ?? ""]
                standardOutput.line(fields.map { CSV.field($0, raw: raw) }.joined(separator: ","))
            }
        case .json:
            var json = JSONOutput()
            json.raw("[")
            for (i, (item, step)) in rows.enumerated() {
                if i > 0 { json.comma() }
                json.raw("{"); json.key("proposal"); json.string(item.proposal.id.description); json.comma()
                json.key("urgent"); json.bool(item.urgent); json.comma()
                json.key("action"); json.string(item.action.description); json.comma()
                json.key("platform"); json.string(step.platform.rawValue); json.comma()
                json.key("platform_action"); json.string(step.name); json.comma()
                json.key("how"); json.string(step.how); json.comma()
                json.key("through_api"); json.bool(step.throughAPI); json.comma()
                json.key("reversible"); json.bool(step.reversible); json.comma()
                json.key("comment"); json.string(Self.comment(item.target)); json.comma()
                json.key("author"); json.string(Self.author(item.target)); json.comma()
                json.key("link"); json.string(item.url.map(SecretRedaction.redact)); json.comma()
                json.key("approved_by"); json.string(item.approval.by.rawValue); json.comma()
                json.key("approved"); json.string(isoTime(item.approval.at))
                json.raw("}")
            }
            json.raw("]"); json.newline()
            standardOutput.write(bytes: json.bytes)
        }
    }

    static func platformName(_ p: Platform) -> String {
        switch p {
        case .facebook: "Facebook"
        case .instagram: "Instagram"
        case .youtube: "YouTube"
        case .x: "X"
        case .wordpress: "WordPress"
        case .other: "the site"
        }
    }

    /// "facebook:123_456" or "author facebook:u1 (via facebook:123_456)".
    static func subject(_ t: ModerationTarget) -> String {
        switch t {
        case .comment(let c): c.comment.reference
        case .author(let a): "author \(a.author.platform.rawValue):\(a.author.id)" + (a.via.map { " (via \($0.reference))" } ?? "")
        }
    }

    static func comment(_ t: ModerationTarget) -> String? {
        switch t {
        case .comment(let c): c.comment.reference
        case .author(let a): a.via?.reference
        }
    }

    static func author(_ t: ModerationTarget) -> String? {
        switch t {
        case .comment(let c): c.authorID
        case .author(let a): a.author.id
        }
    }
}

/// `vigil done P --as NAME`: an approved action was carried out on the platform.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Record approved actions as carried out on the platform (vigil actions lists them).")

    @Argument(help: ArgumentHelp("Proposal numbers, as vigil actions shows them.", valueName: "proposal"))
    var proposals: [String]

    @Option(help: ArgumentHelp("What was done (recorded in the audit log).", valueName: "text"))
    var note: String?

    @OptionGroup var step: ProposalStepOptions

    func run() throws {
        try step.each(proposals) { service, id, signer in try service.markDone(id, note: note, by: signer) }
    }
}
