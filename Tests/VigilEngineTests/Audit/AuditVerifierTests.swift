import Crypto
import Foundation
import Testing
@testable import VigilEngine

/// Rebuilds an entry with some fields replaced, keeping the stored hash and signature, as
/// someone editing the row with sqlite3 would.
func edited(_ e: AuditEntry, sequence: UInt64? = nil, time: Int64? = nil, actor: String? = nil, kind: String? = nil,
            subject: AuditSubject? = nil, previousHash: Data? = nil, signature: Data?? = nil, hash: Data? = nil) -> AuditEntry {
    AuditEntry(sequence: sequence ?? e.sequence, timeMillis: time ?? e.timeMillis, actor: actor ?? e.actor, kind: kind ?? e.kind,
               subject: subject ?? e.subject, previousHash: previousHash ?? e.previousHash,
               signature: signature ?? e.signature, hash: hash ?? e.hash)
}

/// The same entry with its stored hash recomputed, as a careful forger would leave it.
func rehashed(_ e: AuditEntry) -> AuditEntry { edited(e, hash: e.computedHash()) }

func flipped(_ d: Data, at i: Int = 0) -> Data {
    var d = d
    d[i] ^= 0x01
    return d
}

/// Every way to change one field of an entry, named.
func fieldChanges(of e: AuditEntry) -> [(String, AuditEntry)] {
    var changes: [(String, AuditEntry)] = [
        ("sequence", edited(e, sequence: e.sequence + 1_000)),
        ("time", edited(e, time: e.timeMillis + 1)),
        ("actor", edited(e, actor: e.actor + "x")),
        ("kind", edited(e, kind: e.kind == "approve" ? "reject" : "approve")),
        ("previous hash", edited(e, previousHash: flipped(e.previousHash, at: 31))),
        ("hash", edited(e, hash: flipped(e.hash))),
        ("signature", edited(e, signature: .some(e.signature.map { flipped($0, at: 63) } ?? Data(count: 64)))),
    ]
    if e.signature != nil { changes.append(("signature removed", edited(e, signature: .some(nil)))) }
    let s = e.subject
    func with(_ name: String, _ change: (inout AuditSubject) -> Void) {
        var t = s
        change(&t)
        changes.append((name, edited(e, subject: t)))
    }
    func text(_ v: String?) -> String { (v ?? "") + "x" }
    func bytes(_ v: Data?) -> Data { v.map { flipped($0) } ?? Data(count: 32) }
    with("proposal") { $0.proposal = ($0.proposal ?? 0) + 1 }
    with("action") { $0.action = text($0.action) }
    with("escalate-to") { $0.escalateTo = text($0.escalateTo) }
    with("platform") { $0.platform = text($0.platform) }
    with("comment id") { $0.commentID = text($0.commentID) }
    with("text hash") { $0.textSHA256 = bytes($0.textSHA256) }
    with("author") { $0.author = text($0.author) }
    with("member") { $0.member = text($0.member) }
    with("role") { $0.role = text($0.role) }
    with("public key") { $0.publicKey = bytes($0.publicKey) }
    with("covering") { $0.covering = text($0.covering) }
    with("window start") { $0.windowStart = ($0.windowStart ?? 0) + 1 }
    with("window end") { $0.windowEnd = ($0.windowEnd ?? 0) + 1 }
    with("severity") { $0.severity = text($0.severity) }
    with("note") { $0.note = text($0.note) }
    with("note removed") { $0.note = $0.note == nil ? "" : nil }
    with("failure") { $0.failure = text($0.failure) }
    with("attempt") { $0.attempt = ($0.attempt ?? 0) + 1 }
    with("until") { $0.until = ($0.until ?? 0) + 1 }
    return changes
}

@Suite struct AuditVerifierTests {
    let rich = RichLog()

