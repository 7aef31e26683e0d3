import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil report`: the incident log for governors.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The incident log for governors: counts, decisions, how long each step took, escalations, blocks, overdue sign-offs.",
        discussion: """
            Flagged comments are counted by when they were posted, decisions by when they were \
            proposed, both inside --from and --to (London days, both included). Commenters are \
            numbered (Commenter 1, 2 …, for this report only) unless --names. html is one \
            self-contained file (inline styles and charts, no script, no link); csv has \
            section,label,value rows and then the incidents.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case md, csv, html }

    @Option(help: ArgumentHelp("First day (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last day (YYYY-MM-DD), included.", valueName: "date"))
    var to: String?

    @Option(help: "Output: md, csv or html.")
    var format: OutputFormat = .md

    @ArgumentParser.Flag(help: "Show commenters' names as the exports gave them instead of numbers.")
    var names = false

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var settingsOptions: SignOffSettingsOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let period: ReportPeriod
        switch ReportPeriod.days(from: from, to: to) {
        case .success(let p): period = p
        case .failure(let e): throw CLIError.usage(e.description)
        }
        let settings = try settingsOptions.settings()
        let store = try storeOptions.open(create: false)
        let input = try SignOffCLI.run { try store.reportInput(period: period, at: Date(), settings: settings) }
        let report = IncidentReport(input, names: names)
        let text: String
        switch format {
        case .md: text = ReportText.markdown(report)
        case .csv: text = ReportText.csv(report)
        case .html: text = ReportText.html(report)
        }
        if let out {
            try RecordFiles.write(Data(text.utf8), to: out)
            standardError.line("vigil: wrote the report (\(counted(report.incidentCount, "flagged comment"))) to \(safe(out))")
        } else {
            standardOutput.write(text)
        }
    }
}

/// Writing what the records commands make: whole files, never half of one.
enum RecordFiles {
    static func write(_ data: Data, to path: String) throws {
        do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw CLIError("cannot write \(safe(path)): \((error as NSError).localizedDescription)")
        }
    }
}
