import Foundation
import VigilEngine

/// Store ids of authors, channels and posts, kept between the transactions of one process so
/// that a run of ten thousand page files does not look each author up ten thousand times.
///
/// Valid only while nobody else has written: each write transaction starts by comparing the
/// store's change counter with the one this cache last saw, and empties the cache when another
/// process (or a rolled-back transaction) came between. Rows a transaction adds join the cache
/// only once it commits.
final class IdentityCache: @unchecked Sendable {
    struct Key: Hashable {
        enum Kind: UInt8 { case author, channel, post }
        var kind: Kind
        var platform: Platform
        var name: String
    }

    private let lock = NSLock()
    private var ids: [Key: Int64] = [:]
    private var token: Int64 = -1

    /// Starts a transaction that saw the store's change counter at `token`: empties the cache
    /// when it was last valid at another value.
    func validate(at token: Int64) {
        lock.withLock {
            if self.token != token {
                ids.removeAll()
                self.token = token
            }
        }
    }

    func id(for key: Key) -> Int64? { lock.withLock { ids[key] } }

    /// After a commit that moved the counter from `from` to `to`: keep the transaction's ids.
    func commit(_ added: [Key: Int64], from: Int64, to: Int64) {
        lock.withLock {
            guard token == from else {
                ids.removeAll()
                token = -1
                return
            }
            ids.merge(added) { _, new in new }
            if ids.count > 500_000 { ids.removeAll() }  // bounded memory on huge stores
            token = to
        }
    }
}
