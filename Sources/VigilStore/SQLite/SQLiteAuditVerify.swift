import Foundation
import GRDB
import VigilEngine

/// `vigil audit verify`: the audit log proved from its first entry, then the other tables
/// checked against what it says, all from one snapshot of the store.
extension SQLiteStore {
    /// Entries handed to the verifier at a time.
    static let auditPageSize = 1_024

    /// Verifies the chain, the signatures and the replayed sign-off rules, then (when the
    /// log verifies) holds the accounts, proposals, sign-offs, cover windows and decided
    /// comments' texts against it. Reads inside one read transaction, so a write made
    /// meanwhile by another process is either wholly in what is checked or not at all.
    ///
    /// The other tables are read and checked while the verifier's workers are still checking
    /// signatures (against the log as replayed, thrown away if the log then fails): the
    /// signatures are nearly all the cost, and this way the rest hides behind them.
    ///
    /// - Parameters:
    ///   - expectedGenesis: the first entry's hash as the school recorded it at `vigil init`.
    ///   - checkpoint: a point an earlier verification proved, kept where the store's holder
    ///     cannot write; signatures up to it are not checked again.
    public func verifyAudit(
        expectedGenesis: Data? = nil, trusting checkpoint: AuditCheckpoint? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws -> AuditReport {
        try read { db in
            var run = try Self.verifyLog(db, expectedGenesis: expectedGenesis, checkpoint: checkpoint, threads: threads) { log in
                try Self.integrityProblems(db, against: log)
            }
            if checkpoint != nil, run.verification.failure?.reason == .checkpointMismatch {
                // Name the entry that changed, not only that something before the checkpoint did.
                let full = try Self.verifyLog(db, expectedGenesis: expectedGenesis, checkpoint: nil, threads: threads, meanwhile: nil)
                if let f = full.verification.failure, f.sequence <= (run.verification.failure?.sequence ?? .max) { run = full }
            }
            let verification = run.verification
            var failure = verification.failure.map { ($0.sequence, $0.description) }
            if let unreadable = run.unreadable, unreadable.0 < (failure?.0 ?? .max) { failure = unreadable }
            let problems = failure == nil && verification.log != nil ? run.problems ?? [] : []
            return AuditReport(
                entryCount: verification.entryCount, failure: failure?.1, failedEntry: failure?.0, problems: problems,
                genesisHash: verification.genesisHash, headHash: failure == nil ? verification.headHash : nil,
                checkpoint: failure == nil && problems.isEmpty ? verification.checkpoint : nil, profile: verification.profile)
        }
    }

    /// What verifying the log found: the verifier's result, the first row that could not
    /// even be read as an entry, and what `meanwhile` returned (run on the replayed log while
    /// the signatures are checked; nil when the walk already failed).
    private struct LogRun {
        var verification: AuditVerification
        var unreadable: (UInt64, String)?
        var problems: [IntegrityProblem]?
    }

    private static func verifyLog(
        _ db: Database, expectedGenesis: Data?, checkpoint: AuditCheckpoint?, threads: Int,
        meanwhile: ((ReplayedLog) throws -> [IntegrityProblem])?
    ) throws -> LogRun {
        let verifier = AuditVerifier(expectedGenesis: expectedGenesis, trusting: checkpoint, threads: threads)
        // The verifier's workers run until `finish`, even when reading throws.
        var verification: AuditVerification?
        defer { if verification == nil { _ = verifier.finish() } }
        var position: UInt64 = 0
        var unreadable: (UInt64, String)?
        var entries: [AuditEntry] = []
        entries.reserveCapacity(auditPageSize)
        try AuditRows.forEach(db) { row in
            position += 1
            switch row {
            case .success(let entry):
                entries.append(entry)
                if entries.count == auditPageSize {
                    verifier.add(entries)
                    entries.removeAll(keepingCapacity: true)
                }
                return true
            case .failure(let problem):
                unreadable = (position, "audit entry \(position): it is malformed: \(problem)")
                return false
            }
        }
        verifier.add(entries)
        var problems: [IntegrityProblem]?
        if unreadable == nil, let meanwhile, let log = verifier.endWalk() {
            problems = try meanwhile(log)
        }
        verification = verifier.finish()
        return LogRun(verification: verification!, unreadable: unreadable, problems: problems)
    }

    /// Every row of the other tables that the verified log contradicts, or that cannot be read.
    /// The large tables (proposals, sign-offs) are read raw, as the log is.
    private static func integrityProblems(_ db: Database, against log: ReplayedLog) throws -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        func unreadable(_ table: String, _ label: String, _ error: Error) {
            problems.append(IntegrityProblem(
                table: table, row: SafeText.oneLine(label, limit: 60), entry: nil, message: "cannot be read: \(error)"))
        }

        var accounts: [Account] = []
        for row in try Row.fetchAll(db, sql: AccountRows.select) {
            do { accounts.append(try AccountRows.decode(row).account) } catch { unreadable("accounts", (row[0] as DatabaseValue).description, error) }
        }
        problems += IntegrityCheck.accounts(accounts, against: log)

        var proposals: [Proposal] = []
        proposals.reserveCapacity(log.proposals.count)
        try RawCells.forEach(db, sql: ProposalRows.select + ProposalRows.from + " ORDER BY p.id", names: ProposalRows.names) { c in
            do { proposals.append(try ProposalRows.decode(c)) } catch { unreadable("proposals", c.label(0), error) }
            return true
        }
        problems += IntegrityCheck.proposals(proposals, against: log)
        for row in try Row.fetchAll(db, sql: """
            SELECT d.proposal_id FROM carried_out d LEFT JOIN proposals p ON p.id = d.proposal_id
            WHERE p.state IS NOT 'carried-out'
            """) {
            problems.append(IntegrityProblem(
                table: "carried out", row: "P\((row[0] as DatabaseValue).description)", entry: nil,
                message: "records an action done for a proposal that the store does not hold as carried out"))
        }

        var decisions: [DecisionRow] = []
        decisions.reserveCapacity(log.decisions.count)
        let names = ["proposal_id", "verdict", "decided_by", "decided_at", "note"]
        var signers: [String: AccountName] = [:]  // a handful of people, thousands of rows
        try RawCells.forEach(db, sql: "SELECT proposal_id, verdict, decided_by, decided_at, note FROM decisions", names: names) { c in
            do {
                let verdictText = try c.text(1), byText = try c.text(2)
                guard let verdict = RecordedDecision.Verdict(rawValue: verdictText) else {
                    throw RowProblem(column: "verdict", expected: "approve or reject", found: "\"\(SafeText.oneLine(verdictText, limit: 20))\"")
                }
                guard let by = signers[byText] ?? (try? AccountName(byText)), by.rawValue == byText else {
                    throw RowProblem(column: "decided_by", expected: "an account name", found: "\"\(SafeText.oneLine(byText, limit: 40))\"")
                }
                signers[byText] = by
                decisions.append(DecisionRow(
                    proposal: ProposalID(try c.unsigned(0)), verdict: verdict, by: by,
                    at: AuditTime.date(try c.int(3)), note: try c.optionalText(4)))
            } catch {
                unreadable("sign-offs", c.label(0), error)
            }
            return true
        }
        problems += IntegrityCheck.decisions(decisions, against: log)

        problems += IntegrityCheck.coverWindows(try coverWindowRows(db, problems: &problems), against: log)
        problems += IntegrityCheck.commentTexts(try commentTextRows(db, for: Array(Set(log.decidedTexts.keys).union(log.purges.keys))), against: log)
        return problems
    }

