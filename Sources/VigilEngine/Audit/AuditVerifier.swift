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
    /// The point to trust next time, when the whole log verifies (see `AuditCheckpoint`).
    public var checkpoint: AuditCheckpoint? {
        guard let headHash, entryCount > 0 else { return nil }
        return AuditCheckpoint(sequence: UInt64(entryCount), hash: headHash)
    }
    /// Where the time went.
    public let profile: AuditVerificationProfile

    public var isValid: Bool { failure == nil }
}

/// An entry number and hash a previous full verification proved, kept somewhere the
/// database's holder cannot write (the verifying person's own state directory).
///
/// Verifying from a checkpoint still walks every entry (numbering, links, hashes, the
/// replayed rules) but checks signatures only after it: the hash chain pins every earlier
/// entry, so if entry `sequence` still hashes to `hash`, nothing before it has changed
/// since its signatures were checked. A log that no longer reaches the checkpoint has
/// lost entries from its end, which a verification without one cannot see.
public struct AuditCheckpoint: Sendable, Hashable, Codable {
    public let sequence: UInt64
    public let hash: Data

    public init(sequence: UInt64, hash: Data) {
        self.sequence = sequence
        self.hash = hash
    }
}

/// How long verifying took: the sequential walk (numbering, links, replaying the rules) and
/// the pool that encodes, hashes and checks signatures on all cores, overlapping the walk.
public struct AuditVerificationProfile: Sendable, Hashable {
    /// The walk alone, on the calling thread (not counting what it spends helping the pool).
    public var chainSeconds: Double = 0
    /// Wall clock from the first entry handed to the pool to the last one checked.
    public var signatureSeconds: Double = 0
    /// CPU time the pool's encoding, hashing and signature checks took, on every thread.
    public var signatureCPUSeconds: Double = 0
    public var signaturesChecked = 0
    /// Signatures left unchecked because a checkpoint vouches for them.
    public var signaturesSkipped = 0
    public var threads = 1
}

/// Verifies an audit log from its first entry: numbering, hash links, each entry's hash,
/// the kind's signing rule, each signature against the key the log itself vouches for at
/// that point, and the sign-off rules replayed. It never reads the accounts table: a key
/// counts only when a founding entry or a signed-off roster change introduced it.
///
/// Feed entries in order with `add` (in pages, so a store need not load them all), then
/// call `endWalk` (optional: it gives the replayed log while the pool is still checking, for
/// work that can overlap it) and `finish`. The walk links each entry to the previous one's
/// stored hash; a pool on every core recomputes every stored hash and checks every signature,
/// so a link to a stored hash is a link to the entry's real contents once `finish` reports.
public final class AuditVerifier {
    private let expectedGenesis: Data?
    private let checkpoint: AuditCheckpoint?
    private let threads: Int
    private let chunkSize: Int
    private let checker: EntryChecker

    private var position = 0
    private var previousHash = AuditEntry.genesisPreviousHash
    private var previousTime: Int64 = .min
    private var replay = ReplayedLog()
    private var genesisHash: Data?
    private var chainFailure: AuditFailure?
    private var pending: [EntryCheck] = []
    /// Set once the pool has found a bad entry: nothing after it needs checking.
    private var stopped = false
    private var walkEnded = false
    private var keys: [Data: Curve25519.Signing.PublicKey] = [:]
    private var profile = AuditVerificationProfile()
    private let clock = ContinuousClock()

    /// - Parameters:
    ///   - expectedGenesis: the first entry's hash as recorded outside the store, if known;
    ///     a log rebuilt from scratch then fails at entry 1.
    ///   - checkpoint: a point a previous full verification proved (`AuditVerification.checkpoint`),
    ///     from somewhere the database's holder cannot write; signatures up to it are not
    ///     checked again. Nil checks every signature.
    ///   - threads: how many worker threads check hashes and signatures (default: one a core).
    ///   - batchSize: entries handed to the pool at a time.
    public init(
        expectedGenesis: Data? = nil, trusting checkpoint: AuditCheckpoint? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 256
    ) {
        self.expectedGenesis = expectedGenesis
        self.checkpoint = checkpoint
        self.threads = max(1, threads)
        chunkSize = max(1, batchSize)
        checker = EntryChecker(threads: self.threads)
        profile.threads = self.threads
        pending.reserveCapacity(chunkSize)
    }

    deinit { checker.abandon() }

