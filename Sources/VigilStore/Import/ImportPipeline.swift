import Foundation
import VigilEngine

/// One file to import: its name for messages and the record, and how to get its bytes.
///
/// The bytes are loaded only when the file's turn comes, so a thousand page files are never
/// all in memory at once.
public struct ImportSource: Sendable {
    public var name: String
    public var load: @Sendable () throws -> Data

    public init(name: String, load: @escaping @Sendable () throws -> Data) {
        self.name = name
        self.load = load
    }
}

/// How `ImportPipeline.run` treats its files.
public struct ImportOptions: Sendable {
    /// Overrides format detection (`--source`).
    public var format: ExportFormat?
    /// Names the channel of every comment (`--channel`).
    public var channel: String?
    /// All files or none (`--atomic`); otherwise each good file is kept.
    public var atomic: Bool
    public var importedBy: String?
    public var systemUser: String?
    /// Comments flagged and written together; also what flooding detection sees at once.
    public var batchSize: Int

    public init(
        format: ExportFormat? = nil, channel: String? = nil, atomic: Bool = false,
        importedBy: String? = nil, systemUser: String? = nil, batchSize: Int = 2048
    ) {
        self.format = format
        self.channel = channel
        self.atomic = atomic
        self.importedBy = importedBy
        self.systemUser = systemUser
        self.batchSize = max(1, batchSize)
    }
}

/// What happened to one file.
public enum ImportOutcome: Sendable, Equatable {
    /// Kept in the store.
    case imported(ImportRecord)
    /// Refused; the store is as it was before this file. `message` names the file, the place
    /// and what was expected, ready to print (no access token: importers redact them).
    case failed(fileName: String, message: String)
    /// Read without fault but not kept, because `atomic` was asked and another file failed.
    case rolledBack(fileName: String, format: ExportFormat, counts: ImportCounts)

    public var fileName: String {
        switch self {
        case .imported(let record): record.fileName
        case .failed(let name, _), .rolledBack(let name, _, _): name
        }
    }

    public var isFailure: Bool {
        if case .failed = self { true } else { false }
    }
}

/// Reads an export, calling `emit` for each comment: the shape of `Importers.read`.
public typealias ExportReader =
    @Sendable (_ data: Data, _ fileName: String, _ format: ExportFormat?, _ emit: (ImportedComment) throws -> Void)
    throws -> ImportSummary

/// Imports export files into a store: parsing and flagging on one thread while the calling
/// thread writes, one transaction per file (or one for all with `atomic`).
public struct ImportPipeline: Sendable {
    public let store: any Store
    public let flagger: any Flagger
    public let reader: ExportReader

    public init(
        store: any Store, flagger: any Flagger,
        reader: @escaping ExportReader = { try Importers.read($0, fileName: $1, format: $2, emit: $3) }
    ) {
        self.store = store
        self.flagger = flagger
        self.reader = reader
    }

    /// Imports `sources` in order and says what happened to each, in the same order.
    /// `progress` is called on the calling thread after each written batch.
    public func run(
        _ sources: [ImportSource], options: ImportOptions, progress: ((Progress) -> Void)? = nil
    ) -> [ImportOutcome] {
        let queue = BoundedQueue<Message>(capacity: 4)
        let spent = SpentBatches()
        let stored = store as? any StoredTexts
        let producer = Thread { [reader, flagger] in
            Self.produce(sources, options: options, reader: reader, flagger: flagger, stored: stored,
                         into: queue, spent: spent)
        }
        producer.stackSize = 8 << 20
        producer.start()
        var consumer = Consumer(
            queue: queue, spent: spent, store: store, flagger: flagger, sources: sources, started: Date(),
            progress: progress)
        return options.atomic ? consumer.writeAtomically() : consumer.writeEach()
    }

    /// How far an import has got, for a progress line.
    public struct Progress: Sendable {
        /// 0-based index of the file being written, of `fileCount`.
        public var fileIndex: Int
        public var fileCount: Int
        public var fileName: String
        /// Comments written so far, all files together.
        public var comments: Int
        public var elapsed: TimeInterval
    }

    // MARK: the parsing side

    enum Message: Sendable {
        case begin(ImportFileInfo)
        case batch([FlaggedComment])
        case end(ImportSummary)
        /// A file read in full without fault before any of it was sent: its start, all its
        /// comments and its end at once.
        case whole(ImportFileInfo, [FlaggedComment], ImportSummary)
        case failed(String)
        case done
    }

