import Foundation
import VigilEngine

/// The deciding half of `FakeBackend`: proposals, sign-off, urgent hide, done, import.
extension FakeBackend {
    public func propose(_ draft: ProposalDraft, by session: Session) throws -> ProposalReceipt {
        try mutate { d, now in
            try Self.checkCanAct(session, d, now)
            let key = draft.comment ?? { if case .comment(let k) = draft.target { return k } else { return nil } }()
            if let key {
                guard d.indexByKey[key] != nil else { throw ConsoleRefusal("no comment \(Format.key(key)) in the store") }
                if let p = d.pending(key) { throw ConsoleRefusal("a \(p.action.rawValue) proposed by \(p.proposer) already waits for sign-off on \(Format.key(key))") }
                if let decided = d.decisions[key] { throw ConsoleRefusal("\(Format.key(key)) is already decided (\(decided))") }
            }
            if draft.reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ConsoleRefusal("a proposal needs a reason") }
            let id = d.nextID()
            var p = Proposal(id: id, draft: draft, proposer: session.name, proposed: now)
            let subject = "\(Format.action(draft.action, draft.escalateTo)) \(key.map(Format.key) ?? "")"
            if draft.action == .keep {
                p.state = .approved
                p.decidedBy = session.name
                p.decided = now
                if let key { d.decisions[key] = "kept" }
                d.proposals.append(p)
                d.log("keep", actor: session.name, subject: subject, note: draft.reason, at: now)
                return ProposalReceipt(id: id, needsSignOff: false)
            }
            d.proposals.append(p)
            if let key { d.pendingByComment[key] = d.proposals.count - 1 }
            d.log("proposal", actor: session.name, subject: "\(id) \(subject)", note: draft.reason, at: now)
            return ProposalReceipt(id: id, needsSignOff: true)
        }
    }

    public func urgentHide(_ comment: CommentKey, reason: String, by session: Session) throws -> ProposalReceipt {
        try mutate { d, now in
            try Self.checkCanAct(session, d, now)
            guard let i = d.indexByKey[comment] else { throw ConsoleRefusal("no comment \(Format.key(comment)) in the store") }
            guard d.comments[i].severity == .critical else {
                throw ConsoleRefusal("urgent hide is only for comments flagged critical; \(Format.key(comment)) is \(d.comments[i].severity.rawValue)")
            }
            if let p = d.pending(comment) { throw ConsoleRefusal("a \(p.action.rawValue) proposed by \(p.proposer) already waits for sign-off on \(Format.key(comment))") }
            d.actions.append(ActionItem(id: d.nextID(), action: .hide, comment: comment, author: nil, approvedBy: session.name, approved: now, urgent: true))
            d.log("hide", actor: session.name, subject: "urgent hide \(Format.key(comment))", note: reason, at: now)
            let id = d.nextID()
            let draft = ProposalDraft(target: .comment(comment), action: .delete, reason: reason, comment: comment)
            d.proposals.append(Proposal(id: id, draft: draft, proposer: session.name, proposed: now))
            d.pendingByComment[comment] = d.proposals.count - 1
            d.log("proposal", actor: session.name, subject: "\(id) delete \(Format.key(comment))", note: reason, at: now)
            return ProposalReceipt(id: id, needsSignOff: true)
        }
    }

    public func sign(_ request: SignRequest, passphrase: SecretText, by session: Session) throws -> SignReceipt {
        try mutate { d, now in
            try Self.checkCanAct(session, d, now)
            guard let i = d.proposals.firstIndex(where: { $0.id == request.proposal }) else { throw ConsoleRefusal("no proposal \(request.proposal)") }
            var p = d.proposals[i]
            if p.state != .pending {
                throw ConsoleRefusal("\(p.id) was already decided by \(p.decidedBy ?? "someone") at \(Format.time(p.decided ?? now, in: .london))")
            }
            if p.proposer == session.name { throw ConsoleRefusal("you proposed this: another administrator must sign it off") }
            if !request.approve && request.note.trimmingCharacters(in: .whitespaces).isEmpty { throw ConsoleRefusal("a rejection needs a note") }
            guard let account = d.accounts.first(where: { $0.name == session.name }), account.passphrase == passphrase.revealed else {
                d.log("sign-off failed", actor: nil, subject: "\(p.id) by \(session.name)", note: "wrong passphrase", at: now, signed: false)
                throw ConsoleRefusal("wrong passphrase: \(p.id) is not signed")
            }
            p.state = request.approve ? .approved : .rejected
            p.decidedBy = session.name
            p.decided = now
            p.note = request.note.isEmpty ? nil : request.note
            d.proposals[i] = p
            let key = p.draft.comment
            if let key { d.pendingByComment[key] = nil }
            var actionID: ProposalID?
            if request.approve {
                var author: AuthorKey?
                if case .author(let a) = p.draft.target { author = a; if p.draft.action == .block { d.blocked.insert(a) } }
                let id = p.id
                d.actions.append(ActionItem(id: id, action: p.draft.action, comment: author == nil ? key : key, author: author, approvedBy: session.name, approved: now, urgent: false))
                actionID = id
                if let key { d.decisions[key] = Self.pastTense(p.draft) }
                d.log("approval", actor: session.name, subject: "\(p.id) \(p.draft.action.rawValue)", note: p.note, at: now)
            } else {
                d.log("rejection", actor: session.name, subject: "\(p.id) \(p.draft.action.rawValue)", note: p.note, at: now)
            }
            return SignReceipt(proposal: p.id, approved: request.approve, action: actionID)
        }
    }

    public func markDone(_ action: ProposalID, by session: Session) throws {
        try mutate { d, now in
            try Self.checkCanAct(session, d, now)
            guard let i = d.actions.firstIndex(where: { $0.id == action }) else { throw ConsoleRefusal("no action \(action)") }
            if let done = d.actions[i].done { throw ConsoleRefusal("\(action) was already marked done at \(Format.time(done, in: .london))") }
            d.actions[i].done = now
            d.log("done", actor: session.name, subject: "\(action) \(d.actions[i].action.rawValue)", note: nil, at: now)
        }
    }

    /// Reads each file with the real importers and flags it with the built-in rules.
    public func importFiles(_ paths: [String], by session: Session, progress: @escaping @Sendable (ImportProgress) -> Void) throws -> [ImportFileResult] {
        let detector = try Detector(rules: .builtIn())
        var results: [ImportFileResult] = []
        for (n, path) in paths.enumerated() {
            let name = (path as NSString).lastPathComponent
            guard let bytes = FileManager.default.contents(atPath: path) else {
                results.append(ImportFileResult(fileName: name, format: nil, new: 0, updated: 0, unchanged: 0, flagged: 0, error: "\(name): cannot be read"))
                continue
            }
            progress(ImportProgress(fileIndex: n, fileCount: paths.count, fileName: name, bytesDone: 0, bytesTotal: bytes.count, comments: 0))
            do {
                var read: [ImportedComment] = []
                let summary = try Importers.read(bytes, fileName: name) { read.append($0) }
                let flags = detector.flags(for: read)
                let (new, unchanged, flagged) = mutate { d, now -> (Int, Int, Int) in
                    var new = 0, unchanged = 0, flagged = 0
                    for (c, f) in zip(read, flags) {
                        let key = CommentKey(platform: c.platform, id: c.platformID)
                        if d.indexByKey[key] != nil { unchanged += 1; continue }
                        new += 1
                        if !f.isEmpty { flagged += 1 }
                        d.add(Comment(key: key, channel: c.channel, post: c.post, author: c.author,
                                      created: c.created ?? now, text: c.text, url: c.url, flags: f,
                                      parent: c.parentID.map { CommentKey(platform: c.platform, id: $0) }))
                    }
                    d.reindex()
                    d.log("import", actor: session.name, subject: name, note: "\(new) new", at: now)
                    return (new, unchanged, flagged)
                }
                results.append(ImportFileResult(fileName: name, format: summary.format.rawValue, new: new, updated: 0, unchanged: unchanged, flagged: flagged, error: nil))
            } catch {
                results.append(ImportFileResult(fileName: name, format: nil, new: 0, updated: 0, unchanged: 0, flagged: 0, error: String(describing: error)))
            }
            progress(ImportProgress(fileIndex: n, fileCount: paths.count, fileName: name, bytesDone: bytes.count, bytesTotal: bytes.count, comments: 0))
        }
        return results
    }

    static func checkCanAct(_ session: Session, _ d: Data, _ now: Date) throws {
        guard let a = d.accounts.first(where: { $0.name == session.name }) else { throw ConsoleRefusal("\(session.name) is not on the roster") }
        guard a.role == .coverModerator else { return }
        guard let w = a.coverWindow, w.contains(now) else {
            let when = a.coverWindow.map { "\(Format.time($0.start, in: .london)) to \(Format.time($0.end, in: .london))" } ?? "not set"
            throw ConsoleRefusal("\(a.name)'s cover window (\(when)) is not open now")
        }
    }

    static func pastTense(_ draft: ProposalDraft) -> String {
        switch draft.action {
        case .delete: "deleted"
        case .hide: "hidden"
        case .block: "author blocked"
        case .keep: "kept"
        case .escalate: "escalated to \(draft.escalateTo?.recipient ?? "someone")"
        case .restore: "restored"
        case .unblock: "author unblocked"
        case .roster: "roster changed"
        }
    }
}
