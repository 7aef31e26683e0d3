import Foundation
import VigilEngine

/// What a person asks to do with a comment or its author.
public struct ProposalDraft: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case comment(CommentKey)
        case author(AuthorKey)
    }

    public var target: Target
    public var action: ActionKind
    public var reason: String
    public var escalateTo: EscalationTarget?
    /// The comment the proposal was made from (for a block: the comment that prompted it).
    public var comment: CommentKey?

    public init(target: Target, action: ActionKind, reason: String, escalateTo: EscalationTarget? = nil, comment: CommentKey? = nil) {
        self.target = target
        self.action = action
        self.reason = reason
        self.escalateTo = escalateTo
        self.comment = comment
    }
}

/// What a proposal (or a keep, or an urgent hide) became.
public struct ProposalReceipt: Sendable, Equatable {
    public var id: ProposalID
    /// False for a keep, recorded at once; true while a second administrator must sign.
    public var needsSignOff: Bool
    public init(id: ProposalID, needsSignOff: Bool) {
        self.id = id
        self.needsSignOff = needsSignOff
    }
}

/// A decision on someone else's proposal.
public struct SignRequest: Sendable, Hashable {
    public var proposal: ProposalID
    public var approve: Bool
    /// Required for a rejection.
    public var note: String
    public init(proposal: ProposalID, approve: Bool, note: String) {
        self.proposal = proposal
        self.approve = approve
        self.note = note
    }
}

/// What a sign-off did.
public struct SignReceipt: Sendable, Equatable {
    public var proposal: ProposalID
    public var approved: Bool
    /// The action now on the list to carry out, when approved.
    public var action: ProposalID?
    public init(proposal: ProposalID, approved: Bool, action: ProposalID?) {
        self.proposal = proposal
        self.approved = approved
        self.action = action
    }
}

/// Which proposals the sign-offs view lists.
public enum ProposalList: String, Sendable, Hashable, CaseIterable {
    /// Others' proposals this person may sign off.
    case waitingForMe
    /// This person's own proposals, waiting for someone else.
    case mine
}

/// One proposal waiting for sign-off.
public struct ProposalRow: Sendable, Hashable {
    public var id: ProposalID
    public var action: ActionKind
    public var escalateTo: EscalationTarget?
    public var comment: CommentKey?
    /// For block and unblock: the author as the export named them.
    public var author: AuthorRef?
    /// The start of the comment's text (untrusted).
    public var excerpt: String
    public var severity: Severity?
    public var proposer: String
    public var proposed: Date
    public var reason: String
    public var overdue: Bool

    public init(id: ProposalID, action: ActionKind, escalateTo: EscalationTarget?, comment: CommentKey?, author: AuthorRef?, excerpt: String, severity: Severity?, proposer: String, proposed: Date, reason: String, overdue: Bool) {
        self.id = id
        self.action = action
        self.escalateTo = escalateTo
        self.comment = comment
        self.author = author
        self.excerpt = excerpt
        self.severity = severity
        self.proposer = proposer
        self.proposed = proposed
        self.reason = reason
        self.overdue = overdue
    }
}

/// One approved decision to carry out on the platform; its id is the approved proposal's.
public struct ActionRow: Sendable, Hashable {
    public var id: ProposalID
    public var action: ActionKind
    /// The platform's own action: "Facebook: delete comment", "YouTube: reject and banAuthor".
    public var platformAction: String
    public var comment: CommentKey?
    public var author: AuthorRef?
    public var url: String?
    public var approvedBy: String
    public var approved: Date
    public var urgent: Bool

    public init(id: ProposalID, action: ActionKind, platformAction: String, comment: CommentKey?, author: AuthorRef?, url: String?, approvedBy: String, approved: Date, urgent: Bool) {
        self.id = id
        self.action = action
        self.platformAction = platformAction
        self.comment = comment
        self.author = author
        self.url = url
        self.approvedBy = approvedBy
        self.approved = approved
        self.urgent = urgent
    }
}

/// One author in the authors view.
public struct AuthorRow: Sendable, Hashable {
    public var platform: Platform
    public var author: AuthorRef
    public var comments: Int
    public var flagged: Int
    public var upheld: Int
    public var lastFlagged: Date?
    public var blocked: Bool
    public var blockSuggested: Bool