    /// Verifies a whole log held in memory. When a checkpoint no longer matches, verifies
    /// again without it, so that the failure names the entry that changed.
    public static func verify(
        _ entries: [AuditEntry], expectedGenesis: Data? = nil, trusting checkpoint: AuditCheckpoint? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> AuditVerification {
        let v = AuditVerifier(expectedGenesis: expectedGenesis, trusting: checkpoint, threads: threads)
        v.add(entries)
        let result = v.finish()
        if checkpoint != nil, result.failure?.reason == .checkpointMismatch {
            let full = verify(entries, expectedGenesis: expectedGenesis, threads: threads)
            if let f = full.failure, f.sequence <= result.failure!.sequence { return full }
        }
        return result
    }

    /// Checks the next entries, in log order.
    public func add<S: Sequence>(_ entries: S) where S.Element == AuditEntry {
        precondition(!walkEnded, "AuditVerifier.add after endWalk")
        var start = clock.now
        for entry in entries {
            defer { position += 1 }
            if chainFailure != nil || stopped { continue }
            if let reason = check(entry) {
                chainFailure = reason
                continue
            }
            if pending.count >= chunkSize {
                // Not the walk's own time: submit may check a chunk itself when many wait.
                let handing = clock.now
                checker.submit(pending)
                start = start.advanced(by: clock.now - handing)
                pending.removeAll(keepingCapacity: true)
                // A bad entry already found makes everything after it moot.
                stopped = checker.failedSoFar != nil
            }
        }
        profile.chainSeconds += seconds(since: start)
    }

    /// Ends the walk (call after the last `add`): what the log replays to, if the walk found
    /// nothing wrong, while the pool may still be checking hashes and signatures. Only
    /// `finish` says whether the log verifies; work done with this log before then must be
    /// thrown away when it does not.
    public func endWalk() -> ReplayedLog? {
        if !walkEnded {
            walkEnded = true
            if chainFailure == nil, !stopped, position > 0, replay.foundingOpen, replay.founders.count < 2 {
                chainFailure = AuditFailure(sequence: 1, reason: .tooFewFounders(replay.founders.count))
            }
            if chainFailure == nil, !stopped, let checkpoint, UInt64(position) < checkpoint.sequence {
                chainFailure = AuditFailure(sequence: UInt64(position + 1), reason: .endsBeforeCheckpoint(verifiedUpTo: checkpoint.sequence))
            }
            checker.submit(pending)
            pending = []
        }
        return chainFailure == nil && !stopped ? replay : nil
    }

    /// Waits for the pool and reports. Call once, after the last `add`.
    public func finish() -> AuditVerification {
        _ = endWalk()
        let outcome = checker.finish()
        profile.signatureSeconds = outcome.wallSeconds
        profile.signatureCPUSeconds = outcome.cpuSeconds
        profile.signaturesChecked = outcome.signaturesChecked
        let poolFailure = outcome.failure.map { AuditFailure(sequence: $0.sequence, reason: $0.reason) }
        // On the same entry the pool's reason is the plainer one (its own hash or signature,
        // not what its neighbour recorded of it).
        let failure = [poolFailure, chainFailure].compactMap { $0 }.min { $0.sequence < $1.sequence }
        if poolFailure?.sequence == 1, poolFailure?.reason == .hashMismatch { genesisHash = nil }
        return AuditVerification(
            entryCount: position, failure: failure, genesisHash: genesisHash,
            headHash: failure == nil && position > 0 ? previousHash : nil,
            log: failure == nil ? replay : nil, profile: profile)
    }

    /// Everything but the entry's own hash and signature, which it queues for the pool.
    private func check(_ entry: AuditEntry) -> AuditFailure? {
        let expected = UInt64(position + 1)
        func fail(_ reason: AuditFailureReason, at sequence: UInt64? = nil) -> AuditFailure {
            AuditFailure(sequence: sequence ?? entry.sequence, reason: reason)
        }
        if entry.sequence > expected { return fail(.missingOrMoved(found: entry.sequence), at: expected) }
        if entry.sequence < expected { return fail(.repeatedOrMoved(found: entry.sequence), at: expected) }
        if entry.previousHash != previousHash {
            // If this entry is validly signed, its record of the previous hash is genuine:
            // the previous entry is the one that changed.
            if position > 0, let signature = entry.signature, let key = replay.currentKey(of: entry.actor),
               publicKey(key).isValidSignature(signature, for: CanonicalEncoding.bytes(of: entry)) {
                return fail(.changedAfterSigning(detectedBy: entry.sequence, signer: entry.actor), at: expected - 1)
            }
            return fail(.brokenLink)
        }
        // Past the link, a wrong stored hash is this entry's first fault (the pool would
        // have found it): check it here for an entry that stops the walk.
        func failPastHash(_ reason: AuditFailureReason) -> AuditFailure {
            AuditEntry.hash(body: CanonicalEncoding.bytes(of: entry), signature: entry.signature, matches: entry.hash)
                ? fail(reason) : fail(.hashMismatch)
        }
        if let checkpoint, checkpoint.sequence == entry.sequence, checkpoint.hash != entry.hash { return failPastHash(.checkpointMismatch) }
        if position == 0 {
            genesisHash = entry.hash
            if let expectedGenesis, expectedGenesis != entry.hash { return failPastHash(.genesisMismatch) }
        }
        if entry.timeMillis < previousTime { return failPastHash(.timeGoesBackwards(previous: previousTime, this: entry.timeMillis)) }
        let event: AuditEvent
        do { event = try AuditEvent(kind: entry.kind, subject: entry.subject) } catch {
            return failPastHash(.malformed(error.description))
        }
        switch (event.kind.signing, entry.signature) {
        case (.required, nil): return failPastHash(.missingSignature(event.kind))
        case (.forbidden, .some): return failPastHash(.unexpectedSignature(event.kind))
        default: break
        }
        var key: Curve25519.Signing.PublicKey?
        switch replay.apply(event, entry: entry) {
        case .failure(let reason):
            // A forged entry usually breaks the rules too; that it is not its signer's is the plainer reason.
            if let signature = entry.signature, let key = replay.currentKey(of: entry.actor),
               !publicKey(key).isValidSignature(signature, for: CanonicalEncoding.bytes(of: entry)) {
                return failPastHash(.badSignature(signer: entry.actor))
            }
            return failPastHash(reason)
        case .success(let signer):
            if let signer, entry.signature != nil {
                if let checkpoint, entry.sequence <= checkpoint.sequence {
                    profile.signaturesSkipped += 1
                } else {
                    key = publicKey(signer)
                }
            }
        }
        pending.append(EntryCheck(entry: entry, key: key))
        previousHash = entry.hash
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
}
