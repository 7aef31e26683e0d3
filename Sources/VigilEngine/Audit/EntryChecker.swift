import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One entry the pool checks: its canonical body encoded and hashed against the stored hash,
/// and its signature verified with `key` (nil: unsigned, or vouched for by a checkpoint).
struct EntryCheck: Sendable {
    let entry: AuditEntry
    let key: Curve25519.Signing.PublicKey?
}

/// Checks entries' hashes and signatures on worker threads while the verifier's walk goes on,
/// and remembers the earliest entry that fails.
///
/// Ed25519 verification is nearly all of a verify's cost (about 80 µs of CPU a signature here
/// against a few µs for the rest of an entry), so the workers are fed a steady queue of small
/// chunks instead of batches with a barrier between them: no core waits while another
/// finishes its share, and the caller, once it has nothing else to do, checks chunks too.
/// Encoding and hashing happen here as well, off the walk, since nothing in the walk needs
/// the computed hash: the links compare stored hashes, which these checks prove.
final class EntryChecker: @unchecked Sendable {
    /// The earliest failure found: an entry whose hash or signature is wrong.
    struct Failure {
        let sequence: UInt64
        let reason: AuditFailureReason
    }

    struct Outcome {
        let failure: Failure?
        /// From the first chunk submitted to the last one checked.
        let wallSeconds: Double
        /// CPU time the checks took, on every thread that ran them.
        let cpuSeconds: Double
        let signaturesChecked: Int
    }

    private let threads: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var queue: [[EntryCheck]] = []
    private var next = 0
    private var closed = false
    private var running = 0
    private var earliest: Failure?
    private var cpuSeconds = 0.0
    private var signatures = 0
    private var started: ContinuousClock.Instant?
    private var ended: ContinuousClock.Instant?
    private let clock = ContinuousClock()

    /// Chunks waiting beyond which the caller checks one itself rather than queue more: the
    /// memory stays bounded (a chunk of 256 entries is about 250 KB) while the walk still runs
    /// far enough ahead to finish, and the other tables be checked, before the workers do.
    private let backlog: Int

    init(threads: Int, backlog: Int = 128) {
        self.threads = max(1, threads)
        self.backlog = max(1, backlog)
    }

    /// Queues `chunk` (entries in log order, after every chunk queued before); starts the
    /// workers with the first. With too many waiting, checks the oldest on this thread.
    func submit(_ chunk: [EntryCheck]) {
        guard !chunk.isEmpty else { return }
        condition.lock()
        precondition(!closed, "EntryChecker.submit after finish")
        queue.append(chunk)
        if started == nil {
            started = clock.now
            running = threads
            for _ in 0..<threads { Thread { self.work() }.start() }
        }
        condition.signal()
        if queue.count - next > backlog {
            let cpuStart = Self.threadCPUSeconds()
            var checked = 0
            while queue.count - next > backlog { checked += checkNext() }
            cpuSeconds += Self.threadCPUSeconds() - cpuStart
            signatures += checked
        }
        condition.unlock()
    }

    /// The earliest failure among the chunks checked so far.
    var failedSoFar: Failure? {
        condition.lock()
        defer { condition.unlock() }
        return earliest
    }

    /// Checks what is left (the calling thread helps), waits for the workers and reports.
    func finish() -> Outcome {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        if started != nil {
            drain(asWorker: false)
            condition.lock()
            while running > 0 { condition.wait() }
            condition.unlock()
        }
        condition.lock()
        defer { condition.unlock() }
        let wall = started.map { seconds(($0, ended ?? $0)) } ?? 0
        return Outcome(failure: earliest, wallSeconds: wall, cpuSeconds: cpuSeconds, signaturesChecked: signatures)
    }

    /// Lets the workers go without checking what is left (a verifier dropped unfinished).
    func abandon() {
        condition.lock()
        closed = true
        queue = []
        next = 0
        condition.broadcast()
        condition.unlock()
    }

    private func work() { drain(asWorker: true) }

    /// Takes chunks until the queue is empty and closed (a worker) or just empty (the caller).
    private func drain(asWorker: Bool) {
        let cpuStart = Self.threadCPUSeconds()
        var checked = 0
        condition.lock()
        while true {
            while next == queue.count, asWorker, !closed { condition.wait() }
            if next == queue.count { break }
            checked += checkNext()
        }
        cpuSeconds += Self.threadCPUSeconds() - cpuStart
        signatures += checked
        ended = clock.now
        if asWorker {
            running -= 1
            condition.broadcast()
        }
        condition.unlock()
    }

    /// Takes the oldest waiting chunk and checks it with the lock let go; called and
    /// returning with `condition` locked. Returns how many signatures it verified.
    private func checkNext() -> Int {
        let chunk = queue[next]
        queue[next] = []  // let its entries go once checked
        next += 1
        let stopAt = earliest?.sequence ?? .max
        condition.unlock()
        let (failure, count) = Self.check(chunk, before: stopAt, earliest: { self.failedSoFar?.sequence ?? .max })
        condition.lock()
        if let failure, failure.sequence < (earliest?.sequence ?? .max) { earliest = failure }
        return count
    }

    /// The first entry of `chunk` whose hash or signature is wrong, and how many signatures
    /// were verified. Entries from `stopAt` on are moot (an earlier one failed).
    private static func check(_ chunk: [EntryCheck], before stopAt: UInt64, earliest: () -> UInt64) -> (Failure?, Int) {
        var verified = 0
        var limit = stopAt
        for (i, c) in chunk.enumerated() {
            if i & 31 == 31 { limit = min(limit, earliest()) }
            if c.entry.sequence >= limit { break }
            let body = CanonicalEncoding.bytes(of: c.entry)
            if !AuditEntry.hash(body: body, signature: c.entry.signature, matches: c.entry.hash) {
                return (Failure(sequence: c.entry.sequence, reason: .hashMismatch), verified)
            }
            if let key = c.key, let signature = c.entry.signature {
                verified += 1
                if !key.isValidSignature(signature, for: body) {
                    return (Failure(sequence: c.entry.sequence, reason: .badSignature(signer: c.entry.actor)), verified)
                }
            }
        }
        return (nil, verified)
    }

    private func seconds(_ span: (ContinuousClock.Instant, ContinuousClock.Instant)) -> Double {
        let d = span.1 - span.0
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// CPU time of the calling thread.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
