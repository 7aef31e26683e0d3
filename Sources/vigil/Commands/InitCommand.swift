import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil init --admin A --admin B`: the first two administrators, each with their own
/// passphrase, and the first entries of the audit log.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a store with its first administrators (at least two), each setting their own passphrase.",
        discussion: """
            Works on a new store or on one that has comments but no administrators yet. Each \
            administrator types their own passphrase (twice, on the terminal, without echo), or \
            each gives one line on standard input with --passphrase-stdin, in the order of --admin. \
            Prints the hash of the log's first entry: write it down, away from the store; \
            `vigil audit verify --genesis HASH` proves the log still begins there.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .customLong("admin"), help: ArgumentHelp("A founding administrator's account name (give two or more).", valueName: "name"))
    var admins: [String] = []

    @ArgumentParser.Flag(name: .customLong("passphrase-stdin"), help: "Read the passphrases from standard input, one line each, in the order of --admin.")
    var passphraseStdin = false

    /// Tests only: a cheap passphrase hash. Hidden, and the accounts it makes are reported as weak.
    @ArgumentParser.Flag(name: .customLong("insecure-test-kdf"), help: .hidden)
    var insecureTestKDF = false

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if admins.count < 2 { throw ValidationError("give at least two administrators: vigil init --admin A --admin B") }
    }

    func run() throws {
        var names: [AccountName] = []
        for a in admins {
            let name = try SignOffCLI.accountName(a, "--admin \(safe(a))")
            if names.contains(name) { throw CLIError("--admin \(name) is given twice: the founders must be different people") }
            names.append(name)
        }
        // Refuse before anyone types a passphrase when the store already has its roster.
        if FileManager.default.fileExists(atPath: storeOptions.path) {
            let existing = try storeOptions.open(create: false)
            let members = try SignOffCLI.run { try existing.members() }
            if !members.isEmpty {
                throw CLIError("store \(safe(existing.location)) already has its administrators (\(members.map(\.name.rawValue).prefix(4).joined(separator: ", "))): add people with vigil admin add NAME --as NAME")
            }
        }
        let source: PassphraseReader.Source = passphraseStdin ? .standardInput : .terminal
        var founders: [(AccountName, Passphrase)] = []
        for name in names { founders.append((name, try SignOffCLI.readNewPassphrase(for: name, from: source))) }
        let store = try storeOptions.open(create: true)
        let service = SignOffService(store: store)
        let genesis = try SignOffCLI.run { try service.found(founders, cost: insecureTestKDF ? .weakForTestsOnly : .standard) }
        let hash = SignOffCLI.hex(genesis.hash)
        switch format {
        case .json:
            var json = JSONOutput()
            json.raw("{"); json.key("store"); json.string(store.location); json.comma()
            json.key("administrators"); json.raw("[")
            for (i, n) in names.enumerated() {
                if i > 0 { json.comma() }
                json.string(n.rawValue)
            }
            json.raw("]"); json.comma()
            json.key("genesis"); json.string(hash); json.raw("}"); json.newline()
            standardOutput.write(bytes: json.bytes)
        case .text:
            standardOutput.line("Store \(safe(store.location)): administrators \(names.map(\.rawValue).joined(separator: ", ")).")
            standardOutput.line("Genesis hash (write it down and keep it away from the store; `vigil audit verify --genesis HASH` proves the log still begins here):")
            standardOutput.line("  " + hash)
        }
        if insecureTestKDF {
            standardError.line("vigil: warning: --insecure-test-kdf made passphrase hashes that are cheap to guess: for tests only")
        }
    }
}
