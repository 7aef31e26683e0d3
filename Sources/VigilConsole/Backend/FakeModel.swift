import Foundation
import VigilEngine

/// The records `FakeBackend` keeps in memory: a miniature of the store and sign-off engine.
extension FakeBackend {
    /// One stored comment.
    public struct Comment: Sendable {
        public var key: CommentKey
        public var channel: String?
        public var post: PostRef?
        public var author: AuthorRef?
        public var created: Date
        public var text: String
        public var url: String?
        public var flags: [Flag]
        public var parent: CommentKey?

        public init(key: CommentKey, channel: String?, post: PostRef? = nil, author: AuthorRef?, created: Date, text: String, url: String? = nil, flags: [Flag], parent: CommentKey? = nil) {
            self.key = key
            self.channel = channel
            self.post = post
            self.author = author
            self.created = created
            self.text = text
            self.url = url
            self.flags = flags
            self.parent = parent
        }

        var severity: Severity { flags.map(\.severity).max() ?? .low }
        var categories: [Category] { Array(Set(flags.map(\.category))).sorted() }
        /// Who wrote it, told apart across platforms.
        var writer: Writer? { author.map { Writer(platform: key.platform, ref: $0) } }
    }

    /// An author as the fake tells them apart: the platform and what the export said.
    struct Writer: Sendable, Hashable {
        var platform: Platform
        var ref: AuthorRef
        /// As a block names them; nil without a platform id.
        var key: AuthorKey? { ref.platformID.map { AuthorKey(platform: platform, id: $0) } }
    }

    /// One demo account: a name, a role, a passphrase (plain: this is a test double), a window.
    public struct DemoAccount: Sendable {
        public var name: String
        public var role: Role
        public var passphrase: String
        public var coverWindow: DateInterval?
        public var lastSignIn: Date?
        var failures = 0
        var lockedUntil: Date?

        public init(name: String, role: Role, passphrase: String, coverWindow: DateInterval? = nil, lastSignIn: Date? = nil) {
            self.name = name
            self.role = role
            self.passphrase = passphrase
            self.coverWindow = coverWindow
            self.lastSignIn = lastSignIn
        }
    }

    struct Proposal: Sendable {
        enum State: Sendable, Equatable { case pending, approved, rejected }
        var id: ProposalID
        var draft: ProposalDraft
        var proposer: String
        var proposed: Date
        var state: State = .pending
        var decidedBy: String?
        var decided: Date?
        var note: String?
    }

    struct ActionItem: Sendable {
        var id: ProposalID
        var action: ActionKind
        var comment: CommentKey?
        var author: AuthorKey?
        var approvedBy: String
        var approved: Date
        var urgent: Bool
        var done: Date?
    }

    /// Everything, behind the backend's lock.
    struct Data: Sendable {
        var comments: [Comment] = []
        var indexByKey: [CommentKey: Int] = [:]
        /// Lowercased text and author as UTF-8, for search.
        var haystacks: [[UInt8]] = []
        /// Per comment, kept beside it so a filter over 100,000 rows reads arrays, not flags.
        var severities: [Severity] = []
        var categoryMasks: [UInt8] = []
        /// Flagged comments' indices, most severe first, then oldest.
        var order: [Int] = []
        var accounts: [DemoAccount] = []
        /// The last proposal or action number given out.
        var lastID: UInt64 = 0
        var proposals: [Proposal] = []
        var actions: [ActionItem] = []
        var audit: [AuditRow] = []
        /// The comment's decision, once decided ("deleted", "kept" ...).
        var decisions: [CommentKey: String] = [:]
        var pendingByComment: [CommentKey: Int] = [:]
        var blocked: Set<AuthorKey> = []
        var version = 0
        var cachedFilter: QueueFilter?
        var cachedRows: [Int] = []
    }
}

extension FakeBackend.Data {
    mutating func add(_ c: FakeBackend.Comment) {
        indexByKey[c.key] = comments.count
        haystacks.append(Array((c.text + "\u{0}" + (c.author?.displayName ?? "")).lowercased().utf8))
        severities.append(c.severity)
        categoryMasks.append(c.flags.reduce(0) { $0 | FakeBackend.Data.bit($1.category) })
        comments.append(c)
    }

    /// Sorts the queue's order once, after loading.
    mutating func reindex() {
        order = comments.indices.filter { !comments[$0].flags.isEmpty }
        order.sort { a, b in
            let ca = comments[a], cb = comments[b]
            if ca.severity != cb.severity { return ca.severity > cb.severity }
            if ca.created != cb.created { return ca.created < cb.created }
            return (ca.key.platform.rawValue, ca.key.id) < (cb.key.platform.rawValue, cb.key.id)
        }
        changed()
    }

    /// Something changed: the change token moves and cached queries go.
    mutating func changed() {
        version += 1
        cachedFilter = nil
    }

    func status(of key: CommentKey) -> QueueStatus {
        if decisions[key] != nil { return .decided }
        if pendingByComment[key] != nil { return .pending }
        return .awaiting
    }

