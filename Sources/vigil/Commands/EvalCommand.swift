import ArgumentParser
import Foundation
import VigilEngine

/// `vigil eval FILE.jsonl`: precision, recall and F1 per category against labelled comments.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the flagger against labelled comments: precision, recall and F1 per category.",
        discussion: """
        FILE.jsonl holds one {"id", "text", "categories": [...]} object a line (the format of \
        ../shared/eval). A spam label is satisfied by a spam or commercial flag. The file is \
        flagged as one batch, as an import would be.
        """)

    @Argument(help: "The labelled comments (JSONL).")
    var file: String

    @Option(name: .long, help: "A school's rules file to use on top of the built-in rules.")
    var rules: String?

    @ArgumentParser.Flag(name: .long, help: "List every miss and false alarm with its id.")
    var showErrors = false

    @Option(name: .long, help: "table (default) or json.")
    var format: ReportFormat = .table

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func run() throws {
        let ruleSet = try RulesLoading.load(path: rules)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CLIError("\(file): cannot be read (\(error.localizedDescription))")
        }
        let labelled: [LabelledComment]
        do {
            labelled = try LabelledComment.read(jsonl: data, fileName: file)
        } catch {
            throw CLIError(error.description)
        }
        let detector = try Detector(rules: ruleSet)
        let comments = labelled.map { ImportedComment(platform: .other, platformID: $0.id, text: $0.text) }
        let evaluation = Evaluation(labelled: labelled, flags: detector.flags(for: comments))
        switch format {
        case .table: print(evaluation.table(fileName: file, showErrors: showErrors), terminator: "")
        case .json: print(evaluation.json(fileName: file, showErrors: showErrors), terminator: "")
        }
    }
}
