import Foundation

/// How many wrong passphrases in a row lock an account, and for how long.
public struct LockoutPolicy: Sendable, Hashable {
    public let maximumFailures: Int
    public let lockDuration: TimeInterval

    /// Five wrong passphrases in a row lock the account for 15 minutes (issue 4).
    public static let standard = LockoutPolicy(maximumFailures: 5, lockDuration: 15 * 60)

    public init(maximumFailures: Int, lockDuration: TimeInterval) {
        self.maximumFailures = maximumFailures
        self.lockDuration = lockDuration
    }
}

/// Why a sign-in did not succeed, in words the person can act on.
public enum SignInRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// No account has the name typed (made safe to print).
    case unknownAccount(String)
    case wrongPassphrase(AccountName, attemptsLeft: Int)
    /// This attempt was the last wrong one allowed: the account is now locked.
    case lockedNow(AccountName, until: Date)
    /// Already locked; the passphrase was not even checked.
    case locked(AccountName, until: Date)
    case awaitingApproval(AccountName, ProposalID)
    case removed(AccountName, at: Date)
    /// The passphrase was right but the stored key does not open or does not match the
    /// stored public key: the row was altered. An integrity failure (exit 3), not a refusal.
    case keyDoesNotOpen(AccountName)

    public var isIntegrityFailure: Bool {
        if case .keyDoesNotOpen = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .unknownAccount(let typed):
            "there is no administrator or cover moderator called \"\(typed)\""
        case .wrongPassphrase(let name, let left):
            "wrong passphrase for \(name): \(left) more wrong \(left == 1 ? "attempt locks" : "attempts lock") the account for 15 minutes"
        case .lockedNow(let name, let until):
            "wrong passphrase for \(name): the account is now locked until \(DisplayTime.minute(until))"
        case .locked(let name, let until):
            "\(name)'s account is locked after too many wrong passphrases; it unlocks at \(DisplayTime.minute(until))"
        case .awaitingApproval(let name, let id):
            "\(name)'s account is waiting for a second administrator to approve \(id)"
        case .removed(let name, let at):
            "\(name) was removed from the roster on \(DisplayTime.day(at))"
        case .keyDoesNotOpen(let name):
            "\(name)'s signing key does not open with the right passphrase: the account row has been altered"
        }
    }
}

/// The outcome of one sign-in attempt: the identity or a refusal, the account as it must now
/// be stored (attempt count, lock), and the unsigned audit entries to append with it, all in
/// one transaction.
public struct SignInAttempt: Sendable {
    public let result: Result<SigningIdentity, SignInRefusal>
    /// Store this when it differs from the account read.
    public let account: Account
    public let events: [UnsignedAuditEvent]

    public var identity: SigningIdentity? { try? result.get() }
}

extension Account {
    /// Checks `passphrase` at `now` under the lockout rule and opens the signing key.
    ///
    /// A locked account is refused without checking the passphrase, so the sixth attempt
    /// within the lock is refused even when right. A lock that has ended starts a fresh
    /// count. A right passphrase resets the count.
    public func signIn(with passphrase: Passphrase, at now: Date, policy: LockoutPolicy = .standard) -> SignInAttempt {
        var account = self
        func refuse(_ refusal: SignInRefusal, _ events: [UnsignedAuditEvent]) -> SignInAttempt {
            SignInAttempt(result: .failure(refusal), account: account, events: events)
        }
        let actor = name.rawValue
        switch membership {
        case .awaitingApproval(let id):
            return refuse(.awaitingApproval(name, id), [.init(actor: actor, event: .signInFailed(.awaitingApproval, attempt: nil))])
        case .removed(let at):
            return refuse(.removed(name, at: at), [.init(actor: actor, event: .signInFailed(.removed, attempt: nil))])
        case .active:
            break
        }
        if let until = account.lockedUntil {
            if now < until {
                return refuse(.locked(name, until: until), [.init(actor: actor, event: .signInFailed(.locked, attempt: nil))])
            }
            account.lockedUntil = nil
            account.failedAttempts = 0
        }
        let keys: PassphraseKeys?
        do { keys = try passphraseHash.check(passphrase) } catch {
            // Only out-of-range parameters make derivation throw, and those cannot be decoded.
            return refuse(.keyDoesNotOpen(name), [.init(actor: actor, event: .signInFailed(.keyDoesNotOpen, attempt: nil))])
        }
        guard let keys else {
            account.failedAttempts += 1
            let attempt = account.failedAttempts
            var events = [UnsignedAuditEvent(actor: actor, event: .signInFailed(.wrongPassphrase, attempt: attempt))]
            if attempt >= policy.maximumFailures {
                let until = AuditTime.truncated(now.addingTimeInterval(policy.lockDuration))
                account.lockedUntil = until
                events.append(.init(actor: actor, event: .locked(until: until)))
                return refuse(.lockedNow(name, until: until), events)
            }
            return refuse(.wrongPassphrase(name, attemptsLeft: policy.maximumFailures - attempt), events)
        }
        account.failedAttempts = 0
        guard let key = sealedKey.open(name: name, publicKey: publicKey, with: keys.seal) else {
            return refuse(.keyDoesNotOpen(name), [.init(actor: actor, event: .signInFailed(.keyDoesNotOpen, attempt: nil))])
        }
        return SignInAttempt(result: .success(SigningIdentity(name: name, role: role, privateKey: key)), account: account, events: [])
    }
}

public enum SignIn {
    /// The refusal and audit entry for a name with no account. Runs one derivation at
    /// `cost` first, so a wrong name takes as long as a wrong passphrase and a stranger
    /// cannot tell which names exist from the time taken.
    public static func unknownAccount(
        typed: String, passphrase: Passphrase, cost: KDFParameters = .standard
    ) -> (SignInRefusal, UnsignedAuditEvent) {
        _ = try? PassphraseKeys.derive(passphrase, salt: Data(count: PassphraseKeys.saltByteCount), parameters: cost)
        let shown = SafeText.oneLine(typed, limit: AccountName.maximumLength + 8)
        return (.unknownAccount(shown), UnsignedAuditEvent(actor: shown, event: .signInFailed(.unknownAccount, attempt: nil)))
    }
}
