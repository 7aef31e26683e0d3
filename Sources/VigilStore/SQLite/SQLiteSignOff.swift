import Foundation
import GRDB
import VigilEngine

/// Sign-off's writes: each state change and its audit entry in one `BEGIN IMMEDIATE`
/// transaction that reads the audit head, the roster and the proposal inside it.
///
/// Every method takes the signed-in `SigningIdentity` (from `signIn`) and the moment `now`;
/// refusals are `SignOffError`s, and leave the store as it was except for what the issue
/// says a refusal records (a failed sign-in, a lock, acting outside a cover window).
extension SQLiteStore {
    /// Runs `body` in one immediate write transaction. A success commits; a refusal commits
    /// only the entries written before it (the record of a failed sign-in, an expiry) and is
    /// then thrown; an error thrown by `body` rolls everything back.
    func signOffWrite<T>(at now: Date, _ body: (SignOffTransaction) throws -> Result<T, SignOffError>) throws -> T {
        let result: Result<T, SignOffError>
        do {
            result = try pool.writeWithoutTransaction { db in
                var result: Result<T, SignOffError>!
                try db.inTransaction(.immediate) {
                    let tx = try SignOffTransaction(db: db, now: now)
                    result = try body(tx)
                    if case .failure = result, tx.appended == 0 { return .rollback }
                    try SQLiteStore.noteChange(db)
                    return .commit
                }
                return result
            }
        } catch let error as SignOffError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw SignOffError.integrity("the store refused the change (\(error.message ?? "a constraint failed")): its tables disagree with the audit log; run vigil audit verify")
        } catch {
            throw SQLiteStore.storeError(error, path: location, doing: "cannot write to it")
        }
        return try result.get()
    }

    // MARK: founding

    /// Adds the founding administrators to a store without a roster (`vigil init`): their
    /// accounts and the first entries of the log, each signed by its own new key. Returns
    /// the first entry, whose hash the school should write down.
    public func found(_ founders: [(account: Account, identity: SigningIdentity)], at now: Date) throws -> AuditEntry {
        try signOffWrite(at: now) { tx in
            if try tx.head != nil || tx.hasAccounts() {
                let names = try tx.accounts().map(\.account.name.rawValue).prefix(4).joined(separator: ", ")
                return .failure(.refused("this store already has its administrators (\(names)): add people with vigil admin add NAME --as NAME"))
            }
            for f in founders where f.account.name != f.identity.name || f.account.publicKey != f.identity.publicKey {
                return .failure(.refused("the account for \(f.account.name) does not belong to the key signing its founding entry"))
            }
            let entries: [AuditEntry]
            switch Workflow.found(founders.map(\.identity), at: now) {
            case .success(let e): entries = e
            case .failure(let r): return .failure(.workflow(r))
            }
            for e in entries { try tx.append(e) }
            for (f, entry) in zip(founders, entries) {
                var account = f.account
                account.membership = .active(since: entry.time)
                try tx.insertAccount(account, replacing: false)
            }
            return .success(entries[0])
        }
    }

    // MARK: proposing

    /// Proposes a moderation action, or records a keep (decided at once).
    public func propose(_ request: ProposalRequest, by identity: SigningIdentity, at now: Date) throws -> SignOffReceipt {
        try signOffWrite(at: now) { tx in
            try tx.expireDue()
            if let refusal = try tx.standing(of: identity) { return .failure(refusal) }
            let target: ModerationTarget
            switch try tx.resolve(request.target, for: request.action) {
            case .success(let t): target = t.target
            case .failure(let r): return .failure(r)
            }
            if let refusal = try tx.duplicate(of: request.action, on: target) { return .failure(refusal) }
            return try tx.open(.moderation(request.action, target), reason: request.reason, by: identity)
        }
    }

    /// Hides a comment flagged critical at once (it goes straight to the action list) and,
    /// with `followUp` (normally `.delete`), proposes that in the same transaction for a
    /// second signature. A follow-up already pending is kept, not proposed twice.
    public func urgentHide(
        _ comment: CommentKey, reason: String, followUp: ModerationAction?, by identity: SigningIdentity, at now: Date
    ) throws -> UrgentHideReceipt {
        try signOffWrite(at: now) { tx in
            try tx.expireDue()
            if let refusal = try tx.standing(of: identity) { return .failure(refusal) }
            guard let (subject, severity) = try tx.commentSubject(comment) else {
                return .failure(.refused("there is no \(comment) in the store"))
            }
            guard let severity else {
                return .failure(.refused("\(comment) is not flagged: an urgent hide is only for a comment flagged critical"))
            }
            let target = ModerationTarget.comment(subject)
            if let refusal = try tx.duplicate(of: .hide, on: target) { return .failure(refusal) }
            let hide: SignOffReceipt
            switch try tx.open(.moderation(.hide, target), reason: reason, by: identity, urgentSeverity: severity) {
            case .success(let r): hide = r
            case .failure(let e): return .failure(e)
            }
            guard let followUp else { return .success(UrgentHideReceipt(hide: hide, followUp: nil)) }
            if let existing = try tx.openProposal(on: target, action: followUp), let entry = try tx.proposedIn(existing.id) {
                return .success(UrgentHideReceipt(hide: hide, followUp: SignOffReceipt(proposal: existing, entry: entry)))
            }
            switch try tx.open(.moderation(followUp, target), reason: reason, by: identity) {
            case .success(let r): return .success(UrgentHideReceipt(hide: hide, followUp: r))
            case .failure(let e): throw e  // the hide must not stand without the delete it was made with
            }
        }
    }

    /// Proposes a new administrator or cover moderator. `account` was made (by
    /// `Account.create`) with the new person's own passphrase; it waits, unable to sign in,
    /// until a second administrator approves.
    public func proposeMember(_ account: Account, reason: String, by identity: SigningIdentity, at now: Date) throws -> SignOffReceipt {
        try signOffWrite(at: now) { tx in
            try tx.expireDue()
            if let refusal = try tx.standing(of: identity) { return .failure(refusal) }
            let existing = try tx.account(account.name)
            if let existing, case .awaitingApproval(let id) = existing.account.membership {
                return .failure(.refused("\(account.name) is already proposed (\(id)) and waits for a second administrator"))
            }
            let change = RosterChange.add(account.name, account.role, publicKey: account.publicKey)
            let receipt: SignOffReceipt
            switch try tx.open(.roster(change), reason: reason, by: identity) {
            case .success(let r): receipt = r
            case .failure(let e): return .failure(e)
            }
            var waiting = account
            waiting.membership = .awaitingApproval(receipt.proposal.id)
            try tx.insertAccount(waiting, replacing: existing != nil)
            return .success(receipt)
        }
    }

    /// Proposes removing someone from the roster or adding a cover window.
    public func proposeRosterChange(_ change: RosterChange, reason: String, by identity: SigningIdentity, at now: Date) throws -> SignOffReceipt {
        if case .add = change {
            throw SignOffError.refused("a new member is proposed with their own passphrase (proposeMember)")
        }
        return try signOffWrite(at: now) { tx in
            try tx.expireDue()
            if let refusal = try tx.standing(of: identity) { return .failure(refusal) }
            return try tx.open(.roster(change), reason: reason, by: identity)
        }
    }

    // MARK: deciding

    /// Approves, rejects, withdraws or marks done proposal `id`. Of two people deciding the
    /// same proposal at once, one wins; the other is told who decided it and when.
    public func decide(_ id: ProposalID, _ verdict: Verdict, by identity: SigningIdentity, at now: Date) throws -> SignOffReceipt {
        try signOffWrite(at: now) { tx in
            try tx.expireDue()
            guard let before = try tx.proposal(id) else {
                return .failure(.refused("there is no proposal \(id) (vigil proposals lists them)"))
            }
            if let refusal = try tx.standing(of: identity) { return .failure(refusal) }
            switch Workflow.decide(before, verdict, by: identity, roster: try tx.roster(), after: tx.head, at: tx.now) {
            case .failure(let r): return .failure(.workflow(r))
            case .success(let step):
                try tx.update(step, from: before)
                return .success(SignOffReceipt(proposal: step.proposal, entry: step.entry.sequence))
            }
        }
    }
}

