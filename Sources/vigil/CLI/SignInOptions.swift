import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `--as NAME` and `--passphrase-stdin`, for every command that acts as someone.
///
/// The passphrase is read from the terminal with echo off, or one line from standard input;
/// there is no option or environment variable that carries one.
struct SignInOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp("Who you are: your account name.", valueName: "name"))
    var name: String

    @ArgumentParser.Flag(name: .customLong("passphrase-stdin"), help: "Read passphrases from standard input, one line each, instead of the terminal.")
    var passphraseStdin = false

    var source: PassphraseReader.Source { passphraseStdin ? .standardInput : .terminal }

    /// Reads the passphrase of `--as NAME` and signs in; refusals are recorded by the store.
    func signIn(_ service: SignOffService) throws -> SignedIn {
        let passphrase = try SignOffCLI.readPassphrase("Passphrase for \(safe(name)): ", from: source)
        let signedIn = try SignOffCLI.run { try service.signIn(name: name, passphrase: passphrase) }
        if signedIn.weakPassphraseHash {
            standardError.line("vigil: warning: \(signedIn.name)'s passphrase hash is made with the test-only cost (--insecure-test-kdf); give this account a real one")
        }
        return signedIn
    }
}

/// Who acts and on which store, for the commands that take one step on each proposal named
/// (`vigil done`, `vigil withdraw`): `--as NAME`, `--passphrase-stdin` and the store options.
struct ProposalStepOptions: ParsableArguments {
    @OptionGroup var signIn: SignInOptions
    @OptionGroup var storeOptions: StoreOptions

    /// Parses the proposal numbers, signs in, then takes `step` on each proposal in its own
    /// transaction (see `DecisionRun.each`).
    func each(_ proposals: [String], _ step: (SignOffService, ProposalID, SignedIn) throws -> SignOffReceipt) throws {
        let ids = try proposals.map(SignOffCLI.proposalID)
        let service = try SignOffCLI.service(storeOptions)
        let signer = try signIn.signIn(service)
        try DecisionRun.each(ids, format: false) { id in try step(service, id, signer) }
    }
}

/// `--rules FILE` for the sign-off settings (overdue hours, block threshold and window).
struct SignOffSettingsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A school's rules file (YAML): its sign_off and blocking settings apply.", valueName: "file"))
    var rules: String?

    func settings() throws -> WorkflowSettings {
        let s = try RulesLoading.load(path: rules, label: rules.map { "--rules \($0)" }).settings
        do {
            return try WorkflowSettings(overdueAfterHours: s.signOffOverdueHours, blockThreshold: s.blockingThreshold,
                                        blockWindowDays: s.blockingWindowDays)
        } catch {
            throw CLIError("--rules \(rules ?? ""): \(error)")
        }
    }
}

/// What the sign-off commands share: opening the service, reading passphrases, and turning
/// refusals into messages and exit codes.
enum SignOffCLI {
    static func service(_ store: StoreOptions, settings: WorkflowSettings = .standard) throws -> SignOffService {
        SignOffService(store: try store.open(create: false), settings: settings)
    }

    static func readPassphrase(_ prompt: String, from source: PassphraseReader.Source) throws -> Passphrase {
        do { return try PassphraseReader.read(prompt: prompt, from: source) } catch {
            throw CLIError(error.description)
        }
    }

    /// A new passphrase: from the terminal typed twice; from standard input one line.
    static func readNewPassphrase(for name: AccountName, from source: PassphraseReader.Source) throws -> Passphrase {
        let first = try readPassphrase("New passphrase for \(name) (\(name) types it; at least \(PassphrasePolicy.minimumCharacters) characters): ", from: source)
        if let problem = PassphrasePolicy.problem(with: first, for: name) { throw CLIError("\(name): \(problem)") }
        guard source == .terminal else { return first }
        let again = try readPassphrase("The same passphrase again: ", from: source)
        guard Passphrase.same(first, again) else { throw CLIError("the two passphrases typed for \(name) differ: nothing was changed") }
        return first
    }

    /// Runs a sign-off call, turning its errors into `CLIError`s with Vigil's exit codes.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as SignOffError {
            throw CLIError(error.description, exitCode: error.isIntegrityFailure ? 3 : 1)
        } catch let error as StoreError {
            throw CLIError(error)
        }
    }

    /// A proposal number as typed: "P17", "p17" or "17".
    static func proposalID(_ text: String) throws -> ProposalID {
        guard let id = ProposalID(parsing: text) else {
            throw CLIError("'\(safe(text))' is not a proposal number: write it as P17 (vigil proposals lists them)")
        }
        return id
    }

    static func accountName(_ text: String, _ what: String) throws -> AccountName {
        do { return try AccountName(text) } catch { throw CLIError("\(what): \(error)") }
    }

    static func hex(_ data: Data?) -> String {
        guard let data else { return "" }
        return data.map { String(format: "%02x", $0) }.joined()
    }
}
