import Foundation
import VigilEngine

/// Sign-off for the command line and the console: one object holding the store, the
/// workflow settings (from the rules file), the lockout policy and the clock, whose methods
/// are the things a person does. Each is one short transaction (see `SQLiteStore`); the
/// passphrase's slow hash runs before it, outside.
///
/// A console keeps the `SignedIn` from `signIn` for its session and passes its identity to
/// the acting methods; `sign` asks for the passphrase again, as a second signature should.
public struct SignOffService: Sendable {
    public let store: any SignOffStore
    public var settings: WorkflowSettings
    public var lockout: LockoutPolicy
    /// "Now" for every operation (tests move it).
    public var clock: @Sendable () -> Date

    public init(store: any SignOffStore, settings: WorkflowSettings = .standard, lockout: LockoutPolicy = .standard,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.settings = settings
        self.lockout = lockout
        self.clock = clock
    }

    // MARK: people

    /// Makes the founding administrators' accounts (each with their own passphrase) and the
    /// first entries of the log. `cost` is `.standard` unless a test asks for
    /// `.weakForTestsOnly`. Returns the genesis entry; print its hash for the school.
    public func found(_ founders: [(AccountName, Passphrase)], cost: KDFParameters = .standard) throws -> AuditEntry {
        let now = clock()
        var made: [(account: Account, identity: SigningIdentity)] = []
        for (name, passphrase) in founders {
            do {
                made.append(try Account.create(name: name, role: .administrator, passphrase: passphrase,
                                               membership: .active(since: now), at: now, cost: cost))
            } catch {
                throw SignOffError.refused("\(name): \(error)")
            }
        }
        return try store.found(made, at: clock())
    }

    /// Signs `name` in with `passphrase`: the identity to act with, or the refusal (recorded).
    public func signIn(name: String, passphrase: Passphrase) throws -> SignedIn {
        try store.signIn(name: name, passphrase: passphrase, policy: lockout, clock: clock)
    }

    /// Proposes adding `name` as `role`; `passphrase` is the new person's own, typed by them.
    public func proposeMember(
        _ name: AccountName, role: Role, passphrase: Passphrase, reason: String, by signer: SignedIn,
        cost: KDFParameters = .standard
    ) throws -> SignOffReceipt {
        let now = clock()
        let account: Account
        do {
            (account, _) = try Account.create(name: name, role: role, passphrase: passphrase,
                                              membership: .awaitingApproval(ProposalID(1)), at: now, cost: cost)
        } catch {
            throw SignOffError.refused("\(name): \(error)")
        }
        return try store.proposeMember(account, reason: reason, by: signer.identity, at: clock())
    }

    /// Proposes removing `name` from the roster.
    public func proposeRemoval(_ name: AccountName, reason: String, by signer: SignedIn) throws -> SignOffReceipt {
        try store.proposeRosterChange(.remove(name), reason: reason, by: signer.identity, at: clock())
    }

    /// Proposes a cover window.
    public func proposeCoverWindow(_ window: CoverWindow, reason: String, by signer: SignedIn) throws -> SignOffReceipt {
        try store.proposeRosterChange(.addCoverWindow(window), reason: reason, by: signer.identity, at: clock())
    }

    // MARK: decisions

    public func propose(_ request: ProposalRequest, by signer: SignedIn) throws -> SignOffReceipt {
        try store.propose(request, by: signer.identity, at: clock())
    }

    /// Hides a critical comment at once and proposes `followUp` (a delete, by default).
    public func urgentHide(_ comment: CommentKey, reason: String, followUp: ModerationAction? = .delete, by signer: SignedIn) throws -> UrgentHideReceipt {
        try store.urgentHide(comment, reason: reason, followUp: followUp, by: signer.identity, at: clock())
    }

    /// Approves or rejects (or withdraws, or marks done) as someone already signed in.
    public func decide(_ id: ProposalID, _ verdict: Verdict, by signer: SignedIn) throws -> SignOffReceipt {
        try store.decide(id, verdict, by: signer.identity, at: clock())
    }

    /// Signs a decision with the passphrase typed for it: signs in again (a wrong passphrase
    /// is recorded and counts towards the lock), then decides.
    public func sign(_ id: ProposalID, _ verdict: Verdict, name: String, passphrase: Passphrase) throws -> SignOffReceipt {
        let signer = try signIn(name: name, passphrase: passphrase)
        return try decide(id, verdict, by: signer)
    }

    public func markDone(_ id: ProposalID, note: String?, by signer: SignedIn) throws -> SignOffReceipt {
        try decide(id, .done(note: note), by: signer)
    }

    // MARK: reading

    public func proposals(_ query: ProposalQuery) throws -> StorePage<ProposalSummary> {
        try store.proposals(query, at: clock(), settings: settings)
    }

    public func proposal(_ id: ProposalID) throws -> ProposalSummary? {
        try store.proposal(id, at: clock(), settings: settings)
    }

    public func decisions(on comment: CommentKey) throws -> [ProposalSummary] {
        try store.decisions(on: comment, at: clock(), settings: settings)
    }

    public func actionsToCarryOut(offset: Int = 0, limit: Int = 100) throws -> StorePage<ActionToCarryOut> {
        try store.actionsToCarryOut(offset: offset, limit: limit)
    }

    /// Authors by upheld decisions against them, most first (the console's authors view).
    public func authors(offset: Int = 0, limit: Int = 50) throws -> StorePage<AuthorStanding> {
        try store.authors(offset: offset, limit: limit, at: clock(), settings: settings)
    }

    public func auditEntries(newestFirst: Bool = true, offset: Int = 0, limit: Int = 100) throws -> StorePage<AuditEntry> {
        try store.auditEntries(newestFirst: newestFirst, offset: offset, limit: limit)
    }

    public func verifyAudit(expectedGenesis: Data? = nil, trusting checkpoint: AuditCheckpoint? = nil) throws -> AuditReport {
        try store.verifyAudit(expectedGenesis: expectedGenesis, trusting: checkpoint, threads: ProcessInfo.processInfo.activeProcessorCount)
    }

    public func summary() throws -> SignOffSummary {
        try store.signOffSummary(at: clock(), settings: settings)
    }

    public func blockSuggestions(author: AuthorKey? = nil) throws -> [BlockSuggestion] {
        try store.blockSuggestions(at: clock(), settings: settings, author: author)
    }

    public func handover(for person: AccountName, since: HandoverStart = .lastSignIn, limit: Int = 20) throws -> HandoverSummary {
        try store.handover(for: person, since: since, at: clock(), settings: settings, limit: limit)
    }
}
