/// Where a format reader puts what it reads: the caller's `emit`, a count, and warnings.
struct ImportSink {
    private let emitToCaller: (ImportedComment) throws -> Void
    private(set) var count = 0
    var warnings = ImportWarnings()

    init(emit: @escaping (ImportedComment) throws -> Void) {
        emitToCaller = emit
    }

    /// Hands `comment` on, unless an id holds U+0000 (the file is refused: see `NULCharacters`).
    @inline(__always) mutating func emit(_ comment: ImportedComment) throws {
        if NULCharacters.anyIn(comment) { try emitHoldingNUL(comment) } else { try emitToCaller(comment) }
        count += 1
    }

    /// The rare comment with a NUL somewhere: refused for an id, cleaned for a text.
    private mutating func emitHoldingNUL(_ comment: ImportedComment) throws {
        var comment = comment
        if let (field, value) = NULCharacters.idHoldingNUL(comment) {
            throw ReadFailure(
                "the \(field) \(quoted(value)) of the file's comment \(count + 1) holds a NUL character (U+0000), which no "
                    + "platform's id does: the export is damaged", at: nil)
        }
        if NULCharacters.replaceInTexts(&comment) {
            warnings.add("NUL characters (U+0000) in comments replaced by U+FFFD", example: comment.platformID)
        }
        try emitToCaller(comment)
    }
}

/// Warnings gathered per kind, so a file with 5,000 comments lacking a GMT time gives one
/// line that counts them and names the first few, not 5,000 lines.
struct ImportWarnings {
    private struct Entry {
        var message: String
        var examples: [String] = []
        var count = 0
    }
    private var entries: [Entry] = []
    private static let examplesShown = 5

    /// Counts one occurrence of `message` (the same text groups), naming `example` (a comment
    /// or author id) among the first few.
    mutating func add(_ message: String, example: String? = nil) {
        let index: Int
        if let found = entries.firstIndex(where: { $0.message == message }) {
            index = found
        } else {
            entries.append(Entry(message: message))
            index = entries.count - 1
        }
        entries[index].count += 1
        if let example, entries[index].examples.count < Self.examplesShown, !entries[index].examples.contains(example) {
            entries[index].examples.append(example)
        }
    }

    func messages() -> [String] {
        entries.map { entry in
            guard !entry.examples.isEmpty else {
                return entry.count > 1 ? "\(entry.message) (\(entry.count) times)" : entry.message
            }
            let shown = entry.examples.map { quoted($0, limit: 40) }.joined(separator: ", ")
            let more = entry.count > entry.examples.count ? " and \(entry.count - entry.examples.count) more" : ""
            return "\(entry.message): \(shown)\(more)"
        }
    }
}
