import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil scan FILE...`: flags exports without storing anything.
///
/// Three threads in a row, so both cores stay busy on a large file: parsing, flagging (the
/// detector spreads a batch over the cores itself), and encoding + printing.
struct ScanCommand: ParsableCommand, TakesManyFiles {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Flag the comments of export files without storing anything.",
        discussion: """
            --format jsonl prints one line per comment, flagged or not: {"id", "platform", "author", \
            "flags": [{"category", "kind", "rule", "severity", "action", "spans": [{"start", "end"}], \
            "explanation"}]}. A file that cannot be read in full is reported on standard error (lines \
            for its comments before the fault may already be printed) and the exit status is 1.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

    @Argument(help: ArgumentHelp("Export files.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The files' format, overriding detection.", valueName: "format"))
    var source: ExportFormat?

    @OptionGroup var rules: RulesOptions

    @Option(help: "Output: table (flagged comments, then a summary per file) or jsonl.")
    var format: OutputFormat = .table

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one export file") }
    }

    func run() throws {
        let flagger = try rules.flagger()
        let failed = ScanRun(
            files: files, format: source, flagger: flagger, output: format,
            reader: { try Importers.read($0, fileName: $1, format: $2, emit: $3) }
        ).run()
        if failed { throw ExitCode(1) }
    }
}

/// The scan's threads and what passes between them.
struct ScanRun {
    let files: [String]
    let format: ExportFormat?
    let flagger: any Flagger
    let output: ScanCommand.OutputFormat
    let reader: ExportReader
    var batchSize = 4096

    enum Message: Sendable {
        case batch([ImportedComment], [[VigilEngine.Flag]])
        case end(file: String, summary: ImportSummary, comments: Int)
        case failed(String)
        case done
    }

    /// Scans every file; true when any file failed.
    func run() -> Bool {
        let parsed = BoundedQueue<Message>(capacity: 4)
        let flagged = BoundedQueue<Message>(capacity: 4)
        let finished = BoundedQueue<Bool>(capacity: 1)
        let (files, format, reader, batchSize, output) = (self.files, self.format, self.reader, self.batchSize, self.output)

        let parser = Thread {
            for file in files {
                var batch: [ImportedComment] = []
                var count = 0
                do {
                    let data = try FileBytes.read(file)
                    let summary = try reader(data, file, format) { comment in
                        batch.append(comment)
                        count += 1
                        if batch.count >= batchSize {
                            parsed.send(.batch(batch, []))
                            batch.removeAll(keepingCapacity: true)
                        }
                    }
                    if !batch.isEmpty { parsed.send(.batch(batch, [])) }
                    parsed.send(.end(file: file, summary: summary, comments: count))
                } catch let error as ImportError {
                    if !batch.isEmpty { parsed.send(.batch(batch, [])) }
                    parsed.send(.failed(error.description))
                } catch {
                    parsed.send(.failed("\(file): cannot read the file: \(error)"))
                }
            }
            parsed.send(.done)
        }
        parser.stackSize = 8 << 20
        let printer = Thread {
            var printer = ScanPrinter(format: output)
            while true {
                let message = flagged.receive()
                if case .done = message { break }
                printer.handle(message)
            }
            finished.send(printer.finish())
        }
        printer.stackSize = 8 << 20
        parser.start()
        printer.start()
        while true {
            let message = parsed.receive()
            if case .batch(let comments, _) = message {
                flagged.send(.batch(comments, flagger.flags(for: comments)))
            } else {
                flagged.send(message)
                if case .done = message { break }
            }
        }
        return finished.receive()
    }
}

/// Prints what the scan found, as JSON lines or for people.
struct ScanPrinter {
    let format: ScanCommand.OutputFormat
    var json = JSONOutput(capacity: 1 << 20)
    var failures = 0
    var files: [(String, ImportSummary, Int, Int)] = []
    var flaggedInFile = 0
    let width = standardOutput.lineWidth

    init(format: ScanCommand.OutputFormat) { self.format = format }

    mutating func handle(_ message: ScanRun.Message) {
        switch message {
        case .batch(let comments, let flags):
            for (comment, commentFlags) in zip(comments, flags) {
                if !commentFlags.isEmpty { flaggedInFile += 1 }
                switch format {
                case .jsonl:
                    json.raw("{")
                    json.commentMembers(id: comment.platformID, platform: comment.platform,
                                        author: comment.author?.displayName, flags: commentFlags)
                    json.raw("}")
                    json.newline()
                    if json.bytes.count >= 1 << 20 {
                        standardOutput.write(bytes: json.bytes)
                        json.bytes.removeAll(keepingCapacity: true)
                    }
                case .table:
                    guard let worst = commentFlags.map(\.severity).max() else { continue }
                    let categories = Array(Set(commentFlags.map(\.category))).sorted().map(\.rawValue).joined(separator: ",")
                    let line = TextSafety.pad(worst.rawValue, to: 8) + "  " + TextSafety.pad(categories, to: 22) + "  "
                        + TextSafety.pad(safe(comment.platform.rawValue + ":" + comment.platformID), to: 28) + "  "
                        + TextSafety.pad(safe(comment.author?.displayName ?? "(unknown)"), to: 18) + "  "
                    standardOutput.line(line + TextSafety.truncate(safe(comment.text), to: max(20, width - TextSafety.width(line))))
                }
            }
        case .end(let file, let summary, let comments):
            files.append((file, summary, comments, flaggedInFile))
            flaggedInFile = 0
        case .failed(let message):
            flush()
            standardError.line("vigil: " + safe(message))
            standardError.flush()
            failures += 1
            flaggedInFile = 0
        case .done:
            break
        }
    }

    mutating func flush() {
        if !json.bytes.isEmpty {
            standardOutput.write(bytes: json.bytes)
            json.bytes.removeAll(keepingCapacity: true)
        }
        standardOutput.flush()
    }

    /// Prints the per-file summary (table) and says whether any file failed.
    mutating func finish() -> Bool {
        if format == .table {
            if files.contains(where: { $0.3 > 0 }) { standardOutput.line() }
            for (file, summary, comments, flagged) in files {
                standardOutput.line("\(safe(file)): \(summary.format.rawValue), \(grouped(comments)) comments, \(grouped(flagged)) flagged")
                for warning in summary.warnings { standardOutput.line("  warning: \(safe(warning))") }
            }
        }
        flush()
        if failures > 0 {
            standardError.line("vigil: \(failures) of \(files.count + failures) files could not be read in full")
            standardError.flush()
        }
        return failures > 0
    }
}
