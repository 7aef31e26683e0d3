import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
import VigilEngine
import VigilStore

/// The sign-off commands end to end on the built binary: init, propose, sign, actions,
/// done, admin, cover, status and show, and the refusals a person can act on.
@Suite final class SignOffCommandTests {
    let s = SignOffCLIStore()

    @Test func initAddsTheFirstAdministratorsToAStoreWithCommentsAndPrintsTheGenesisHash() throws {
        try s.fixture.populate()
        let run = try s.vigil(["init", "--admin", "alice", "--admin", "Bob", "--passphrase-stdin", "--insecure-test-kdf"],
                              stdin: "alice's own long passphrase\nbob's own long passphrase\n")
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("administrators alice, bob."))
        let hash = try #require(run.stdout.split(separator: "\n").last?.trimmingCharacters(in: .whitespaces))
        #expect(hash.count == 64 && hash.allSatisfy(\.isHexDigit))
        #expect(run.stderr.contains("for tests only"))
        let status = try #require(try s.vigil(["status", "--format", "json"]).json() as? [String: Any])
        #expect(status["administrators"] as? Int == 2)
        #expect(status["comments"] as? Int == 7, "the comments are still there")
        #expect(try s.vigil(["audit", "verify", "--genesis", hash]).exitCode == 0)
        let other = try s.vigil(["audit", "verify", "--genesis", String(repeating: "ab", count: 32)])
        #expect(other.exitCode == 3)
        #expect(other.stderr.contains("audit entry 1: the log does not begin with the entry this store began with"))
    }

    @Test func initCreatesANewStoreAndRefusesASecondTime() throws {
        let genesis = try s.initStore(populate: false)
        #expect(genesis.count == 64)
        let again = try s.vigil(["init", "--admin", "carol", "--admin", "dave", "--passphrase-stdin", "--insecure-test-kdf"],
                                stdin: "carol's own long passphrase\ndave's own long passphrase\n")
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("already has its administrators (alice, bob)"))
    }

    @Test(arguments: [
        (["--admin", "alice"], 2, "at least two administrators"),
        (["--admin", "alice", "--admin", "ALICE"], 1, "--admin alice is given twice"),
        (["--admin", "alice", "--admin", "bad name"], 1, "may hold only letters"),
    ])
    func initRefusesFoundersThatCannotBe(_ args: [String], _ code: Int32, _ message: String) throws {
        let run = try s.vigil(["init", "--passphrase-stdin", "--insecure-test-kdf"] + args, stdin: "alice's own long passphrase\nx's own long passphrase\n")
        #expect(run.exitCode == code)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: s.path))
    }

    @Test func initRefusesAShortPassphraseAndLeavesNoStore() throws {
        let run = try s.vigil(["init", "--admin", "alice", "--admin", "bob", "--passphrase-stdin", "--insecure-test-kdf"], stdin: "short\nbob's own long passphrase\n")
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("alice: a passphrase needs at least 12 characters"))
        #expect(!FileManager.default.fileExists(atPath: s.path))
    }

    @Test func passphrasesComeOnlyFromTheTerminalOrStandardInputNeverArgumentsOrTheEnvironment() throws {
        try s.initStore()
        let argument = try s.vigil(["propose", "fb_2", "--action", "delete", "--reason", "x", "--as", "alice", "--passphrase", SignOffCLIStore.passphrase("alice")])
        #expect(argument.exitCode == 2)
        // Without --passphrase-stdin only the terminal is asked; a variable holding one is ignored.
        // (Skipped when the tests themselves run on a terminal, where the child would prompt on it.)
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY)
        if tty >= 0 {
            close(tty)
        } else {
            let environment = try VigilHarness.run(
                ["propose", "fb_2", "--action", "delete", "--reason", "x", "--as", "alice", "--store", s.path],
                environment: ["VIGIL_PASSPHRASE": SignOffCLIStore.passphrase("alice"), "PASSPHRASE": SignOffCLIStore.passphrase("alice")])
            #expect(environment.exitCode == 1)
            #expect(environment.stderr.contains("there is no terminal to ask for the passphrase on: pipe it in with --passphrase-stdin"))
        }
        #expect((try s.vigil(["proposals", "--format", "json"]).json() as? [Any])?.isEmpty == true)
    }

    @Test func onlyTheProposerWithdrawsAProposalAndOnlyWhileNobodyHasDecidedIt() throws {
        try s.initStore()
        #expect(try s.vigil(as: "alice", ["propose", "fb_2", "--action", "delete", "--reason", "insults a teacher"]).exitCode == 0)
        let other = try s.vigil(as: "bob", ["withdraw", "P1"])
        #expect(other.exitCode == 1)
        #expect(other.stderr.contains("vigil: P1: ") && other.stderr.contains("nothing was recorded"), "\(other.stderr)")
        let withdrawn = try s.vigil(as: "alice", ["withdraw", "P1", "--note", "posted by mistake"])
        #expect(withdrawn.exitCode == 0, "\(withdrawn.stderr)")
        #expect(withdrawn.stdout.contains("P1 withdrawn: delete facebook comment fb_2"))
        let again = try s.vigil(as: "alice", ["withdraw", "P1"])
        #expect(again.exitCode == 1 && again.stderr.contains("nothing was recorded"))
        let bad = try s.vigil(as: "alice", ["withdraw", "Q1"])
        #expect(bad.exitCode == 1 && bad.stderr.contains("'Q1' is not a proposal number"))
        #expect(try s.vigil(["audit", "verify"]).exitCode == 0)
    }

    @Test func aProposalWaitsForASecondAdministratorGoesOnTheActionListAndIsMarkedDone() throws {
        try s.initStore()
        let propose = try s.vigil(as: "alice", ["propose", "fb_2", "--action", "delete", "--reason", "insults a teacher", "--format", "json"])
        #expect(propose.exitCode == 0, "\(propose.stderr)")
        let line = try #require(try propose.jsonLines().first)
        #expect(line["proposal"] as? String == "P1")
        #expect(line["state"] as? String == "pending")

        let own = try s.vigil(as: "alice", ["sign", "P1", "--approve"])
        #expect(own.exitCode == 1)
        #expect(own.stderr.contains("vigil: P1: you proposed this: another administrator must sign it off"))

        let sign = try s.vigil(as: "bob", ["sign", "p1", "--approve", "--note", "agreed"])
        #expect(sign.exitCode == 0, "\(sign.stderr)")
        #expect(sign.stdout.contains("P1 approved: delete facebook comment fb_2"))

        let actions = try #require(try s.vigil(["actions", "--format", "json"]).json() as? [[String: Any]])
        #expect(actions.count == 1)
        #expect(actions.first?["proposal"] as? String == "P1")
        #expect(actions.first?["platform_action"] as? String == "delete")
        #expect(actions.first?["comment"] as? String == "facebook:fb_2")
        #expect(actions.first?["link"] as? String == "https://example.com/c/fb_2")
        #expect(actions.first?["approved_by"] as? String == "bob")
        let csv = try s.vigil(["actions", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("proposal,urgent,action,platform,platform_action,how,through_api,reversible,comment,author,link,approved_by,approved\nP1,false,delete,facebook,delete,"))
        let table = try s.vigil(["actions"])
        #expect(table.stdout.contains("Facebook: delete") && table.stdout.contains("facebook:fb_2"))

        let done = try s.vigil(as: "bob", ["done", "P1", "--note", "deleted on the Page"])
        #expect(done.exitCode == 0, "\(done.stderr)")
        #expect(try s.vigil(["actions"]).stdout.contains("Nothing to carry out."))

        let show = try s.vigil(["show", "fb_2"])
        #expect(show.stdout.contains("Decisions (oldest first):"))
        #expect(show.stdout.contains("P1 delete facebook comment fb_2: proposed by alice"))
        #expect(show.stdout.contains("approved by bob") && show.stdout.contains("carried out by bob"))
        let status = try #require(try s.vigil(["status", "--format", "json"]).json() as? [String: Any])
        let proposals = try #require(status["proposals"] as? [String: Int])
        #expect(proposals["carried_out"] == 1 && proposals["pending"] == 0)
        #expect(try s.vigil(["audit", "verify"]).exitCode == 0)
    }

    @Test func severalIdsMakeSeveralProposalsUnderOnePromptAndARefusalDoesNotStopTheRest() throws {
        try s.initStore()
        let keep = try s.vigil(as: "alice", ["propose", "fb_3", "fb_2", "--action", "keep", "--reason", "false alarm"])
        #expect(keep.exitCode == 0, "\(keep.stderr)")
        #expect(keep.stdout.contains("P1: keep facebook comment fb_3 recorded"))
        #expect(keep.stdout.contains("P2: keep facebook comment fb_2 recorded"))
        let again = try s.vigil(as: "bob", ["propose", "fb_3", "youtube:yt_1", "--action", "keep", "--reason", "false alarm"])
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("vigil: facebook:fb_3: P1 already kept this comment"))
        #expect(again.stdout.contains("P3: keep youtube comment yt_1 recorded"))
        #expect(again.stderr.contains("1 of 2 were refused"))
        let unknown = try s.vigil(as: "bob", ["propose", "fb_4", "nope", "--action", "delete", "--reason", "x"])
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.contains("no comment with id 'nope'"))
        #expect(try s.lastEntry()["proposal"] as? String == "P3", "nothing was proposed, no passphrase was asked for")
    }

    @Test func anUrgentDeleteHidesACriticalCommentAtOnceAndTheDeleteWaits() throws {
        try s.initStore()
        let run = try s.vigil(as: "alice", ["propose", "yt_1", "--action", "delete", "--urgent", "--reason", "self-harm", "--format", "json"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let line = try #require(try run.jsonLines().first)
        #expect(line["proposal"] as? String == "P2" && line["urgent_hide"] as? String == "P1" && line["state"] as? String == "pending")
        let actions = try #require(try s.vigil(["actions", "--format", "json"]).json() as? [[String: Any]])
        #expect(actions.map { $0["proposal"] as? String } == ["P1"])
        #expect(actions.first?["urgent"] as? Bool == true)
        #expect(actions.first?["platform_action"] as? String == "setModerationStatus heldForReview")
        let medium = try s.vigil(as: "alice", ["propose", "fb_2", "--action", "hide", "--urgent", "--reason", "x"])
        #expect(medium.exitCode == 1)
        #expect(medium.stderr.contains("an urgent hide is only for a comment flagged critical; this one's worst flag is medium"))
        let block = try s.vigil(as: "alice", ["propose", "yt_1", "--action", "block", "--urgent", "--reason", "x"])
        #expect(block.exitCode == 1 && block.stderr.contains("--urgent goes with --action hide or delete"))
    }

    @Test func aRejectionNeedsANoteBeforeAnyPassphraseIsAskedFor() throws {
        try s.initStore()
        _ = try s.propose(["fb_2"])
        let bare = try s.vigil(["sign", "P1", "--reject", "--as", "bob"])
        #expect(bare.exitCode == 1)
        #expect(bare.stderr.contains("a rejection needs a note saying why (--note TEXT)"))
        let both = try s.vigil(["sign", "P1", "--reject", "--approve", "--as", "bob"])
        #expect(both.exitCode == 2)
        let reject = try s.vigil(as: "bob", ["sign", "P1", "--reject", "--note", "fair criticism", "--format", "json"])
        #expect(reject.exitCode == 0)
        #expect(try reject.jsonLines().first?["state"] as? String == "rejected")
        let queue = try s.vigil(["queue", "--format", "jsonl"]).jsonLines()
        #expect(queue.first { $0["id"] as? String == "fb_2" }?["state"] as? String == "open")
    }

    @Test func refusalsAPersonCanActOnExitOneAndAreRecorded() throws {
        try s.initStore()
        let wrong = try s.vigil(as: "bob", ["sign", "P1", "--approve"], passphrase: "not bob's passphrase at all")
        #expect(wrong.exitCode == 1)
        #expect(wrong.stderr.contains("wrong passphrase for bob: 4 more wrong attempts lock the account for 15 minutes"))
        var last = try s.lastEntry()
        #expect(last["kind"] as? String == "sign-in-failed" && last["actor"] as? String == "bob" && last["subject"] as? String == "wrong passphrase (1 in a row)")

        let unknown = try s.vigil(as: "zed", ["propose", "fb_2", "--action", "delete", "--reason", "x"])
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.contains("there is no administrator or cover moderator called \"zed\""))
        last = try s.lastEntry()
        #expect(last["actor"] as? String == "zed" && last["subject"] as? String == "unknown name")

        for _ in 0..<4 { _ = try s.vigil(as: "bob", ["done", "P1"], passphrase: "still not the passphrase") }
        last = try s.lastEntry()
        #expect(last["kind"] as? String == "lock")
        let locked = try s.vigil(as: "bob", ["sign", "P1", "--approve"])
        #expect(locked.exitCode == 1)
        #expect(locked.stderr.contains("bob's account is locked after too many wrong passphrases; it unlocks at"))
        #expect(try s.lastEntry()["subject"] as? String == "account locked")
        let list = try s.vigil(["admin", "list"])
        #expect(list.stdout.contains("locked until"))
        #expect(try s.vigil(["audit", "verify"]).exitCode == 0)
    }

    @Test func aCoverModeratorWhoseWindowHasEndedIsRefusedAndItIsRecorded() throws {
        try s.fixture.populate()
        let store = try SQLiteStore.open(path: s.path, create: false)
        let tenDaysAgo = Date().addingTimeInterval(-10 * 86_400)
        let clock = TestTime(tenDaysAgo)
        let service = SignOffService(store: store, clock: { clock.now })
        let name = { (n: String) in try! AccountName(n) }
        _ = try service.found([(name("alice"), Passphrase(SignOffCLIStore.passphrase("alice"))), (name("bob"), Passphrase(SignOffCLIStore.passphrase("bob")))], cost: .weakForTestsOnly)
        let alice = try service.signIn(name: "alice", passphrase: Passphrase(SignOffCLIStore.passphrase("alice")))
        let bob = try service.signIn(name: "bob", passphrase: Passphrase(SignOffCLIStore.passphrase("bob")))
        let add = try service.proposeMember(name("carol"), role: .coverModerator, passphrase: Passphrase(SignOffCLIStore.passphrase("carol")),
                                            reason: "cover", by: alice, cost: .weakForTestsOnly)
        _ = try service.decide(add.proposal.id, .approve(note: nil), by: bob)
        let day = DisplayTime.calendar.dateComponents([.year, .month, .day], from: tenDaysAgo)
        let first = String(format: "%04d-%02d-%02d", day.year!, day.month!, day.day!)
        let window = try CoverWindow.days(moderator: name("carol"), covering: name("alice"), from: first, to: first)
        let cover = try service.proposeCoverWindow(window, reason: "alice on a course", by: bob)
        _ = try service.decide(cover.proposal.id, .approve(note: nil), by: alice)

        let run = try s.vigil(as: "carol", ["propose", "fb_2", "--action", "delete", "--reason", "abuse"])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("carol's cover window ended on \(DisplayTime.day(window.lastDay))"), "\(run.stderr)")
        let last = try s.lastEntry()
        #expect(last["actor"] as? String == "carol" && last["subject"] as? String == "outside the cover window")
        #expect(try s.vigil(["audit", "verify"]).exitCode == 0)
    }

    @Test func adminAddLetsTheNewPersonTypeTheirOwnPassphraseAndTheyCanActOnceApproved() throws {
        try s.initStore()
        let add = try s.vigil(as: "alice", ["admin", "add", "carol", "--role", "cover", "--insecure-test-kdf"], more: [SignOffCLIStore.passphrase("carol")])
        #expect(add.exitCode == 0, "\(add.stderr)")
        #expect(add.stdout.contains("P1: add carol as a cover moderator proposed"))
        #expect(try s.vigil(["admin", "list"]).stdout.contains("awaiting approval (P1)"))
        let early = try s.vigil(as: "carol", ["propose", "fb_2", "--action", "delete", "--reason", "x"])
        #expect(early.exitCode == 1 && early.stderr.contains("carol's account is waiting for a second administrator to approve P1"))
        #expect(try s.vigil(as: "bob", ["sign", "P1", "--approve"]).stdout.contains("P1 approved: add carol as a cover moderator — in effect now"))
        let noWindow = try s.vigil(as: "carol", ["propose", "fb_2", "--action", "delete", "--reason", "x"])
        #expect(noWindow.stderr.contains("carol is a cover moderator with no cover window"))

        let today = DisplayTime.calendar.dateComponents([.year, .month, .day], from: Date())
        let date = String(format: "%04d-%02d-%02d", today.year!, today.month!, today.day!)
        let badDate = try s.vigil(as: "alice", ["cover", "carol", "--for", "alice", "--from", "tomorrow", "--to", date])
        #expect(badDate.exitCode == 1 && badDate.stderr.contains("\"tomorrow\" is not a date: write it as YYYY-MM-DD"))
        let cover = try s.vigil(as: "alice", ["cover", "carol", "--for", "alice", "--from", date, "--to", date])
        #expect(cover.exitCode == 0, "\(cover.stderr)")
        #expect(try s.vigil(as: "bob", ["sign", "P2", "--approve"]).exitCode == 0)
        let inside = try s.vigil(as: "carol", ["propose", "fb_2", "--action", "delete", "--reason", "abuse", "--format", "json"])
        #expect(inside.exitCode == 0, "\(inside.stderr)")
        #expect(try s.vigil(as: "carol", ["sign", "P3", "--approve"]).exitCode == 1, "carol proposed it")
        #expect(try s.vigil(as: "bob", ["sign", "P3", "--approve"]).exitCode == 0)

        let removeBob = try s.vigil(as: "alice", ["admin", "remove", "bob"])
        #expect(removeBob.exitCode == 1 && removeBob.stderr.contains("removing bob would leave fewer than two administrators"))
        let members = try #require(try s.vigil(["admin", "list", "--format", "json"]).json() as? [[String: Any]])
        #expect(members.map { $0["name"] as? String } == ["alice", "bob", "carol"])
        #expect(try s.vigil(["audit", "verify"]).exitCode == 0)
    }

    @Test func commentTextInListsIsMadeSafeForTheTerminal() throws {
        try s.initStore()
        _ = try s.propose(["youtube:shared_9"])
        for args in [["proposals"], ["show", "youtube:shared_9"], ["audit", "log"]] {
            let run = try s.vigil(args)
            #expect(run.exitCode == 0)
            #expect(!run.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" || $0 == "\u{07}" }, "\(args)")
        }
        let json = try #require(try s.vigil(["proposals", "--format", "json"]).json() as? [[String: Any]])
        #expect(json.first?["text"] as? String == StoreFixture.hostile)
    }

    @Test func statusWarnsWhenFewerThanTwoCanSignAndListsBlockSuggestions() throws {
        try s.initStore()
        for id in ["fb_2", "youtube:shared_9"] {
            let p = try s.propose([id])
            _ = try s.vigil(as: "bob", ["sign"] + p + ["--approve"])
        }
        let status = try #require(try s.vigil(["status", "--format", "json"]).json() as? [String: Any])
        #expect(status["sign_off_warning"] is NSNull)
        #expect((status["block_suggestions"] as? [Any])?.isEmpty == true, "two upheld decisions are fewer than three")
        #expect(status["weak_passphrase_hashes"] as? [String] == ["alice", "bob"])
        let table = try s.vigil(["status"])
        #expect(table.stdout.contains("Administrators: 2, cover moderators: 0"))
        #expect(table.stdout.contains("Proposals: 0 pending (0 overdue), 2 approved"))
    }
}

/// A fixed "now" for the in-process half of a test.
final class TestTime: @unchecked Sendable {
    let now: Date
    init(_ now: Date) { self.now = now }
}
