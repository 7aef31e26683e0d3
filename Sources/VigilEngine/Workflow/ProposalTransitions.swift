import Foundation

/// Something a person (or the clock) does to a proposal.
public enum ProposalEvent: Hashable, Sendable {
    case approve(by: AccountName, at: Date, note: String?)
    /// The note is optional here only so that a missing one can be refused with a reason.
    case reject(by: AccountName, at: Date, note: String?)
    case withdraw(by: AccountName, at: Date, note: String?)
    /// Nobody's act: a cover-window proposal whose window has ended.
    case expire(at: Date)
    case markDone(by: AccountName, at: Date, note: String?)

    public var at: Date {
        switch self {
        case .approve(_, let at, _), .reject(_, let at, _), .withdraw(_, let at, _), .expire(let at), .markDone(_, let at, _): at
        }
    }
}

/// How long a reason or note may be; longer ones are refused, not cut.
public let maximumNoteLength = 2_000

extension Proposal {
    /// Opens a proposal by `proposer` at `at`, or says why it cannot be made.
    ///
    /// A keep is decided at once (approved by its proposer). With `urgentSeverity`
    /// `.critical`, a hide is an urgent hide: approved at once, while any delete waits.
    public static func open(
        id: ProposalID, kind: ProposalKind, by proposer: AccountName, at: Date, reason: String,
        roster: Roster, urgentSeverity: Severity? = nil
    ) -> Result<Proposal, WorkflowRefusal> {
        let at = AuditTime.truncated(at)
        if let problem = noteProblem(reason, required: true, missing: .reasonRequired) { return .failure(problem) }
        let authority: Authority
        switch roster.authority(of: proposer, at: at) {
        case .success(let a): authority = a
        case .failure(let r): return .failure(r)
        }
        var urgent = false
        switch kind {
        case .moderation(let action, let target):
            switch (action.targetsAuthor, target) {
            case (true, .comment): return .failure(.actionTargetsAuthor(action))
            case (false, .author): return .failure(.actionTargetsComment(action))
            default: break
            }
            if let severity = urgentSeverity {
                guard action == .hide else { return .failure(.urgentOnlyForHide(action)) }
                guard severity == .critical else { return .failure(.urgentHideNeedsCritical(severity)) }
                urgent = true
            }
        case .roster(let change):
            guard authority.role == .administrator else { return .failure(.administratorsOnly(proposer)) }
            if urgentSeverity != nil { return .failure(.urgentOnlyForHide(nil)) }
            if let problem = roster.problem(with: change, at: at) { return .failure(problem) }
        }
        let decidedAtOnce = urgent || kind.action == .keep
        let state: ProposalState = decidedAtOnce ? .approved(Decision(by: proposer, at: at, note: nil)) : .pending
        return .success(Proposal(id: id, kind: kind, proposer: proposer, proposedAt: at, reason: reason, urgent: urgent, state: state))
    }

    /// The proposal after `event`, or a refusal a person can read. `roster` is the roster
    /// at the moment of the event; a roster change that is approved must then be applied to
    /// it by the caller (`Workflow` does).
    public func applying(_ event: ProposalEvent, roster: Roster) -> Result<Proposal, WorkflowRefusal> {
        let at = AuditTime.truncated(event.at)
        var next = self
        switch event {
        case .approve(let by, _, let note):
            if let refusal = checkPending(at: at) { return .failure(refusal) }
            if let refusal = checkSigner(by, at: at, roster: roster) { return .failure(refusal) }
            if by == proposer { return .failure(.selfApproval(proposer)) }
            if let problem = Self.noteProblem(note, required: false, missing: .rejectionNeedsNote) { return .failure(problem) }
            if case .roster(let change) = kind, let problem = roster.problem(with: change, at: at) { return .failure(problem) }
            next.state = .approved(Decision(by: by, at: at, note: note))
        case .reject(let by, _, let note):
            if let refusal = checkPending(at: at) { return .failure(refusal) }
            if let refusal = checkSigner(by, at: at, roster: roster) { return .failure(refusal) }
            if by == proposer { return .failure(.selfRejection(proposer)) }
            if let problem = Self.noteProblem(note, required: true, missing: .rejectionNeedsNote) { return .failure(problem) }
            next.state = .rejected(Decision(by: by, at: at, note: note))
        case .withdraw(let by, _, let note):
            if state != .pending { return .failure(.alreadyDecided(id, state)) }
            if by != proposer { return .failure(.onlyProposerMayWithdraw(proposer)) }
            if let refusal = roster.authority(of: by, at: at).failure { return .failure(refusal) }
            if let problem = Self.noteProblem(note, required: false, missing: .rejectionNeedsNote) { return .failure(problem) }
            next.state = .withdrawn(Decision(by: by, at: at, note: note))
        case .expire:
            if state != .pending { return .failure(.alreadyDecided(id, state)) }
            guard let end = expiresAt else { return .failure(.doesNotExpire(id)) }
            if at < end { return .failure(.notYetExpired(id, until: end)) }
            next.state = .expired(at: at)
        case .markDone(let by, _, let note):
            switch state {
            case .approved(let approval):
                guard hasSomethingToCarryOut else { return .failure(.nothingToCarryOut(id, kind)) }
                if let refusal = roster.authority(of: by, at: at).failure { return .failure(refusal) }
                if let problem = Self.noteProblem(note, required: false, missing: .rejectionNeedsNote) { return .failure(problem) }
                next.state = .carriedOut(approved: approval, done: Decision(by: by, at: at, note: note))
            case .pending: return .failure(.notApprovedYet(id))
            default: return .failure(.alreadyDecided(id, state))
            }
        }
        return .success(next)
    }

    private func checkPending(at: Date) -> WorkflowRefusal? {
        if state != .pending { return .alreadyDecided(id, state) }
        if let end = expiresAt, at >= end { return .proposalExpired(id, windowEnded: end.addingTimeInterval(-0.001)) }
        return nil
    }

    /// A decision on a roster change needs an administrator; anything else anyone entitled.
    private func checkSigner(_ by: AccountName, at: Date, roster: Roster) -> WorkflowRefusal? {
        switch roster.authority(of: by, at: at) {
        case .failure(let r): return r
        case .success(let a):
            if case .roster = kind, a.role != .administrator { return .administratorsOnly(by) }
            return nil
        }
    }

    private static func noteProblem(_ text: String?, required: Bool, missing: WorkflowRefusal) -> WorkflowRefusal? {
        guard let text, !text.allSatisfy({ $0.isWhitespace }) else { return required ? missing : nil }
        if text.count > maximumNoteLength { return .noteTooLong }
        // SQLite would keep only what comes before a NUL (text is bound up to the first one),
        // and the stored record would then no longer match its signed hash.
        if text.unicodeScalars.contains("\0") { return .noteHasNUL }
        return nil
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
