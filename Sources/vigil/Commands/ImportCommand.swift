import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil import FILE...`: exports into the store, one transaction per file.
struct ImportCommand: ParsableCommand, TakesManyFiles {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import exports (saved API responses, comment-export CSVs) into the store, flagging them.",
        discussion: """
            The format is told from each file's content; --source overrides it. Re-importing the same \
            or an overlapping export adds nothing twice; an edited comment's new text becomes current, \
            the earlier one is kept, and it is flagged again. A file that cannot be read in full is \
            refused and leaves the store as it was; the other files are still imported unless --atomic.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: ArgumentHelp("Export files.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The files' format, overriding detection.", valueName: "format"))
    var source: ExportFormat?

    @Option(help: ArgumentHelp("Name the channel of every comment in these files.", valueName: "name"))
    var channel: String?

    @ArgumentParser.Flag(help: "All files or none: if any file is refused, nothing is imported.")
    var atomic = false

    @OptionGroup var rules: RulesOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output: table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one export file") }
        if let channel, channel.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--channel needs a name")
        }
    }

    func run() throws {
        let flagger = try rules.flagger()
        let store = try storeOptions.open(create: true)
        let outcomes = ImportRun.run(files: files, store: store, flagger: flagger, options: ImportOptions(
            format: source, channel: channel, atomic: atomic, systemUser: ImportRun.systemUser()))
        switch format {
        case .table: ImportRun.printTable(outcomes, atomic: atomic)
        case .json: ImportRun.printJSON(outcomes, store: store.location, atomic: atomic)
        }
        ImportRun.reportFailures(outcomes, atomic: atomic)
        if outcomes.contains(where: \.isFailure) { throw ExitCode(1) }
    }
}

/// Running an import and printing its outcomes; shared by `import` and `demo`.
enum ImportRun {
    static func run(
        files: [String], store: any Store, flagger: any Flagger, options: ImportOptions,
        reader: ExportReader? = nil, load: (@Sendable (String) throws -> Data)? = nil
    ) -> [ImportOutcome] {
        let pipeline = reader.map { ImportPipeline(store: store, flagger: flagger, reader: $0) }
            ?? ImportPipeline(store: store, flagger: flagger)
        let loader = load ?? { try FileBytes.read($0) }
        let sources = files.map { path in ImportSource(name: path) { try loader(path) } }
        let progress = ProgressLine()
        let outcomes = pipeline.run(sources, options: options) { p in
            progress.update(comments: p.comments, detail: "file \(p.fileIndex + 1) of \(p.fileCount): \(p.fileName)")
        }
        progress.finish()
        return outcomes
    }

    static func systemUser() -> String? {
        ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"]
    }

    static func printTable(_ outcomes: [ImportOutcome], atomic: Bool) {
        var table = Table(["file", "format", "new", "updated", "unchanged", "flagged", "result"], rightAligned: [2, 3, 4, 5])
        var total = ImportCounts()
        for outcome in outcomes {
            switch outcome {
            case .imported(let r):
                total = total + r.counts
                table.add([r.fileName, r.format.rawValue, grouped(r.counts.new), grouped(r.counts.updated),
                           grouped(r.counts.unchanged), grouped(r.counts.flagged),
                           r.warnings.isEmpty ? "imported" : "imported, \(r.warnings.count) warning(s)"])
            case .rolledBack(let name, let format, _):
                table.add([name, format.rawValue, "-", "-", "-", "-", "not imported (--atomic: another file was refused)"])
            case .failed(let name, _):
                table.add([name, "-", "-", "-", "-", "-", "refused (see below)"])
            }
        }
        if outcomes.count > 1 {
            table.add(["total", "", grouped(total.new), grouped(total.updated), grouped(total.unchanged), grouped(total.flagged), ""])
        }
        standardOutput.write(table.render(width: standardOutput.lineWidth))
        for case .imported(let r) in outcomes {
            for warning in r.warnings { standardOutput.line("warning: \(safe(warning))") }
        }
    }

    static func printJSON(_ outcomes: [ImportOutcome], store: String, atomic: Bool) {
        var json = JSONOutput()
        var total = ImportCounts()
        json.raw("{"); json.key("store"); json.string(store); json.comma()
        json.key("atomic"); json.bool(atomic); json.comma()
        json.key("files"); json.raw("[")
        for (i, outcome) in outcomes.enumerated() {
            if i > 0 { json.comma() }
            json.raw("{"); json.key("file"); json.string(outcome.fileName); json.comma()
            switch outcome {
            case .imported(let r):
                total = total + r.counts
                json.key("result"); json.string("imported"); json.comma()
                json.key("format"); json.string(r.format.rawValue); json.comma()
                counts(r.counts, into: &json); json.comma()
                json.key("sha256"); json.string(r.sha256); json.comma()
                json.key("warnings"); json.raw("[")
                for (w, warning) in r.warnings.enumerated() {
                    if w > 0 { json.comma() }
                    json.string(SecretRedaction.redact(warning))
                }
                json.raw("]")
            case .rolledBack(_, let format, let c):
                json.key("result"); json.string("rolled-back"); json.comma()
                json.key("format"); json.string(format.rawValue); json.comma()
                json.key("read"); json.int(c.read)
            case .failed(_, let message):
                json.key("result"); json.string("refused"); json.comma()
                json.key("error"); json.string(SecretRedaction.redact(message))
            }
            json.raw("}")
        }
        json.raw("]"); json.comma()
        json.key("total"); json.raw("{"); counts(total, into: &json); json.raw("}")
        json.raw("}"); json.newline()
        standardOutput.write(bytes: json.bytes)
    }

    private static func counts(_ c: ImportCounts, into json: inout JSONOutput) {
        json.key("read"); json.int(c.read); json.comma()
        json.key("new"); json.int(c.new); json.comma()
        json.key("updated"); json.int(c.updated); json.comma()
        json.key("unchanged"); json.int(c.unchanged); json.comma()
        json.key("flagged"); json.int(c.flagged)
    }

    /// Each refusal in full on standard error, and what it meant for the store.
    static func reportFailures(_ outcomes: [ImportOutcome], atomic: Bool) {
        standardOutput.flush()
        let failures = outcomes.compactMap { outcome -> String? in
            if case .failed(_, let message) = outcome { message } else { nil }
        }
        guard !failures.isEmpty else { return }
        for message in failures { standardError.line("vigil: " + safe(message)) }
        let kept = outcomes.filter { if case .imported = $0 { true } else { false } }.count
        if atomic || kept == 0 {
            standardError.line("vigil: nothing was imported: the store is as it was")
        } else {
            standardError.line("vigil: \(failures.count) of \(outcomes.count) files refused (the store is as it was for them); \(kept) imported")
        }
        standardError.flush()
    }
}
