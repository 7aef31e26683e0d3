import Foundation
import GRDB
import VigilEngine

/// How an `Account` is written to `accounts` and read back.
enum AccountRows {
    static let columns = [
        "name", "role", "kdf", "salt", "verifier", "public_key", "sealed_key", "failed_attempts", "locked_until",
        "membership", "awaiting_proposal", "active_since", "removed_at", "created_at", "last_sign_in_at",
    ]

    static let select = "SELECT " + columns.joined(separator: ", ") + " FROM accounts"

    /// One account with when its owner last signed in (kept beside it, not part of the value).
    struct Stored: Hashable {
        var account: Account
        var lastSignIn: Date?
    }

    static func decode(_ row: Row) throws(RowProblem) -> Stored {
        let c = Cells(row: row, names: columns)
        let nameText = try c.text(0)
        guard let name = try? AccountName(nameText), name.rawValue == nameText else {
            throw RowProblem(column: "name", expected: "an account name", found: "\"\(SafeText.oneLine(nameText, limit: 40))\"")
        }
        let roleText = try c.text(1)
        guard let role = Role(rawValue: roleText) else {
            throw RowProblem(column: "role", expected: "administrator or cover-moderator", found: "\"\(SafeText.oneLine(roleText, limit: 40))\"")
        }
        let kdfText = try c.text(2)
        guard let kdf = KDFParameters(encoded: kdfText) else {
            throw RowProblem(column: "kdf", expected: "key-derivation parameters", found: "\"\(SafeText.oneLine(kdfText, limit: 40))\"")
        }
        let membership: Membership
        switch try c.text(9) {
        case "awaiting-approval": membership = .awaitingApproval(ProposalID(try c.unsigned(10)))
        case "active": membership = .active(since: AuditTime.date(try c.int(11)))
        case "removed": membership = .removed(at: AuditTime.date(try c.int(12)))
        case let other: throw RowProblem(column: "membership", expected: "awaiting-approval, active or removed", found: "\"\(SafeText.oneLine(other, limit: 40))\"")
        }
        let failed = try c.int(7)
        guard let attempts = Int(exactly: failed), attempts >= 0 else {
            throw RowProblem(column: "failed_attempts", expected: "a number of at least 0", found: "\(failed)")
        }
        let account = Account(
            name: name, role: role,
            passphraseHash: PassphraseHash(parameters: kdf, salt: try c.blob(3), verifier: try c.blob(4)),
            publicKey: try c.blob(5), sealedKey: SealedSigningKey(combined: try c.blob(6)),
            failedAttempts: attempts, lockedUntil: try c.optionalInt(8).map(AuditTime.date),
            membership: membership, created: AuditTime.date(try c.int(13)))
        return Stored(account: account, lastSignIn: try c.optionalInt(14).map(AuditTime.date))
    }

    /// Inserts a new account, or replaces the key and passphrase of a removed one being
    /// proposed again (its removal time stays, should the new proposal be turned down).
    static func write(_ a: Account, into db: Database, replacing: Bool) throws {
        var membership = ("", nil as Int64?, nil as Int64?, nil as Int64?)
        switch a.membership {
        case .awaitingApproval(let id): membership = ("awaiting-approval", Int64(bitPattern: id.rawValue), nil, nil)
        case .active(let since): membership = ("active", nil, AuditTime.millis(since), nil)
        case .removed(let at): membership = ("removed", nil, nil, AuditTime.millis(at))
        }
        let values: [(any DatabaseValueConvertible)?] = [
            a.role.rawValue, a.passphraseHash.parameters.description, a.passphraseHash.salt, a.passphraseHash.verifier,
            a.publicKey, a.sealedKey.combined, a.failedAttempts, a.lockedUntil.map(AuditTime.millis),
            membership.0, membership.1, membership.2, AuditTime.millis(a.created), a.name.rawValue,
        ]
        if replacing {
            try db.execute(sql: """
                UPDATE accounts SET role = ?, kdf = ?, salt = ?, verifier = ?, public_key = ?, sealed_key = ?,
                    failed_attempts = ?, locked_until = ?, membership = ?, awaiting_proposal = ?, active_since = ?,
                    created_at = ?, removed_at = COALESCE(?, removed_at)
                WHERE name = ?
                """, arguments: StatementArguments(values.dropLast() + [membership.3, a.name.rawValue]))
        } else {
            try db.execute(sql: """
                INSERT INTO accounts (role, kdf, salt, verifier, public_key, sealed_key, failed_attempts, locked_until,
                    membership, awaiting_proposal, active_since, created_at, name, removed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: StatementArguments(values + [membership.3]))
        }
    }
}
