import Foundation
import GRDB
import Testing
import VigilEngine
@testable import VigilStore

/// Founding a store and signing in: lockout, unknown names, cover windows, all recorded.
@Suite struct SignOffAccountTests {
    @Test func foundingMakesTwoActiveAdministratorsAndTheFirstTwoSignedEntries() throws {
        let t = try SignOffTestStore()
        let genesis = try t.found()
        let entries = try t.entries()
        #expect(entries.map(\.kind) == ["init", "init"])
        #expect(entries.map(\.actor) == ["alice", "bob"])
        #expect(entries[0].hash == genesis.hash)
        #expect(entries.allSatisfy { $0.signature != nil })
        let members = try t.store.members()
        #expect(members.map(\.name.rawValue) == ["alice", "bob"])
        #expect(members.allSatisfy { $0.role == .administrator && $0.weakPassphraseHash })
        #expect(try t.store.status().administrators == 2)
        #expect(try t.verify().isValid)
    }

    @Test func aStoreWithARosterCannotBeFoundedAgain() throws {
        let t = try SignOffTestStore()
        try t.found()
        let error = #expect(throws: SignOffError.self) { try t.found(["carol", "dave"]) }
        #expect(error?.description.contains("already has its administrators (alice, bob)") == true)
        #expect(try t.count("accounts") == 2)
        #expect(try t.entries().count == 2)
    }

