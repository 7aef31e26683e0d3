import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil proposals`: what waits for a second signature (or any state), oldest first.
struct ProposalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proposals",
        abstract: "Proposals by state: pending ones (oldest first, overdue marked) unless --state says otherwise.",
        discussion: """
            --state takes pending, approved, rejected, withdrawn, expired, carried-out or all \
            (repeat for several). --format json prints an array of {"proposal", "state", \
            "action", "subject", "proposer", "proposed", "reason", "overdue", "decided_by", \
            "decided", "note", "comment", "text"}.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    static let states = ["pending", "approved", "rejected", "withdrawn", "expired", "carried-out"]

    @Option(help: ArgumentHelp("Only this state (repeat for several; 'all' for every state).", valueName: "state"))
    var state: [String] = []

    @Option(help: ArgumentHelp("Only those proposed by this person.", valueName: "name"))
    var by: String?

    @Option(name: .customLong("waiting-for"), help: ArgumentHelp("Only those this person may decide (others' proposals).", valueName: "name"))
    var waitingFor: String?

    @Option(help: "At most this many (0: all).")
    var limit: Int = 50

    @OptionGroup var settingsOptions: SignOffSettingsOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output: table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
        for s in state where s != "all" && !Self.states.contains(s) {
            throw ValidationError("--state '\(s)': expected one of \(Self.states.joined(separator: ", ")) or all")
        }
        if by != nil && waitingFor != nil { throw ValidationError("give --by or --waiting-for, not both") }
    }

    func run() throws {
        let service = try SignOffCLI.service(storeOptions, settings: try settingsOptions.settings())
        var query = ProposalQuery(states: state.isEmpty ? ["pending"] : state.contains("all") ? [] : Set(state))
        if let by { query.scope = .proposedBy(try SignOffCLI.accountName(by, "--by")) }
        if let waitingFor {
            let name = try SignOffCLI.accountName(waitingFor, "--waiting-for")
            let role = try SignOffCLI.run { try service.store.members() }.first { $0.name == name }?.role
            guard let role else { throw CLIError("--waiting-for: there is nobody called \(name) on the roster") }
            query.scope = .waitingFor(name, role)
        }
        let wanted = limit == 0 ? Int.max : limit
        var rows: [ProposalSummary] = []
        var total = 0
        try SignOffCLI.run {
            while rows.count < wanted {
                query.offset = rows.count
                query.limit = min(500, wanted - rows.count)
                let page = try service.proposals(query)
                total = page.total
                rows += page.rows
                if page.rows.isEmpty || rows.count >= page.total { break }
            }
        }
        switch format {
        case .json: standardOutput.write(bytes: ProposalText.json(rows).bytes)
        case .table:
            if rows.isEmpty {
                standardOutput.line(query.states == ["pending"] ? "Nothing waits for a second signature." : "No proposals in that state.")
                return
            }
            var table = Table(["proposal", "state", "what", "proposer", "age", "reason", "text"])
            for s in rows {
                let p = s.proposal
                table.add([p.id.description, s.overdue ? "OVERDUE" : p.state.name, p.kind.description, p.proposer.rawValue,
                           age(p.proposedAt), p.reason, s.text.map { TextSafety.oneLine($0) } ?? ""])
            }
            standardOutput.write(table.render(width: standardOutput.lineWidth))
            standardOutput.line("\(grouped(rows.count)) of \(grouped(total)) shown" + (rows.count < total ? " (--limit 0 shows all)" : ""))
        }
    }
}

/// Proposals in words and JSON, shared by `proposals` and `show`.
enum ProposalText {
    /// "P3 delete facebook comment fb_2: proposed by alice Mon 3 Mar 2025 09:00 (reason);
    /// approved by bob … (note)". One line each step.
    static func lines(_ s: ProposalSummary) -> [String] {
        let p = s.proposal
        var lines = ["\(p.id) \(safe(p.kind.description)): proposed by \(p.proposer) \(DisplayTime.minute(p.proposedAt)) — \(safe(p.reason))"]
        func decided(_ verb: String, _ d: Decision) {
            lines.append("    \(verb) by \(d.by) \(DisplayTime.minute(d.at))" + (d.note.map { " — \(safe($0))" } ?? ""))
        }
        switch p.state {
        case .pending: lines.append("    pending" + (s.overdue ? " and OVERDUE" : "") + ": waits for a second signature")
        case .approved(let d):
            if p.urgent { lines.append("    hidden at once (urgent): on the action list") }
            else if d.by == p.proposer { lines.append("    decided at once (a keep)") }
            else { decided("approved", d) }
        case .rejected(let d): decided("rejected", d)
        case .withdrawn(let d): decided("withdrawn", d)
        case .expired(let at): lines.append("    expired \(DisplayTime.minute(at)) undecided")
        case .carriedOut(let a, let d):
            if a.by != p.proposer { decided("approved", a) } else if p.urgent { lines.append("    hidden at once (urgent)") }
            decided("carried out", d)
        }
        return lines
    }

    static func json(_ rows: [ProposalSummary]) -> JSONOutput {
        var json = JSONOutput()
        json.raw("[")
        for (i, s) in rows.enumerated() {
            if i > 0 { json.comma() }
            object(s, into: &json)
        }
        json.raw("]"); json.newline()
        return json
    }

    static func object(_ s: ProposalSummary, into json: inout JSONOutput) {
        let p = s.proposal
        var decision: Decision?
        switch p.state {
        case .approved(let d), .rejected(let d), .withdrawn(let d), .carriedOut(let d, _): decision = d
        default: break
        }
        json.raw("{"); json.key("proposal"); json.string(p.id.description); json.comma()
        json.key("state"); json.string(p.state.name); json.comma()
        json.key("action"); json.string(p.kind.action?.description ?? "roster"); json.comma()
        json.key("subject"); json.string(p.kind.description); json.comma()
        json.key("proposer"); json.string(p.proposer.rawValue); json.comma()
        json.key("proposed"); json.string(isoTime(p.proposedAt)); json.comma()
        json.key("reason"); json.string(p.reason); json.comma()
        json.key("urgent"); json.bool(p.urgent); json.comma()
        json.key("overdue"); json.bool(s.overdue); json.comma()
        json.key("decided_by"); json.string(decision?.by.rawValue); json.comma()
        json.key("decided"); json.string(isoTime(decision?.at)); json.comma()
        json.key("note"); json.string(decision?.note); json.comma()
        json.key("done_by"); json.string(s.done?.by.rawValue); json.comma()
        json.key("done"); json.string(isoTime(s.done?.at)); json.comma()
        var comment: String?
        if case .moderation(_, let target) = p.kind { comment = ActionsCommand.comment(target) }
        json.key("comment"); json.string(comment); json.comma()
        json.key("text"); json.string(s.text)
        json.raw("}")
    }
}
