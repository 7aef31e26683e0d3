import Foundation
import VigilEngine

/// Everything Vigil keeps: comments with every text they have had, their flags, authors,
/// channels, posts and the imports that brought them.
///
/// One protocol with SQLite (`SQLiteStore`) as the embedded implementation; a PostgreSQL
/// store can follow, so no database type appears here. Every method is safe to call from any
/// thread and from several processes on the same store at once.
public protocol Store: AnyObject, Sendable {
    /// Where the store lives, for messages ("/home/a/.local/share/vigil/vigil.sqlite").
    var location: String { get }

    /// Runs `body` inside one write transaction. What it writes through the writer is kept
    /// only if it returns; if it throws, the store is exactly as it was and the error passes
    /// through unchanged.
    func writeImports<T>(_ body: (any ImportWriter) throws -> T) throws -> T

    /// Counts for `vigil status` and the console's header.
    func status() throws -> StoreStatus

    /// One page of flagged comments awaiting a decision, most severe first, then oldest.
    func queue(_ query: QueueQuery) throws -> [QueueRow]

    /// How many comments `query` selects in all (its `limit` and `after` are ignored).
    func queueCount(_ query: QueueQuery) throws -> Int

    /// The page of `query`'s rows that starts at position `offset` (its `after` is ignored),
    /// with how many rows it selects in all; `limit` caps the page. For a console that scrolls
    /// by position: each page costs about the same however deep it is.
    func queueWindow(_ query: QueueQuery, offset: Int) throws -> QueueWindow

    /// Counts for the console's header: flagged comments awaiting a decision with no proposal
    /// yet, by category and severity, and the channels with flagged comments.
    func queueSummary() throws -> QueueSummary

    /// The comments with this platform id, on any platform (or only `platform`'s).
    func findComments(platformID: String, platform: Platform?) throws -> [CommentKey]

    /// One comment with its versions, flags, thread and author history; nil if not stored.
    func detail(_ key: CommentKey, historyLimit: Int) throws -> CommentDetail?

    /// The most recent imports, newest first.
    func imports(limit: Int) throws -> [ImportRecord]

    /// A number that changes whenever anyone commits a change to the store, so a console
    /// can notice another process's work by polling it cheaply.
    func changeToken() throws -> Int64
}

/// One comment to store with the flags the rules gave its text.
public struct FlaggedComment: Sendable, Hashable {
    public let comment: ImportedComment
    public let flags: [Flag]
    /// SHA-256 of the text, computed here so that the parsing thread does it, not the writer.
    public let textSHA256: [UInt8]

    /// Not flagged at all, as the store most likely holds this very text (`flags` is empty
    /// and means nothing). The writer hands it back if it needs flags after all.
    let flagsSkipped: Bool
    /// The comment's metadata as the store keeps it, encoded by the parsing thread too
    /// (not when `flagsSkipped`: the writer then seldom needs it).
    private let encodedMetadata: String?

    public init(comment: ImportedComment, flags: [Flag]) {
        self.init(comment: comment, flags: flags, textSHA256: ContentHash.sha256(comment.text), flagsSkipped: false)
    }

    init(comment: ImportedComment, flags: [Flag], textSHA256: [UInt8], flagsSkipped: Bool) {
        self.comment = comment
        self.flags = flags
        self.textSHA256 = textSHA256
        self.flagsSkipped = flagsSkipped
        encodedMetadata = flagsSkipped ? nil : RowCoding.encode(metadata: comment.metadata)
    }

    var metadataJSON: String? { flagsSkipped ? RowCoding.encode(metadata: comment.metadata) : encodedMetadata }
}

/// What the store should record about the file being imported.
public struct ImportFileInfo: Sendable, Hashable {
    public var fileName: String
    /// SHA-256 of the file's bytes, lower-case hex.
    public var sha256: String
    public var byteCount: Int
    /// Names the channel of every comment in the file, overriding what the export says.
    public var channel: String?
    public var importedBy: String?
    public var systemUser: String?
    public var started: Date

    public init(
        fileName: String, sha256: String, byteCount: Int, channel: String? = nil,
        importedBy: String? = nil, systemUser: String? = nil, started: Date = Date()
    ) {
        self.fileName = fileName
        self.sha256 = sha256
        self.byteCount = byteCount
        self.channel = channel
        self.importedBy = importedBy
        self.systemUser = systemUser
        self.started = started
    }
}

/// Writes imported files inside a `Store.writeImports` transaction, one file at a time:
/// `begin`, any number of `add`, then `finish` — or `abandon`, which undoes that file alone
/// (several files share a transaction, for speed, yet each is kept or refused on its own).
public protocol ImportWriter: AnyObject {
    /// Starts recording a file. `undoable: false` promises that `abandon` will not be called
    /// for it (the file was read in full already), so the writer can skip the savepoint.
    func begin(_ file: ImportFileInfo, undoable: Bool) throws
    /// Stores a batch of the current file's comments. A comment the store has with the same
    /// text is left alone; a new text becomes current, the earlier kept, and its flags
    /// replace the comment's flags in force; a text seen before (an older export imported
    /// late) changes nothing. Returns the positions of comments given without flags
    /// (`flagsSkipped`) that turned out to need them, none of which was written: the caller
    /// flags those and adds them again.
    @discardableResult
    func add(_ batch: [FlaggedComment]) throws -> [Int]
    /// The counts so far for the current file.
    var counts: ImportCounts { get }
    /// Ends the current file and records its import.
    func finish(format: ExportFormat, warnings: [String]) throws -> ImportRecord
    /// Undoes everything written for the current file since `begin`; the transaction goes on.
    func abandon() throws
}

extension ImportWriter {
    /// Starts recording a file that may yet be abandoned.
    public func begin(_ file: ImportFileInfo) throws { try begin(file, undoable: true) }
}

/// A store that cannot be opened or used, with what to do about it.
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// No store at the path (and the caller did not ask to create one).
        case missing
        /// The file is not a Vigil store, or one written by a newer Vigil.
        case notAStore
        /// Permissions, a full disk, a lock held too long ...
        case unavailable
        /// SQLite found the file damaged.
        case corrupt
    }

    public var kind: Kind
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