    @Test func anHonestLogVerifiesAndReplaysTheRoster() throws {
        let entries = rich.entries
        #expect(entries.count == 28)
        #expect(Set(entries.compactMap(\.auditKind)) == Set(AuditKind.allCases), "the log exercises every kind")
        let result = rich.log.verify()
        #expect(result.failure == nil, "\(String(describing: result.failure))")
        #expect(result.entryCount == entries.count)
        #expect(result.headHash == entries.last?.hash)
        #expect(result.genesisHash == entries.first?.hash)
        let log = try #require(result.log)
        #expect(Set(log.roster.members.keys) == [SignOffFixture.alice, SignOffFixture.bob])
        #expect(log.roster.removed[SignOffFixture.carol] != nil)
        #expect(log.proposals.count == 11)
        #expect(log.proposals.mapValues(\.state.name) == rich.log.proposals.mapValues(\.state.name))
        #expect(log.proposals == rich.log.proposals, "the replay reaches exactly the states the workflow stored")
    }

    @Test func anEmptyLogVerifies() {
        let result = AuditVerifier.verify([])
        #expect(result.isValid && result.entryCount == 0 && result.headHash == nil)
    }

    @Test func anEntryChangedInAnyFieldFailsNamingThatEntry() {
        let entries = rich.entries
        var checked = 0
        for (i, entry) in entries.enumerated() {
            for (field, changed) in fieldChanges(of: entry) {
                var tampered = entries
                tampered[i] = changed
                let failure = AuditVerifier.verify(tampered).failure
                #expect(failure?.sequence == entry.sequence, "entry \(entry.sequence) (\(entry.kind)), \(field): \(String(describing: failure))")
                checked += 1
            }
        }
        #expect(checked > 26 * entries.count)
    }

    @Test func aChangedSignedEntryWhoseHashWasRecomputedStillFailsNamingIt() {
        let entries = rich.entries
        for (i, entry) in entries.enumerated() where entry.signature != nil {
            for (field, changed) in fieldChanges(of: entry) where field != "sequence" && field != "previous hash" && field != "hash" {
                var tampered = entries
                tampered[i] = rehashed(changed)
                let failure = AuditVerifier.verify(tampered).failure
                #expect(failure?.sequence == entry.sequence, "entry \(entry.sequence) (\(entry.kind)), \(field): \(String(describing: failure))")
            }
        }
    }

    /// `entries` with entry `i` replaced and every later hash and link recomputed.
    func rebuilt(_ entries: [AuditEntry], replacing i: Int, with entry: AuditEntry) -> [AuditEntry] {
        var tampered = entries
        tampered[i] = entry
        for j in i..<tampered.count {
            let prev = j == 0 ? AuditEntry.genesisPreviousHash : tampered[j - 1].hash
            tampered[j] = rehashed(edited(tampered[j], previousHash: prev))
        }
        return tampered
    }

    @Test func aChangedSignedEntryWithTheWholeChainAfterItRebuiltFailsNamingIt() {
        let entries = rich.entries
        for (i, entry) in entries.enumerated() where entry.signature != nil {
            for (field, changed) in fieldChanges(of: entry) where !["sequence", "previous hash", "hash"].contains(field) {
                let failure = AuditVerifier.verify(rebuilt(entries, replacing: i, with: changed)).failure
                #expect(failure?.sequence == entry.sequence, "\(entry.sequence), \(field): \(String(describing: failure))")
            }
        }
    }

    @Test func anUnsignedSignInEntryRewrittenWithTheChainAfterItFailsAtTheNextSignedEntry() {
        // Nobody's key covers a failed sign-in, so the first entry to notice is the next signed one.
        let entries = rich.entries
        for (i, entry) in entries.enumerated() where entry.kind == "sign-in-failed" || entry.kind == "lock" {
            let failure = AuditVerifier.verify(rebuilt(entries, replacing: i, with: edited(entry, actor: "someone-else"))).failure
            let next = entries[i...].first { $0.signature != nil }!
            #expect(failure == AuditFailure(sequence: next.sequence, reason: .badSignature(signer: next.actor)), "\(entry.sequence)")
        }
    }

    @Test func twoEntriesSwappedFailNamingTheFirstPlaceOutOfOrder() {
        let entries = rich.entries
        for i in 0..<(entries.count - 1) {
            var tampered = entries
            tampered.swapAt(i, i + 1)
            let failure = AuditVerifier.verify(tampered).failure
            #expect(failure?.sequence == entries[i].sequence)
            #expect(failure?.reason == .missingOrMoved(found: entries[i + 1].sequence))
        }
    }

