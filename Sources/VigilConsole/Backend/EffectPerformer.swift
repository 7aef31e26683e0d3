import Foundation

/// Runs one effect against a backend and returns the event that reports its result.
///
/// The shell calls this off the draw loop (one worker per effect); tests call it inline to
/// drive the console end to end against `FakeBackend`. It blocks for as long as the backend.
public enum EffectPerformer {
    /// Lists a folder for the import view; the shell passes one that reads the disk.
    public typealias DirectoryLister = @Sendable (String) throws -> [DirectoryEntry]

    /// The result event of `effect`, or nil for `.quit`. Import progress goes to `progress`
    /// as `.importProgress` events while the import runs.
    public static func perform(_ effect: Effect, on backend: any ConsoleBackend, listDirectory: DirectoryLister,
                               progress: @escaping @Sendable (Event) -> Void = { _ in }) -> Event? {
        func run<T>(_ body: () throws -> T) -> Result<T, Failure> {
            do { return .success(try body()) } catch { return .failure(Failure(error)) }
        }
        switch effect {
        case .signIn(let name, let passphrase):
            return .signedIn(run { try backend.signIn(name: name, passphrase: passphrase) })
        case .loadQueue(let filter, let offset, let limit, let session):
            return .queueLoaded(filter, run { try backend.queuePage(filter, offset: offset, limit: limit, for: session) })
        case .loadCounts(let session):
            return .countsLoaded(run { try backend.queueCounts(for: session) })
        case .loadDetail(let key, let session):
            return .detailLoaded(key, run { try backend.commentDetail(key, for: session) })
        case .loadProposals(let which, let offset, let limit, let session):
            return .proposalsLoaded(which, run { try backend.proposals(which, offset: offset, limit: limit, for: session) })
        case .loadActions(let offset, let limit, let session):
            return .actionsLoaded(run { try backend.actionsToCarryOut(offset: offset, limit: limit, for: session) })
        case .loadAuthors(let offset, let limit, let session):
            return .authorsLoaded(run { try backend.authors(offset: offset, limit: limit, for: session) })
        case .loadAudit(let offset, let limit, let session):
            return .auditLoaded(run { try backend.auditLog(offset: offset, limit: limit, for: session) })
        case .loadHandover(let person, let session):
            return .handoverLoaded(person, run { try backend.handover(since: person, for: session) })
        case .propose(let draft, let session):
            return .proposed(draft, run { try backend.propose(draft, by: session) })
        case .urgentHide(let key, let reason, let session):
            return .urgentlyHidden(key, run { try backend.urgentHide(key, reason: reason, by: session) })
        case .sign(let request, let passphrase, let session):
            return .signed(request, run { try backend.sign(request, passphrase: passphrase, by: session) })
        case .markDone(let id, let session):
            return .markedDone(id, run { try backend.markDone(id, by: session); return Done() })
        case .listDirectory(let path):
            return .directoryListed(path, run { try listDirectory(path) })
        case .importFiles(let paths, let session):
            return .imported(run { try backend.importFiles(paths, by: session) { progress(.importProgress($0)) } })
        case .pollChanges:
            return .changesPolled(run { try backend.changeToken() })
        case .quit:
            return nil
        }
    }
}
