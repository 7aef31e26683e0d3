import Crypto
import Dispatch
import Foundation

/// What verifying a log found.
public struct AuditVerification: Sendable {
    /// Entries read.
    public let entryCount: Int
    /// The first entry that fails, or nil when every entry verifies.
    public let failure: AuditFailure?
    /// Hash of the first entry: the store's fingerprint, worth writing down at `vigil init`.
    public let genesisHash: Data?
    /// Hash of the last entry, when the whole log verifies.
    public let headHash: Data?
    /// What the log says, for the cross-table checks; only when the whole log verifies
    /// (after a failure nothing later can be trusted).
    public let log: ReplayedLog?
    /// Where the time went.
    public let profile: AuditVerificationProfile

    public var isValid: Bool { failure == nil }
}

/// How long verifying took, split into the sequential walk (encoding, hashing, links,
/// replaying the rules) and the signature checks on all cores (wall-clock time).
public struct AuditVerificationProfile: Sendable, Hashable {
    public var chainSeconds: Double = 0
    public var signatureSeconds: Double = 0
    public var signaturesChecked = 0
    public var threads = 1
}

/// Verifies an audit log from its first entry: numbering, hash links, each entry's hash,
/// the kind's signing rule, each signature against the key the log itself vouches for at
/// that point, and the sign-off rules replayed. It never reads the accounts table: a key
/// counts only when a founding entry or a signed-off roster change introduced it.
///
/// Feed entries in order with `add` (in pages, so a store need not load them all), then
/// call `finish`. Signatures, the dominant cost, are checked in batches on every core.
public final class AuditVerifier {
    private let expectedGenesis: Data?
    private let threads: Int
    private let batchSize: Int

    private var position = 0
    private var previousHash = AuditEntry.genesisPreviousHash
    private var previousTime: Int64 = .min
    private var replay = ReplayedLog()
    private var genesisHash: Data?
    private var chainFailure: AuditFailure?
    private var signatureFailure: AuditFailure?
    private var jobs: [SignatureJob] = []
    private var keys: [Data: Curve25519.Signing.PublicKey] = [:]
    private var profile = AuditVerificationProfile()
    private let clock = ContinuousClock()

    /// - Parameters:
    ///   - expectedGenesis: the first entry's hash as recorded outside the store, if known;
    ///     a log rebuilt from scratch then fails at entry 1.
    ///   - threads: how many cores check signatures (default: all).
    public init(expectedGenesis: Data? = nil, threads: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 8_192) {
        self.expectedGenesis = expectedGenesis
        self.threads = max(1, threads)
        self.batchSize = max(1, batchSize)
        profile.threads = self.threads
    }

