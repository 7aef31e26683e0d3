import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil export-author`: a subject access request answered for one author.
struct ExportAuthorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-author",
        abstract: "Everything held about one author (a subject access request): JSON and a readable summary.",
        discussion: """
            AUTHOR is the author's platform id, or platform:id. Writes subject-access.json, \
            subject-access.txt and SHA256SUMS into --out DIR (an empty or new folder, unless \
            --overwrite).
            """)

    @Argument(help: ArgumentHelp("The author's id, or platform:id.", valueName: "author"))
    var author: String

    @Option(help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var out: String

    @ArgumentParser.Flag(help: "Write into a folder that already has files.")
    var overwrite = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open(create: false)
        let key = try RecordSubjects.author(author, in: store)
        guard let record = try SignOffCLI.run({ try store.evidence(for: key) }) else { throw CLIError("no \(key) in \(safe(store.location))") }
        try RecordFiles.prepareFolder(out, overwrite: overwrite)
        let files = try SubjectAccess.files(EvidenceInput(
            subject: "\(key.platform.rawValue) author \(key.id)", comments: record.comments, proposals: record.proposals,
            entries: record.entries, verification: try RecordSubjects.verification(store), made: Date()))
        for f in files { try RecordFiles.write(f.data, to: URL(fileURLWithPath: out).appendingPathComponent(f.name).path) }
        standardOutput.line("Wrote what is held about \(key) to \(safe(out)): \(counted(record.comments.count, "comment")), \(counted(record.proposals.count, "decision"))")
    }
}