    @Test func anEntryRemovedFromTheMiddleFailsNamingIt() {
        let entries = rich.entries
        for i in 0..<(entries.count - 1) {
            var tampered = entries
            tampered.remove(at: i)
            let failure = AuditVerifier.verify(tampered).failure
            #expect(failure?.sequence == entries[i].sequence, "removing \(entries[i].sequence): \(String(describing: failure))")
            #expect(failure?.description.hasPrefix("audit entry \(entries[i].sequence): it is missing or out of place") == true)
        }
    }

    @Test func anEntryRemovedWithTheRestRenumberedFailsWhereTheNumbersWereChanged() {
        let entries = rich.entries
        for i in 1..<(entries.count - 1) {
            var tampered = entries
            tampered.remove(at: i)
            for j in i..<tampered.count {
                tampered[j] = rehashed(edited(tampered[j], sequence: tampered[j].sequence - 1, previousHash: tampered[j - 1].hash))
            }
            // Named where the entry was taken out, or at the first signature the renumbering breaks.
            let firstSigned = tampered[i...].first { $0.signature != nil }!.sequence
            let failure = AuditVerifier.verify(tampered).failure
            #expect((entries[i].sequence...firstSigned).contains(failure?.sequence ?? 0), "removing \(entries[i].sequence): \(String(describing: failure))")
        }
    }

    @Test func anEntryInsertedWithoutTheActorsKeyFailsNamingIt() throws {
        let entries = rich.entries
        let mallory = Curve25519.Signing.PrivateKey()
        for i in 3..<entries.count {
            // Bob "approves" P1 again, written by someone without Bob's key, chained properly.
            let previous = entries[i - 1]
            let draft = AuditEntry(sequence: previous.sequence + 1, timeMillis: previous.timeMillis, actor: "bob", kind: "approve",
                                   subject: AuditSubject(proposal: 2, note: "slipped in"), previousHash: previous.hash, signature: nil, hash: Data())
            let signature = try mallory.signature(for: draft.canonicalBody)
            let forged = rehashed(edited(draft, signature: .some(signature)))
            var tampered = Array(entries[..<i]) + [forged]
            for e in entries[i...] {
                tampered.append(rehashed(edited(e, sequence: e.sequence + 1, previousHash: tampered.last!.hash)))
            }
            let failure = AuditVerifier.verify(tampered).failure
            #expect(failure == AuditFailure(sequence: forged.sequence, reason: .badSignature(signer: "bob")), "inserted at \(forged.sequence)")
            // Without a signature at all.
            tampered[i] = rehashed(edited(draft, signature: .some(nil)))
            #expect(AuditVerifier.verify(Array(tampered[...i])).failure == AuditFailure(sequence: forged.sequence, reason: .missingSignature(.approve)))
        }
    }

    @Test func anEntryInsertedWithARepeatedNumberFails() {
        var tampered = rich.entries
        tampered.insert(tampered[5], at: 6)
        #expect(AuditVerifier.verify(tampered).failure == AuditFailure(sequence: 7, reason: .repeatedOrMoved(found: 6)))
    }

    @Test func aKeyThatNoRosterEntryVouchesForSignsNothing() {
        var log = rich.log
        let mallory = SignOffFixture.identity(SignOffFixture.name("mallory"))
        log.forge(.propose(ProposalID(99), SignOffFixture.deleteKind(), reason: "I can do this"), by: mallory)
        let failure = log.verify().failure
        #expect(failure?.sequence == log.entries.last?.sequence)
        #expect(failure?.reason == .unknownSigner("mallory"))
        #expect(failure?.description.contains("whom no signed-off roster entry vouches for") == true)
    }

    @Test func aFoundingEntryAddedLaterIsRefused() {
        var log = rich.log
        let mallory = SignOffFixture.identity(SignOffFixture.name("mallory"))
        log.forge(.founded(mallory.name, publicKey: mallory.publicKey), by: mallory)
        #expect(log.verify().failure?.reason == .foundingAfterStart(mallory.name))
    }

