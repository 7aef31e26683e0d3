import Foundation

/// The workflow's numbers a school may change in its rules file.
public struct WorkflowSettings: Sendable, Hashable {
    /// A pending proposal older than this is overdue (default 72 hours).
    public let overdueAfter: TimeInterval
    /// Upheld abuse decisions on one author's comments that make a block suggestion (default 3).
    public let blockThreshold: Int
    /// Within this long (default 90 days).
    public let blockWindow: TimeInterval

    public static let standard = try! WorkflowSettings(overdueAfterHours: 72, blockThreshold: 3, blockWindowDays: 90)

    /// Throws a message naming the setting when a value is out of range.
    public init(overdueAfterHours: Int, blockThreshold: Int, blockWindowDays: Int) throws(WorkflowSettingsError) {
        guard (1...24 * 365).contains(overdueAfterHours) else { throw .outOfRange("overdue_after_hours", overdueAfterHours, "1 to 8760") }
        guard (1...1_000).contains(blockThreshold) else { throw .outOfRange("block_threshold", blockThreshold, "1 to 1000") }
        guard (1...3_650).contains(blockWindowDays) else { throw .outOfRange("block_window_days", blockWindowDays, "1 to 3650") }
        overdueAfter = TimeInterval(overdueAfterHours) * 3_600
        self.blockThreshold = blockThreshold
        blockWindow = TimeInterval(blockWindowDays) * 86_400
    }
}

/// A workflow setting outside what makes sense.
public enum WorkflowSettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    case outOfRange(String, Int, String)

    public var description: String {
        switch self {
        case .outOfRange(let name, let value, let range): "\(name) is \(value): it must be \(range)"
        }
    }
}
