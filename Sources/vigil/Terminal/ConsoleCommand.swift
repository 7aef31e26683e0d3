import ArgumentParser
import Foundation
import VigilConsole
import VigilStore

/// `vigil` (and `vigil console`): the console on the store. `--fake` runs it on in-memory
/// demo data instead, for trying it by hand and for tests.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the console on the store (what `vigil` alone does).",
        discussion: """
            Sign in with your name and passphrase; --as NAME asks only for the passphrase. \
            `vigil demo` makes a demo store and opens the console on it.
            """,
        shouldDisplay: false
    )

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var settingsOptions: SignOffSettingsOptions

    @Option(name: .customLong("as"), help: ArgumentHelp("Sign in as this person: only the passphrase is asked.", valueName: "name"))
    var name: String?

    @Flag(help: .hidden)
    var fake = false

    @Option(help: .hidden)
    var latency: Int = 0

    @Option(help: .hidden)
    var generate: Int?

    func run() throws {
        if fake {
            let backend = generate.map { FakeBackend.generated(count: $0, now: Date()) } ?? FakeBackend.demo(now: Date())
            backend.latency = Double(latency) / 1000
            try ConsoleLaunch.run(backend: backend, name: name, signInNote: ConsoleLaunch.demoAccountsNote)
            return
        }
        try ConsoleLaunch.requireTerminal()
        let store = try storeOptions.open(create: false)
        let backend = StoreConsoleBackend(store: store, flagger: try RulesOptions.flagger(rulesFile: settingsOptions.rules),
                                          settings: try settingsOptions.settings(), systemUser: ImportRun.systemUser())
        ConsoleLaunch.warmInBackground(store)
        try ConsoleLaunch.run(backend: backend, name: name)
    }
}

/// Opening the console on a backend: the terminal checks, the run, the exit status.
enum ConsoleLaunch {
    static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw CLIError("the console needs a terminal: standard input and output must be one (for scripts: vigil queue, vigil show)")
        }
    }

    /// Reads the queue's index and the search copy while the sign-in screen waits, so that a
    /// first screen or search after a reboot does not wait on the disk. Failures are ignored:
    /// the console's own reads report any real problem.
    static func warmInBackground(_ store: SQLiteStore) {
        Thread.detachNewThread { _ = try? store.warmConsolePages() }
    }

    static func run(backend: any ConsoleBackend, name: String?, signInNote: String? = nil) throws {
        try requireTerminal()
        guard let input = fdopen(STDIN_FILENO, "r"), let output = fdopen(STDOUT_FILENO, "w") else {
            throw CLIError("cannot open the terminal's streams")
        }
        let terminal: Terminal
        do { terminal = try Terminal(input: input, output: output) } catch {
            throw CLIError("\(error)")
        }
        let status = ConsoleRunner(terminal: terminal, backend: backend, name: name,
                                   workingDirectory: FileManager.default.currentDirectoryPath, signInNote: signInNote).run()
        terminal.close()
        if status != 0 { throw ExitCode(status) }
    }

    /// The demo roster's names and passphrases, shown on a demo's sign-in screen only.
    static let demoAccountsNote = """
        Demo data: sign in as Alex Morgan \u{201C}orchard lantern\u{201D} or Sam Patel \u{201C}harbour violet\u{201D} \
        (administrators), Chris Ward \u{201C}open window\u{201D} or Jo Lee \u{201C}not yet\u{201D} (cover moderators). \
        These passphrases are the demo's only; a real store has its own.
        """
}
