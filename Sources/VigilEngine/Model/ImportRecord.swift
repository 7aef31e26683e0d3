import Foundation

/// What one import did to the store, comment by comment.
public struct ImportCounts: Hashable, Sendable, Codable {
    /// Comments read from the file (a comment repeated inside the file counts each time).
    public var read: Int
    /// Comments the store did not have before.
    public var new: Int
    /// Comments whose text changed: the new text is current, the earlier one kept.
    public var updated: Int
    /// Comments the store already had with this text (also an older text seen again).
    public var unchanged: Int
    /// New or updated comments whose text the rules flagged in this import.
    public var flagged: Int

    public init(read: Int = 0, new: Int = 0, updated: Int = 0, unchanged: Int = 0, flagged: Int = 0) {
        self.read = read
        self.new = new
        self.updated = updated
        self.unchanged = unchanged
        self.flagged = flagged
    }

    public static func + (a: ImportCounts, b: ImportCounts) -> ImportCounts {
        ImportCounts(
            read: a.read + b.read, new: a.new + b.new, updated: a.updated + b.updated,
            unchanged: a.unchanged + b.unchanged, flagged: a.flagged + b.flagged)
    }
}

/// One imported file, as recorded in the store.
public struct ImportRecord: Hashable, Sendable, Codable {
    public var storeID: Int64
    /// The file's name as the user gave it.
    public var fileName: String
    /// SHA-256 of the file's bytes, lower-case hex.
    public var sha256: String
    public var byteCount: Int
    public var format: ExportFormat
    public var counts: ImportCounts
    public var started: Date
    public var finished: Date
    /// The administrator who ran it, once accounts exist (issue 4).
    public var importedBy: String?
    /// The operating-system user who ran it.
    public var systemUser: String?
    /// What the importer reported without refusing the file.
    public var warnings: [String]

    public init(
        storeID: Int64, fileName: String, sha256: String, byteCount: Int, format: ExportFormat,
        counts: ImportCounts, started: Date, finished: Date, importedBy: String?,
        systemUser: String?, warnings: [String]
    ) {
        self.storeID = storeID
        self.fileName = fileName
        self.sha256 = sha256
        self.byteCount = byteCount
        self.format = format
        self.counts = counts
        self.started = started
        self.finished = finished
        self.importedBy = importedBy
        self.systemUser = systemUser
        self.warnings = warnings
    }
}
