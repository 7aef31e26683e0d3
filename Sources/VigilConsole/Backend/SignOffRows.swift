import Foundation
import VigilEngine
import VigilStore

/// Sign-off's values as the console's rows: proposals, actions, authors, audit entries and
/// a comment's decisions, and a console draft as the service's request. Pure functions; text
/// stays untrusted (the views clean it).
enum SignOffRows {
    /// The console's action for a moderation action, and where an escalation goes.
    static func kind(_ a: ModerationAction) -> (ActionKind, EscalationTarget?) {
        switch a {
        case .delete: (.delete, nil)
        case .hide: (.hide, nil)
        case .block: (.block, nil)
        case .keep: (.keep, nil)
        case .escalate(let to): (.escalate, to)
        case .restore: (.restore, nil)
        case .unblock: (.unblock, nil)
        }
    }

    /// The service's request for a console draft.
    static func request(_ draft: ProposalDraft) throws -> ProposalRequest {
        let action: ModerationAction
        switch draft.action {
        case .delete: action = .delete
        case .hide: action = .hide
        case .block: action = .block
        case .keep: action = .keep
        case .restore: action = .restore
        case .unblock: action = .unblock
        case .escalate:
            guard let to = draft.escalateTo else { throw ConsoleRefusal("an escalation needs someone to go to: choose the DSL, the police, CEOP or Prevent") }
            action = .escalate(to)
        case .roster:
            throw ConsoleRefusal("roster changes are made with vigil admin and vigil cover, not from the console")
        }
        let target: ProposalTarget
        switch draft.target {
        case .comment(let key): target = .comment(key)
        case .author(let author):
            // Through the comment when there is one: the store checks it is theirs.
            target = draft.comment.map { .authorOf($0) } ?? .author(author)
        }
        return ProposalRequest(target: target, action: action, reason: draft.reason)
    }

    /// The comment a moderation proposal is about (for a block, the one it was made from).
    static func comment(_ p: Proposal) -> CommentKey? {
        switch p.kind {
        case .moderation(_, .comment(let c)): c.comment
        case .moderation(_, .author(let a)): a.via
        case .roster: nil
        }
    }

    /// The proposal waiting for sign-off on a comment, from its proposals (oldest first).
    static func pending(_ proposals: [Proposal]) -> PendingProposal? {
        guard let p = proposals.last(where: { $0.state == .pending }), let action = p.kind.action else { return nil }
        return PendingProposal(id: p.id, action: kind(action).0, proposer: p.proposer.rawValue, proposed: p.proposedAt)
    }

    /// What was decided about a comment ("deleted", "kept"): its last approved decision.
    static func decision(_ proposals: [Proposal]) -> String? {
        guard let p = proposals.last(where: isApproved), let action = p.kind.action else { return nil }
        return pastTense(action)
    }

    static func isApproved(_ p: Proposal) -> Bool {
        switch p.state {
        case .approved, .carriedOut: true
        default: false
        }
    }

    static func pastTense(_ a: ModerationAction) -> String {
        switch a {
        case .delete: "deleted"
        case .hide: "hidden"
        case .block: "author blocked"
        case .keep: "kept"
        case .escalate(let to): "escalated to \(to.recipient)"
        case .restore: "restored"
        case .unblock: "author unblocked"
        }
    }

    /// Every step of a comment's proposals, oldest first: proposed, kept, hidden at once,
    /// approved, rejected, withdrawn, expired, carried out.
    static func records(_ proposals: [Proposal]) -> [DecisionRecord] {
        var out: [DecisionRecord] = []
        for p in proposals {
            guard let action = p.kind.action else { continue }
            let what = "\(p.id) \(action)"
            if action == .keep {
                out.append(DecisionRecord(time: p.proposedAt, actor: p.proposer.rawValue, what: "kept (false alarm)", note: p.reason))
                continue
            }
            if p.urgent {
                out.append(DecisionRecord(time: p.proposedAt, actor: p.proposer.rawValue, what: "hid at once (urgent, \(p.id))", note: p.reason))
            } else {
                out.append(DecisionRecord(time: p.proposedAt, actor: p.proposer.rawValue, what: "proposed \(what)", note: p.reason))
            }
            func add(_ verb: String, _ d: Decision) {
                out.append(DecisionRecord(time: d.at, actor: d.by.rawValue, what: "\(verb) \(what)", note: d.note))
            }
            switch p.state {
            case .pending: break
            case .approved(let d): if !p.urgent { add("approved", d) }
            case .rejected(let d): add("rejected", d)
            case .withdrawn(let d): add("withdrew", d)
            case .expired(let at): out.append(DecisionRecord(time: at, actor: AuditEntry.systemActor, what: "\(what) expired", note: nil))
            case .carriedOut(let approved, let done):
                if !p.urgent { add("approved", approved) }
                add("carried out", done)
            }
        }
        return out.sorted { $0.time < $1.time }
    }

