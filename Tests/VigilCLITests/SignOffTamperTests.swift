import Foundation
import Testing
import VigilEngine
import VigilStore

/// Someone with the database file and the `sqlite3` tool against `vigil audit verify`.
@Suite(.enabled(if: SignOffCLIStore.hasSQLite3, "needs the sqlite3 tool (.ci/run installs it)"))
final class SignOffTamperTests {
    let s = SignOffCLIStore()

    /// alice proposes deletes of fb_2 and fb_3, bob approves both; fb_2 is carried out.
    func decidedStore() throws {
        try s.initStore()
        let ids = try s.propose(["fb_2", "fb_3"])
        #expect(ids == ["P1", "P2"])
        #expect(try s.vigil(as: "bob", ["sign", "P1", "P2", "--approve"]).exitCode == 0)
        #expect(try s.vigil(as: "bob", ["done", "P1"]).exitCode == 0)
        #expect(try s.vigil(["audit", "verify"]).exitCode == 0)
    }

    @Test func sqliteItselfRefusesASelfApproval() throws {
        try s.initStore()
        _ = try s.propose(["fb_2"])
        let check = try s.sqlite("INSERT INTO decisions (proposal_id, verdict, decided_by, proposed_by, decided_at, entry) VALUES (1, 'approve', 'alice', 'alice', 0, 3);")
        #expect(check.exitCode != 0)
        #expect(check.stderr.contains("CHECK constraint failed") || check.stderr.contains("cannot be signed off by the person who proposed it"), "\(check.stderr)")
        let disguised = try s.sqlite("INSERT INTO decisions (proposal_id, verdict, decided_by, proposed_by, decided_at, entry) VALUES (1, 'approve', 'alice', 'bob', 0, 3);")
        #expect(disguised.exitCode != 0)
        #expect(disguised.stderr.contains("cannot be signed off by the person who proposed it"), "\(disguised.stderr)")
        let state = try s.sqlite("UPDATE proposals SET state = 'approved', decided_by = 'alice', decided_at = 0 WHERE id = 1;")
        #expect(state.exitCode != 0 && state.stderr.contains("CHECK constraint failed"), "\(state.stderr)")
        #expect(try s.vigil(["audit", "verify"]).exitCode == 0)
    }