    private static func produce(
        _ sources: [ImportSource], options: ImportOptions, reader: ExportReader, flagger: any Flagger,
        stored: (any StoredTexts)?, into queue: BoundedQueue<Message>, spent: SpentBatches
    ) {
        for source in sources {
            let data: Data
            do {
                data = try source.load()
            } catch {
                queue.send(.failed("\(source.name): cannot read the file: \(Self.reason(error))"))
                continue
            }
            let info = ImportFileInfo(
                fileName: source.name, sha256: ContentHash.hex(ContentHash.sha256(data)), byteCount: data.count,
                channel: options.channel, importedBy: options.importedBy, systemUser: options.systemUser)
            // A file's start goes out with its first full batch; a file that fits in one batch
            // goes out whole once read, and the writer then needs no savepoint to undo it.
            var begun = false
            var batch: [ImportedComment] = []
            batch.reserveCapacity(options.batchSize)
            func flagged() -> [FlaggedComment] {
                guard !batch.isEmpty else { return [] }
                spent.free()
                let hashes = batch.map { ContentHash.sha256($0.text) }
                // Most likely unchanged in the store (a re-import): the writer will keep
                // nothing of it, and hands back what it needs flags for after all.
                let flags = stored?.holds(batch[0], hash: hashes[0]) == true ? nil : flagger.flags(for: batch)
                defer { batch.removeAll(keepingCapacity: true) }
                return batch.indices.map { i in
                    FlaggedComment(comment: batch[i], flags: flags?[i] ?? [], textSHA256: hashes[i], flagsSkipped: flags == nil)
                }
            }
            func flush() {
                guard !batch.isEmpty else { return }
                if !begun { queue.send(.begin(info)) }
                begun = true
                queue.send(.batch(flagged()))
            }
            do {
                let summary = try reader(data, source.name, options.format) { comment in
                    batch.append(comment)
                    if batch.count >= options.batchSize { flush() }
                }
                if begun {
                    flush()
                    queue.send(.end(summary))
                } else {
                    queue.send(.whole(info, flagged(), summary))
                }
            } catch let error as ImportError {
                queue.send(.failed(error.description))
            } catch {
                queue.send(.failed("\(source.name): \(Self.reason(error))"))
            }
        }
        queue.send(.done)
    }

    /// A cause for a message: the error's own description (loaders throw readable errors).
    static func reason(_ error: Error) -> String {
        if let error = error as? CocoaError { return error.localizedDescription }
        return String(describing: error)
    }
}

/// The writing side: receives files from the parsing thread and writes them to the store.
private struct Consumer {
    typealias Message = ImportPipeline.Message

    let queue: BoundedQueue<Message>
    let spent: SpentBatches
    let store: any Store
    let flagger: any Flagger
    let sources: [ImportSource]
    let started: Date
    let progress: ((ImportPipeline.Progress) -> Void)?
    var fileIndex = -1
    var written = 0
    /// Whether messages of the current file are still in the queue.
    var inFile = false

    private struct FileFailed: Error { let message: String }

    mutating func next() -> Message {
        let message = queue.receive()
        switch message {
        case .begin: inFile = true
        case .end, .failed: inFile = false
        case .batch, .whole, .done: break
        }
        return message
    }

    /// Each file kept or refused on its own: a refused file leaves the store as it was.
    ///
    /// Files share a transaction (a savepoint each) until it has run `groupSeconds` or
    /// written `groupComments`: ten thousand small page files then cost a few dozen commits,
    /// not ten thousand, and other processes still get the store every couple of seconds.
    mutating func writeEach() -> [ImportOutcome] {
        var outcomes: [ImportOutcome] = []
        var finished = false
        while !finished {
            var group: [ImportOutcome] = []
            var current: String?
            do {
                try store.writeImports { writer in
                    let started = Date()
                    var comments = 0
                    while true {
                        if !group.isEmpty,
                           comments >= Self.groupComments || Date().timeIntervalSince(started) >= Self.groupSeconds
                        {
                            return
                        }
                        switch next() {
                        case .done:
                            finished = true
                            return
                        case .failed(let message):  // could not even be loaded
                            fileIndex += 1
                            group.append(.failed(fileName: sources[fileIndex].name, message: message))
                        case .begin(let info):
                            fileIndex += 1
                            current = info.fileName
                            do {
                                let record = try writeFile(info, writer)
                                group.append(.imported(record))
                                comments += record.counts.read
                            } catch let failed as FileFailed {
                                try writer.abandon()
                                group.append(.failed(fileName: info.fileName, message: failed.message))
                            }
                            current = nil
                        case .whole(let info, let batch, let summary):
                            fileIndex += 1
                            current = info.fileName
                            let record = try writeWhole(info, batch, summary, writer)
                            group.append(.imported(record))
                            comments += record.counts.read
                            current = nil
                        case .batch, .end:
                            preconditionFailure("a file's comments arrived before its start")
                        }
                    }
                }
                outcomes += group
            } catch {
                // The store itself failed (busy, disk full): this group's files were not kept.
                drainFile()
                if let current { group.append(.failed(fileName: current, message: "")) }
                outcomes += group.map { outcome in
                    outcome.isFailure && outcome.fileName != current
                        ? outcome : .failed(fileName: outcome.fileName, message: "\(outcome.fileName): not imported: \(error)")
                }
            }
        }
        return outcomes
    }

