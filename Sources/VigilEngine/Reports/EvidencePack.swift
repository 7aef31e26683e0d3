import Foundation

/// What `vigil audit verify` found when the pack was made: the whole chain, since each
/// entry's hash covers every entry before it.
public struct EvidenceVerification: Sendable, Hashable, Codable {
    public let entryCount: Int
    public let valid: Bool
    /// The first entry that fails, and why; nil when all verify.
    public let failure: String?
    public let failedEntry: UInt64?
    /// Rows of other tables that the log contradicts.
    public let problems: [String]
    public let genesisHash: String?
    public let headHash: String?

    public init(entryCount: Int, valid: Bool, failure: String?, failedEntry: UInt64?, problems: [String], genesisHash: String?, headHash: String?) {
        self.entryCount = entryCount
        self.valid = valid
        self.failure = failure
        self.failedEntry = failedEntry
        self.problems = problems
        self.genesisHash = genesisHash
        self.headHash = headHash
    }
}

/// Everything an evidence pack holds, as the store read it.
public struct EvidenceInput: Sendable {
    /// "facebook comment fb_2" or "facebook author id-1".
    public let subject: String
    public let comments: [CommentDetail]
    /// Every proposal on these comments or their author, oldest first.
    public let proposals: [Proposal]
    /// The audit entries about these comments or proposals, in log order.
    public let entries: [AuditEntry]
    public let verification: EvidenceVerification
    public let made: Date

    public init(subject: String, comments: [CommentDetail], proposals: [Proposal], entries: [AuditEntry], verification: EvidenceVerification, made: Date) {
        self.subject = subject
        self.comments = comments
        self.proposals = proposals
        self.entries = entries
        self.verification = verification
        self.made = made
    }
}

/// One file of a pack.
public struct EvidenceFile: Sendable, Hashable {
    public let name: String
    public let data: Data
}

/// An evidence pack for the DSL, the police or CEOP: `evidence.json`, `evidence.html` and
/// `SHA256SUMS` (the format `sha256sum -c` reads).
///
/// Texts are exactly as imported, every version, each with its SHA-256 and whether it still
/// matches. Attachments are never included: the exports carry only their links and types,
/// and an indecent image of a child is for the police alone (POLICY.md), so the pack says so.
public enum EvidencePack {
    public static let attachmentNote = "Attachments are not included: only their links and types, as the export gave them. Indecent images of children are never saved or shared: report them to the police."

    public static func files(_ input: EvidenceInput) throws -> [EvidenceFile] {
        let json = try document(input)
        let html = Data(page(input).utf8)
        return summed([EvidenceFile(name: "evidence.json", data: json), EvidenceFile(name: "evidence.html", data: html)])
    }

    /// The files and a `SHA256SUMS` of them: "<hex>  <name>" lines, as `sha256sum -c` reads.
    static func summed(_ files: [EvidenceFile]) -> [EvidenceFile] {
        let sums = files.map { ContentHash.hex(ContentHash.sha256($0.data)) + "  " + $0.name + "\n" }.joined()
        return files + [EvidenceFile(name: "SHA256SUMS", data: Data(sums.utf8))]
    }

    /// The decision trail of one proposal: who proposed, who signed off or rejected, who carried it out.
    static func trail(_ p: Proposal) -> [(step: String, by: String, at: Date, note: String?)] {
        var steps: [(String, String, Date, String?)] = [("proposed \(p.kind.action?.description ?? "")" + (p.urgent ? " (urgent)" : ""), p.proposer.rawValue, p.proposedAt, p.reason)]
        switch p.state {
        case .pending: break
        case .approved(let d): steps.append((d.by == p.proposer ? "decided at once" : "approved", d.by.rawValue, d.at, d.note))
        case .rejected(let d): steps.append(("rejected", d.by.rawValue, d.at, d.note))
        case .withdrawn(let d): steps.append(("withdrawn", d.by.rawValue, d.at, d.note))
        case .expired(let at): steps.append(("expired", AuditEntry.systemActor, at, nil))
        case .carriedOut(let a, let done):
            steps.append((a.by == p.proposer ? "decided at once" : "approved", a.by.rawValue, a.at, a.note))
            steps.append(("carried out", done.by.rawValue, done.at, done.note))
        }
        return steps
    }

    // MARK: JSON

    private struct Document: Encodable {
        let subject: String
        let made: Date
        let attachments: String
        let comments: [CommentPart]
        let decisions: [DecisionPart]
        let auditEntries: [EntryPart]
        let verification: EvidenceVerification
    }

