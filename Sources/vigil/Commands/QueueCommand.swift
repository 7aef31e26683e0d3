import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil queue`: flagged comments awaiting a decision, most severe first, then oldest.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Flagged comments awaiting a decision, most severe first, then oldest.",
        discussion: """
            --format jsonl prints one object a line as vigil scan does ({"id", "platform", "author", \
            "flags"}) with "channel", "created", "severity", "categories", "state" and "text" added; \
            json prints them as one array; csv as columns. Comment text is printed as imported in \
            json, jsonl and csv (control characters escaped in JSON), and made safe in the table.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, jsonl, json, csv }

    @Option(help: ArgumentHelp("Only this category (repeat for several): \(Category.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "category"))
    var category: [Category] = []

    @Option(help: ArgumentHelp("Only this worst severity (repeat for several; 'high+' means high and critical).", valueName: "severity"))
    var severity: [String] = []

    @Option(help: ArgumentHelp("Only this channel (repeat for several).", valueName: "name"))
    var channel: [String] = []

    @Option(help: "At most this many comments (0: all).")
    var limit: Int = 50

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output: table, jsonl, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
        _ = try severities()
    }

    func severities() throws -> Set<Severity> {
        var result = Set<Severity>()
        for s in severity {
            let atLeast = s.hasSuffix("+")
            guard let level = Severity(rawValue: String(s.dropLast(atLeast ? 1 : 0))) else {
                throw ValidationError("--severity '\(s)': expected one of low, medium, high, critical (or e.g. high+)")
            }
            result.formUnion(atLeast ? Severity.allCases.filter { $0 >= level } : [level])
        }
        return result
    }

    func run() throws {
        let store = try storeOptions.open(create: false)
        var query = QueueQuery(categories: Set(category), severities: try severities(), channels: Set(channel))
        var printer = QueuePrinter(format: format, store: store.location)
        var remaining = limit == 0 ? Int.max : limit
        do {
            if format == .table {
                printer.total = try store.queueCount(query)
            }
            while remaining > 0 {
                query.limit = min(remaining, 1000)
                let page = try store.queue(query)
                for row in page { printer.add(row) }
                remaining -= page.count
                guard page.count == query.limit, let last = page.last else { break }
                query.after = last.cursor
            }
        } catch let error as StoreError {
            throw CLIError(error)
        }
        printer.finish()
    }
}

/// Prints queue rows in the chosen format, streaming all but the table.
struct QueuePrinter {
    let format: QueueCommand.OutputFormat
    let store: String
    var total = 0
    var json = JSONOutput()
    var count = 0
    var table = Table(["severity", "categories", "platform", "channel", "author", "age", "id", "text"])

    init(format: QueueCommand.OutputFormat, store: String) {
        self.format = format
        self.store = store
        switch format {
        case .json: json.raw("[")
        case .csv: standardOutput.line("id,platform,channel,author,created,severity,categories,rules,state,text")
        default: break
        }
    }

    mutating func add(_ row: QueueRow) {
        defer { count += 1 }
        switch format {
        case .table:
            table.add([row.severity.rawValue, row.categories.map(\.rawValue).joined(separator: ","), row.key.platform.rawValue,
                       row.channel ?? "", row.author ?? "(unknown)", age(row.created), row.key.id,
                       row.text.map { TextSafety.oneLine($0) } ?? "(text purged)"])
        case .jsonl, .json:
            if format == .json, count > 0 { json.comma() }
            object(row)
            if format == .jsonl { json.newline() }
            if json.bytes.count >= 1 << 16 {
                standardOutput.write(bytes: json.bytes)
                json.bytes.removeAll(keepingCapacity: true)
            }
        case .csv:
            let raw = !standardOutput.isTerminal
            let fields = [row.key.id, row.key.platform.rawValue, row.channel ?? "", row.author ?? "",
                          isoTime(row.created) ?? "", row.severity.rawValue,
                          row.categories.map(\.rawValue).joined(separator: ";"), row.flags.map(\.rule).joined(separator: ";"),
                          row.review.name, row.text ?? ""]
            standardOutput.line(fields.map { CSV.field($0, raw: raw) }.joined(separator: ","))
        }
    }

    private mutating func object(_ row: QueueRow) {
        json.raw("{")
        json.commentMembers(id: row.key.id, platform: row.key.platform, author: row.author, flags: row.flags)
        json.comma(); json.key("channel"); json.string(row.channel)
        json.comma(); json.key("created"); json.string(isoTime(row.created))
        json.comma(); json.key("severity"); json.string(row.severity.rawValue)
        json.comma(); json.key("categories"); json.categories(row.categories)
        json.comma(); json.key("state"); json.string(row.review.name)
        json.comma(); json.key("text"); json.string(row.text)
        json.raw("}")
    }

    mutating func finish() {
        switch format {
        case .table:
            if count == 0 {
                standardOutput.line("Nothing awaits a decision" + (total == 0 ? "." : " with these filters."))
                return
            }
            standardOutput.write(table.render(width: standardOutput.lineWidth))
            standardOutput.line("\(grouped(count)) of \(grouped(total)) shown" + (count < total ? " (--limit 0 shows all)" : ""))
        case .json:
            json.raw("]"); json.newline()
            standardOutput.write(bytes: json.bytes)
        case .jsonl:
            standardOutput.write(bytes: json.bytes)
        case .csv:
            break
        }
    }
}

/// RFC 4180 fields.
enum CSV {
    /// Quoted when needed. A cell a spreadsheet would run as a formula gets a leading `'`;
    /// with `raw` false (printing to a terminal) control characters are made visible.
    static func field(_ value: String, raw: Bool) -> String {
        var v = raw ? value : TextSafety.oneLine(value)
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { v = "'" + v }
        guard v.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