extension SignOffTransaction {
    /// Nil when `identity` may act now; otherwise the refusal, with an entry recorded when
    /// it is one the issue says to record (a cover moderator outside their window, a person
    /// removed since signing in).
    func standing(of identity: SigningIdentity) throws -> SignOffError? {
        let time = AuditTime.next(now, after: head)
        let roster = try roster()
        switch roster.authority(of: identity.name, at: time) {
        case .success:
            guard roster.members[identity.name]?.publicKey == identity.publicKey else {
                return .refused("\(identity.name) signed in with a key the roster no longer holds: sign in again")
            }
            return nil
        case .failure(let refusal):
            let failure: SignInFailure?
            switch refusal {
            case .coverWindowEnded, .coverWindowNotStarted, .noCoverWindow: failure = .outsideCoverWindow
            case .removed: failure = .removed
            default: failure = nil
            }
            if let failure {
                try record([UnsignedAuditEvent(actor: identity.name.rawValue, event: .signInFailed(failure, attempt: nil))])
            }
            return .workflow(refusal)
        }
    }

    /// The comment or author a request names, as a decision records it.
    func resolve(_ target: ProposalTarget, for action: ModerationAction) throws -> Result<(target: ModerationTarget, severity: Severity?), SignOffError> {
        switch target {
        case .comment(let key), .authorOf(let key):
            guard let (subject, severity) = try commentSubject(key) else {
                return .failure(.refused("there is no \(key) in the store (ids are the platforms' own, as in the export)"))
            }
            if case .comment = target { return .success((.comment(subject), severity)) }
            switch AuthorSubject.of(subject) {
            case .success(let a): return .success((.author(a), nil))
            case .failure(let r): return .failure(.workflow(r))
            }
        case .author(let author):
            guard try authorExists(author) else { return .failure(.refused("there is no \(author) in the store")) }
            return .success((.author(AuthorSubject(author: author, via: nil)), nil))
        }
    }

