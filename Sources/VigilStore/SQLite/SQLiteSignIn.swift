import Foundation
import GRDB
import VigilEngine

/// Signing in: the slow passphrase check runs outside any transaction (it takes half a
/// second at the standard cost, and a write transaction would hold every other terminal up
/// for that long); its outcome is then written, with the audit entries it asks for, in a
/// transaction that first checks nobody changed the account meanwhile.
extension SQLiteStore {
    /// Checks `passphrase` for the account named `typed` at `clock()` and opens its key.
    ///
    /// Refuses, and records in the audit log: an unknown name, a wrong passphrase (the fifth
    /// in a row locks the account for 15 minutes, recorded too), a locked account, one
    /// awaiting approval or removed, and a cover moderator outside their cover window.
    public func signIn(
        name typed: String, passphrase: Passphrase, policy: LockoutPolicy = .standard,
        clock: @Sendable () -> Date = { Date() }
    ) throws -> SignedIn {
        let name = try? AccountName(typed)
        for attempt in 0..<3 {
            let snapshot = try name.flatMap { n in try read { db in try SignOffTransaction.storedAccount(n, db) } }
            guard let name, let snapshot else { return try refuseUnknown(typed, passphrase: passphrase, at: clock()) }
            // The last try checks inside the transaction: slower for others, but it always ends.
            let outside = attempt < 2 ? snapshot.account.signIn(with: passphrase, at: clock(), policy: policy) : nil
            let now = clock()
            let done: SignedIn? = try signOffWrite(at: now) { tx in
                guard let fresh = try tx.account(name) else { return .success(nil) }
                let outcome: SignInAttempt
                if let outside, fresh == snapshot {
                    outcome = outside
                } else if outside == nil {
                    outcome = fresh.account.signIn(with: passphrase, at: now, policy: policy)
                } else {
                    return .success(nil)  // someone signed in or failed meanwhile: count from their result
                }
                try tx.record(outcome.events)
                switch outcome.result {
                case .failure(let refusal):
                    if outcome.account != fresh.account { try tx.updateSignInState(outcome.account, signedInAt: nil) }
                    return .failure(.signIn(refusal))
                case .success(let identity):
                    var window: CoverWindow?
                    if identity.role == .coverModerator {
                        switch try tx.roster().authority(of: name, at: AuditTime.next(now, after: tx.head)) {
                        case .success(let authority): window = authority.window
                        case .failure(let refusal):
                            try tx.record([UnsignedAuditEvent(actor: name.rawValue, event: .signInFailed(.outsideCoverWindow, attempt: nil))])
                            if outcome.account != fresh.account { try tx.updateSignInState(outcome.account, signedInAt: nil) }
                            return .failure(.workflow(refusal))
                        }
                    }
                    try tx.updateSignInState(outcome.account, signedInAt: now)
                    return .success(SignedIn(
                        identity: identity, coverWindow: window, previousSignIn: fresh.lastSignIn,
                        weakPassphraseHash: fresh.account.passphraseHash.parameters.isWeakerThanStandard))
                }
            }
            if let done { return done }
            if (try read { db in try SignOffTransaction.storedAccount(name, db) }) == nil {
                return try refuseUnknown(typed, passphrase: passphrase, at: clock())
            }
        }
        throw SignOffError.refused("\(name.map(\.rawValue) ?? typed)'s account kept changing while signing in: try again")
    }

    /// The refusal for a name with no account, recorded. It costs one derivation at the
    /// store's own cost first, so that a wrong name takes as long as a wrong passphrase.
    private func refuseUnknown(_ typed: String, passphrase: Passphrase, at now: Date) throws -> SignedIn {
        let cost = try read { db in
            try String.fetchOne(db, sql: "SELECT kdf FROM accounts ORDER BY created_at LIMIT 1").flatMap(KDFParameters.init(encoded:))
        }
        guard let cost else {
            throw SignOffError.refused("nobody can sign in yet: this store has no administrators (vigil init --admin A --admin B sets them up)")
        }
        let (refusal, event) = SignIn.unknownAccount(typed: typed, passphrase: passphrase, cost: cost)
        return try signOffWrite(at: now) { tx in
            try tx.record([event])
            return .failure(.signIn(refusal))
        }
    }
}

extension SignOffTransaction {
    /// An account row read outside a sign-off transaction.
    static func storedAccount(_ name: AccountName, _ db: Database) throws -> AccountRows.Stored? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: AccountRows.select + " WHERE name = ?"), arguments: [name.rawValue]) else {
            return nil
        }
        return try readable("accounts", name.rawValue) { () throws(RowProblem) in try AccountRows.decode(row) }
    }
}
