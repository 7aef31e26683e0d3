import Foundation
import VigilEngine

/// The comment an action key would act on: the queue's selected row, or the open comment.
struct CommentFocus: Sendable {
    var key: CommentKey
    var severity: Severity
    /// Who wrote it, as the export says.
    var author: AuthorRef?
    /// The author as a block names them: nil when the export gave no id.
    var authorKey: AuthorKey?
    var pending: PendingProposal?
    var decision: String?
    /// The worst flag's explanation, which pre-fills a reason.
    var explanation: String
    var categories: [Category]
}

/// Why an action cannot be taken now, in words for the status line (STYLE.md §3).
extension ConsoleState {
    var focus: CommentFocus? {
        switch view {
        case .queue:
            guard let r = queue.list.selected else { return nil }
            return CommentFocus(key: r.key, severity: r.severity, author: r.author, authorKey: r.authorKey, pending: r.pending, decision: r.decision, explanation: r.explanation, categories: r.categories)
        case .detail:
            guard let d = detail.detail else { return nil }
            let worst = d.flags.max { $0.severity < $1.severity }
            return CommentFocus(key: d.key, severity: d.severity ?? .low, author: d.author, authorKey: d.authorKey, pending: d.pending, decision: d.decision, explanation: worst?.explanation ?? "", categories: d.flags.map(\.category))
        default:
            return nil
        }
    }

    /// Why this person cannot act at all now (a cover moderator outside their window).
    var actingRefusal: String? {
        guard let session else { return "sign in first" }
        guard session.role == .coverModerator else { return nil }
        guard let window = session.coverWindow else { return "you have no cover window: an administrator must add one" }
        if now < window.start { return "your cover window starts at \(Format.time(window.start, in: timeZone)): you cannot act before then" }
        if now > window.end { return "your cover window ended at \(Format.time(window.end, in: timeZone)): you can no longer act" }
        return nil
    }

    func proposalRefusal(_ action: ActionKind) -> String? {
        if let busy { return "still \(busy): wait a moment" }
        guard let f = focus else { return view == .detail ? "the comment is still loading" : "no comment is selected" }
        if let r = actingRefusal { return r }
        if let p = f.pending {
            return "a \(p.action.rawValue) proposed by \(p.proposer) already waits for sign-off: approve (a) or reject (r) it first"
        }
        if let d = f.decision { return "already decided (\(d))" }
        if action == .block && f.author == nil { return "the author is unknown: the export did not say who wrote this" }
        if action == .block && f.authorKey == nil { return "the export gave no id for this author, so a block cannot name them: block them on the platform" }
        return nil
    }

    func urgentHideRefusal() -> String? {
        if let busy { return "still \(busy): wait a moment" }
        guard let f = focus else { return "no comment is selected" }
        if let r = actingRefusal { return r }
        if f.severity != .critical {
            return "urgent hide is only for comments flagged critical; this one is \(f.severity.rawValue): propose a hide (h) instead"
        }
        if let d = f.decision { return "already decided (\(d))" }
        return nil
    }

    /// The proposal `a` and `r` would decide, in the view in focus.
    var proposalToSign: (id: ProposalID, action: ActionKind, proposer: String)? {
        switch view {
        case .signOffs:
            guard let p = signOffs[signOffs.section].selected else { return nil }
            return (p.id, p.action, p.proposer)
        default:
            guard let p = focus?.pending else { return nil }
            return (p.id, p.action, p.proposer)
        }
    }

    func signRefusal(approve: Bool) -> String? {
        if let busy { return "still \(busy): wait a moment" }
        guard let p = proposalToSign else {
            return view == .signOffs ? "no proposal is selected" : "nothing waits for sign-off on this comment"
        }
        if let r = actingRefusal { return r }
        if p.proposer == session?.name { return "you proposed this: another administrator must sign it off" }
        return nil
    }

    func markDoneRefusal() -> String? {
        if let busy { return "still \(busy): wait a moment" }
        guard actions.selected != nil else { return "no action is selected" }
        return actingRefusal
    }

    func authorBlockRefusal() -> String? {
        if let busy { return "still \(busy): wait a moment" }
        guard let a = authors.selected else { return "no author is selected" }
        if a.blocked { return "\(SafeText.line(a.name)) is already blocked" }
        if a.key == nil { return "the export gave no id for \(SafeText.line(a.name)), so a block cannot name them: block them on the platform" }
        return actingRefusal
    }

    func importToggleRefusal() -> String? {
        guard let e = importer.list.selected else { return "no file is selected" }
        if importer.running { return "an import is running" }
        if e.isDirectory { return "that is a folder: Enter opens it" }
        return nil
    }

    func importStartRefusal() -> String? {
        if importer.running { return "an import is running: wait for it to finish" }
        if importer.selected.isEmpty { return "no files selected: Space selects a file" }
        return actingRefusal
    }
}
