import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil handover --for NAME`: what the console's handover view shows, as text or JSON.
struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "What is new, pending and overdue since someone last signed in: the console's cover handover, as text.",
        discussion: """
            New flagged comments are those posted since NAME last signed in (or since --since); \
            pending proposals are listed oldest first. --format json prints {"person", "since", \
            "new_flagged": {"critical", "high", "medium", "low"}, "pending": [{"proposal", \
            "action", "subject", "proposer", "proposed", "overdue"}], "pending_total", \
            "overdue_total", "people", "sign_off_warning"}.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .customLong("for"), help: ArgumentHelp("The person taking over: an account name.", valueName: "name"))
    var person: String

    @Option(help: ArgumentHelp("Start from this day (YYYY-MM-DD) instead of their last sign-in.", valueName: "date"))
    var since: String?

    @Option(help: "At most this many pending proposals listed.")
    var limit: Int = 20

    @Option(help: "Output: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var settingsOptions: SignOffSettingsOptions
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let name = try SignOffCLI.accountName(person, "--for")
        var start = HandoverStart.lastSignIn
        if let since {
            switch ReportPeriod.days(from: since, to: nil) {
            case .success(let p): start = .time(p.from)
            case .failure(let e): throw CLIError.usage("--since: \(e)")
            }
        }
        let service = SignOffService(store: try storeOptions.open(create: false), settings: try settingsOptions.settings())
        let h = try SignOffCLI.run { try service.handover(for: name, since: start, limit: limit) }
        switch format {
        case .json: standardOutput.write(bytes: Self.json(h).bytes)
        case .text: Self.printText(h)
        }
    }

    static func printText(_ h: HandoverSummary) {
        let o = standardOutput
        o.line("Handover for \(h.person)" + (h.since.map { " since \(DisplayTime.minute($0))" } ?? " (never signed in: everything)"))
        if let w = h.capacityWarning { o.line("Warning: " + safe(w)) }
        let total = h.newFlagged.values.reduce(0, +)
        o.line("New flagged comments: \(grouped(total))" + (total == 0 ? "" : " (" + Severity.allCases.reversed().compactMap { s in
            h.newFlagged[s].map { "\($0) \(s.rawValue)" } }.joined(separator: ", ") + ")"))
        o.line("Pending proposals: \(grouped(h.pendingTotal)), overdue: \(grouped(h.overdueTotal))")
        if !h.pending.isEmpty {
            var table = Table(["proposal", "action", "subject", "proposed by", "waiting", ""])
            for s in h.pending {
                let p = s.proposal
                table.add([p.id.description, p.kind.action?.description ?? "roster", subject(p.kind), p.proposer.rawValue,
                           age(p.proposedAt), s.overdue ? "OVERDUE" : ""])
            }
            o.write(table.render(width: o.lineWidth))
            if h.pendingTotal > h.pending.count { o.line("… and \(grouped(h.pendingTotal - h.pending.count)) more: vigil proposals") }
        }
        o.line("On the roster: " + h.people.map(\.rawValue).joined(separator: ", "))
    }

    static func subject(_ kind: ProposalKind) -> String {
        switch kind {
        case .moderation(_, let target): ActionsCommand.subject(target)
        case .roster(let change): safe(change.description)
        }
    }

    static func json(_ h: HandoverSummary) -> JSONOutput {
        var json = JSONOutput()
        json.raw("{"); json.key("person"); json.string(h.person.rawValue); json.comma()
        json.key("since"); json.string(isoTime(h.since)); json.comma()
        json.key("new_flagged"); json.raw("{")
        for (i, s) in Severity.allCases.reversed().enumerated() {
            if i > 0 { json.comma() }
            json.string(s.rawValue); json.raw(":"); json.int(h.newFlagged[s] ?? 0)
        }
        json.raw("}"); json.comma()
        json.key("pending"); json.raw("[")
        for (i, s) in h.pending.enumerated() {
            if i > 0 { json.comma() }
            let p = s.proposal
            json.raw("{"); json.key("proposal"); json.string(p.id.description); json.comma()
            json.key("action"); json.string(p.kind.action?.description ?? "roster"); json.comma()
            json.key("subject"); json.string(subject(p.kind)); json.comma()
            json.key("proposer"); json.string(p.proposer.rawValue); json.comma()
            json.key("proposed"); json.string(isoTime(p.proposedAt)); json.comma()
            json.key("overdue"); json.bool(s.overdue); json.raw("}")
        }
        json.raw("]"); json.comma()
        json.key("pending_total"); json.int(h.pendingTotal); json.comma()
        json.key("overdue_total"); json.int(h.overdueTotal); json.comma()
        json.key("people"); json.raw("[")
        for (i, n) in h.people.enumerated() {
            if i > 0 { json.comma() }
            json.string(n.rawValue)
        }
        json.raw("]"); json.comma()
        json.key("sign_off_warning"); json.string(h.capacityWarning)
        json.raw("}"); json.newline()
        return json
    }
}