    @Test func aMemberWhoseAdditionWasNeverApprovedCannotSign() {
        let alice = SignOffFixture.identity(SignOffFixture.alice), bob = SignOffFixture.identity(SignOffFixture.bob), dave = SignOffFixture.identity(SignOffFixture.dave)
        var log = MemoryLog(founders: [alice, bob])
        log.propose(.roster(.add(SignOffFixture.dave, .administrator, publicKey: dave.publicKey)), by: alice)
        log.forge(.approve(ProposalID(1), note: nil), by: dave)
        #expect(log.verify().failure?.reason == .unknownSigner("dave"))
    }

    @Test func anAdministratorWithTheDatabaseCannotApproveTheirOwnProposal() {
        let alice = SignOffFixture.identity(SignOffFixture.alice), bob = SignOffFixture.identity(SignOffFixture.bob)
        var log = MemoryLog(founders: [alice, bob])
        let p = log.propose(SignOffFixture.deleteKind(), by: alice)
        log.forge(.approve(p, note: nil), by: alice)
        let failure = log.verify().failure
        #expect(failure?.sequence == 4)
        #expect(failure?.description == "audit entry 4: the sign-off rules refuse this approve by alice: alice approved their own proposal")
    }

    @Test func aCoverModeratorSigningOutsideTheirWindowIsCaught() {
        var log = rich.log
        // Carol was removed at the end of the rich log; replay one where she is not.
        log = MemoryLog(founders: [rich.alice, rich.bob])
        log.propose(.roster(.add(SignOffFixture.carol, .coverModerator, publicKey: rich.carol.publicKey)), by: rich.alice)
        log.decide(ProposalID(1), .approve(note: nil), by: rich.bob)
        let p = log.propose(SignOffFixture.deleteKind(), by: rich.alice)
        log.forge(.approve(p, note: nil), by: rich.carol)
        #expect(log.verify().failure?.reason == .refused(actor: "carol", kind: .approve, .noCoverWindow(SignOffFixture.carol)))
    }

    @Test func aRemovedMemberCanSignNothingMore() {
        var log = rich.log
        log.forge(.propose(ProposalID(50), SignOffFixture.deleteKind(), reason: "still here"), by: rich.carol)
        #expect(log.verify().failure?.reason == .signerRemoved(SignOffFixture.carol, at: rich.log.roster.removed[SignOffFixture.carol]!))
    }

    @Test func anEntrySignedByOneMemberAsAnotherFails() throws {
        var entries = rich.entries
        // Carol's approval of Bob's escalation, rewritten as Alice's and signed with Carol's key.
        let i = entries.firstIndex { $0.kind == "approve" && $0.actor == "carol" }!
        let draft = edited(entries[i], actor: "alice", signature: .some(nil))
        let signature = try rich.carol.privateKey.signature(for: draft.canonicalBody)
        entries[i] = rehashed(edited(draft, signature: .some(signature)))
        #expect(AuditVerifier.verify(entries).failure == AuditFailure(sequence: entries[i].sequence, reason: .badSignature(signer: "alice")))
        // Rewritten as the proposer's own approval, the rules refuse it before any signature is checked.
        let selfApproval = edited(entries[i], actor: "bob", signature: .some(nil))
        entries[i] = rehashed(edited(selfApproval, signature: .some(try rich.bob.privateKey.signature(for: selfApproval.canonicalBody))))
        #expect(AuditVerifier.verify(entries).failure?.reason == .refused(actor: "bob", kind: .approve, .selfApproval(SignOffFixture.bob)))
    }

    @Test func aLogMustBeginWithTwoFounders() {
        let alice = SignOffFixture.identity(SignOffFixture.alice)
        let one = [try! AuditEntry.signed(.founded(SignOffFixture.alice, publicKey: alice.publicKey), by: alice, after: nil, at: SignOffFixture.monday)]
        #expect(AuditVerifier.verify(one).failure == AuditFailure(sequence: 1, reason: .tooFewFounders(1)))
        let orphan = [try! AuditEntry.signed(.approve(ProposalID(1), note: nil), by: alice, after: nil, at: SignOffFixture.monday)]
        #expect(AuditVerifier.verify(orphan).failure == AuditFailure(sequence: 1, reason: .tooFewFounders(0)))
        let withProposal = one + [try! AuditEntry.signed(.propose(ProposalID(1), SignOffFixture.deleteKind(), reason: "r"), by: alice, after: one[0].head, at: SignOffFixture.monday)]
        #expect(AuditVerifier.verify(withProposal).failure == AuditFailure(sequence: 2, reason: .tooFewFounders(1)))
    }

