import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `vigil audit verify` and `vigil audit log`.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Prove the audit log (verify) or list it (log).",
        subcommands: [Verify.self, Log.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every hash, link and signature of the audit log, replay the sign-off rules, and hold the other tables against it.",
            discussion: """
                Exit 0 when everything verifies, 3 naming the first entry that does not (or \
                every row of another table that the log contradicts). Signatures are checked \
                against the keys the log itself vouches for, never the accounts table. \
                --genesis HASH (from vigil init) also proves the log still begins where it \
                began. --checkpoint FILE keeps, outside the store, the point this verification \
                proved, so that the next run checks only newer signatures and notices entries \
                removed from the end; keep that file where whoever holds the store cannot write.
                """)

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Option(help: ArgumentHelp("The genesis hash printed by vigil init (64 hex digits).", valueName: "hash"))
        var genesis: String?

        @Option(help: ArgumentHelp("A checkpoint file to trust and then update.", valueName: "file"))
        var checkpoint: String?

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "Output: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            var expected = try genesis.map { try Self.hash($0, "--genesis") }
            var trusted: AuditCheckpoint?
            if let checkpoint, FileManager.default.fileExists(atPath: checkpoint) {
                let saved = try Checkpoint.read(checkpoint)
                if let expected, expected != saved.genesis {
                    throw CLIError("--checkpoint \(safe(checkpoint)) belongs to a log with another genesis hash than --genesis")
                }
                expected = saved.genesis
                trusted = saved.point
            }
            let store = try storeOptions.open(create: false)
            let report = try SignOffCLI.run { try store.verifyAudit(expectedGenesis: expected, trusting: trusted) }
            if let checkpoint, report.isValid, let point = report.checkpoint, let genesis = report.genesisHash {
                try Checkpoint.write(checkpoint, genesis: genesis, point: point)
            }
            switch format {
            case .json: standardOutput.write(bytes: Self.json(report).bytes)
            case .text: Self.printText(report)
            }
            guard report.isValid else {
                if format == .text, let failure = report.failure { throw CLIError(failure, exitCode: 3) }
                throw CLIError(report.failure ?? "\(counted(report.problems.count, "row")) of other tables disagree with the audit log", exitCode: 3)
            }
        }

        static func printText(_ r: AuditReport) {
            if r.failure != nil { return }
            if !r.problems.isEmpty {
                for p in r.problems { standardError.line("vigil: " + safe(p.description)) }
                standardOutput.line("The audit log itself verifies (\(Self.entries(r.entryCount))), but \(counted(r.problems.count, "row")) of other tables disagree with it: they were changed outside Vigil.")
                return
            }
            if r.entryCount == 0 {
                standardOutput.line("The audit log is empty: nobody has been set up yet (vigil init).")
                return
            }
            standardOutput.line("The audit log verifies: \(Self.entries(r.entryCount)), every hash, link and signature, with the sign-off rules replayed; the accounts, proposals, sign-offs, cover windows and decided comments' texts agree with it.")
            if r.profile.signaturesSkipped > 0 {
                standardOutput.line("(\(grouped(r.profile.signaturesSkipped)) signatures before the checkpoint were trusted, not checked again.)")
            }
            standardOutput.line("Genesis: " + SignOffCLI.hex(r.genesisHash))
            standardOutput.line("Head:    " + SignOffCLI.hex(r.headHash))
        }

        static func json(_ r: AuditReport) -> JSONOutput {
            var json = JSONOutput()
            json.raw("{"); json.key("valid"); json.bool(r.isValid); json.comma()
            json.key("entries"); json.int(r.entryCount); json.comma()
            json.key("failure")
            if let failure = r.failure, let entry = r.failedEntry {
                json.raw("{"); json.key("entry"); json.int(Int(clamping: entry)); json.comma()
                json.key("reason"); json.string(failure); json.raw("}")
            } else {
                json.null()
            }
            json.comma(); json.key("problems"); json.raw("[")
            for (i, p) in r.problems.enumerated() {
                if i > 0 { json.comma() }
                json.raw("{"); json.key("table"); json.string(p.table); json.comma()
                json.key("row"); json.string(p.row); json.comma()
                json.key("entry"); if let e = p.entry { json.int(Int(clamping: e)) } else { json.null() }; json.comma()
                json.key("message"); json.string(p.description); json.raw("}")
            }
            json.raw("]"); json.comma()
            json.key("genesis"); json.string(r.genesisHash.map(SignOffCLI.hex)); json.comma()
            json.key("head"); json.string(r.headHash.map(SignOffCLI.hex)); json.raw("}"); json.newline()
            return json
        }

        /// "1 entry", "2,000 entries".
        static func entries(_ n: Int) -> String { grouped(n) + (n == 1 ? " entry" : " entries") }

        static func hash(_ text: String, _ what: String) throws -> Data {
            let hex = Array(text.lowercased().utf8)
            guard hex.count == 64 else { throw CLIError("\(what): a hash is 64 hex digits, not \(hex.count) characters") }
            var bytes: [UInt8] = []
            for i in stride(from: 0, to: 64, by: 2) {
                guard let b = UInt8(String(decoding: hex[i..<i + 2], as: UTF8.self), radix: 16) else {
                    throw CLIError("\(what): '\(safe(text))' is not 64 hex digits")
                }
                bytes.append(b)
            }
            return Data(bytes)
        }
    }

    /// The checkpoint file: one line, `genesis-hex sequence head-hex`, mode 0600.
    enum Checkpoint {
        static func read(_ path: String) throws -> (genesis: Data, point: AuditCheckpoint) {
            let text: String
            do { text = String(decoding: try FileBytes.read(path), as: UTF8.self) } catch {
                throw CLIError("--checkpoint \(safe(path)): cannot read it: \(error)")
            }
            let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
            guard parts.count == 3, let sequence = UInt64(parts[1]), sequence > 0 else {
                throw CLIError("--checkpoint \(safe(path)): expected 'GENESIS SEQUENCE HASH' as written by vigil audit verify")
            }
            let genesis = try Verify.hash(parts[0], "--checkpoint \(path)")
            return (genesis, AuditCheckpoint(sequence: sequence, hash: try Verify.hash(parts[2], "--checkpoint \(path)")))
        }

        static func write(_ path: String, genesis: Data, point: AuditCheckpoint) throws {
            let line = "\(SignOffCLI.hex(genesis)) \(point.sequence) \(SignOffCLI.hex(point.hash))\n"
            guard FileManager.default.createFile(atPath: path, contents: Data(line.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw CLIError("--checkpoint \(safe(path)): cannot write it")
            }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List audit log entries, newest first.",
            discussion: "--format jsonl prints one object a line with every field: {\"entry\", \"time\", \"actor\", \"kind\", \"what\", \"subject\", \"note\", \"signed\", \"hash\", \"previous_hash\"} and the entry's raw subject fields.")

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

        @Option(help: "At most this many entries (0: all).")
        var limit: Int = 50

        @ArgumentParser.Flag(help: "Oldest first.")
        var oldestFirst = false

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "Output: table or jsonl.")
        var format: OutputFormat = .table

        func validate() throws {
            if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
        }

        func run() throws {
            let store = try storeOptions.open(create: false)
            var table = Table(["entry", "time", "actor", "what", "subject", "note"])
            var shown = 0
            var total = 0
            let wanted = limit == 0 ? Int.max : limit
            try SignOffCLI.run {
                while shown < wanted {
                    let page = try store.auditEntries(newestFirst: !oldestFirst, offset: shown, limit: min(1_000, wanted - shown))
                    total = page.total
                    for e in page.rows {
                        let text = AuditEntryText(e)
                        switch format {
                        case .table:
                            table.add(["\(e.sequence)", DisplayTime.minute(e.time), e.actor, text.what, text.subject, text.note ?? ""])
                        case .jsonl:
                            standardOutput.write(bytes: Self.json(e, text).bytes)
                        }
                    }
                    shown += page.rows.count
                    if page.rows.isEmpty { break }
                }
            }
            if format == .table {
                if shown == 0 { standardOutput.line("The audit log is empty."); return }
                standardOutput.write(table.render(width: standardOutput.lineWidth))
                standardOutput.line("\(grouped(shown)) of \(Verify.entries(total)) shown" + (shown < total ? " (--limit 0 shows all)" : ""))
            }
        }

        static func json(_ e: AuditEntry, _ text: AuditEntryText) -> JSONOutput {
            var json = JSONOutput()
            let s = e.subject
            json.raw("{"); json.key("entry"); json.int(Int(clamping: e.sequence)); json.comma()
            json.key("time"); json.string(isoTime(e.time)); json.comma()
            json.key("actor"); json.string(e.actor); json.comma()
            json.key("kind"); json.string(e.kind); json.comma()
            json.key("what"); json.string(text.what); json.comma()
            json.key("subject"); json.string(text.subject); json.comma()
            json.key("note"); json.string(text.note); json.comma()
            json.key("proposal"); json.string(s.proposal.map { "P\($0)" }); json.comma()
            json.key("action"); json.string(s.action); json.comma()
            json.key("escalate_to"); json.string(s.escalateTo); json.comma()
            json.key("platform"); json.string(s.platform); json.comma()
            json.key("comment_id"); json.string(s.commentID); json.comma()
            json.key("text_sha256"); json.string(s.textSHA256.map(SignOffCLI.hex)); json.comma()
            json.key("author_id"); json.string(s.author); json.comma()
            json.key("member"); json.string(s.member); json.comma()
            json.key("role"); json.string(s.role); json.comma()
            json.key("signed"); json.bool(e.signature != nil); json.comma()
            json.key("previous_hash"); json.string(SignOffCLI.hex(e.previousHash)); json.comma()
            json.key("hash"); json.string(SignOffCLI.hex(e.hash))
            json.raw("}"); json.newline()
            return json
        }
    }
}
