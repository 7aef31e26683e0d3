import Foundation
import GRDB
import Testing
import VigilEngine
@testable import VigilStore

/// What SQLite itself refuses, and what `verifyAudit` catches when someone with the file
/// goes around it (drops a trigger, edits a row).
@Suite struct SignOffIntegrityTests {
    /// Alice proposes c1–c3, bob approves c1 and c2 (c1 carried out), c3 waits; a keep on c5.
    static func busyStore() throws -> SignOffTestStore {
        let t = try SignOffTestStore()
        try t.found()
        try t.decided("c1")
        try t.decided("c2", .hide)
        _ = try t.propose("c3")
        _ = try t.propose("c5", .keep)
        _ = try t.service.markDone(ProposalID(1), note: "deleted", by: try t.signIn("bob"))
        #expect(try t.verify().isValid)
        return t
    }

    @Test func sqliteRefusesASelfApprovalRowAndItsProposerAlias() throws {
        let t = try Self.busyStore()
        let selfApproval = #expect(throws: DatabaseError.self) {
            try t.tamper("INSERT INTO decisions (proposal_id, verdict, decided_by, proposed_by, decided_at, entry) VALUES (3, 'approve', 'alice', 'alice', 0, 1)")
        }
        #expect(selfApproval?.resultCode == .SQLITE_CONSTRAINT)
        let lying = #expect(throws: DatabaseError.self) {
            try t.tamper("INSERT INTO decisions (proposal_id, verdict, decided_by, proposed_by, decided_at, entry) VALUES (3, 'approve', 'alice', 'bob', 0, 1)")
        }
        #expect(lying?.message?.contains("cannot be signed off by the person who proposed it") == true)
        let stateOnly = #expect(throws: DatabaseError.self) {
            try t.tamper("UPDATE proposals SET state = 'approved', decided_by = 'alice', decided_at = 1 WHERE id = 3")
        }
        #expect(stateOnly?.resultCode == .SQLITE_CONSTRAINT)
        #expect(try t.verify().isValid)
    }

    @Test func theAuditLogAndTheDecisionsRefuseUpdatesAndDeletes() throws {
        let t = try Self.busyStore()
        for sql in ["UPDATE audit_log SET note = 'changed' WHERE sequence = 3", "DELETE FROM audit_log WHERE sequence = 9",
                    "UPDATE decisions SET note = 'x'", "DELETE FROM decisions", "DELETE FROM proposals WHERE id = 3"] {
            let error = #expect(throws: DatabaseError.self, "\(sql)") { try t.tamper(sql) }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT, "\(sql)")
        }
        let gap = #expect(throws: DatabaseError.self) {
            try t.tamper("INSERT INTO audit_log (sequence, time, actor, kind, previous_hash, hash) VALUES (99, 0, 'x', 'lock', zeroblob(32), zeroblob(32))")
        }
        #expect(gap?.message?.contains("must follow the last one") == true)
        #expect(try t.verify().isValid)
    }

    @Test func anyChangedAuditFieldIsNamedByItsEntry() throws {
        let columns: [(String, String)] = [
            ("note", "'a different reason'"), ("actor", "'bob'"), ("time", "time + 1"), ("comment_id", "'c9'"),
            ("text_sha256", "zeroblob(32)"), ("action", "'delete'"), ("kind", "'keep'"), ("signature", "NULL"),
            ("hash", "zeroblob(32)"), ("previous_hash", "zeroblob(32)"), ("proposal", "7"), ("author", "'u-Ann'"),
        ]
        for (column, value) in columns {
            let t = try Self.busyStore()
            try t.tamper("DROP TRIGGER audit_log_is_append_only_update; UPDATE audit_log SET \(column) = \(value) WHERE sequence = 5")
            let report = try t.verify()
            #expect(!report.isValid, "\(column)")
            #expect(report.failedEntry == 5 || report.failedEntry == 4, "\(column): \(report.failure ?? "")")
            #expect(report.failure?.hasPrefix("audit entry \(report.failedEntry ?? 0): ") == true)
        }
    }

    @Test func aRemovedOrReorderedEntryIsNamed() throws {
        let t = try Self.busyStore()
        try t.tamper("DROP TRIGGER audit_log_is_append_only_delete; DELETE FROM audit_log WHERE sequence = 4")
        let report = try t.verify()
        #expect(report.failedEntry == 4)
        #expect(report.failure?.contains("missing or out of place") == true)
    }

    @Test func aRowThatIsNotEvenAnEntryIsReportedNotCrashedOn() throws {
        let t = try Self.busyStore()
        try t.tamper("DROP TRIGGER audit_log_is_append_only_update; UPDATE audit_log SET kind = 42, actor = x'00ff' WHERE sequence = 6")
        let report = try t.verify()
        #expect(report.failedEntry == 6)
        #expect(report.failure == "audit entry 6: it is malformed: its actor should be text but is bytes")
        try t.tamper("UPDATE audit_log SET kind = 'propose', actor = 'bob', sequence = -6 WHERE sequence = 6")
        #expect(try t.verify().failedEntry != nil)
    }

    @Test func aChangedDecidedCommentTextIsCaught() throws {
        let t = try Self.busyStore()
        try t.tamper("""
            UPDATE comment_versions SET text = 'a harmless remark' WHERE comment_id = (SELECT id FROM comments WHERE platform_id = 'c1')
            """)
        let report = try t.verify()
        #expect(report.failure == nil)
        let texts = report.problems.map(\.description)
        #expect(texts.contains("comments facebook comment c1: its text no longer matches the hash stored beside it"), "\(texts)")
        // Changing the stored hash too does not help: the decision recorded the original.
        try t.tamper("""
            UPDATE comment_versions SET sha256 = X'\(hex(TextHash.of("a harmless remark")))' WHERE comment_id = (SELECT id FROM comments WHERE platform_id = 'c1')
            """)
        let again = try t.verify().problems.map(\.description)
        #expect(again.contains { $0.hasPrefix("comments facebook comment c1: no stored text hashes to what P1 recorded") }, "\(again)")
    }

    @Test func aChangedDecisionRowIsCaught() throws {
        let t = try Self.busyStore()
        try t.tamper("DROP TRIGGER decisions_are_final_update; UPDATE decisions SET note = 'forged note' WHERE proposal_id = 2")
        let problems = try t.verify().problems.map(\.description)
        #expect(problems.contains("sign-offs approve of P2 by bob: has no matching entry in the audit log signed by bob"), "\(problems)")
        #expect(problems.contains("sign-offs approve of P2 by bob: is in the audit log but missing from the store (audit entry 6)"), "\(problems)")
    }

    @Test func anApprovalInsertedWithoutTheApproversKeyFails() throws {
        let t = try Self.busyStore()
        // Someone with the file approves P3 as bob: the tables alone, no entry.
        try t.tamper("""
            INSERT INTO decisions (proposal_id, verdict, decided_by, proposed_by, decided_at, entry) VALUES (3, 'approve', 'bob', 'alice', 1, 5);
            UPDATE proposals SET state = 'approved', decided_by = 'bob', decided_at = 1 WHERE id = 3;
            """)
        let problems = try t.verify().problems.map(\.description)
        #expect(problems.contains("sign-offs approve of P3 by bob: has no matching entry in the audit log signed by bob"), "\(problems)")
        #expect(problems.contains { $0.hasPrefix("proposals P3: its state (approved here, pending in the log") }, "\(problems)")

        // And with an entry too, signed with a key that is not bob's.
        let u = try Self.busyStore()
        let head = try #require(try u.entries().last)
        let stranger = try Account.create(name: SignOffTestStore.name("bob"), role: .administrator, passphrase: SignOffTestStore.passphrase("bob"),
                                          membership: .active(since: Date()), at: Date(), cost: .weakForTestsOnly).1
        let forged = try AuditEntry.signed(.approve(ProposalID(3), note: nil), by: stranger, after: head.head, at: head.time)
        try u.store.pool.write { db in try AuditRows.insert(forged, into: db) }
        let report = try u.verify()
        #expect(report.failedEntry == forged.sequence)
        #expect(report.failure?.contains("its signature is not bob's") == true)
        // The other tables were held against the log while its signatures were checked; once
        // one fails, what they were held against cannot be trusted, so nothing of it is said.
        #expect(report.problems.isEmpty, "\(report.problems)")
    }

    @Test func aChangedAccountKeyOrRoleIsCaught() throws {
        let t = try Self.busyStore()
        let mallory = try Account.create(name: SignOffTestStore.name("bob"), role: .administrator, passphrase: Passphrase("mallory's passphrase!"),
                                         membership: .active(since: Date()), at: Date(), cost: .weakForTestsOnly).0
        try t.store.pool.write { db in
            try db.execute(sql: "UPDATE accounts SET public_key = ?, sealed_key = ?, salt = ?, verifier = ? WHERE name = 'bob'",
                           arguments: [mallory.publicKey, mallory.sealedKey.combined, mallory.passphraseHash.salt, mallory.passphraseHash.verifier])
        }
        let problems = try t.verify().problems.map(\.description)
        #expect(problems == ["accounts bob: holds a signing key that no roster entry in the audit log vouches for"])
        // The swapped key lets someone sign in as bob, but what they sign does not verify.
        let fake = try t.service.signIn(name: "bob", passphrase: Passphrase("mallory's passphrase!"))
        let forged = try t.service.decide(ProposalID(3), .approve(note: nil), by: fake)
        let report = try t.verify()
        #expect(report.failedEntry == forged.entry)
        #expect(report.failure == "audit entry \(forged.entry): its signature is not bob's: it was changed, or written without bob's key")
    }

    @Test func aGenesisRecordedAtFoundingCatchesARebuiltLog() throws {
        let t = try Self.busyStore()
        let genesis = try #require(try t.entries().first?.hash)
        #expect(try t.store.verifyAudit(expectedGenesis: genesis).isValid)
        let other = Data(repeating: 7, count: 32)
        let report = try t.store.verifyAudit(expectedGenesis: other)
        #expect(report.failedEntry == 1 && report.failure?.contains("has been replaced") == true)
    }

    @Test func aCheckpointSkipsOldSignaturesAndCatchesEntriesCutFromTheEnd() throws {
        let t = try Self.busyStore()
        let first = try t.verify()
        let checkpoint = try #require(first.checkpoint)
        #expect(checkpoint.sequence == UInt64(first.entryCount))
        _ = try t.propose("c6")
        let next = try t.store.verifyAudit(trusting: checkpoint)
        #expect(next.isValid && next.profile.signaturesSkipped > 0)
        try t.tamper("DROP TRIGGER audit_log_is_append_only_delete; DELETE FROM audit_log WHERE sequence >= \(checkpoint.sequence)")
        let cut = try t.store.verifyAudit(trusting: checkpoint)
        #expect(cut.failedEntry == checkpoint.sequence && cut.failure?.contains("removed from its end") == true)
    }

    @Test func anEmptyStoreVerifiesWithNothingToSay() throws {
        let t = try SignOffTestStore()
        let report = try t.verify()
        #expect(report.isValid && report.entryCount == 0 && report.genesisHash == nil)
    }

    private func hex(_ d: Data) -> String { d.map { String(format: "%02x", $0) }.joined() }
}