    @Test func aReplacedLogFailsAgainstTheRecordedGenesis() {
        let recorded = rich.entries[0].hash
        #expect(AuditVerifier.verify(rich.entries, expectedGenesis: recorded).isValid)
        let other = MemoryLog(founders: [SignOffFixture.identity(SignOffFixture.alice), SignOffFixture.identity(SignOffFixture.bob)])
        #expect(AuditVerifier.verify(other.entries, expectedGenesis: recorded).failure == AuditFailure(sequence: 1, reason: .genesisMismatch))
    }

    @Test func timeMayNotRunBackwards() throws {
        var entries = Array(rich.entries.prefix(4))
        let last = entries.removeLast()
        let back = edited(last, time: entries[2].timeMillis - 1, signature: .some(nil))
        entries.append(rehashed(edited(back, signature: .some(try rich.bob.privateKey.signature(for: back.canonicalBody)))))
        #expect(AuditVerifier.verify(entries).failure?.reason == .timeGoesBackwards(previous: entries[2].timeMillis, this: entries[2].timeMillis - 1))
    }

    @Test func decisionsOnUnknownOrRepeatedProposalsFail() {
        var log = MemoryLog(founders: [rich.alice, rich.bob])
        log.forge(.approve(ProposalID(7), note: nil), by: rich.bob)
        #expect(log.verify().failure?.reason == .unknownProposal(ProposalID(7)))
        var twice = MemoryLog(founders: [rich.alice, rich.bob])
        twice.propose(SignOffFixture.deleteKind(), by: rich.alice)
        twice.forge(.propose(ProposalID(1), SignOffFixture.deleteKind("c2"), reason: "again"), by: rich.bob)
        #expect(twice.verify().failure?.reason == .duplicateProposal(ProposalID(1)))
    }

    @Test func anExpiryMustBeTheSystemsAndDue() {
        var log = MemoryLog(founders: [rich.alice, rich.bob])
        let later = try! CoverWindow.days(moderator: SignOffFixture.alice, covering: SignOffFixture.bob, from: "2025-03-10", to: "2025-03-11")
        _ = later
        log.propose(SignOffFixture.deleteKind(), by: rich.alice)
        log.record([UnsignedAuditEvent(actor: "vigil", event: .expire(ProposalID(1)))])
        #expect(log.verify().failure?.reason == .refused(actor: "vigil", kind: .expire, .doesNotExpire(ProposalID(1))))
        var wrongActor = MemoryLog(founders: [rich.alice, rich.bob])
        wrongActor.propose(SignOffFixture.deleteKind(), by: rich.alice)
        wrongActor.record([UnsignedAuditEvent(actor: "alice", event: .expire(ProposalID(1)))])
        #expect(wrongActor.verify().failure?.reason == .systemEntryWithActor("alice"))
    }

    @Test func theResultIsTheSameOnAnyNumberOfCoresAndInAnyBatchSize() {
        let entries = rich.entries
        var cases: [[AuditEntry]] = [entries]
        for i in [2, 9, 20, 27] {
            var t = entries
            t[i] = rehashed(edited(entries[i], actor: entries[i].actor + "x"))
            cases.append(t)
        }
        var late = entries
        late[26] = rehashed(edited(entries[26], subject: AuditSubject(proposal: 999)))
        late[12] = rehashed(edited(entries[12], time: entries[12].timeMillis))
        cases.append(late)
        for c in cases {
            let reference = AuditVerifier.verify(c, threads: 1).failure
            for threads in [1, 2, 4] {
                for batch in [1, 3, 7, 10_000] {
                    let v = AuditVerifier(threads: threads, batchSize: batch)
                    for page in stride(from: 0, to: c.count, by: 5) { v.add(c[page..<min(c.count, page + 5)]) }
                    #expect(v.finish().failure == reference, "threads \(threads), batch \(batch)")
                }
            }
        }
    }