    /// Verifies a whole log held in memory.
    public static func verify(_ entries: [AuditEntry], expectedGenesis: Data? = nil, threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> AuditVerification {
        let v = AuditVerifier(expectedGenesis: expectedGenesis, threads: threads)
        v.add(entries)
        return v.finish()
    }

    /// Checks the next entries, in log order.
    public func add<S: Sequence>(_ entries: S) where S.Element == AuditEntry {
        var start = clock.now
        for entry in entries {
            defer { position += 1 }
            if chainFailure != nil || signatureFailure != nil { continue }
            if let reason = check(entry) {
                chainFailure = reason
                continue
            }
            if jobs.count >= batchSize {
                profile.chainSeconds += seconds(since: start)
                verifyBatch()
                start = clock.now
            }
        }
        profile.chainSeconds += seconds(since: start)
    }

    /// Verifies what is left and reports.
    public func finish() -> AuditVerification {
        if chainFailure == nil, signatureFailure == nil, position > 0, replay.foundingOpen, replay.founders.count < 2 {
            chainFailure = AuditFailure(sequence: 1, reason: .tooFewFounders(replay.founders.count))
        }
        verifyBatch()
        // On the same entry a bad signature is the plainer reason (its own, not its neighbour's).
        let failure = [signatureFailure, chainFailure].compactMap { $0 }.min { $0.sequence < $1.sequence }
        return AuditVerification(
            entryCount: position, failure: failure, genesisHash: genesisHash,
            headHash: failure == nil && position > 0 ? previousHash : nil,
            log: failure == nil ? replay : nil, profile: profile)
    }

    /// Everything but the signature itself; queues the signature.
    private func check(_ entry: AuditEntry) -> AuditFailure? {
        let expected = UInt64(position + 1)
        func fail(_ reason: AuditFailureReason, at sequence: UInt64? = nil) -> AuditFailure {
            AuditFailure(sequence: sequence ?? entry.sequence, reason: reason)
        }
        if entry.sequence > expected { return fail(.missingOrMoved(found: entry.sequence), at: expected) }
        if entry.sequence < expected { return fail(.repeatedOrMoved(found: entry.sequence), at: expected) }
        let body = entry.canonicalBody
        if entry.previousHash != previousHash {
            // If this entry is validly signed, its record of the previous hash is genuine:
            // the previous entry is the one that changed.
            if position > 0, let signature = entry.signature, let key = replay.currentKey(of: entry.actor),
               publicKey(key).isValidSignature(signature, for: body) {
                return fail(.changedAfterSigning(detectedBy: entry.sequence, signer: entry.actor), at: expected - 1)
            }
            return fail(.brokenLink)
        }
        let hash = AuditEntry.hash(body: body, signature: entry.signature)
        if hash != entry.hash { return fail(.hashMismatch) }
        if position == 0 {
            genesisHash = hash
            if let expectedGenesis, expectedGenesis != hash { return fail(.genesisMismatch) }
        }
        if entry.timeMillis < previousTime { return fail(.timeGoesBackwards(previous: previousTime, this: entry.timeMillis)) }
        let event: AuditEvent
        do { event = try AuditEvent(kind: entry.kind, subject: entry.subject) } catch {
            return fail(.malformed(error.description))
        }
        switch (event.kind.signing, entry.signature) {
        case (.required, nil): return fail(.missingSignature(event.kind))
        case (.forbidden, .some): return fail(.unexpectedSignature(event.kind))
        default: break
        }
        switch replay.apply(event, entry: entry) {
        case .failure(let reason):
            // A forged entry usually breaks the rules too; that it is not its signer's is the plainer reason.
            if let signature = entry.signature, let key = replay.currentKey(of: entry.actor),
               !publicKey(key).isValidSignature(signature, for: body) {
                return fail(.badSignature(signer: entry.actor))
            }
            return fail(reason)
        case .success(let key):
            if let key, let signature = entry.signature {
                jobs.append(SignatureJob(sequence: entry.sequence, signer: entry.actor, key: publicKey(key), body: body, signature: signature))
            }
        }
        previousHash = hash
        previousTime = entry.timeMillis
        return nil
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = clock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    private func publicKey(_ raw: Data) -> Curve25519.Signing.PublicKey {
        if let k = keys[raw] { return k }
        // A 32-byte key always parses; one of another length gets an all-zero stand-in that
        // no signature verifies against.
        let k = (try? Curve25519.Signing.PublicKey(rawRepresentation: raw))
            ?? (try! Curve25519.Signing.PublicKey(rawRepresentation: Data(count: 32)))
        keys[raw] = k
        return k
    }

    /// Checks the queued signatures on all cores; keeps the earliest bad one.
    private func verifyBatch() {
        guard !jobs.isEmpty else { return }
        let start = clock.now
        defer {
            profile.signatureSeconds += seconds(since: start)
        }
        let batch = jobs
        profile.signaturesChecked += batch.count
        jobs.removeAll(keepingCapacity: true)
        let firstBad = FirstIndex()
        let chunks = min(threads, batch.count)
        let chunkSize = (batch.count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<min(batch.count, (chunk + 1) * chunkSize)
            for i in range {
                if firstBad.value < i { return }
                let job = batch[i]
                if !job.key.isValidSignature(job.signature, for: job.body) {
                    firstBad.offer(i)
                    return
                }
            }
        }
        if firstBad.value < batch.count {
            let job = batch[firstBad.value]
            let failure = AuditFailure(sequence: job.sequence, reason: .badSignature(signer: job.signer))
            if signatureFailure.map({ failure.sequence < $0.sequence }) ?? true { signatureFailure = failure }
        }
    }
}

private struct SignatureJob: Sendable {
    let sequence: UInt64
    let signer: String
    let key: Curve25519.Signing.PublicKey
    let body: Data
    let signature: Data
}

/// The lowest index offered by any thread.
private final class FirstIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var lowest = Int.max

    var value: Int { lock.withLock { lowest } }
    func offer(_ i: Int) { lock.withLock { lowest = min(lowest, i) } }
}
