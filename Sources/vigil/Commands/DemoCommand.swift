import ArgumentParser
import Foundation
import VigilEngine
import VigilConsole
import VigilStore

/// `vigil demo`: a demo store from the built-in samples.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Make a demo store from the built-in sample exports and open the console on it.",
        discussion: """
            Without --store the demo store goes in a new temporary folder (never your real store); the path is \
            printed so you can try the other commands on it. In a terminal the console opens on it (sign in with \
            the demo names and passphrases it shows); otherwise, or with --no-console, the status and queue are printed.
            """)

    @Option(help: ArgumentHelp("Where to make the demo store (a path that does not exist yet).", valueName: "path"))
    var store: String?

    @ArgumentParser.Flag(help: "Print the status and queue instead of opening the console.")
    var noConsole = false

    func run() throws {
        let path = try store ?? Self.temporaryStorePath()
        if FileManager.default.fileExists(atPath: path) {
            throw CLIError("\(safe(path)) already exists; the demo makes a new store, so name a path that does not exist")
        }
        let flagger = try RulesOptions.flagger(rulesFile: nil)
        let opened: SQLiteStore
        do {
            opened = try SQLiteStore.open(path: path, create: true)
        } catch let error as StoreError {
            throw CLIError(error)
        }
        standardOutput.line("Demo store: \(safe(path))")
        standardOutput.line()
        let outcomes = ImportRun.run(
            files: DemoSamples.files.map(\.name), store: opened, flagger: flagger,
            options: ImportOptions(systemUser: ImportRun.systemUser()),
            load: { name in
                guard let data = DemoSamples.data(named: name) else { throw FileBytes.ReadError(description: "no such sample") }
                return data
            })
        ImportRun.printTable(outcomes, atomic: false)
        ImportRun.reportFailures(outcomes, atomic: false)
        if outcomes.contains(where: \.isFailure) {
            throw CLIError("the demo samples could not all be imported (see above); the demo store is at \(safe(path))")
        }
        do { try DemoRoster.make(opened) } catch {
            throw CLIError("the demo's administrators could not be made (\(error)); the demo store is at \(safe(path))")
        }
        standardOutput.line()
        StatusCommand.printTable(try opened.status(), last: try opened.imports(limit: 1).first, store: path)
        standardOutput.line()
        standardOutput.line("Queue:")
        var printer = QueuePrinter(format: .table, store: path)
        let query = QueueQuery(limit: 20)
        printer.total = try opened.queueCount(query)
        for row in try opened.queue(query) { printer.add(row) }
        printer.finish()
        standardOutput.line()
        standardOutput.line("Try: vigil show 102030405060111_2004 --store \(path)")
        standardOutput.line("     VIGIL_STORE=\(path) vigil queue --format jsonl")
        standardOutput.flush()
        guard !noConsole, isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { return }
        let backend = StoreConsoleBackend(store: opened, flagger: flagger, systemUser: ImportRun.systemUser())
        ConsoleLaunch.warmInBackground(opened)
        try ConsoleLaunch.run(backend: backend, name: nil, signInNote: DemoRoster.note)
    }

    /// A new folder under $TMPDIR for the demo store.
    static func temporaryStorePath() throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base as NSString).appendingPathComponent("vigil-demo-XXXXXX").utf8CString)
        guard let folder = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CLIError("cannot make a temporary folder in \(base): \(String(cString: strerror(errno)))")
        }
        return (String(cString: folder) as NSString).appendingPathComponent("vigil.sqlite")
    }
}
