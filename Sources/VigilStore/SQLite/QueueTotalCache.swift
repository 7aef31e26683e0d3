import Foundation

/// How many comments each queue filter matched, as of a value of the store's change counter.
///
/// The console loads a page of 200 rows each time the cursor nears the edge of what it holds,
/// and every window carries the filter's total ("1 of 100,000"); counting the index again for
/// each page was about 8 of a page load's 20 ms on a store of 1,000,000 comments. Every write
/// transaction moves the counter (`SQLiteStore.noteChange`), and a read sees the counter and
/// the rows of one snapshot, so a total read at the same counter value is still exact.
final class QueueTotalCache: @unchecked Sendable {
    private let lock = NSLock()
    private var token: Int64 = -1
    private var totals: [String: Int] = [:]

    /// The total counted for `key` at `token`, if any.
    func total(_ key: String, at token: Int64) -> Int? {
        lock.withLock { self.token == token ? totals[key] : nil }
    }

    /// Keeps `total` for `key`, counted at `token`; totals of another token are dropped.
    func keep(_ total: Int, for key: String, at token: Int64) {
        lock.withLock {
            if self.token != token {
                totals.removeAll()
                self.token = token
            }
            // A handful of filters is all a person uses; bound it all the same.
            if totals.count >= 64 { totals.removeAll() }
            totals[key] = total
        }
    }
}
