import Foundation
import GRDB
import VigilEngine

/// `vigil audit verify`: the audit log proved from its first entry, then the other tables
/// checked against what it says, all from one snapshot of the store.
extension SQLiteStore {
    /// Entries read from the store per batch handed to the verifier.
    static let auditPageSize = 4_096

    /// Verifies the chain, the signatures and the replayed sign-off rules, then (when the
    /// log verifies) holds the accounts, proposals, sign-offs, cover windows and decided
    /// comments' texts against it. Reads in pages inside one read transaction, so a write
    /// made meanwhile by another process is either wholly in what is checked or not at all.
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
            var (verification, unreadable) = try Self.verifyLog(db, expectedGenesis: expectedGenesis, checkpoint: checkpoint, threads: threads)
            if checkpoint != nil, verification.failure?.reason == .checkpointMismatch {
                // Name the entry that changed, not only that something before the checkpoint did.
                let full = try Self.verifyLog(db, expectedGenesis: expectedGenesis, checkpoint: nil, threads: threads)
                if let f = full.0.failure, f.sequence <= (verification.failure?.sequence ?? .max) { (verification, unreadable) = full }
            }
            var failure = verification.failure.map { ($0.sequence, $0.description) }
            if let unreadable, unreadable.0 < (failure?.0 ?? .max) { failure = unreadable }
            var problems: [IntegrityProblem] = []
            if failure == nil, let log = verification.log {
                problems = try Self.integrityProblems(db, against: log)
            }
            return AuditReport(
                entryCount: verification.entryCount, failure: failure?.1, failedEntry: failure?.0, problems: problems,
                genesisHash: verification.genesisHash, headHash: failure == nil ? verification.headHash : nil,
                checkpoint: failure == nil && problems.isEmpty ? verification.checkpoint : nil, profile: verification.profile)
        }
    }

    /// The verifier's result, and the first row that could not even be read as an entry.
    private static func verifyLog(
        _ db: Database, expectedGenesis: Data?, checkpoint: AuditCheckpoint?, threads: Int
    ) throws -> (AuditVerification, (UInt64, String)?) {
        let verifier = AuditVerifier(expectedGenesis: expectedGenesis, trusting: checkpoint, threads: threads)
        var after: Int64?
        var position: UInt64 = 0
        while true {
            let rows = try AuditRows.page(db, after: after, limit: auditPageSize)
            guard let last = rows.last else { break }
            var entries: [AuditEntry] = []
            entries.reserveCapacity(rows.count)
            for row in rows {
                position += 1
                do {
                    entries.append(try AuditRows.decode(row))
                } catch {
                    verifier.add(entries)
                    return (verifier.finish(), (position, "audit entry \(position): it is malformed: \(error)"))
                }
            }
            verifier.add(entries)
            after = last[0]
        }
        return (verifier.finish(), nil)
    }

    /// Every row of the other tables that the verified log contradicts, or that cannot be read.
    private static func integrityProblems(_ db: Database, against log: ReplayedLog) throws -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        func unreadable(_ table: String, _ row: Row, _ error: Error) {
            problems.append(IntegrityProblem(
                table: table, row: SafeText.oneLine((row[0] as DatabaseValue).description, limit: 60), entry: nil,
                message: "cannot be read: \(error)"))
        }

        var accounts: [Account] = []
        for row in try Row.fetchAll(db, sql: AccountRows.select) {
            do { accounts.append(try AccountRows.decode(row).account) } catch { unreadable("accounts", row, error) }
        }
        problems += IntegrityCheck.accounts(accounts, against: log)

        var proposals: [Proposal] = []
        for row in try Row.fetchAll(db, sql: ProposalRows.select + ProposalRows.from + " ORDER BY p.id") {
            do { proposals.append(try ProposalRows.decode(row)) } catch { unreadable("proposals", row, error) }
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
        let names = ["proposal_id", "verdict", "decided_by", "decided_at", "note"]
        for row in try Row.fetchAll(db, sql: "SELECT proposal_id, verdict, decided_by, decided_at, note FROM decisions") {
            let c = Cells(row: row, names: names)
            do {
                let verdictText = try c.text(1), byText = try c.text(2)
                guard let verdict = RecordedDecision.Verdict(rawValue: verdictText) else {
                    throw RowProblem(column: "verdict", expected: "approve or reject", found: "\"\(SafeText.oneLine(verdictText, limit: 20))\"")
                }
                guard let by = try? AccountName(byText), by.rawValue == byText else {
                    throw RowProblem(column: "decided_by", expected: "an account name", found: "\"\(SafeText.oneLine(byText, limit: 40))\"")
                }
                decisions.append(DecisionRow(
                    proposal: ProposalID(try c.unsigned(0)), verdict: verdict, by: by,
                    at: AuditTime.date(try c.int(3)), note: try c.optionalText(4)))
            } catch {
                unreadable("sign-offs", row, error)
            }
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

    /// Every stored version of the given comments' texts, with the hash stored beside each.
    private static func commentTextRows(_ db: Database, for comments: [CommentKey]) throws -> [CommentTextRow] {
        var rows: [CommentTextRow] = []
        for start in stride(from: 0, to: comments.count, by: 400) {
            let batch = comments[start..<min(comments.count, start + 400)]
            let marks = batch.map { _ in "(?, ?)" }.joined(separator: ", ")
            var arguments = StatementArguments()
            for key in batch { _ = arguments.append(contentsOf: [key.platform.rawValue, key.id]) }
            for row in try Row.fetchAll(db, sql: """
                SELECT c.platform, c.platform_id, v.text, v.sha256 FROM comments c JOIN comment_versions v ON v.comment_id = c.id
                WHERE (c.platform, c.platform_id) IN (VALUES \(marks))
                """, arguments: arguments) {
                guard let platform = Platform(rawValue: row[0]) else { continue }
                let text: DatabaseValue = row[2]
                let hash: DatabaseValue = row[3]
                var textString: String?
                if case .string(let s) = text.storage { textString = s }
                var hashData: Data?
                if case .blob(let d) = hash.storage { hashData = d }
                rows.append(CommentTextRow(comment: CommentKey(platform: platform, id: row[1]), text: textString, textSHA256: hashData))
            }
        }
        return rows
    }
}