    @Test func theAuditLogRefusesChangesUntilSomeoneDropsItsTriggersThenVerifyNamesTheEntry() throws {
        try decidedStore()
        let refused = try s.sqlite("UPDATE audit_log SET note = 'nothing to see' WHERE sequence = 3;")
        #expect(refused.exitCode != 0 && refused.stderr.contains("the audit log is append-only"), "\(refused.stderr)")
        let deleted = try s.sqlite("DELETE FROM audit_log WHERE sequence = 7;")
        #expect(deleted.exitCode != 0 && deleted.stderr.contains("the audit log is append-only"))

        #expect(try s.sqlite("DROP TRIGGER audit_log_is_append_only_update; UPDATE audit_log SET note = 'nothing to see' WHERE sequence = 3;").exitCode == 0)
        let run = try s.vigil(["audit", "verify"])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("vigil: audit entry 3: "), "\(run.stderr)")
        let json = try #require(try s.vigil(["audit", "verify", "--format", "json"]).json() as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        #expect((json["failure"] as? [String: Any])?["entry"] as? Int == 3)
    }

    @Test(arguments: ["actor", "time", "comment_id", "text_sha256", "kind", "signature", "hash", "previous_hash"])
    func changingAnyFieldOfAnEntryIsCaughtAtThatEntry(_ column: String) throws {
        try decidedStore()
        let value = ["actor": "'bob'", "time": "time + 60000", "comment_id": "'fb_4'", "text_sha256": "zeroblob(32)",
                     "kind": "'keep'", "signature": "NULL", "hash": "zeroblob(32)", "previous_hash": "zeroblob(32)"][column]!
        #expect(try s.sqlite("DROP TRIGGER audit_log_is_append_only_update; UPDATE audit_log SET \(column) = \(value) WHERE sequence = 4;").exitCode == 0)
        let run = try s.vigil(["audit", "verify"])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("audit entry 4: ") || run.stderr.contains("audit entry 3: "), "\(column): \(run.stderr)")
    }

    @Test func aChangedDecidedCommentTextIsNamed() throws {
        try decidedStore()
        #expect(try s.sqlite("UPDATE comment_versions SET text = 'Lovely teachers' WHERE comment_id = (SELECT id FROM comments WHERE platform_id = 'fb_3');").exitCode == 0)
        let run = try s.vigil(["audit", "verify"])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("vigil: comments facebook comment fb_3: its text no longer matches the hash stored beside it"), "\(run.stderr)")
    }

    @Test func aChangedDecisionIsNamed() throws {
        try decidedStore()
        #expect(try s.sqlite("DROP TRIGGER decisions_are_final_update; UPDATE decisions SET note = 'approved by the head' WHERE proposal_id = 2;").exitCode == 0)
        let run = try s.vigil(["audit", "verify"])
        #expect(run.exitCode == 3)
        #expect(run.stderr.contains("sign-offs approve of P2 by bob: has no matching entry in the audit log signed by bob"), "\(run.stderr)")
        #expect(run.stderr.contains("sign-offs approve of P2 by bob: is in the audit log but missing from the store"))
    }

    @Test func anApprovalInsertedWithoutTheApproversKeyFails() throws {
        try s.initStore()
        _ = try s.propose(["fb_2"])
        let sql = """
            INSERT INTO decisions (proposal_id, verdict, decided_by, proposed_by, decided_at, note, entry) VALUES (1, 'approve', 'bob', 'alice', 1767225600000, NULL, 3);
            UPDATE proposals SET state = 'approved', decided_by = 'bob', decided_at = 1767225600000 WHERE id = 1;
            """
        #expect(try s.sqlite(sql).exitCode == 0)
        #expect(try s.vigil(["actions", "--format", "json"]).stdout.contains("\"P1\""), "the forged approval reaches the action list...")
        let run = try s.vigil(["audit", "verify"])
        #expect(run.exitCode == 3, "...but not past verification")
        #expect(run.stderr.contains("sign-offs approve of P1 by bob: has no matching entry in the audit log signed by bob"), "\(run.stderr)")
        #expect(run.stderr.contains("proposals P1: its state (approved here, pending in the log"), "\(run.stderr)")

        // Appending an approval entry as bob needs bob's key: one made up does not verify.
        let forged = """
            DROP TRIGGER audit_log_continues_the_chain;
            INSERT INTO audit_log (sequence, time, actor, kind, proposal, previous_hash, signature, hash)
            SELECT 4, time + 1, 'bob', 'approve', 1, hash, zeroblob(64), zeroblob(32) FROM audit_log WHERE sequence = 3;
            """
        #expect(try s.sqlite(forged).exitCode == 0)
        let again = try s.vigil(["audit", "verify"])
        #expect(again.exitCode == 3)
        #expect(again.stderr.contains("vigil: audit entry 4: "), "\(again.stderr)")
    }

    @Test func aCheckpointFileCatchesEntriesCutFromTheEndOfTheLog() throws {
        try decidedStore()
        let checkpoint = s.fixture.folder.appendingPathComponent("checkpoint").path
        #expect(try s.vigil(["audit", "verify", "--checkpoint", checkpoint]).exitCode == 0)
        let mode = try #require(FileManager.default.attributesOfItem(atPath: checkpoint)[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0)
        _ = try s.propose(["fb_4"], ["--action", "keep"])
        let trusted = try s.vigil(["audit", "verify", "--checkpoint", checkpoint])
        #expect(trusted.exitCode == 0 && trusted.stdout.contains("signatures before the checkpoint were trusted"))
        // The newest entry and its proposal, removed by someone who drops the triggers: the
        // rest of the log and the tables still agree, so only the checkpoint can tell.
        #expect(try s.sqlite("""
            DROP TRIGGER audit_log_is_append_only_delete; DROP TRIGGER proposals_are_never_removed;
            DELETE FROM proposals WHERE id = 3; DELETE FROM audit_log WHERE sequence = 8;
            UPDATE comments SET review = 0 WHERE platform_id = 'fb_4';
            """).exitCode == 0)
        #expect(try s.vigil(["audit", "verify"]).exitCode == 0, "without a checkpoint a cut from the end cannot be seen")
        let cut = try s.vigil(["audit", "verify", "--checkpoint", checkpoint])
        #expect(cut.exitCode == 3)
        #expect(cut.stderr.contains("entries have since been removed from its end"), "\(cut.stderr)")
    }

    @Test func passphrasesNeverReachTheStoreOrAnyOutput() throws {
        try s.initStore()
        var outputs = ""
        let runs = [
            try s.vigil(as: "alice", ["propose", "fb_2", "--action", "delete", "--reason", "x"]),
            try s.vigil(as: "bob", ["sign", "P1", "--approve"], passphrase: "bob typed this secret wrongly"),
            try s.vigil(as: "bob", ["sign", "P1", "--approve"]),
            try s.vigil(as: "alice", ["admin", "add", "carol", "--insecure-test-kdf"], more: [SignOffCLIStore.passphrase("carol")]),
            try s.vigil(["audit", "log", "--limit", "0", "--format", "jsonl"]),
        ]
        for r in runs { outputs += r.allOutput }
        #expect(try s.sqlite("PRAGMA wal_checkpoint(TRUNCATE);").exitCode == 0)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: s.path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: s.path + "-wal")) { bytes += wal }
        for secret in ["alice", "bob", "carol"].map(SignOffCLIStore.passphrase) + ["bob typed this secret wrongly"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is in the store")
            #expect(!outputs.contains(secret), "\(secret) was printed")
        }
    }
}