    static let groupSeconds: TimeInterval = 2
    static let groupComments = 250_000

    /// Every file in one transaction, kept only when every file is good. Every file is still
    /// read, so that each bad one is reported.
    mutating func writeAtomically() -> [ImportOutcome] {
        var outcomes: [ImportOutcome] = []
        var anyFailed = false
        do {
            try store.writeImports { writer in
                while true {
                    switch next() {
                    case .done:
                        if anyFailed { throw FileFailed(message: "rolled back") }
                        return
                    case .failed(let message):
                        fileIndex += 1
                        anyFailed = true
                        outcomes.append(.failed(fileName: sources[fileIndex].name, message: message))
                    case .begin(let info):
                        fileIndex += 1
                        if anyFailed {
                            outcomes.append(skipFile(info))
                            continue
                        }
                        do {
                            let record = try writeFile(info, writer)
                            outcomes.append(.imported(record))
                        } catch let failed as FileFailed {
                            anyFailed = true
                            outcomes.append(.failed(fileName: info.fileName, message: failed.message))
                        }
                    case .whole(let info, let batch, let summary):
                        fileIndex += 1
                        if anyFailed {
                            var counts = ImportCounts()
                            counts.read = batch.count
                            outcomes.append(.rolledBack(fileName: info.fileName, format: summary.format, counts: counts))
                            continue
                        }
                        outcomes.append(.imported(try writeWhole(info, batch, summary, writer)))
                    case .batch, .end:
                        preconditionFailure("a file's comments arrived before its start")
                    }
                }
            }
            return outcomes
        } catch {
            if !(error is FileFailed) {
                // The store itself failed (busy, disk full): nothing was kept.
                drainAll()
                let message = "not imported: \(error)"
                return sources.enumerated().map { i, source in
                    i < outcomes.count && outcomes[i].isFailure
                        ? outcomes[i] : .failed(fileName: source.name, message: "\(source.name): \(message)")
                }
            }
            return outcomes.map { outcome in
                if case .imported(let record) = outcome {
                    return .rolledBack(fileName: record.fileName, format: record.format, counts: record.counts)
                }
                return outcome
            }
        }
    }

    /// Writes one file's batches; throws `FileFailed` when the reader refused the file.
    private mutating func writeFile(_ info: ImportFileInfo, _ writer: any ImportWriter) throws -> ImportRecord {
        try writer.begin(info)
        while true {
            switch next() {
            case .batch(let batch):
                try add(batch, of: info, writer)
            case .end(let summary):
                return try writer.finish(format: summary.format, warnings: summary.warnings)
            case .failed(let message):
                written -= writer.counts.read
                throw FileFailed(message: message)
            case .begin, .whole, .done:
                preconditionFailure("a file ended without its end")
            }
        }
    }

    /// Writes a file that was read in full: it cannot be refused any more, so no savepoint.
    private mutating func writeWhole(
        _ info: ImportFileInfo, _ batch: [FlaggedComment], _ summary: ImportSummary, _ writer: any ImportWriter
    ) throws -> ImportRecord {
        try writer.begin(info, undoable: false)
        if !batch.isEmpty { try add(batch, of: info, writer) }
        return try writer.finish(format: summary.format, warnings: summary.warnings)
    }

    private mutating func add(_ batch: [FlaggedComment], of info: ImportFileInfo, _ writer: any ImportWriter) throws {
        let needFlags = try writer.add(batch)
        if !needFlags.isEmpty {
            // Left unflagged as likely unchanged, but new or changed after all: flag the
            // batch as a whole (flooding looks at it together) and add those.
            let flags = flagger.flags(for: batch.map(\.comment))
            try writer.add(needFlags.map { FlaggedComment(comment: batch[$0].comment, flags: flags[$0]) })
        }
        written += batch.count
        spent.put(batch)
        progress?(ImportPipeline.Progress(
            fileIndex: fileIndex, fileCount: sources.count, fileName: info.fileName,
            comments: written, elapsed: Date().timeIntervalSince(started)))
    }

    /// Reads a file to its end without writing, to report whether it is good.
    private mutating func skipFile(_ info: ImportFileInfo) -> ImportOutcome {
        var counts = ImportCounts()
        while true {
            switch next() {
            case .batch(let batch): counts.read += batch.count
            case .end(let summary):
                return .rolledBack(fileName: info.fileName, format: summary.format, counts: counts)
            case .failed(let message): return .failed(fileName: info.fileName, message: message)
            case .begin, .whole, .done: preconditionFailure("a file ended without its end")
            }
        }
    }

    /// Discards the rest of the current file after the store refused a write.
    private mutating func drainFile() {
        while inFile {
            switch next() {
            case .batch: continue
            case .end, .failed: continue
            case .begin, .whole, .done:
                preconditionFailure("a file ended without its end")
            }
        }
    }

    private mutating func drainAll() {
        while true {
            if case .done = next() { return }
        }
    }
}
