import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil evidence`: an evidence pack for one comment or one author.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "An evidence pack for a comment (or an author): texts as imported, flags, decisions, audit entries and their verification.",
        discussion: """
            Writes evidence.json, evidence.html and SHA256SUMS into --out DIR (made if missing; \
            a folder that already has files is refused unless --overwrite). Check the files with \
            `cd DIR && sha256sum -c SHA256SUMS`. The whole audit log is verified as the pack is \
            made and the result is in it; when it fails the pack is still written and vigil exits 3. \
            Attachments are never included (links and types only); indecent images of children \
            are for the police alone.
            """)

    @Argument(help: ArgumentHelp("The comment's id, or platform:id (with --author: the author's id, or platform:id).", valueName: "id"))
    var id: String

    @ArgumentParser.Flag(help: "ID names an author: the pack holds all their comments and the blocks proposed on them.")
    var author = false

    @Option(help: ArgumentHelp("The folder to write the pack into.", valueName: "dir"))
    var out: String

    @ArgumentParser.Flag(help: "Write into a folder that already has files (the pack's own files are replaced).")
    var overwrite = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open(create: false)
        let (subject, record) = try SignOffCLI.run { () throws -> (String, EvidenceRecord) in
            if author {
                let key = try RecordSubjects.author(id, in: store)
                guard let r = try store.evidence(for: key) else { throw CLIError("no \(key) in \(safe(store.location))") }
                return ("\(key.platform.rawValue) author \(key.id)", r)
            }
            let key = try ShowCommand.resolve(id, in: store)
            guard let r = try store.evidence(for: key) else { throw CLIError("no \(key) in \(safe(store.location))") }
            return ("\(key.platform.rawValue) comment \(key.id)", r)
        }
        try RecordFiles.prepareFolder(out, overwrite: overwrite)
        let verification = try RecordSubjects.verification(store)
        let files = try EvidencePack.files(EvidenceInput(
            subject: subject, comments: record.comments, proposals: record.proposals, entries: record.entries,
            verification: verification, made: Date()))
        for f in files { try RecordFiles.write(f.data, to: URL(fileURLWithPath: out).appendingPathComponent(f.name).path) }
        standardOutput.line("Wrote the evidence pack for \(safe(subject)) to \(safe(out)): \(counted(record.comments.count, "comment")), \(counted(record.proposals.count, "decision")), \(entries(record.entries.count))")
        guard verification.valid else {
            throw CLIError("the audit log does not verify" + (verification.failedEntry.map { " (entry \($0))" } ?? "") + ": \(verification.failure ?? verification.problems.first ?? ""); the pack records this", exitCode: 3)
        }
        standardOutput.line("The audit log verifies (\(entries(verification.entryCount))). Check the files with: cd \(safe(out)) && sha256sum -c SHA256SUMS")
    }
}

private func entries(_ n: Int) -> String { "\(grouped(n)) audit entr\(n == 1 ? "y" : "ies")" }

/// Naming authors and checking the log, for the records commands.
enum RecordSubjects {
    /// The author `text` names: `platform:id`, else the one author with that id.
    static func author(_ text: String, in store: SQLiteStore) throws -> AuthorKey {
        if let colon = text.firstIndex(of: ":"), let platform = Platform(rawValue: String(text[..<colon])) {
            return AuthorKey(platform: platform, id: String(text[text.index(after: colon)...]))
        }
        let keys = try store.findAuthors(platformID: text, platform: nil)
        guard let first = keys.first else {
            throw CLIError("no author with id '\(safe(text))' in \(safe(store.location)) (ids are the platforms' own, as `vigil show ID` prints them)")
        }
        guard keys.count == 1 else {
            throw CLIError("author id '\(safe(text))' is on several platforms: \(keys.map { "\($0.platform.rawValue):\(safe($0.id))" }.joined(separator: ", ")); name one as platform:id")
        }
        return first
    }

    /// The whole audit log verified, as a pack records it.
    static func verification(_ store: SQLiteStore) throws -> EvidenceVerification {
        let report = try SignOffCLI.run { try store.verifyAudit() }
        return EvidenceVerification(
            entryCount: report.entryCount, valid: report.isValid, failure: report.failure, failedEntry: report.failedEntry,
            problems: report.problems.map(\.description), genesisHash: report.genesisHash.map { ContentHash.hex($0) },
            headHash: report.headHash.map { ContentHash.hex($0) })
    }
}

extension RecordFiles {
    /// Makes `path` if missing; refuses one that has files unless `overwrite`.
    static func prepareFolder(_ path: String, overwrite: Bool) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CLIError("--out \(safe(path)) is a file, not a folder") }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            if !contents.isEmpty && !overwrite {
                throw CLIError("--out \(safe(path)) already has \(counted(contents.count, "file")): choose an empty folder, or add --overwrite")
            }
            return
        }
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw CLIError("cannot make the folder \(safe(path)): \((error as NSError).localizedDescription)")
        }
    }
}