    private static func coverWindowRows(_ db: Database, problems: inout [IntegrityProblem]) throws -> [CoverWindow] {
        do { return try SignOffTransaction.coverWindows(db) } catch let error as SignOffError {
            problems.append(IntegrityProblem(table: "cover windows", row: "", entry: nil, message: error.description))
            return []
        }
    }

    /// Every stored version of the given comments' texts, with the hash stored beside each:
    /// one lookup a comment through the (platform, platform_id) index, one prepared statement
    /// (a row-value IN list made SQLite scan every comment for each batch: 1.5 s of CPU).
    private static func commentTextRows(_ db: Database, for comments: [CommentKey]) throws -> [CommentTextRow] {
        var rows: [CommentTextRow] = []
        rows.reserveCapacity(comments.count)
        let names = ["text", "sha256"]
        let sql = """
            SELECT v.text, v.sha256 FROM comments c JOIN comment_versions v ON v.comment_id = c.id
            WHERE c.platform = ? AND c.platform_id = ?
            """
        for key in comments {
            try RawCells.forEach(db, sql: sql, arguments: [key.platform.rawValue, key.id], names: names) { c in
                rows.append(CommentTextRow(comment: key, text: try? c.optionalText(0), textSHA256: try? c.optionalBlob(1)))
                return true
            }
        }
        return rows
    }
}
