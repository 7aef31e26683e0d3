import Foundation
import GRDB
import VigilEngine

extension SQLiteStore {
    /// One comment's record; nil when the store does not hold it.
    public func evidence(for key: CommentKey) throws -> EvidenceRecord? {
        guard let detail = try detail(key, historyLimit: 0) else { return nil }
        let (proposals, entries) = try read { db in
            try Self.proposalsAndEntries(db, platform: key.platform, comments: [key.id], author: nil)
        }
        return EvidenceRecord(comments: [detail], proposals: proposals, entries: entries)
    }

    /// Everything about one author: their comments (oldest first), the proposals on those
    /// comments and on the author (blocks), and the audit entries about any of them; nil
    /// when the store has nobody with that id.
    public func evidence(for author: AuthorKey) throws -> EvidenceRecord? {
        let found: (ids: [String], proposals: [Proposal], entries: [AuditEntry])? = try read { db in
            guard let authorRow = try Int64.fetchOne(db, sql: "SELECT id FROM authors WHERE platform = ? AND platform_id = ?",
                                                     arguments: [author.platform.rawValue, author.id]) else { return nil }
            let ids = try String.fetchAll(db, sql: "SELECT platform_id FROM comments WHERE author_id = ? ORDER BY order_time, id", arguments: [authorRow])
            let (p, e) = try Self.proposalsAndEntries(db, platform: author.platform, comments: ids, author: author.id)
            return (ids, p, e)
        }
        guard let found else { return nil }
        let details = try found.ids.compactMap { try detail(CommentKey(platform: author.platform, id: $0), historyLimit: 0) }
        return EvidenceRecord(comments: details, proposals: found.proposals, entries: found.entries)
    }

    private static func proposalsAndEntries(_ db: Database, platform: Platform, comments: [String], author: String?) throws -> ([Proposal], [AuditEntry]) {
        // The ids go in as one JSON array, however many an author has.
        let idList = String(decoding: try JSONEncoder().encode(comments), as: UTF8.self)
        let proposals = try Row.fetchAll(db, sql: ProposalRows.select + ProposalRows.from + """
             WHERE p.platform = ? AND (p.comment_id IN (SELECT value FROM json_each(?)) OR (? IS NOT NULL AND p.author = ? AND p.target = 'author'))
             ORDER BY p.id
            """, arguments: [platform.rawValue, idList, author, author]).map { row in
            try SignOffTransaction.readable("proposals", (row[0] as DatabaseValue).description) { () throws(RowProblem) in
                try ProposalRows.decode(row)
            }
        }
        let numbers = proposals.map { Int64(bitPattern: $0.id.rawValue) }
        let marks = numbers.isEmpty ? "NULL" : numbers.map(String.init).joined(separator: ", ")
        let entries = try Row.fetchAll(db, sql: AuditRows.select + """
             WHERE (platform = ? AND comment_id IN (SELECT value FROM json_each(?))) OR proposal IN (\(marks))
             ORDER BY sequence
            """, arguments: [platform.rawValue, idList]).map { row in
            try SignOffTransaction.readable("audit_log", (row[0] as DatabaseValue).description) { () throws(RowProblem) in
                try AuditRows.decode(row)
            }
        }
        return (proposals, entries)
    }
}

extension SQLiteStore {
    /// The authors with this platform id, on any platform (or only `platform`'s).
    public func findAuthors(platformID: String, platform: Platform?) throws -> [AuthorKey] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT platform FROM authors WHERE platform_id = ? AND (? IS NULL OR platform = ?) ORDER BY platform",
                             arguments: [platformID, platform?.rawValue, platform?.rawValue]).compactMap { row in
                Platform(rawValue: row[0]).map { AuthorKey(platform: $0, id: platformID) }
            }
        }
    }
}
