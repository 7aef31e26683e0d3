/// A page of the queue found by position, with how many rows the whole filter selects,
/// both read at one moment (the console scrolls by position, not by cursor).
public struct QueueWindow: Hashable, Sendable {
    /// Position of `rows.first` among all the rows the query selects.
    public var offset: Int
    /// At most the query's `limit` rows; each row's `text` is cut to `QueueWindow.textLimit`
    /// characters (a line of the queue shows only the start).
    public var rows: [QueueRow]
    public var total: Int

    public init(offset: Int, rows: [QueueRow], total: Int) {
        self.offset = offset
        self.rows = rows
        self.total = total
    }

    /// How much of each text a window carries: enough for any screen's line.
    public static let textLimit = 400
}

/// What the console's header counts: flagged comments with no decision and no proposal
/// (review `open`), by category and by worst severity, and the channels they are in.
public struct QueueSummary: Hashable, Sendable {
    public var open: Int
    /// A comment with two categories counts in both; categories with none are absent.
    public var byCategory: [Category: Int]
    public var bySeverity: [Severity: Int]
    /// Names of channels with flagged comments awaiting a decision, sorted.
    public var channels: [String]

    public init(open: Int, byCategory: [Category: Int], bySeverity: [Severity: Int], channels: [String]) {
        self.open = open
        self.byCategory = byCategory
        self.bySeverity = bySeverity
        self.channels = channels
    }
}