    /// The refusal for a proposal that repeats one still open, or a keep while a removal waits.
    func duplicate(of action: ModerationAction, on target: ModerationTarget) throws -> SignOffError? {
        if let open = try openProposal(on: target, action: action) {
            if action == .keep { return .refused("\(open.id) already kept this comment: \(open.proposer) decided it was a false alarm") }
            let what = open.state == .pending ? "waits for a second signature" : "is approved and waits to be carried out (vigil actions)"
            return .refused("\(open.id) already proposes to \(action) this (\(open.kind)); it \(what)")
        }
        if action == .keep, case .comment(let c) = target, let (id, other) = try pendingRemoval(on: c.comment) {
            return .refused("\(id) proposes to \(other) this comment and waits for a second signature: reject or withdraw it before keeping the comment")
        }
        return nil
    }

    /// Opens proposal `kind` with the next number and writes it with its entry.
    func open(_ kind: ProposalKind, reason: String, by identity: SigningIdentity, urgentSeverity: Severity? = nil) throws -> Result<SignOffReceipt, SignOffError> {
        let id = try nextProposalID()
        switch Workflow.propose(id, kind, reason: reason, by: identity, roster: try roster(), after: head, at: now, urgentSeverity: urgentSeverity) {
        case .failure(let r): return .failure(.workflow(r))
        case .success(let step):
            try insert(step, severity: urgentSeverity)
            return .success(SignOffReceipt(proposal: step.proposal, entry: step.entry.sequence))
        }
    }

    func proposedIn(_ id: ProposalID) throws -> UInt64? {
        try Int64.fetchOne(db, sql: "SELECT entry FROM proposals WHERE id = ?", arguments: [Int64(bitPattern: id.rawValue)]).flatMap { UInt64(exactly: $0) }
    }
}
