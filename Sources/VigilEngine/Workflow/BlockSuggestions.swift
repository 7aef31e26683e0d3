import Foundation

/// A decision that upheld a flag on one author's comment: a delete, hide or escalation
/// signed off by two people. The store builds these from proposals and the comments' flags.
public struct UpheldDecision: Hashable, Sendable {
    public let author: AuthorKey
    public let comment: CommentKey
    public let proposal: ProposalID
    public let decidedAt: Date
    /// The categories the comment was flagged for.
    public let categories: Set<Category>

    public init(author: AuthorKey, comment: CommentKey, proposal: ProposalID, decidedAt: Date, categories: Set<Category>) {
        self.author = author
        self.comment = comment
        self.proposal = proposal
        self.decidedAt = decidedAt
        self.categories = categories
    }

    /// The upheld decision `proposal` is, or nil: it must be a delete, hide or escalation of
    /// a comment with a known author, approved by a second person (an urgent hide alone is
    /// one person's call and does not count).
    public static func from(_ proposal: Proposal, categories: Set<Category>) -> UpheldDecision? {
        guard case .moderation(let action, .comment(let subject)) = proposal.kind, let author = subject.author else { return nil }
        switch action {
        case .delete, .hide, .escalate: break
        default: return nil
        }
        let approval: Decision
        switch proposal.state {
        case .approved(let d), .carriedOut(let d, _): approval = d
        default: return nil
        }
        guard approval.by != proposal.proposer else { return nil }
        return UpheldDecision(author: author, comment: subject.comment, proposal: proposal.id, decidedAt: approval.at, categories: categories)
    }
}

/// "Block this author?": an author with at least the threshold of upheld abuse decisions
/// (on different comments, across the school's channels) within the window.
public struct BlockSuggestion: Hashable, Sendable, CustomStringConvertible {
    public let author: AuthorKey
    /// The decisions that count, oldest first, one per comment.
    public let decisions: [UpheldDecision]

    public var description: String {
        let ids = decisions.map(\.proposal.description).joined(separator: ", ")
        return "\(author) has \(decisions.count) upheld abuse decisions (\(ids)): consider proposing a block"
    }
}

public enum BlockSuggestions {
    /// The suggestions at `now`, most decisions first. Authors in `excluding` (already
    /// blocked, or a block pending: see `blockedOrPending`) get none.
    public static func suggest(
        from decisions: [UpheldDecision], at now: Date, settings: WorkflowSettings = .standard,
        counting categories: Set<Category> = [.abuse], excluding: Set<AuthorKey> = []
    ) -> [BlockSuggestion] {
        let since = now.addingTimeInterval(-settings.blockWindow)
        var byAuthor: [AuthorKey: [CommentKey: UpheldDecision]] = [:]
        for d in decisions where d.decidedAt >= since && d.decidedAt <= now && !d.categories.isDisjoint(with: categories) {
            if excluding.contains(d.author) { continue }
            if let earlier = byAuthor[d.author]?[d.comment], earlier.decidedAt <= d.decidedAt { continue }
            byAuthor[d.author, default: [:]][d.comment] = d
        }
        return byAuthor.compactMap { author, byComment in
            guard byComment.count >= settings.blockThreshold else { return nil }
            return BlockSuggestion(author: author, decisions: byComment.values.sorted { ($0.decidedAt, $0.proposal) < ($1.decidedAt, $1.proposal) })
        }
        .sorted { ($1.decisions.count, $0.author.id) < ($0.decisions.count, $1.author.id) }
    }

    /// Authors blocked now (the last approved block or unblock was a block) or with a block
    /// proposal pending.
    public static func blockedOrPending(_ proposals: [Proposal]) -> Set<AuthorKey> {
        var last: [AuthorKey: (Date, Bool)] = [:]
        var pending: Set<AuthorKey> = []
        for p in proposals {
            guard case .moderation(let action, .author(let subject)) = p.kind else { continue }
            switch p.state {
            case .pending where action == .block: pending.insert(subject.author)
            case .approved(let d), .carriedOut(let d, _):
                if let seen = last[subject.author], seen.0 > d.at { continue }
                last[subject.author] = (d.at, action == .block)
            default: break
            }
        }
        return pending.union(last.filter { $0.value.1 }.keys)
    }
}