    @Test func theWalkGivesItsLogBeforeTheSignaturesAreDoneButOnlyFinishSaysWhetherItStands() {
        let v = AuditVerifier(threads: 2)
        v.add(rich.entries)
        #expect(v.endWalk()?.proposals == AuditVerifier.verify(rich.entries).log?.proposals)
        #expect(v.finish().isValid)

        // A forged signature passes the walk (the rules hold) but not the workers.
        var forged = rich.entries
        let i = forged.lastIndex { $0.signature != nil }!
        forged[i] = rehashed(edited(forged[i], signature: .some(flipped(forged[i].signature!))))
        let w = AuditVerifier(threads: 2)
        w.add(forged)
        #expect(w.endWalk() != nil)
        let result = w.finish()
        #expect(result.failure == AuditFailure(sequence: forged[i].sequence, reason: .badSignature(signer: forged[i].actor)))
        #expect(result.log == nil && result.checkpoint == nil)

        // A walk that fails has no log to give.
        var broken = rich.entries
        broken[5] = edited(broken[5], previousHash: Data(count: 32))
        let b = AuditVerifier(threads: 2)
        b.add(broken)
        #expect(b.endWalk() == nil)
        #expect(b.finish().failure?.sequence == 6)
    }

    @Test func aStoredHashChangedAloneIsFoundByTheWorkersEvenWhenTheRestOfTheEntryHolds() {
        for i in [0, 1, 17, rich.entries.count - 1] {
            var tampered = rich.entries
            tampered[i] = edited(tampered[i], hash: flipped(tampered[i].hash, at: 31))
            // The next entry links to the stored hash, so the link is fixed up too: only the hash is wrong.
            if i + 1 < tampered.count { tampered[i + 1] = edited(tampered[i + 1], previousHash: tampered[i].hash) }
            let result = AuditVerifier.verify(tampered, threads: 2)
            #expect(result.failure == AuditFailure(sequence: UInt64(i + 1), reason: .hashMismatch), "entry \(i + 1)")
            #expect(i != 0 || result.genesisHash == nil, "a first entry that does not hash is no fingerprint")
        }
    }

    @Test func aBadSignatureEarlyIsReportedBeforeAChainBreakLater() {
        var tampered = rich.entries
        tampered[3] = rehashed(edited(tampered[3], signature: .some(flipped(tampered[3].signature!))))
        tampered[20] = edited(tampered[20], previousHash: Data(count: 32))
        let failure = AuditVerifier.verify(tampered, threads: 2).failure
        #expect(failure == AuditFailure(sequence: 4, reason: .badSignature(signer: tampered[3].actor)))
    }

    @Test func aFailureIsOneLineNamingTheEntry() {
        var tampered = rich.entries
        tampered[7] = edited(tampered[7], hash: flipped(tampered[7].hash))
        #expect(AuditVerifier.verify(tampered).failure?.description
                == "audit entry 8: its stored hash does not match its contents: it was changed")
        tampered = rich.entries
        tampered[8] = rehashed(edited(tampered[8], subject: { var s = tampered[8].subject; s.note = "x"; return s }()))
        #expect(AuditVerifier.verify(tampered).failure?.reason == .badSignature(signer: tampered[8].actor))
        tampered = rich.entries
        tampered[10] = rehashed(edited(tampered[10], actor: "mallory\u{1B}[2J"))
        let text = AuditVerifier.verify(tampered).failure?.description ?? ""
        #expect(!text.contains("\u{1B}") && text.contains("mallory\\u{1B}[2J"))
    }

    @Test func anUnsignedEntryChangedAndRehashedIsNamedByTheSignedEntryAfterIt() {
        let entries = rich.entries
        let i = entries.firstIndex { $0.kind == "sign-in-failed" }!
        var tampered = entries
        tampered[i] = rehashed(edited(entries[i], actor: "someone-else"))
        let failure = AuditVerifier.verify(tampered).failure
        #expect(failure == AuditFailure(sequence: entries[i].sequence, reason: .changedAfterSigning(detectedBy: entries[i + 1].sequence, signer: entries[i + 1].actor)))
    }
}