    @Test func foundingNeedsTwoDifferentAdministratorsAndGoodPassphrases() throws {
        let t = try SignOffTestStore()
        let one = #expect(throws: SignOffError.self) { try t.found(["alice"]) }
        #expect(one?.workflowRefusal == .foundingNeedsTwoAdministrators)
        let short = #expect(throws: SignOffError.self) {
            try t.service.found([(SignOffTestStore.name("alice"), Passphrase("short")), (SignOffTestStore.name("bob"), SignOffTestStore.passphrase("bob"))], cost: .weakForTestsOnly)
        }
        #expect(short?.description.contains("at least 12 characters") == true)
        #expect(try t.count("accounts") == 0)
        #expect(try t.count("audit_log") == 0)
    }

    @Test func theRightPassphraseOpensTheKeyAndRecordsNothingButTheTime() throws {
        let t = try SignOffTestStore()
        try t.found()
        let first = try t.signIn("alice")
        #expect(first.name.rawValue == "alice")
        #expect(first.previousSignIn == nil)
        #expect(first.weakPassphraseHash)
        t.clock.advance(3_600)
        let second = try t.service.signIn(name: "ALICE", passphrase: SignOffTestStore.passphrase("alice"))
        #expect(second.previousSignIn == AuditTime.truncated(SignOffTestStore.monday))
        #expect(try t.entries().count == 2)
    }

    @Test func aWrongPassphraseIsRefusedSaysHowManyAreLeftAndIsRecorded() throws {
        let t = try SignOffTestStore()
        try t.found()
        let error = #expect(throws: SignOffError.self) { try t.service.signIn(name: "bob", passphrase: Passphrase("not bob's passphrase")) }
        #expect(error?.signInRefusal == .wrongPassphrase(SignOffTestStore.name("bob"), attemptsLeft: 4))
        #expect(error?.description == "wrong passphrase for bob: 4 more wrong attempts lock the account for 15 minutes")
        let last = try #require(try t.entries().last)
        #expect(last.kind == "sign-in-failed" && last.actor == "bob" && last.subject.failure == "wrong-passphrase" && last.subject.attempt == 1)
        #expect(last.signature == nil)
        #expect(try t.verify().isValid)
    }

    @Test func fiveWrongPassphrasesLockTheAccountForFifteenMinutesEvenAgainstTheRightOne() throws {
        let t = try SignOffTestStore()
        try t.found()
        for _ in 0..<4 { _ = try? t.service.signIn(name: "bob", passphrase: Passphrase("wrong wrong wrong")) }
        let fifth = #expect(throws: SignOffError.self) { try t.service.signIn(name: "bob", passphrase: Passphrase("wrong wrong wrong")) }
        let until = AuditTime.truncated(SignOffTestStore.monday.addingTimeInterval(15 * 60))
        #expect(fifth?.signInRefusal == .lockedNow(SignOffTestStore.name("bob"), until: until))
        #expect(try t.entries().suffix(2).map(\.kind) == ["sign-in-failed", "lock"])
        t.clock.advance(14 * 60)
        let locked = #expect(throws: SignOffError.self) { try t.signIn("bob") }
        #expect(locked?.signInRefusal == .locked(SignOffTestStore.name("bob"), until: until))
        #expect(locked?.description.contains("unlocks at Mon 3 Mar 2025 09:15") == true)
        #expect(try t.entries().last?.subject.failure == "locked")
        t.clock.advance(61)
        #expect(try t.signIn("bob").name.rawValue == "bob")
        #expect(try t.verify().isValid)
    }

    @Test func failuresFromTwoTerminalsAtOnceAreAllCounted() throws {
        let t = try SignOffTestStore()
        try t.found()
        let service = t.service
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            _ = try? service.signIn(name: "bob", passphrase: Passphrase("wrong wrong wrong"))
        }
        let attempts = try t.entries().compactMap(\.subject.attempt).sorted()
        #expect(attempts == [1, 2, 3, 4])
        let last = #expect(throws: SignOffError.self) { try service.signIn(name: "bob", passphrase: Passphrase("wrong wrong wrong")) }
        #expect(last?.signInRefusal?.description.contains("now locked") == true)
    }

    @Test func anUnknownNameIsRefusedAndRecordedWithTheNameMadeSafe() throws {
        let t = try SignOffTestStore()
        try t.found()
        let error = #expect(throws: SignOffError.self) { try t.service.signIn(name: "mallory\u{1B}[2J", passphrase: Passphrase("anything at all")) }
        #expect(error?.description == "there is no administrator or cover moderator called \"mallory\\u{1B}[2J\"")
        let last = try #require(try t.entries().last)
        #expect(last.kind == "sign-in-failed" && last.subject.failure == "unknown-account" && last.actor == "mallory\\u{1B}[2J")
        #expect(try t.verify().isValid)
    }

    @Test func nobodyCanSignInToAStoreWithoutARosterAndNothingIsRecorded() throws {
        let t = try SignOffTestStore()
        let error = #expect(throws: SignOffError.self) { try t.signIn("alice") }
        #expect(error?.description.contains("vigil init") == true)
        #expect(try t.count("audit_log") == 0)
    }

    @Test func aCoverModeratorSignsInOnlyInsideTheirWindowAndIsToldWhenItIs() throws {
        let t = try SignOffTestStore()
        try t.found()
        try t.addMember("carol", .coverModerator)
        let none = #expect(throws: SignOffError.self) { try t.signIn("carol") }
        #expect(none?.workflowRefusal == .noCoverWindow(SignOffTestStore.name("carol")))
        #expect(try t.entries().last?.subject.failure == "outside-cover-window")

        try t.addCover("carol", for: "alice", from: "2025-03-04", to: "2025-03-06")
        let early = #expect(throws: SignOffError.self) { try t.signIn("carol") }
        #expect(early?.description == "carol's cover window starts on Tue 4 Mar 2025")

        t.clock.advance(SignOffTestStore.day)
        let inside = try t.signIn("carol")
        #expect(inside.coverWindow?.covering.rawValue == "alice")

        t.clock.advance(3 * SignOffTestStore.day)
        let after = #expect(throws: SignOffError.self) { try t.signIn("carol") }
        #expect(after?.description == "carol's cover window ended on Thu 6 Mar 2025")
        let last = try #require(try t.entries().last)
        #expect(last.kind == "sign-in-failed" && last.actor == "carol" && last.subject.failure == "outside-cover-window")
        #expect(try t.verify().isValid)
    }

    @Test func aCoverModeratorWhoseWindowClosesDuringASessionIsRefusedAndRecorded() throws {
        let t = try SignOffTestStore()
        try t.found()
        try t.addMember("carol", .coverModerator)
        try t.addCover("carol", for: "alice", from: "2025-03-03", to: "2025-03-03")
        let carol = try t.signIn("carol")
        t.clock.advance(SignOffTestStore.day)
        let error = #expect(throws: SignOffError.self) {
            try t.service.propose(ProposalRequest(target: .comment(t.key("c1")), action: .delete, reason: "abuse"), by: carol)
        }
        #expect(error?.description == "carol's cover window ended on Mon 3 Mar 2025")
        #expect(try t.entries().last?.subject.failure == "outside-cover-window")
        #expect(try t.count("proposals") == 2)  // the member and the window, nothing more
    }

    @Test func someoneAwaitingApprovalCannotSignInYet() throws {
        let t = try SignOffTestStore()
        try t.found()
        let r = try t.service.proposeMember(SignOffTestStore.name("dave"), role: .administrator, passphrase: SignOffTestStore.passphrase("dave"),
                                            reason: "new head", by: try t.signIn("alice"), cost: .weakForTestsOnly)
        let error = #expect(throws: SignOffError.self) { try t.signIn("dave") }
        #expect(error?.signInRefusal == .awaitingApproval(SignOffTestStore.name("dave"), r.proposal.id))
        #expect(try t.entries().last?.subject.failure == "awaiting-approval")
    }

    @Test func passphrasesAreNeverStoredAnywhereInTheFile() throws {
        let t = try SignOffTestStore()
        try t.found()
        _ = try? t.service.signIn(name: "bob", passphrase: Passphrase("a mistyped secret phrase"))
        _ = try t.decided("c1")
        try t.store.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: t.store.location))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: t.store.location + "-wal")) { bytes += wal }
        for secret in ["alice's own long passphrase", "bob's own long passphrase", "a mistyped secret phrase"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is in the store")
        }
    }
}
