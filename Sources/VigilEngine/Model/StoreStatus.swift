/// Proposals by state (`ProposalState.name`). `overdue` is the part of `pending` older than
/// the overdue limit; `approved` counts keeps and approvals not yet carried out.
public struct ProposalCounts: Hashable, Sendable, Codable {
    public var pending: Int
    public var approved: Int
    public var rejected: Int
    public var overdue: Int
    public var withdrawn: Int
    public var expired: Int
    public var carriedOut: Int

    public init(pending: Int = 0, approved: Int = 0, rejected: Int = 0, overdue: Int = 0,
                withdrawn: Int = 0, expired: Int = 0, carriedOut: Int = 0) {
        self.pending = pending
        self.approved = approved
        self.rejected = rejected
        self.overdue = overdue
        self.withdrawn = withdrawn
        self.expired = expired
        self.carriedOut = carriedOut
    }
}

/// The counts `vigil status` prints and the console's header shows.
public struct StoreStatus: Hashable, Sendable, Codable {
    public var comments: Int
    /// Comments whose current text has at least one flag.
    public var flagged: Int
    /// Flagged comments awaiting a decision (what the queue holds).
    public var awaitingDecision: Int
    /// Flagged comments per category; a comment with two categories counts in both.
    /// Every category is present, with zero where none.
    public var byCategory: [Category: Int]
    /// Flagged comments per worst severity; every severity present.
    public var bySeverity: [Severity: Int]
    public var authors: Int
    public var channels: Int
    public var posts: Int
    public var imports: Int
    public var administrators: Int
    public var proposals: ProposalCounts

    public init(
        comments: Int, flagged: Int, awaitingDecision: Int, byCategory: [Category: Int],
        bySeverity: [Severity: Int], authors: Int, channels: Int, posts: Int, imports: Int,
        administrators: Int, proposals: ProposalCounts
    ) {
        self.comments = comments
        self.flagged = flagged
        self.awaitingDecision = awaitingDecision
        self.byCategory = byCategory
        self.bySeverity = bySeverity
        self.authors = authors
        self.channels = channels
        self.posts = posts
        self.imports = imports
        self.administrators = administrators
        self.proposals = proposals
    }
}
