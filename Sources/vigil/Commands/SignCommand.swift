import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil sign P... --approve|--reject --as NAME [--note TEXT]`: a second person decides.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Approve or reject someone else's proposals (a rejection needs --note).",
        discussion: """
            Only a second, different person can decide: the proposer never can. A cover \
            moderator can sign only inside their cover window, and only administrators decide \
            roster and cover-window changes. Of two people deciding the same proposal at once, \
            one decides it; the other is told who did. --format json prints one line per \
            proposal: {"proposal", "state", "decided_by"}.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Proposal numbers, e.g. P3.", valueName: "proposal"))
    var proposals: [String]

    @ArgumentParser.Flag(help: "Approve the proposals.")
    var approve = false

    @ArgumentParser.Flag(help: "Reject the proposals (give --note).")
    var reject = false

    @Option(help: ArgumentHelp("Why (required to reject; recorded in the audit log).", valueName: "text"))
    var note: String?

    @OptionGroup var signIn: SignInOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if approve == reject { throw ValidationError("give exactly one of --approve and --reject") }
    }

    func run() throws {
        let ids = try proposals.map(SignOffCLI.proposalID)
        if reject, (note ?? "").allSatisfy(\.isWhitespace) {
            throw CLIError("a rejection needs a note saying why (--note TEXT): nothing was signed")
        }
        let service = try SignOffCLI.service(storeOptions)
        let signer = try signIn.signIn(service)
        try DecisionRun.each(ids, format: format == .json) { id in
            try service.decide(id, approve ? .approve(note: note) : .reject(note: note), by: signer)
        }
    }
}

/// `vigil withdraw P --as NAME`: the proposer takes back a proposal nobody has decided.
struct WithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Take back your own proposals before anyone decides them.")

    @Argument(help: ArgumentHelp("Proposal numbers, e.g. P3.", valueName: "proposal"))
    var proposals: [String]

    @Option(help: ArgumentHelp("Why (recorded in the audit log).", valueName: "text"))
    var note: String?

    @OptionGroup var step: ProposalStepOptions

    func run() throws {
        try step.each(proposals) { service, id, signer in try service.decide(id, .withdraw(note: note), by: signer) }
    }
}

/// Decides proposals one at a time, each in its own transaction, reporting each; exits 1
/// when any was refused (the others stand), 3 at once on an integrity failure.
enum DecisionRun {
    static func each(_ ids: [ProposalID], format json: Bool, _ decide: (ProposalID) throws -> SignOffReceipt) throws {
        var refused = 0
        for id in ids {
            do {
                let receipt = try SignOffCLI.run { try decide(id) }
                report(receipt.proposal, json: json)
            } catch let error as CLIError {
                if error.exitCode == 3 { throw error }
                refused += 1
                standardError.line("vigil: \(id): \(safe(error.message))")
            }
        }
        if refused > 0 {
            throw CLIError(ids.count == 1 ? "nothing was recorded" : "\(refused) of \(ids.count) were refused; the others were recorded")
        }
    }

    static func report(_ p: Proposal, json: Bool) {
        let decision: Decision?
        switch p.state {
        case .approved(let d), .rejected(let d), .withdrawn(let d): decision = d
        case .carriedOut(_, let d): decision = d
        default: decision = nil
        }
        if json {
            var out = JSONOutput()
            out.raw("{"); out.key("proposal"); out.string(p.id.description); out.comma()
            out.key("state"); out.string(p.state.name); out.comma()
            out.key("decided_by"); out.string(decision?.by.rawValue)
            out.raw("}"); out.newline()
            standardOutput.write(bytes: out.bytes)
            return
        }
        let what = safe(p.kind.description)
        switch p.state {
        case .approved:
            if case .roster = p.kind {
                standardOutput.line("\(p.id) approved: \(what) — in effect now")
            } else {
                standardOutput.line("\(p.id) approved: \(what) — now on the action list (vigil actions)")
            }
        case .rejected: standardOutput.line("\(p.id) rejected: \(what)")
        case .withdrawn: standardOutput.line("\(p.id) withdrawn: \(what)")
        case .carriedOut: standardOutput.line("\(p.id) recorded as carried out: \(what)")
        default: standardOutput.line("\(p.id): \(what) is \(p.state.name)")
        }
    }
}
