import Foundation

/// Batches the writer has finished with, handed back so that the parsing thread frees them.
///
/// A batch's many small allocations (the strings of every comment) were made on the parsing
/// thread; freed on the writing thread they cost it about a tenth of its time in a profile
/// (glibc frees into the other thread's arena under that arena's lock), and the writer is
/// the import's bottleneck.
final class SpentBatches: @unchecked Sendable {
    private let lock = NSLock()
    private var batches: [[FlaggedComment]] = []

    func put(_ batch: [FlaggedComment]) { lock.withLock { batches.append(batch) } }

    /// Frees what the writer put back, on the calling thread.
    func free() {
        var taken: [[FlaggedComment]] = []
        lock.withLock { swap(&taken, &batches) }
        taken.removeAll()
    }
}