    /// "3 upheld abuse decisions (P4, P9, P12) within 90 days".
    static func suggestion(_ s: BlockSuggestion, settings: WorkflowSettings) -> String {
        let ids = s.decisions.map(\.proposal.description).joined(separator: ", ")
        return "\(s.decisions.count) upheld decisions (\(ids)) within \(Int(settings.blockWindow / 86400)) days"
    }

    static func proposalRow(_ s: ProposalSummary) -> ProposalRow {
        let p = s.proposal
        switch p.kind {
        case .moderation(let action, let target):
            let (kind, to) = kind(action)
            var author: AuthorRef?
            switch target {
            case .comment(let c): author = c.authorID != nil || s.authorName != nil ? AuthorRef(platformID: c.authorID, name: s.authorName) : nil
            case .author(let a): author = AuthorRef(platformID: a.author.id, name: s.authorName)
            }
            return ProposalRow(id: p.id, action: kind, escalateTo: to, comment: comment(p), author: author,
                               excerpt: s.text ?? "", severity: s.severity, proposer: p.proposer.rawValue,
                               proposed: p.proposedAt, reason: p.reason, overdue: s.overdue)
        case .roster(let change):
            return ProposalRow(id: p.id, action: .roster, escalateTo: nil, comment: nil, author: nil,
                               excerpt: change.description, severity: nil, proposer: p.proposer.rawValue,
                               proposed: p.proposedAt, reason: p.reason, overdue: s.overdue)
        }
    }

    static func actionRow(_ a: ActionToCarryOut) -> ActionRow {
        let platform: String = a.steps.isEmpty
            ? "Tell \(a.action.escalationTarget?.recipient ?? "the person it names")"
            : a.steps.map { "\(Format.platform($0.platform)): \($0.name)" }.joined(separator: ", then ")
        var author: AuthorRef?
        var comment: CommentKey?
        switch a.target {
        case .comment(let c): comment = c.comment; author = c.authorID.map { AuthorRef(platformID: $0) }
        case .author(let s): comment = s.via; author = AuthorRef(platformID: s.author.id)
        }
        return ActionRow(id: a.proposal.id, action: kind(a.action).0, platformAction: platform, comment: comment, author: author,
                         url: a.url, approvedBy: a.approval.by.rawValue, approved: a.approval.at, urgent: a.urgent)
    }

    static func authorRow(_ s: VigilStore.AuthorStanding) -> AuthorRow {
        AuthorRow(platform: s.author.platform, author: AuthorRef(platformID: s.author.id, name: s.name),
                  comments: s.comments, flagged: s.flagged, upheld: s.upheld, lastFlagged: s.lastFlagged,
                  blocked: s.blocked, blockSuggested: s.blockSuggested)
    }

    static func auditRow(_ e: AuditEntry) -> AuditRow {
        let text = AuditEntryText(e)
        // A name typed at a failed sign-in that matches nobody may be anything (a passphrase
        // typed in the wrong box): the console does not show it.
        let unknown = text.what == "sign-in failed" && e.subject.failure == SignInFailure.unknownAccount.rawValue
        return AuditRow(sequence: Int(e.sequence), time: e.time, actor: unknown ? nil : e.actor,
                        kind: text.what, subject: text.subject, note: text.note, signed: e.signature != nil)
    }
}
