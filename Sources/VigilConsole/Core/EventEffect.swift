import Foundation
import VigilEngine

/// Something that happened: a key, a resize, the clock, or the result of an effect.
public enum Event: Sendable {
    case key(Key)
    case resize(Size)
    /// About once a second; also the console's clock.
    case tick(Date)

    case signedIn(Result<Session, Failure>)
    case queueLoaded(QueueFilter, Result<Page<QueueLine>, Failure>)
    case countsLoaded(Result<QueueCounts, Failure>)
    case detailLoaded(CommentKey, Result<CommentDossier, Failure>)
    case proposalsLoaded(ProposalList, Result<Page<ProposalRow>, Failure>)
    case actionsLoaded(Result<Page<ActionRow>, Failure>)
    case authorsLoaded(Result<Page<AuthorRow>, Failure>)
    case auditLoaded(Result<Page<AuditRow>, Failure>)
    case handoverLoaded(String, Result<Handover, Failure>)
    case proposed(ProposalDraft, Result<ProposalReceipt, Failure>)
    case urgentlyHidden(CommentKey, Result<ProposalReceipt, Failure>)
    case signed(SignRequest, Result<SignReceipt, Failure>)
    case markedDone(ProposalID, Result<Done, Failure>)
    case directoryListed(String, Result<[DirectoryEntry], Failure>)
    case importProgress(ImportProgress)
    case imported(Result<[ImportFileResult], Failure>)
    case changesPolled(Result<ChangeToken, Failure>)
}

/// Work for the shell to do off the draw loop; its result comes back as an `Event`.
public enum Effect: Sendable, Equatable {
    case signIn(name: String, passphrase: SecretText)
    case loadQueue(QueueFilter, offset: Int, limit: Int, Session)
    case loadCounts(Session)
    case loadDetail(CommentKey, Session)
    case loadProposals(ProposalList, offset: Int, limit: Int, Session)
    case loadActions(offset: Int, limit: Int, Session)
    case loadAuthors(offset: Int, limit: Int, Session)
    case loadAudit(offset: Int, limit: Int, Session)
    case loadHandover(person: String, Session)
    case propose(ProposalDraft, Session)
    case urgentHide(CommentKey, reason: String, Session)
    case sign(SignRequest, passphrase: SecretText, Session)
    case markDone(ProposalID, Session)
    case listDirectory(String)
    case importFiles([String], Session)
    case pollChanges
    /// Leave the console (the shell restores the terminal).
    case quit
}

/// Why an effect did not work, ready to show.
public struct Failure: Error, Sendable, Equatable {
    public var message: String
    /// True when refused for a reason the person can act on (not a fault).
    public var isRefusal: Bool

    public init(message: String, isRefusal: Bool) {
        self.message = message
        self.isRefusal = isRefusal
    }

    /// Wraps what a backend threw.
    public init(_ error: any Error) {
        if let r = error as? ConsoleRefusal {
            self.init(message: r.message, isRefusal: true)
        } else {
            self.init(message: String(describing: error), isRefusal: false)
        }
    }
}

/// The result of an effect that returns nothing.
public struct Done: Sendable, Equatable {
    public init() {}
}