    static func bit(_ c: Category) -> UInt8 { 1 << UInt8(Category.allCases.firstIndex(of: c)!) }

    mutating func rows(matching f: QueueFilter) -> [Int] {
        if cachedFilter == f { return cachedRows }
        let needle = Array(f.search.lowercased().trimmingCharacters(in: .whitespaces).utf8)
        let mask = f.category.map(Self.bit)
        let noDecisions = decisions.isEmpty && pendingByComment.isEmpty
        let rows = order.filter { i in
            if let mask, categoryMasks[i] & mask == 0 { return false }
            if let sev = f.minimumSeverity, severities[i] < sev { return false }
            if let ch = f.channel, comments[i].channel != ch { return false }
            if f.status != .all {
                let st = noDecisions ? .awaiting : status(of: comments[i].key)
                if st != f.status { return false }
            }
            if !needle.isEmpty && !Self.contains(haystacks[i], needle) { return false }
            return true
        }
        cachedFilter = f
        cachedRows = rows
        return rows
    }

    /// Whether `needle` occurs in `haystack` (bytes; both already lowercased).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    func pending(_ key: CommentKey) -> PendingProposal? {
        guard let i = pendingByComment[key] else { return nil }
        let p = proposals[i]
        return PendingProposal(id: p.id, action: p.draft.action, proposer: p.proposer, proposed: p.proposed)
    }

    /// The next proposal or action number.
    mutating func nextID() -> ProposalID {
        lastID += 1
        return ProposalID(lastID)
    }

    func queueRow(_ i: Int) -> QueueLine {
        let c = comments[i]
        return QueueLine(key: c.key, severity: c.severity, categories: c.categories, channel: c.channel, author: c.author,
                        created: c.created, excerpt: String(c.text.prefix(300)),
                        explanation: c.flags.max { $0.severity < $1.severity }?.explanation ?? "", pending: pending(c.key), decision: decisions[c.key])
    }

    /// The comment as the store would hold it (one version, imported when it was written).
    func stored(_ i: Int) -> StoredComment {
        let c = comments[i]
        return StoredComment(
            storeID: Int64(i + 1), key: c.key, channel: c.channel, post: c.post, parentID: c.parent?.id,
            author: c.author.map { StoredAuthor(storeID: 0, platform: c.key.platform, ref: $0) }, created: c.created, url: c.url,
            platformStatus: nil, text: c.text, textSHA256: ContentHash.hex(ContentHash.sha256(c.text)), currentVersionID: 1,
            severity: c.flags.isEmpty ? nil : c.severity, categories: c.categories, review: .open, firstImportID: 1, metadata: [:])
    }

    func version(_ c: FakeBackend.Comment) -> CommentVersion {
        CommentVersion(storeID: 1, text: c.text, sha256: ContentHash.hex(ContentHash.sha256(c.text)), importID: 1,
                       importFileName: "demo data", importedAt: c.created, platformUpdated: nil)
    }

    func summary(_ c: FakeBackend.Comment) -> CommentSummary {
        CommentSummary(key: c.key, author: c.author?.displayName, created: c.created, severity: c.flags.isEmpty ? nil : c.severity,
                       categories: c.categories, text: c.text)
    }

    func proposalRow(_ p: FakeBackend.Proposal, now: Date) -> ProposalRow {
        let key = p.draft.comment ?? { if case .comment(let k) = p.draft.target { return k } else { return nil } }()
        let comment = key.flatMap { indexByKey[$0] }.map { comments[$0] }
        var author: AuthorRef?
        if case .author(let a) = p.draft.target {
            author = comments.first { $0.writer?.key == a }?.author ?? AuthorRef(platformID: a.id)
        }
        return ProposalRow(id: p.id, action: p.draft.action, escalateTo: p.draft.escalateTo, comment: key, author: author,
                           excerpt: comment.map { String($0.text.prefix(200)) } ?? "", severity: comment?.severity,
                           proposer: p.proposer, proposed: p.proposed, reason: p.draft.reason,
                           overdue: now.timeIntervalSince(p.proposed) > FakeBackend.overdueAfter)
    }

    mutating func log(_ kind: String, actor: String?, subject: String, note: String?, at time: Date, signed: Bool = true) {
        audit.append(AuditRow(sequence: audit.count + 1, time: time, actor: actor, kind: kind, subject: subject, note: note, signed: signed))
    }

    /// Upheld decisions (approved delete, hide, block) on an author's comments.
    func upheld(by author: FakeBackend.Writer, since: Date? = nil) -> Int {
        proposals.filter { p in
            guard p.state == .approved, [.delete, .hide, .block].contains(p.draft.action) else { return false }
            if let since, (p.decided ?? .distantPast) < since { return false }
            if case .author(let a) = p.draft.target { return a == author.key }
            guard let key = p.draft.comment, let i = indexByKey[key] else { return false }
            return comments[i].writer == author
        }.count
    }
}