    public init(platform: Platform, author: AuthorRef, comments: Int, flagged: Int, upheld: Int, lastFlagged: Date?, blocked: Bool, blockSuggested: Bool) {
        self.platform = platform
        self.author = author
        self.comments = comments
        self.flagged = flagged
        self.upheld = upheld
        self.lastFlagged = lastFlagged
        self.blocked = blocked
        self.blockSuggested = blockSuggested
    }

    /// The author as a block names them; nil when the export gave no id for them.
    public var key: AuthorKey? { author.platformID.map { AuthorKey(platform: platform, id: $0) } }
    /// What a person calls them.
    public var name: String { author.displayName ?? "(unknown)" }
}

/// One audit log entry, as listed.
public struct AuditRow: Sendable, Hashable {
    public var sequence: Int
    public var time: Date
    /// Nil for entries nobody signed (a failed sign-in of an unknown name).
    public var actor: String?
    /// "proposal", "approval", "rejection", "hide", "done", "sign-in failed", "lock" ...
    public var kind: String
    /// "delete facebook:1_2", "P7" ...
    public var subject: String
    public var note: String?
    public var signed: Bool

    public init(sequence: Int, time: Date, actor: String?, kind: String, subject: String, note: String?, signed: Bool) {
        self.sequence = sequence
        self.time = time
        self.actor = actor
        self.kind = kind
        self.subject = subject
        self.note = note
        self.signed = signed
    }
}

/// What a cover moderator (or anyone back from leave) needs to know.
public struct Handover: Sendable, Equatable {
    public var person: String
    /// When `person` last signed in; nil if never.
    public var since: Date?
    public var newFlagged: Int
    public var newBySeverity: [Severity: Int]
    public var pending: [ProposalRow]
    public var overdue: [ProposalRow]
    /// People whose handover can be shown.
    public var people: [String]
    /// "Only one person can sign off this week: …", when the roster is short.
    public var rosterWarning: String?

    public init(person: String, since: Date?, newFlagged: Int, newBySeverity: [Severity: Int], pending: [ProposalRow], overdue: [ProposalRow], people: [String], rosterWarning: String?) {
        self.person = person
        self.since = since
        self.newFlagged = newFlagged
        self.newBySeverity = newBySeverity
        self.pending = pending
        self.overdue = overdue
        self.people = people
        self.rosterWarning = rosterWarning
    }
}

/// How far an import has got.
public struct ImportProgress: Sendable, Equatable {
    public var fileIndex: Int
    public var fileCount: Int
    public var fileName: String
    public var bytesDone: Int
    public var bytesTotal: Int
    public var comments: Int

    public init(fileIndex: Int, fileCount: Int, fileName: String, bytesDone: Int, bytesTotal: Int, comments: Int) {
        self.fileIndex = fileIndex
        self.fileCount = fileCount
        self.fileName = fileName
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.comments = comments
    }

    /// 0...1 over all files.
    public var fraction: Double {
        guard fileCount > 0 else { return 0 }
        let inFile = bytesTotal > 0 ? Double(bytesDone) / Double(bytesTotal) : 0
        return min(1, (Double(fileIndex) + inFile) / Double(fileCount))
    }
}

/// What importing one file did.
public struct ImportFileResult: Sendable, Equatable {
    public var fileName: String
    public var format: String?
    public var new: Int
    public var updated: Int
    public var unchanged: Int
    public var flagged: Int
    /// The reason the file was refused (file, place, what was expected), if it was.
    public var error: String?

    public init(fileName: String, format: String?, new: Int, updated: Int, unchanged: Int, flagged: Int, error: String?) {
        self.fileName = fileName
        self.format = format
        self.new = new
        self.updated = updated
        self.unchanged = unchanged
        self.flagged = flagged
        self.error = error
    }
}

/// A file or folder the import view offers.
public struct DirectoryEntry: Sendable, Equatable {
    public var name: String
    public var isDirectory: Bool
    public var size: Int
    public init(name: String, isDirectory: Bool, size: Int) {
        self.name = name
        self.isDirectory = isDirectory
        self.size = size
    }
}
