import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil admin add|remove|list`: the roster. Changes are proposals a second administrator
/// must approve.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "The roster: add or remove administrators and cover moderators (each a proposal), or list it.",
        subcommands: [Add.self, Remove.self, List.self])

    enum RoleName: String, ExpressibleByArgument, CaseIterable {
        case administrator, cover

        var role: Role { self == .administrator ? .administrator : .coverModerator }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose a new administrator or cover moderator; the new person types their own passphrase.",
            discussion: """
                You sign in first (your passphrase), then the new person types theirs (twice on \
                the terminal; with --passphrase-stdin, yours is the first line and theirs the \
                second). They can sign in once a second administrator approves (vigil sign P).
                """)

        @Argument(help: ArgumentHelp("The new person's account name.", valueName: "name"))
        var person: String

        @Option(help: "administrator or cover (a cover moderator).")
        var role: RoleName = .administrator

        @Option(help: ArgumentHelp("Why (recorded in the audit log).", valueName: "text"))
        var reason: String?

        /// Tests only: a cheap passphrase hash for the new account. Hidden.
        @ArgumentParser.Flag(name: .customLong("insecure-test-kdf"), help: .hidden)
        var insecureTestKDF = false

        @OptionGroup var signIn: SignInOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let name = try SignOffCLI.accountName(person, "the new person's name")
            let service = try SignOffCLI.service(storeOptions)
            let signer = try signIn.signIn(service)
            let passphrase = try SignOffCLI.readNewPassphrase(for: name, from: signIn.source)
            let receipt = try SignOffCLI.run {
                try service.proposeMember(name, role: role.role, passphrase: passphrase,
                                          reason: reason ?? "add \(name) as \(role.role.withArticle)", by: signer,
                                          cost: insecureTestKDF ? .weakForTestsOnly : .standard)
            }
            standardOutput.line("\(receipt.proposal.id): \(safe(receipt.proposal.kind.description)) proposed; \(name) can sign in once another administrator approves it (vigil sign \(receipt.proposal.id) --approve --as NAME)")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Propose removing someone from the roster.")

        @Argument(help: ArgumentHelp("The account name to remove.", valueName: "name"))
        var person: String

        @Option(help: ArgumentHelp("Why (recorded in the audit log).", valueName: "text"))
        var reason: String?

        @OptionGroup var signIn: SignInOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let name = try SignOffCLI.accountName(person, "the name to remove")
            let service = try SignOffCLI.service(storeOptions)
            let signer = try signIn.signIn(service)
            let receipt = try SignOffCLI.run { try service.proposeRemoval(name, reason: reason ?? "remove \(name) from the roster", by: signer) }
            standardOutput.line("\(receipt.proposal.id): \(safe(receipt.proposal.kind.description)) proposed; it takes effect when another administrator approves it")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Everyone with an account, their role and cover windows.")

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "Output: table or json.")
        var format: OutputFormat = .table

        func run() throws {
            let store = try storeOptions.open(create: false)
            let members = try SignOffCLI.run { try store.members() }
            switch format {
            case .json:
                var json = JSONOutput()
                json.raw("[")
                for (i, m) in members.enumerated() {
                    if i > 0 { json.comma() }
                    json.raw("{"); json.key("name"); json.string(m.name.rawValue); json.comma()
                    json.key("role"); json.string(m.role.rawValue); json.comma()
                    json.key("membership"); json.string(Self.membership(m.membership)); json.comma()
                    json.key("locked_until"); json.string(isoTime(m.lockedUntil)); json.comma()
                    json.key("last_sign_in"); json.string(isoTime(m.lastSignIn)); json.comma()
                    json.key("cover_windows"); json.raw("[")
                    for (j, w) in m.coverWindows.enumerated() {
                        if j > 0 { json.comma() }
                        json.raw("{"); json.key("covering"); json.string(w.covering.rawValue); json.comma()
                        json.key("from"); json.string(isoTime(w.start)); json.comma()
                        json.key("until"); json.string(isoTime(w.end)); json.raw("}")
                    }
                    json.raw("]}")
                }
                json.raw("]"); json.newline()
                standardOutput.write(bytes: json.bytes)
            case .table:
                if members.isEmpty {
                    standardOutput.line("No administrators yet: vigil init --admin A --admin B")
                    return
                }
                var table = Table(["name", "role", "standing", "last sign-in", "cover windows"])
                for m in members {
                    var standing = Self.membership(m.membership)
                    if let until = m.lockedUntil, until > Date() { standing += ", locked until \(DisplayTime.minute(until))" }
                    if m.weakPassphraseHash { standing += ", test-only passphrase hash" }
                    let windows = m.coverWindows.map { "for \($0.covering) \(DisplayTime.day($0.start))–\(DisplayTime.day($0.lastDay))" }
                    table.add([m.name.rawValue, m.role.rawValue, standing, m.lastSignIn.map(DisplayTime.minute) ?? "never",
                               windows.joined(separator: "; ")])
                }
                standardOutput.write(table.render(width: standardOutput.lineWidth))
            }
        }

        static func membership(_ m: Membership) -> String {
            switch m {
            case .active: "active"
            case .awaitingApproval(let id): "awaiting approval (\(id))"
            case .removed(let at): "removed \(DisplayTime.day(at))"
            }
        }
    }
}

/// `vigil cover NAME --for NAME --from DATE --to DATE --as NAME`: a cover window, proposed.
struct CoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cover",
        abstract: "Propose a cover window: a cover moderator acts for an administrator on these days (London time).",
        discussion: "DATE is YYYY-MM-DD; both days are included. The window takes effect when a second administrator approves it; if nobody does before it ends, it expires.")

    @Argument(help: ArgumentHelp("The cover moderator.", valueName: "name"))
    var moderator: String

    @Option(name: .customLong("for"), help: ArgumentHelp("The administrator away.", valueName: "name"))
    var covering: String

    @Option(help: ArgumentHelp("The first day, YYYY-MM-DD.", valueName: "date"))
    var from: String

    @Option(help: ArgumentHelp("The last day, YYYY-MM-DD.", valueName: "date"))
    var to: String

    @Option(help: ArgumentHelp("Why (recorded in the audit log).", valueName: "text"))
    var reason: String?

    @OptionGroup var signIn: SignInOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let window: CoverWindow
        do {
            window = try CoverWindow.days(
                moderator: try SignOffCLI.accountName(moderator, "the cover moderator"),
                covering: try SignOffCLI.accountName(covering, "--for"), from: from, to: to)
        } catch let error as CoverWindowError {
            throw CLIError(error.description)
        }
        let service = try SignOffCLI.service(storeOptions)
        let signer = try signIn.signIn(service)
        let receipt = try SignOffCLI.run {
            try service.proposeCoverWindow(window, reason: reason ?? "cover while \(window.covering) is away", by: signer)
        }
        standardOutput.line("\(receipt.proposal.id): \(safe(receipt.proposal.kind.description)) proposed; it takes effect when another administrator approves it")
    }
}
