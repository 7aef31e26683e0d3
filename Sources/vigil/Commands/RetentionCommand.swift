import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil retention`: removes texts the school no longer needs, keeping their hashes.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Removes the text of comments kept longer than the rules allow (hashes stay, so the audit log still verifies).",
        discussion: """
            Comments with no flag and no decision lose their text after the rules file's \
            retention.unflagged_days (default 90; --older-than overrides it), counted from when \
            they were posted; decided comments after retention.evidence_days (default 365) from \
            the last decision, once every decision on them is final. Flagged comments awaiting a \
            decision are never touched. --dry-run lists exactly what --apply removes, in the same \
            order; --apply needs an administrator (--as NAME) and records one signed purge entry \
            per text. --format json prints an array of {"comment", "platform", "version", \
            "sha256", "reason", "since"}.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    @ArgumentParser.Flag(help: "List what would be removed; change nothing.")
    var dryRun = false

    @ArgumentParser.Flag(help: "Remove the texts (needs --as NAME, an administrator).")
    var apply = false

    @Option(help: ArgumentHelp("Days after which comments with no flag and no decision lose their text (overrides the rules file).", valueName: "days"))
    var olderThan: Int?

    @Option(help: ArgumentHelp("A school's rules file (YAML): its retention settings apply.", valueName: "file"))
    var rules: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Who you are (for --apply): your account name.", valueName: "name"))
    var name: String?

    @ArgumentParser.Flag(name: .customLong("passphrase-stdin"), help: "Read the passphrase from standard input instead of the terminal.")
    var passphraseStdin = false

    @Option(help: "Output: table or json.")
    var format: OutputFormat = .table

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if dryRun == apply { throw ValidationError("say --dry-run (list) or --apply (remove), one of them") }
        if apply && name == nil { throw ValidationError("--apply needs --as NAME: an administrator records each removal") }
        if let olderThan, olderThan < 1 { throw ValidationError("--older-than must be 1 or more days") }
    }

    func run() throws {
        let settings = try RulesLoading.load(path: rules, label: rules.map { "--rules \($0)" }).settings
        let policy = RetentionPolicy(unflaggedDays: olderThan ?? settings.retentionUnflaggedDays, evidenceDays: settings.retentionEvidenceDays)
        let store = try storeOptions.open(create: false)
        let now = Date()
        if dryRun {
            let items = try SignOffCLI.run { try store.retentionPlan(policy, at: now) }
            print(items, policy: policy, done: false)
            return
        }
        let service = SignOffService(store: store)
        let passphrase = try SignOffCLI.readPassphrase("Passphrase for \(safe(name ?? "")): ", from: passphraseStdin ? .standardInput : .terminal)
        let signer = try SignOffCLI.run { try service.signIn(name: name ?? "", passphrase: passphrase) }
        let result = try SignOffCLI.run { try store.applyRetention(policy, by: signer.identity, at: now) }
        print(result.items, policy: policy, done: true)
    }

    private func print(_ items: [RetentionItem], policy: RetentionPolicy, done: Bool) {
        switch format {
        case .json:
            var json = JSONOutput()
            json.raw("[")
            for (i, item) in items.enumerated() {
                if i > 0 { json.comma() }
                json.raw("{"); json.key("comment"); json.string(item.comment.id); json.comma()
                json.key("platform"); json.string(item.comment.platform.rawValue); json.comma()
                json.key("version"); json.int(Int(item.version)); json.comma()
                json.key("sha256"); json.string(SignOffCLI.hex(item.textSHA256)); json.comma()
                json.key("reason"); json.string(item.reason.rawValue); json.comma()
                json.key("since"); json.string(isoTime(item.since))
                json.raw("}")
            }
            json.raw("]"); json.newline()
            standardOutput.write(bytes: json.bytes)
        case .table:
            if items.isEmpty {
                standardOutput.line("No text is older than the retention periods (\(policy.unflaggedDays) days unflagged, \(policy.evidenceDays) days after a decision).")
                return
            }
            var table = Table(["comment", "version", "why", "since", "sha256"])
            for item in items {
                let why = item.reason == .unflagged ? "no flag or decision, over \(policy.unflaggedDays) days" : "decided, over \(policy.evidenceDays) days ago"
                table.add([item.comment.reference, String(item.version), why, humanTime(item.since), String(SignOffCLI.hex(item.textSHA256).prefix(16))])
            }
            standardOutput.write(table.render(width: standardOutput.lineWidth))
            standardOutput.line(done
                ? "Removed \(counted(items.count, "text")); each hash is kept and each removal is in the audit log."
                : "\(counted(items.count, "text")) would be removed: run the same with --apply --as NAME to remove them.")
        }
    }
}
