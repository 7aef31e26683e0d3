import Crypto
import Dispatch
import Foundation

/// One signature the verifier has to check.
struct SignatureJob: Sendable {
    let sequence: UInt64
    let signer: String
    let key: Curve25519.Signing.PublicKey
    let body: Data
    let signature: Data
}

/// Checks batches of signatures on all cores in the background, one batch at a time, while
/// the verifier walks on to the next entries; remembers the earliest bad one.
///
/// Ed25519 verification is nearly all of a verify's cost (about 145 µs a signature here
/// against 11 µs for the rest of an entry), so the walk overlaps with it instead of
/// waiting for it.
final class SignatureChecker: @unchecked Sendable {
    private let threads: Int
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var earliestBad: SignatureJob?
    private var busySeconds = 0.0
    private var checked = 0

    init(threads: Int) { self.threads = max(1, threads) }

    /// Starts checking `batch` once the previous batch is done.
    func submit(_ batch: [SignatureJob]) {
        guard !batch.isEmpty else { return }
        group.wait()
        group.enter()
        let threads = self.threads
        DispatchQueue.global().async {
            let start = DispatchTime.now()
            let bad = Self.firstBad(in: batch, threads: threads)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            self.lock.withLock {
                if let bad, self.earliestBad.map({ bad.sequence < $0.sequence }) ?? true { self.earliestBad = bad }
                self.busySeconds += seconds
                self.checked += batch.count
            }
            self.group.leave()
        }
    }

    /// The earliest bad signature among the batches finished so far.
    var badSoFar: SignatureJob? { lock.withLock { earliestBad } }

    /// Waits for every batch; the earliest bad signature, the seconds spent checking, and
    /// how many were checked.
    func finish() -> (bad: SignatureJob?, seconds: Double, checked: Int) {
        group.wait()
        return lock.withLock { (earliestBad, busySeconds, checked) }
    }

    private static func firstBad(in batch: [SignatureJob], threads: Int) -> SignatureJob? {
        let lowest = LowestIndex()
        let chunks = min(threads, batch.count)
        let chunkSize = (batch.count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for i in (chunk * chunkSize)..<min(batch.count, (chunk + 1) * chunkSize) {
                // A bad one earlier in the batch makes the rest of this chunk moot.
                if i & 63 == 0, lowest.value < i { return }
                let job = batch[i]
                if !job.key.isValidSignature(job.signature, for: job.body) {
                    lowest.offer(i)
                    return
                }
            }
        }
        return lowest.value < batch.count ? batch[lowest.value] : nil
    }
}

/// The lowest index offered by any thread.
private final class LowestIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var lowest = Int.max

    var value: Int { lock.withLock { lowest } }
    func offer(_ i: Int) { lock.withLock { lowest = min(lowest, i) } }
}