    private struct CommentPart: Encodable {
        let platform: String
        let id: String
        let channel: String?
        let postID: String?
        let postTitle: String?
        let parentID: String?
        let authorID: String?
        let authorName: String?
        let authorHandle: String?
        let created: Date?
        let url: String?
        let platformStatus: String?
        let metadata: [String: String]
        let review: String
        let versions: [VersionPart]
        let flags: [FlagPart]
    }

    private struct VersionPart: Encodable {
        let version: Int64
        /// Exactly as imported; null once retention purged it (the hash stays).
        let text: String?
        let sha256: String
        let textMatchesHash: Bool?
        let importedFrom: String
        let importedAt: Date
        let platformUpdated: Date?

        enum CodingKeys: String, CodingKey { case version, text, sha256, textMatchesHash, importedFrom, importedAt, platformUpdated }

        // A purged text is written as null, not left out, so a reader sees it was removed.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(version, forKey: .version)
            try c.encode(text, forKey: .text)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(textMatchesHash, forKey: .textMatchesHash)
            try c.encode(importedFrom, forKey: .importedFrom)
            try c.encode(importedAt, forKey: .importedAt)
            try c.encodeIfPresent(platformUpdated, forKey: .platformUpdated)
        }
    }

    private struct FlagPart: Encodable {
        let version: Int64
        let category: String
        let kind: String
        let rule: String
        let severity: String
        let action: String
        let spans: [[Int]]
        let explanation: String
    }

    private struct DecisionPart: Encodable {
        let proposal: String
        let kind: String
        let state: String
        let urgent: Bool
        let steps: [StepPart]
    }

    private struct StepPart: Encodable {
        let step: String
        let by: String
        let at: Date
        let note: String?
    }

    private struct EntryPart: Encodable {
        let sequence: UInt64
        let time: Date
        let actor: String
        let kind: String
        let subject: AuditSubject
        let previousHash: Data
        let hash: Data
        let signature: Data?
        /// Its hash, link and signature checked by the verification of the whole chain.
        let verified: Bool
    }

    static func document(_ input: EvidenceInput) throws -> Data {
        let doc = Document(
            subject: input.subject, made: input.made, attachments: attachmentNote,
            comments: input.comments.map { d in
                let c = d.comment
                return CommentPart(
                    platform: c.key.platform.rawValue, id: c.key.id, channel: c.channel, postID: c.post?.platformID, postTitle: c.post?.title,
                    parentID: c.parentID, authorID: c.author?.ref.platformID, authorName: c.author?.ref.name, authorHandle: c.author?.ref.handle,
                    created: c.created, url: c.url, platformStatus: c.platformStatus, metadata: c.metadata, review: c.review.name,
                    versions: d.versions.map { v in
                        VersionPart(version: v.storeID, text: v.text, sha256: v.sha256,
                                    textMatchesHash: v.text.map { ContentHash.hex(ContentHash.sha256($0)) == v.sha256 },
                                    importedFrom: v.importFileName, importedAt: v.importedAt, platformUpdated: v.platformUpdated)
                    },
                    flags: d.flags.map { f in
                        FlagPart(version: f.versionID, category: f.flag.category.rawValue, kind: f.flag.kind, rule: f.flag.rule,
                                 severity: f.flag.severity.rawValue, action: f.flag.action.rawValue,
                                 spans: f.flag.spans.map { [$0.start, $0.end] }, explanation: f.flag.explanation)
                    })
            },
            decisions: input.proposals.map { p in
                DecisionPart(proposal: p.id.description, kind: p.kind.description, state: p.state.name, urgent: p.urgent,
                             steps: trail(p).map { StepPart(step: $0.step, by: $0.by, at: $0.at, note: $0.note) })
            },
            auditEntries: input.entries.map { e in
                EntryPart(sequence: e.sequence, time: e.time, actor: e.actor, kind: e.kind, subject: e.subject,
                          previousHash: e.previousHash, hash: e.hash, signature: e.signature,
                          verified: entryVerified(e.sequence, input.verification))
            },
            verification: input.verification)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(isoMillis(date))
        }
        encoder.dataEncodingStrategy = .custom { data, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(ContentHash.hex(data))
        }
        var data = try encoder.encode(doc)
        data.append(0x0A)
        return data
    }

    /// An entry verified when the chain did up to and past it (a failure at entry N leaves
    /// N and after unproven; table problems do not touch the chain's own proof).
    static func entryVerified(_ sequence: UInt64, _ v: EvidenceVerification) -> Bool {
        if let bad = v.failedEntry { return sequence < bad }
        return v.failure == nil
    }

    static func isoMillis(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: date)
    }
}
