import Foundation
import VigilEngine

/// An in-memory `ConsoleBackend` for tests, benchmarks and `vigil console --fake`.
///
/// It keeps the rules a person would notice (two different administrators, cover windows,
/// lockout after five wrong passphrases, a rejection needs a note, urgent hide only for
/// critical flags) so the console's refusals can be seen and tested before the real store
/// and sign-off engine are wired in. Thread-safe: the shell calls it from worker threads.
public final class FakeBackend: ConsoleBackend, @unchecked Sendable {
    static let overdueAfter: TimeInterval = 72 * 3600
    /// Delay before each page or detail answer, to see loading states by hand (`--fake`).
    public var latency: TimeInterval = 0

    private let lock = NSLock()
    private var data = Data()
    private let clock: @Sendable () -> Date

    /// A backend holding these comments and accounts; `clock` is its "now".
    public init(comments: [Comment], accounts: [DemoAccount], clock: @escaping @Sendable () -> Date = { Date() }) {
        self.clock = clock
        for c in comments { data.add(c) }
        data.accounts = accounts
        data.reindex()
    }

    private func locked<T>(_ body: (inout Data) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&data)
    }

    private func pause() { if latency > 0 { Thread.sleep(forTimeInterval: latency) } }

    // MARK: Signing in

    public func signIn(name: String, passphrase: SecretText) throws -> Session {
        let now = clock()
        return try locked { d in
            guard let i = d.accounts.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
                d.log("sign-in failed", actor: nil, subject: "unknown name", note: nil, at: now, signed: false)
                d.changed()
                throw ConsoleRefusal("that name and passphrase do not match an account")
            }
            var a = d.accounts[i]
            if let until = a.lockedUntil, until > now {
                throw ConsoleRefusal("\(a.name) is locked after five wrong passphrases until \(Format.time(until, in: .london))")
            }
            guard a.passphrase == passphrase.revealed else {
                a.failures += 1
                var message = "wrong passphrase for \(a.name)"
                if a.failures >= 5 {
                    a.lockedUntil = now.addingTimeInterval(15 * 60)
                    a.failures = 0
                    message += ": locked for 15 minutes, until \(Format.time(a.lockedUntil!, in: .london))"
                    d.log("lock", actor: nil, subject: a.name, note: "five wrong passphrases", at: now, signed: false)
                } else {
                    message += " (\(5 - a.failures) more tries before it locks for 15 minutes)"
                }
                d.accounts[i] = a
                d.log("sign-in failed", actor: nil, subject: a.name, note: nil, at: now, signed: false)
                d.changed()
                throw ConsoleRefusal(message)
            }
            if a.role == .coverModerator {
                guard let w = a.coverWindow else { throw ConsoleRefusal("\(a.name) has no cover window: an administrator must add one") }
                if now < w.start {
                    throw ConsoleRefusal("your cover window is \(Format.time(w.start, in: .london)) to \(Format.time(w.end, in: .london)): sign in then")
                }
                if now > w.end {
                    throw ConsoleRefusal("your cover window ended at \(Format.time(w.end, in: .london)): an administrator can add another")
                }
            }
            let previous = a.lastSignIn
            a.failures = 0
            a.lastSignIn = now
            d.accounts[i] = a
            d.log("sign-in", actor: a.name, subject: Format.role(a.role), note: nil, at: now)
            d.changed()
            return Session(name: a.name, role: a.role, coverWindow: a.coverWindow, previousSignIn: previous)
        }
    }

    // MARK: Reading

    public func queuePage(_ filter: QueueFilter, offset: Int, limit: Int, for session: Session) throws -> Page<QueueLine> {
        pause()
        return locked { d in
            let rows = d.rows(matching: filter)
            let start = max(0, min(offset, rows.count))
            let end = min(rows.count, start + max(0, limit))
            return Page(offset: start, rows: rows[start..<end].map { d.queueRow($0) }, total: rows.count)
        }
    }

    public func queueCounts(for session: Session) throws -> QueueCounts {
        let now = clock()
        return locked { d in
            var byCategory: [Category: Int] = [:]
            var bySeverity: [Severity: Int] = [:]
            var channels = Set<String>()
            var awaiting = 0
            var severityCounts = [Int](repeating: 0, count: Severity.allCases.count)
            var categoryCounts = [Int](repeating: 0, count: Category.allCases.count)
            let noDecisions = d.decisions.isEmpty && d.pendingByComment.isEmpty
            for i in d.order {
                if let ch = d.comments[i].channel { channels.insert(ch) }
                guard noDecisions || d.status(of: d.comments[i].key) == .awaiting else { continue }
                awaiting += 1
                severityCounts[d.severities[i].rank] += 1
                let mask = d.categoryMasks[i]
                for b in 0..<categoryCounts.count where mask & (1 << UInt8(b)) != 0 { categoryCounts[b] += 1 }
            }
            for (i, n) in severityCounts.enumerated() where n > 0 { bySeverity[Severity.allCases[i]] = n }
            for (i, n) in categoryCounts.enumerated() where n > 0 { byCategory[Category.allCases[i]] = n }
            let pending = d.proposals.filter { $0.state == .pending }
            return QueueCounts(awaiting: awaiting, byCategory: byCategory, bySeverity: bySeverity, channels: channels.sorted(),
                               waitingForMe: pending.filter { $0.proposer != session.name }.count,
                               overdue: pending.filter { now.timeIntervalSince($0.proposed) > Self.overdueAfter }.count)
        }
    }

    public func commentDetail(_ key: CommentKey, for session: Session) throws -> CommentDossier {
        pause()
        return try locked { d in
            guard let i = d.indexByKey[key] else { throw ConsoleRefusal("no comment \(Format.key(key)) in the store") }
            let c = d.comments[i]
            let parent = c.parent.flatMap { d.indexByKey[$0] }.map { d.summary(d.comments[$0]) }
            let replies = d.comments.filter { $0.parent == key }.map { d.summary($0) }
            var standing: AuthorRecord?
            var theirs: [Comment] = []
            var earlierDecisions: [CommentKey: String] = [:]
            if let writer = c.writer {
                theirs = d.comments.filter { $0.writer == writer }
                for other in theirs { earlierDecisions[other.key] = d.decisions[other.key] }
                let recent = d.upheld(by: writer, since: clock().addingTimeInterval(-90 * 86400))
                let blocked = writer.key.map { d.blocked.contains($0) } ?? false
                standing = AuthorRecord(upheld: d.upheld(by: writer),
                                          blockSuggestion: recent >= 3 && !blocked ? "\(recent) upheld decisions in 90 days" : nil, blocked: blocked)
            }
            let history = theirs.filter { $0.key != key }.sorted { $0.created > $1.created }.map { d.summary($0) }
            let detail = CommentDetail(
                comment: d.stored(i), versions: [d.version(c)], flags: c.flags.map { StoredFlag(flag: $0, versionID: 1) },
                parent: parent, replies: replies, authorHistory: history,
                authorCommentCount: max(1, theirs.count), authorFlaggedCount: c.writer == nil ? (c.flags.isEmpty ? 0 : 1) : theirs.filter { !$0.flags.isEmpty }.count)
            var records: [DecisionRecord] = []
            for p in d.proposals where p.draft.comment == key {
                records.append(DecisionRecord(time: p.proposed, actor: p.proposer, what: p.draft.action == .keep ? "kept (false alarm)" : "proposed \(Format.action(p.draft.action, p.draft.escalateTo))", note: p.draft.reason))
                if let by = p.decidedBy, let when = p.decided, p.draft.action != .keep {
                    records.append(DecisionRecord(time: when, actor: by, what: "\(p.state == .approved ? "approved" : "rejected") \(p.draft.action.rawValue)", note: p.note))
                }
            }
            for a in d.actions where a.comment == key {
                if a.urgent { records.append(DecisionRecord(time: a.approved, actor: a.approvedBy, what: "hid at once (urgent)", note: nil)) }
                if let done = a.done { records.append(DecisionRecord(time: done, actor: a.approvedBy, what: "\(a.action.rawValue) carried out", note: nil)) }
            }
            records.sort { $0.time < $1.time }
            return CommentDossier(detail: detail, standing: standing, earlierDecisions: earlierDecisions,
                                  decisions: records, pending: d.pending(key), decision: d.decisions[key])
        }
    }

    public func proposals(_ which: ProposalList, offset: Int, limit: Int, for session: Session) throws -> Page<ProposalRow> {
        let now = clock()
        return locked { d in
            let rows = d.proposals.filter { $0.state == .pending && (which == .mine) == ($0.proposer == session.name) }
            return Self.page(rows.map { d.proposalRow($0, now: now) }, offset: offset, limit: limit)
        }
    }

    public func actionsToCarryOut(offset: Int, limit: Int, for session: Session) throws -> Page<ActionRow> {
        locked { d in
            let rows = d.actions.filter { $0.done == nil }.map { a in
                ActionRow(id: a.id, action: a.action, platformAction: Self.platformAction(a.action, a.comment?.platform ?? a.author?.platform ?? .other),
                          comment: a.comment, author: a.author.map { k in d.comments.first { $0.writer?.key == k }?.author ?? AuthorRef(platformID: k.id) }, url: a.comment.flatMap { d.indexByKey[$0] }.flatMap { d.comments[$0].url },
                          approvedBy: a.approvedBy, approved: a.approved, urgent: a.urgent)
            }
            return Self.page(rows, offset: offset, limit: limit)
        }
    }

    public func authors(offset: Int, limit: Int, for session: Session) throws -> Page<AuthorRow> {
        let since = clock().addingTimeInterval(-90 * 86400)
        return locked { d in
            var byAuthor: [Writer: (comments: Int, flagged: Int, last: Date?)] = [:]
            for c in d.comments {
                guard let a = c.writer else { continue }
                var e = byAuthor[a] ?? (0, 0, nil)
                e.comments += 1
                if !c.flags.isEmpty { e.flagged += 1; e.last = max(e.last ?? .distantPast, c.created) }
                byAuthor[a] = e
            }
            let rows = byAuthor.filter { $0.value.flagged > 0 }.map { a, e in
                AuthorRow(platform: a.platform, author: a.ref, comments: e.comments, flagged: e.flagged, upheld: d.upheld(by: a), lastFlagged: e.last,
                          blocked: a.key.map { d.blocked.contains($0) } ?? false, blockSuggested: d.upheld(by: a, since: since) >= 3)
            }.sorted { ($0.upheld, $0.flagged, $1.name) > ($1.upheld, $1.flagged, $0.name) }
            return Self.page(rows, offset: offset, limit: limit)
        }
    }

    public func auditLog(offset: Int, limit: Int, for session: Session) throws -> Page<AuditRow> {
        locked { d in Self.page(d.audit.reversed(), offset: offset, limit: limit) }
    }

    public func handover(since person: String, for session: Session) throws -> Handover {
        let now = clock()
        return try locked { d in
            guard let account = d.accounts.first(where: { $0.name == person }) else { throw ConsoleRefusal("no one called \(person) on the roster") }
            // For the signed-in person, "since last time" is the sign-in before this one.
            let since = person == session.name ? session.previousSignIn : account.lastSignIn
            var bySeverity: [Severity: Int] = [:]
            var new = 0
            for i in d.order where since.map({ d.comments[i].created > $0 }) ?? true {
                new += 1
                bySeverity[d.comments[i].severity, default: 0] += 1
            }
            let pending = d.proposals.filter { $0.state == .pending }.map { d.proposalRow($0, now: now) }
            let week = DateInterval(start: now, duration: 7 * 86400)
            let signers = d.accounts.filter { a in
                a.role == .administrator || (a.coverWindow.map { $0.intersects(week) } ?? false)
            }
            let warning = signers.count < 2 ? "Fewer than two people can sign off this week: delete and block decisions will wait." : nil
            return Handover(person: person, since: since, newFlagged: new, newBySeverity: bySeverity, pending: pending.filter { !$0.overdue },
                            overdue: pending.filter(\.overdue), people: d.accounts.map(\.name), rosterWarning: warning)
        }
    }

    public func changeToken() throws -> ChangeToken {
        locked { d in ChangeToken("v\(d.version)") }
    }

    static func page<R>(_ rows: [R], offset: Int, limit: Int) -> Page<R> {
        let start = max(0, min(offset, rows.count))
        let end = min(rows.count, start + max(0, limit))
        return Page(offset: start, rows: Array(rows[start..<end]), total: rows.count)
    }

    /// The platform's own action for a decision (FORMATS.md).
    static func platformAction(_ a: ActionKind, _ p: Platform) -> String {
        switch (p, a) {
        case (.youtube, .delete): "YouTube: setModerationStatus rejected"
        case (.youtube, .hide): "YouTube: setModerationStatus heldForReview"
        case (.youtube, .block): "YouTube: rejected with banAuthor"
        case (.facebook, .block): "Facebook: ban the user from the Page"
        case (.instagram, .block): "Instagram: block in the app (no API)"
        case (.x, .hide): "X: hide reply"
        case (.wordpress, .hide): "Blog: hold"
        case (.wordpress, .delete): "Blog: trash"
        case (_, .escalate): "Tell the person escalated to"
        default: "\(Format.platform(p)): \(a.rawValue)"
        }
    }

    /// The mutable store, for the decision half of the backend (FakeBackend+Decisions).
    func mutate<T>(_ body: (inout Data, Date) throws -> T) rethrows -> T {
        let now = clock()
        return try locked { d in
            let result = try body(&d, now)
            d.changed()
            return result
        }
    }
}

extension TimeZone {
    static let london = TimeZone(identifier: "Europe/London") ?? .gmt
}
