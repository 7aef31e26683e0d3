import Foundation

/// What one workflow step produces: the proposal as it must now be stored and the signed
/// audit entry that records it, to write in one transaction. `rosterChange` is set when the
/// step approved a roster change: apply it to the accounts and cover-window tables too.
public struct WorkflowStep: Sendable {
    public let proposal: Proposal
    public let entry: AuditEntry
    public let rosterChange: RosterChange?
}

/// A person's decision on an existing proposal.
public enum Verdict: Sendable, Hashable {
    case approve(note: String?)
    case reject(note: String?)
    case withdraw(note: String?)
    /// Carried out on the platform (`vigil done`).
    case done(note: String?)
}

/// The workflow and the audit log together: each function checks the rules, moves the
/// proposal and makes the signed entry with one consistent time, so the store only has to
/// read the head, the roster and the proposal, call one of these, and write the result.
public enum Workflow {
    /// The founding entries of a new store (`vigil init`): one per administrator, each signed
    /// by their own new key. At least two, all different.
    public static func found(_ founders: [SigningIdentity], at now: Date) -> Result<[AuditEntry], WorkflowRefusal> {
        guard Set(founders.map(\.name)).count == founders.count else {
            let name = founders.first { f in founders.filter { $0.name == f.name }.count > 1 }!.name
            return .failure(.alreadyOnRoster(name, .administrator))
        }
        guard founders.count >= 2 else { return .failure(.foundingNeedsTwoAdministrators) }
        if let cover = founders.first(where: { $0.role != .administrator }) { return .failure(.notFoundingAdministrator(cover.name)) }
        var entries: [AuditEntry] = []
        for f in founders {
            entries.append(signed(.founded(f.name, publicKey: f.publicKey), by: f, after: entries.last?.head, at: now))
        }
        return .success(entries)
    }

    /// A new proposal `id` (the store's next number). A keep, and an urgent hide of a
    /// comment whose worst flag is `urgentSeverity` = critical, come back already approved.
    public static func propose(
        _ id: ProposalID, _ kind: ProposalKind, reason: String, by identity: SigningIdentity,
        roster: Roster, after head: AuditHead?, at now: Date, urgentSeverity: Severity? = nil
    ) -> Result<WorkflowStep, WorkflowRefusal> {
        let time = AuditTime.next(now, after: head)
        return Proposal.open(id: id, kind: kind, by: identity.name, at: time, reason: reason, roster: roster, urgentSeverity: urgentSeverity)
            .map { p in
                let event: AuditEvent
                if p.urgent, case .moderation(_, .comment(let subject)) = kind, let severity = urgentSeverity {
                    event = .urgentHide(id, subject, severity: severity, reason: reason)
                } else {
                    event = .propose(id, kind, reason: reason)
                }
                return WorkflowStep(proposal: p, entry: signed(event, by: identity, after: head, at: time), rosterChange: nil)
            }
    }

    /// Approves, rejects, withdraws or marks done `proposal` as `identity`.
    public static func decide(
        _ proposal: Proposal, _ verdict: Verdict, by identity: SigningIdentity,
        roster: Roster, after head: AuditHead?, at now: Date
    ) -> Result<WorkflowStep, WorkflowRefusal> {
        let time = AuditTime.next(now, after: head)
        let name = identity.name
        let (event, audit): (ProposalEvent, AuditEvent)
        switch verdict {
        case .approve(let note): (event, audit) = (.approve(by: name, at: time, note: note), .approve(proposal.id, note: note))
        case .reject(let note): (event, audit) = (.reject(by: name, at: time, note: note), .reject(proposal.id, note: note ?? ""))
        case .withdraw(let note): (event, audit) = (.withdraw(by: name, at: time, note: note), .withdraw(proposal.id, note: note))
        case .done(let note): (event, audit) = (.markDone(by: name, at: time, note: note), .done(proposal.id, note: note))
        }
        return proposal.applying(event, roster: roster).map { next in
            var change: RosterChange?
            if case .approve = verdict, case .roster(let c) = proposal.kind { change = c }
            return WorkflowStep(proposal: next, entry: signed(audit, by: identity, after: head, at: time), rosterChange: change)
        }
    }

    /// Expires a cover-window proposal whose window has ended undecided (unsigned, actor
    /// "vigil"); any process may do it when it notices.
    public static func expire(_ proposal: Proposal, roster: Roster, after head: AuditHead?, at now: Date) -> Result<WorkflowStep, WorkflowRefusal> {
        let time = AuditTime.next(now, after: head)
        return proposal.applying(.expire(at: time), roster: roster).map { next in
            let entry = unsigned(UnsignedAuditEvent(actor: AuditEntry.systemActor, event: .expire(proposal.id)), after: head, at: time)
            return WorkflowStep(proposal: next, entry: entry, rosterChange: nil)
        }
    }

    /// The entry recording that a comment's text was purged under the retention rules, by
    /// an administrator; `textSHA256` is the hash the store keeps.
    public static func purge(
        _ comment: CommentKey, textSHA256: Data, by identity: SigningIdentity,
        roster: Roster, after head: AuditHead?, at now: Date
    ) -> Result<AuditEntry, WorkflowRefusal> {
        let time = AuditTime.next(now, after: head)
        switch roster.authority(of: identity.name, at: time) {
        case .failure(let r): return .failure(r)
        case .success(let a) where a.role != .administrator: return .failure(.administratorsOnly(identity.name))
        case .success: return .success(signed(.purge(comment, textSHA256: textSHA256), by: identity, after: head, at: time))
        }
    }

    /// The entries a sign-in attempt asks for, chained after `head`.
    public static func record(_ events: [UnsignedAuditEvent], after head: AuditHead?, at now: Date) -> [AuditEntry] {
        var entries: [AuditEntry] = []
        for e in events { entries.append(unsigned(e, after: entries.last?.head ?? head, at: now)) }
        return entries
    }

    // The kinds passed here are fixed by this file, so AuditError cannot occur.
    private static func signed(_ event: AuditEvent, by identity: SigningIdentity, after head: AuditHead?, at time: Date) -> AuditEntry {
        do { return try AuditEntry.signed(event, by: identity, after: head, at: time) } catch { preconditionFailure(error.description) }
    }

    private static func unsigned(_ event: UnsignedAuditEvent, after head: AuditHead?, at time: Date) -> AuditEntry {
        do { return try AuditEntry.unsigned(event, after: head, at: time) } catch { preconditionFailure(error.description) }
    }
}
