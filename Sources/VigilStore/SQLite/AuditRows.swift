import Foundation
import GRDB
import VigilEngine

/// How an `AuditEntry` is written to `audit_log` and read back, field for field.
enum AuditRows {
    /// The columns in `AuditEntry` order; `select` and `insert` use this order.
    static let columns = [
        "sequence", "time", "actor", "kind",
        "proposal", "action", "escalate_to", "platform", "comment_id", "text_sha256", "author", "member", "role",
        "public_key", "covering", "window_start", "window_end", "severity", "note", "failure", "attempt", "until",
        "previous_hash", "signature", "hash",
    ]

    static let select = "SELECT " + columns.joined(separator: ", ") + " FROM audit_log"

    private static let insertSQL = "INSERT INTO audit_log (" + columns.joined(separator: ", ") + ") VALUES ("
        + columns.map { _ in "?" }.joined(separator: ", ") + ")"

    /// Refuses (and so rolls back the change it records) an entry with a NUL character in a
    /// text: SQLite's C interface, as GRDB binds text, would keep it only up to the NUL, and
    /// the stored entry would no longer match its signature. Imports replace NULs in texts
    /// and refuse them in ids, and neither the command line nor the console can type one.
    static func insert(_ e: AuditEntry, into db: Database) throws {
        let s = e.subject
        let texts: [(String, String?)] = [
            ("actor", e.actor), ("kind", e.kind), ("action", s.action), ("escalation", s.escalateTo),
            ("platform", s.platform), ("comment id", s.commentID), ("author", s.author), ("member", s.member),
            ("role", s.role), ("covering", s.covering), ("severity", s.severity), ("note", s.note), ("failure", s.failure),
        ]
        if let (field, _) = texts.first(where: { $0.1?.utf8.contains(0) == true }) {
            throw SignOffError.refused("the \(field) holds a NUL character (U+0000), which the store cannot keep whole: nothing was recorded")
        }
        let values: [(any DatabaseValueConvertible)?] = [
            Int64(bitPattern: e.sequence), e.timeMillis, e.actor, e.kind,
            s.proposal.map { Int64(bitPattern: $0) }, s.action, s.escalateTo, s.platform, s.commentID, s.textSHA256,
            s.author, s.member, s.role, s.publicKey, s.covering, s.windowStart, s.windowEnd, s.severity, s.note,
            s.failure, s.attempt.map { Int64(bitPattern: $0) }, s.until,
            e.previousHash, e.signature, e.hash,
        ]
        try db.cachedStatement(sql: insertSQL).execute(arguments: StatementArguments(values))
    }

    /// The entry a row holds, or what in it is not an entry's field.
    static func decode(_ row: Row) throws(RowProblem) -> AuditEntry { try decode(Cells(row: row, names: columns)) }

    private static func decode(_ c: some StrictColumns) throws(RowProblem) -> AuditEntry {
        let subject = AuditSubject(
            proposal: try c.optionalUnsigned(4), action: try c.optionalText(5), escalateTo: try c.optionalText(6),
            platform: try c.optionalText(7), commentID: try c.optionalText(8), textSHA256: try c.optionalBlob(9),
            author: try c.optionalText(10), member: try c.optionalText(11), role: try c.optionalText(12),
            publicKey: try c.optionalBlob(13), covering: try c.optionalText(14), windowStart: try c.optionalInt(15),
            windowEnd: try c.optionalInt(16), severity: try c.optionalText(17), note: try c.optionalText(18),
            failure: try c.optionalText(19), attempt: try c.optionalUnsigned(20), until: try c.optionalInt(21))
        return AuditEntry(
            sequence: try c.unsigned(0), timeMillis: try c.int(1), actor: try c.text(2), kind: try c.text(3),
            subject: subject, previousHash: try c.blob(22), signature: try c.optionalBlob(23), hash: try c.blob(24))
    }

    /// Calls `body` with every row of the log in order, each decoded or the problem that
    /// stops it being an entry, until `body` returns false. One statement stepped through
    /// SQLite's C API, inside the caller's transaction.
    static func forEach(_ db: Database, _ body: (Result<AuditEntry, RowProblem>) throws -> Bool) throws {
        try RawCells.forEach(db, sql: select + " ORDER BY sequence", names: columns) { cells in
            let entry: Result<AuditEntry, RowProblem>
            do throws(RowProblem) { entry = .success(try decode(cells)) } catch { entry = .failure(error) }
            return try body(entry)
        }
    }

    /// The last entry's number, hash and time; nil for an empty log. Read inside the write
    /// transaction that appends, so two processes never chain onto the same head.
    static func head(_ db: Database) throws -> AuditHead? {
        guard let row = try Row.fetchOne(db, sql: "SELECT sequence, hash, time FROM audit_log ORDER BY sequence DESC LIMIT 1") else {
            return nil
        }
        let c = Cells(row: row, names: ["sequence", "hash", "time"])
        do {
            return AuditHead(sequence: try c.unsigned(0), hash: try c.blob(1), timeMillis: try c.int(2))
        } catch {
            throw SignOffError.integrity("the last audit entry cannot be read (\(error)): run vigil audit verify")
        }
    }
}
