import Foundation

/// Why the workflow will not do what was asked, in words the person can act on. Each case
/// names the people, proposal and dates involved; `description` is the sentence to show.
public enum WorkflowRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    // Who may act.
    case notOnRoster(AccountName)
    case removed(AccountName, at: Date)
    case noCoverWindow(AccountName)
    case coverWindowNotStarted(AccountName, starts: Date)
    case coverWindowEnded(AccountName, lastDay: Date)
    case administratorsOnly(AccountName)

    // Deciding.
    case selfApproval(AccountName)
    case selfRejection(AccountName)
    case rejectionNeedsNote
    case reasonRequired
    case noteTooLong
    case noteHasNUL
    case alreadyDecided(ProposalID, ProposalState)
    case onlyProposerMayWithdraw(AccountName)
    case notApprovedYet(ProposalID)
    case nothingToCarryOut(ProposalID, ProposalKind)
    case proposalExpired(ProposalID, windowEnded: Date)
    case doesNotExpire(ProposalID)
    case notYetExpired(ProposalID, until: Date)

    // What may be proposed.
    case actionTargetsAuthor(ModerationAction)
    case actionTargetsComment(ModerationAction)
    case authorUnknown(CommentKey)
    case urgentOnlyForHide(ModerationAction?)
    case urgentHideNeedsCritical(Severity)

    // Roster changes.
    case alreadyOnRoster(AccountName, Role)
    case malformedPublicKey(AccountName)
    case keyAlreadyInUse(AccountName, by: AccountName)
    case wouldLeaveFewerThanTwoAdministrators(AccountName)
    case notACoverModerator(AccountName)
    case coversOnlyAdministrators(AccountName)
    case coverWindowEmpty
    case coverWindowTooLong
    case coverWindowAlreadyOver(lastDay: Date)
    case foundingNeedsTwoAdministrators
    case notFoundingAdministrator(AccountName)

    public var description: String {
        switch self {
        case .notOnRoster(let n): "\(n) is not an administrator or cover moderator"
        case .removed(let n, let at): "\(n) was removed from the roster on \(DisplayTime.day(at))"
        case .noCoverWindow(let n):
            "\(n) is a cover moderator with no cover window: an administrator must add one (vigil cover \(n) --for NAME --from DATE --to DATE)"
        case .coverWindowNotStarted(let n, let starts): "\(n)'s cover window starts on \(DisplayTime.day(starts))"
        case .coverWindowEnded(let n, let last): "\(n)'s cover window ended on \(DisplayTime.day(last))"
        case .administratorsOnly(let n): "\(n) is a cover moderator: only administrators can change the roster or cover windows"
        case .selfApproval: "you proposed this: another administrator must sign it off"
        case .selfRejection: "you proposed this: withdraw it instead, or let another administrator decide"
        case .rejectionNeedsNote: "a rejection needs a note saying why (--note TEXT)"
        case .reasonRequired: "a proposal needs a reason (--reason TEXT)"
        case .noteTooLong: "a reason or note may be at most \(maximumNoteLength) characters"
        case .noteHasNUL: "a reason or note may not contain a NUL character (U+0000)"
        case .alreadyDecided(let id, let state): "\(id) is " + Self.decided(state)
        case .onlyProposerMayWithdraw(let p): "only \(p), who proposed this, can withdraw it"
        case .notApprovedYet(let id): "\(id) is still waiting for a second administrator's sign-off: there is nothing to carry out yet"
        case .nothingToCarryOut(let id, let kind):
            kind.action == .keep ? "\(id) keeps the comment: there is nothing to carry out on the platform"
                : "\(id) changes the roster: it took effect when it was approved, there is nothing to carry out"
        case .proposalExpired(let id, let ended): "\(id) proposed a cover window that ended on \(DisplayTime.day(ended)): it can no longer be approved"
        case .doesNotExpire(let id): "\(id) does not expire: it stays pending (and becomes overdue) until someone decides it"
        case .notYetExpired(let id, let until): "\(id) does not expire until \(DisplayTime.minute(until))"
        case .actionTargetsAuthor(let a): "\(a.name) acts on an author, not a comment: propose it on the comment's author"
        case .actionTargetsComment(let a): "\(a) acts on a comment, not an author"
        case .authorUnknown(let c): "the export does not say who wrote \(c), so its author cannot be blocked from here"
        case .urgentOnlyForHide(let a): "only a hide can be urgent" + (a.map { ", not \($0)" } ?? "")
        case .urgentHideNeedsCritical(let s):
            "an urgent hide is only for a comment flagged critical; this one's worst flag is \(s.rawValue): propose a hide for a second administrator instead"
        case .alreadyOnRoster(let n, let r): "\(n) is already on the roster as \(r.withArticle)"
        case .malformedPublicKey(let n): "the public key given for \(n) is not a 32-byte Ed25519 key"
        case .keyAlreadyInUse(let n, let by): "the key given for \(n) is already \(by)'s: each person needs their own"
        case .wouldLeaveFewerThanTwoAdministrators(let n):
            "removing \(n) would leave fewer than two administrators: add another administrator first"
        case .notACoverModerator(let n): "\(n) is not a cover moderator: only cover moderators get cover windows"
        case .coversOnlyAdministrators(let n): "\(n) is not an administrator: a cover moderator covers for an administrator"
        case .coverWindowEmpty: "a cover window must end after it starts"
        case .coverWindowTooLong: "a cover window may be at most a year long"
        case .coverWindowAlreadyOver(let last): "that cover window ended on \(DisplayTime.day(last))"
        case .foundingNeedsTwoAdministrators: "a store needs at least two administrators from the start (vigil init --admin A --admin B)"
        case .notFoundingAdministrator(let n): "\(n) is a cover moderator: the founders of a store are administrators"
        }
    }

    private static func decided(_ state: ProposalState) -> String {
        switch state {
        case .pending: "still pending"
        case .approved(let d): "already approved by \(d.by) at \(DisplayTime.minute(d.at))"
        case .rejected(let d): "already rejected by \(d.by) at \(DisplayTime.minute(d.at))"
        case .withdrawn(let d): "already withdrawn by \(d.by) at \(DisplayTime.minute(d.at))"
        case .expired(let at): "already expired (\(DisplayTime.minute(at)))"
        case .carriedOut(_, let done): "already carried out by \(done.by) at \(DisplayTime.minute(done.at))"
        }
    }
}
