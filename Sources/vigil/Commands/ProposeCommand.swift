import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil propose ID... --action A --reason TEXT --as NAME`: proposals on comments (or their
/// authors), each in its own transaction, under one passphrase prompt.
struct ProposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propose",
        abstract: "Propose delete, hide, block, keep, escalate, restore or unblock for comments (a keep is decided at once).",
        discussion: """
            ID is the platform's comment id (platform:ID when the same id is on two platforms). \
            block and unblock act on the comment's author. Every action but keep waits for a \
            second administrator (vigil sign). --urgent, for a comment flagged critical: with \
            --action hide the hide goes straight to the action list; with --action delete the \
            comment is hidden at once and the delete waits for the second signature. \
            --format json prints one line per proposal: {"proposal": "P3", "comment", "action", \
            "state"} (and "urgent_hide" for an urgent delete).
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Comment ids (platform:id when ambiguous).", valueName: "id"))
    var ids: [String]

    @Option(help: ArgumentHelp("delete, hide, block, keep, escalate, restore or unblock.", valueName: "action"))
    var action: String

    @Option(name: .customLong("to"), help: ArgumentHelp("For escalate: dsl, police, ceop or prevent.", valueName: "target"))
    var escalateTo: String?

    @Option(help: ArgumentHelp("Why (recorded in the audit log).", valueName: "text"))
    var reason: String

    @ArgumentParser.Flag(help: "Hide a comment flagged critical at once (with --action hide or delete).")
    var urgent = false

    @OptionGroup var signIn: SignInOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let moderation: ModerationAction
        do { moderation = try ModerationAction(name: action, escalateTo: escalateTo) } catch { throw CLIError(error.description) }
        if urgent, moderation != .hide, moderation != .delete {
            throw CLIError("--urgent goes with --action hide or delete, not \(moderation)")
        }
        let service = try SignOffCLI.service(storeOptions)
        // Every id must name a stored comment before anyone types a passphrase.
        var keys: [CommentKey] = []
        do {
            for id in ids { keys.append(try ShowCommand.resolve(id, in: service.store)) }
        } catch let error as StoreError {
            throw CLIError(error)
        }
        let signer = try signIn.signIn(service)
        var refused = 0
        for key in keys {
            do {
                let receipts = try SignOffCLI.run { () -> (SignOffReceipt, SignOffReceipt?) in
                    if urgent {
                        let r = try service.urgentHide(key, reason: reason, followUp: moderation == .delete ? .delete : nil, by: signer)
                        return (r.followUp ?? r.hide, r.followUp == nil ? nil : r.hide)
                    }
                    let target: ProposalTarget = moderation.targetsAuthor ? .authorOf(key) : .comment(key)
                    return (try service.propose(ProposalRequest(target: target, action: moderation, reason: reason), by: signer), nil)
                }
                report(receipts.0, hidden: receipts.1, key: key)
            } catch let error as CLIError {
                if error.exitCode == 3 { throw error }
                refused += 1
                standardError.line("vigil: \(safe(key.reference)): \(safe(error.message))")
            }
        }
        if refused > 0 {
            throw CLIError(keys.count == 1 ? "nothing was proposed" : "\(refused) of \(keys.count) were refused; the others were proposed")
        }
    }

    private func report(_ receipt: SignOffReceipt, hidden: SignOffReceipt?, key: CommentKey) {
        let p = receipt.proposal
        switch format {
        case .json:
            var json = JSONOutput()
            json.raw("{"); json.key("proposal"); json.string(p.id.description); json.comma()
            json.key("comment"); json.string(key.reference); json.comma()
            json.key("action"); json.string(p.kind.action?.description); json.comma()
            json.key("state"); json.string(p.state.name)
            if let hidden { json.comma(); json.key("urgent_hide"); json.string(hidden.proposal.id.description) }
            json.raw("}"); json.newline()
            standardOutput.write(bytes: json.bytes)
        case .text:
            if let hidden {
                standardOutput.line("\(hidden.proposal.id): \(safe(hidden.proposal.kind.description)) done at once (urgent): it is on the action list")
            }
            if p.urgent {
                standardOutput.line("\(p.id): \(safe(p.kind.description)) done at once (urgent): it is on the action list (vigil actions)")
            } else if receipt.needsSignOff {
                standardOutput.line("\(p.id): \(safe(p.kind.description)) proposed; it waits for a second administrator (vigil sign \(p.id) --approve --as NAME)")
            } else {
                standardOutput.line("\(p.id): \(safe(p.kind.description)) recorded (a keep needs no second signature)")
            }
        }
    }
}
