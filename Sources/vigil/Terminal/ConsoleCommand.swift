import ArgumentParser
import Foundation
import VigilConsole

/// `vigil console --fake`: the console on an in-memory demo backend, for trying it by hand
/// and for end-to-end tests in tmux until the store and sign-off are wired in (issue 5).
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the console on in-memory demo data (until the store is wired in).",
        discussion: """
            Demo accounts (passphrases are demo data, not secrets): Alex Morgan "orchard lantern", \
            Sam Patel "harbour violet" (administrators); Chris Ward "open window" (cover, window open); \
            Jo Lee "not yet" (cover, window not yet open). Each --fake run starts from the same data.
            """,
        shouldDisplay: false
    )

    @Flag(help: "Use the in-memory demo backend (required until the store is wired in).")
    var fake = false

    @Option(name: .customLong("as"), help: "Sign in as this person: only the passphrase is asked.")
    var name: String?

    @Option(help: "Delay each page load by this many milliseconds, to see loading states.")
    var latency: Int = 0

    @Option(help: "Generate this many flagged comments instead of the demo set.")
    var generate: Int?

    func run() throws {
        guard fake else {
            throw ValidationError("only --fake works until the console is wired to the store (issue 5, step two)")
        }
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw ValidationError("the console needs a terminal: standard input and output must be one")
        }
        let backend = generate.map { FakeBackend.generated(count: $0, now: Date()) } ?? FakeBackend.demo(now: Date())
        backend.latency = Double(latency) / 1000
        let terminal: Terminal
        guard let input = fdopen(STDIN_FILENO, "r"), let output = fdopen(STDOUT_FILENO, "w") else {
            throw ValidationError("cannot open the terminal's streams")
        }
        do { terminal = try Terminal(input: input, output: output) } catch {
            FileHandle.standardError.write(Data("vigil: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let status = ConsoleRunner(terminal: terminal, backend: backend, name: name, workingDirectory: FileManager.default.currentDirectoryPath).run()
        terminal.close()
        if status != 0 { throw ExitCode(status) }
    }
}