/// Verifying again from a checkpoint a full verification proved.
@Suite struct AuditCheckpointTests {
    let rich = RichLog()

    func checkpoint(after count: Int) -> AuditCheckpoint {
        AuditVerifier.verify(Array(rich.entries.prefix(count))).checkpoint!
    }

    @Test func aFullVerificationGivesACheckpointAtItsHead() {
        let result = AuditVerifier.verify(rich.entries)
        #expect(result.checkpoint == AuditCheckpoint(sequence: UInt64(rich.entries.count), hash: rich.entries.last!.hash))
        #expect(result.profile.signaturesChecked == rich.entries.filter { $0.signature != nil }.count)
        #expect(result.profile.signaturesSkipped == 0)
        var broken = rich.entries
        broken[3] = edited(broken[3], hash: flipped(broken[3].hash))
        #expect(AuditVerifier.verify(broken).checkpoint == nil)
    }

    @Test func fromACheckpointOnlyNewerSignaturesAreChecked() {
        let mark = checkpoint(after: 20)
        let result = AuditVerifier.verify(rich.entries, trusting: mark)
        #expect(result.isValid)
        #expect(result.profile.signaturesSkipped == rich.entries.prefix(20).filter { $0.signature != nil }.count)
        #expect(result.profile.signaturesChecked == rich.entries.dropFirst(20).filter { $0.signature != nil }.count)
        #expect(result.log?.proposals == AuditVerifier.verify(rich.entries).log?.proposals, "the rules are still replayed from the start")
    }

    @Test func aForgedEntryAfterTheCheckpointIsStillCaught() throws {
        var entries = rich.entries
        let i = 24
        entries[i] = rehashed(edited(entries[i], signature: .some(flipped(entries[i].signature!))))
        for j in (i + 1)..<entries.count { entries[j] = rehashed(edited(entries[j], previousHash: entries[j - 1].hash)) }
        let failure = AuditVerifier.verify(entries, trusting: checkpoint(after: 20)).failure
        #expect(failure?.sequence == 25)
    }

    @Test func anEntryChangedBeforeTheCheckpointIsCaughtAndNamed() {
        var entries = rich.entries
        entries[5] = edited(entries[5], subject: { var s = entries[5].subject; s.note = "rewritten"; return s }())
        for j in 5..<entries.count { entries[j] = rehashed(edited(entries[j], previousHash: j == 0 ? Data(count: 32) : entries[j - 1].hash)) }
        let mark = checkpoint(after: 20)
        // The streaming verifier can only say the checkpoint no longer holds …
        let v = AuditVerifier(trusting: mark)
        v.add(entries)
        #expect(v.finish().failure == AuditFailure(sequence: 20, reason: .checkpointMismatch))
        // … and `verify` then checks every signature to name the entry.
        #expect(AuditVerifier.verify(entries, trusting: mark).failure?.sequence == 6)
    }

    @Test func entriesRemovedFromTheEndAreCaughtOnlyWithACheckpoint() {
        let shortened = Array(rich.entries.prefix(15))
        #expect(AuditVerifier.verify(shortened).isValid, "without a checkpoint a shorter log looks complete")
        let failure = AuditVerifier.verify(shortened, trusting: checkpoint(after: 20)).failure
        #expect(failure == AuditFailure(sequence: 16, reason: .endsBeforeCheckpoint(verifiedUpTo: 20)))
        #expect(failure?.description == "audit entry 16: it is missing: the log was verified up to entry 20 before, and entries have since been removed from its end")
    }

    @Test func aChangeBeforeTheCheckpointThatWasNotRehashedIsNamedAsUsual() {
        var entries = rich.entries
        entries[7] = edited(entries[7], actor: "mallory")
        #expect(AuditVerifier.verify(entries, trusting: checkpoint(after: 20)).failure == AuditFailure(sequence: 8, reason: .hashMismatch))
    }
}
