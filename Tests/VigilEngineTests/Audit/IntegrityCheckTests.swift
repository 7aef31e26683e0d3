import Foundation
import Testing
@testable import VigilEngine

/// The store's other tables checked against the verified log.
@Suite struct IntegrityCheckTests {
    let rich = RichLog()
    var log: ReplayedLog { rich.log.verify().log! }

    static let pass = Passphrase("a reasonable passphrase")

    func account(_ id: SigningIdentity, _ membership: Membership = .active(since: SignOffFixture.monday)) -> Account {
        // An account row carrying `id`'s public key, as the store would hold it.
        let (made, _) = try! Account.create(name: id.name, role: id.role, passphrase: Self.pass, membership: membership, at: SignOffFixture.monday, cost: .weakForTestsOnly)
        return Account(name: made.name, role: made.role, passphraseHash: made.passphraseHash, publicKey: id.publicKey,
                       sealedKey: made.sealedKey, membership: membership, created: made.created)
    }

    var honestAccounts: [Account] {
        [account(rich.alice), account(rich.bob), account(rich.carol, .removed(at: rich.log.roster.removed[SignOffFixture.carol]!))]
    }

    @Test func tablesThatAgreeWithTheLogHaveNoProblems() {
        #expect(IntegrityCheck.accounts(honestAccounts, against: log).isEmpty)
        #expect(IntegrityCheck.proposals(Array(rich.log.proposals.values), against: log).isEmpty)
        #expect(IntegrityCheck.decisions(rich.log.decisions, against: log).isEmpty)
        #expect(IntegrityCheck.commentTexts(rich.textRows, against: log).isEmpty)
        #expect(IntegrityCheck.coverWindows(rich.log.roster.coverWindows, against: log).isEmpty)
    }

    @Test func anAddedAccountRowWhoseKeyNoRosterEntryVouchesForIsCaught() {
        let mallory = SignOffFixture.identity(SignOffFixture.name("mallory"))
        let problems = IntegrityCheck.accounts(honestAccounts + [account(mallory)], against: log)
        #expect(problems.map(\.description) == ["accounts mallory: is active, but no signed-off roster entry in the audit log makes mallory a member"])
    }

    @Test func aSwappedKeyOrRoleInAnAccountRowIsCaught() {
        var rows = honestAccounts
        rows[1] = account(SignOffFixture.identity(SignOffFixture.bob))
        #expect(IntegrityCheck.accounts(rows, against: log).map(\.description) == ["accounts bob: holds a signing key that no roster entry in the audit log vouches for"])
        rows = honestAccounts
        rows[0] = account(SignOffFixture.identity(SignOffFixture.alice, .coverModerator))
        rows[0] = Account(name: rows[0].name, role: .coverModerator, passphraseHash: rows[0].passphraseHash, publicKey: rich.alice.publicKey,
                          sealedKey: rows[0].sealedKey, membership: rows[0].membership, created: rows[0].created)
        #expect(IntegrityCheck.accounts(rows, against: log).map(\.message) == ["is stored as a cover moderator, but the audit log makes alice an administrator"])
    }

    @Test func aDeletedOrResurrectedAccountRowIsCaught() {
        let rows = honestAccounts
        #expect(IntegrityCheck.accounts(Array(rows.dropFirst()), against: log).map(\.message) == ["is on the roster in the audit log but has no account row"])
        var resurrected = rows
        resurrected[2] = account(rich.carol)
        #expect(IntegrityCheck.accounts(resurrected, against: log).map(\.row) == ["carol"])
        var removed = rows
        removed[1] = account(rich.bob, .removed(at: SignOffFixture.monday))
        #expect(IntegrityCheck.accounts(removed, against: log).map(\.message) == ["is stored as removed, but the audit log has bob on the roster"])
    }

    @Test func anAccountWaitingForApprovalMustMatchItsPendingProposal() {
        let alice = rich.alice, bob = rich.bob, dave = SignOffFixture.identity(SignOffFixture.dave)
        var memory = MemoryLog(founders: [alice, bob])
        let p = memory.propose(.roster(.add(SignOffFixture.dave, .administrator, publicKey: dave.publicKey)), by: alice)
        let log = memory.verify().log!
        let rows = [account(alice), account(bob)]
        #expect(IntegrityCheck.accounts(rows + [account(dave, .awaitingApproval(p))], against: log).isEmpty)
        let other = account(SignOffFixture.identity(SignOffFixture.dave), .awaitingApproval(p))
        #expect(IntegrityCheck.accounts(rows + [other], against: log).map(\.message) == ["does not match the key or role P1 proposed"])
        #expect(IntegrityCheck.accounts(rows + [account(dave, .awaitingApproval(ProposalID(9)))], against: log).map(\.message)
                == ["waits for P9, but no proposal in the audit log adds dave as P9"])
    }

    @Test func anApprovalRowInsertedWithoutASignedEntryIsCaught() {
        let forged = DecisionRow(proposal: ProposalID(4), verdict: .approve, by: SignOffFixture.alice, at: rich.log.clock, note: nil)
        let problems = IntegrityCheck.decisions(rich.log.decisions + [forged], against: log)
        #expect(problems.map(\.description) == ["sign-offs approve of P4 by alice: has no matching entry in the audit log signed by alice"])
    }

    @Test func aDecisionRowChangedOrDeletedIsCaught() {
        var rows = rich.log.decisions
        let i = rows.firstIndex { $0.verdict == .reject }!
        let original = rows[i]
        rows[i] = DecisionRow(proposal: original.proposal, verdict: .approve, by: original.by, at: original.at, note: original.note)
        let problems = IntegrityCheck.decisions(rows, against: log)
        #expect(problems.count == 2, "the changed row has no entry, and the entry has no row")
        #expect(problems.last?.entry != nil)
        rows = rich.log.decisions
        let note = DecisionRow(proposal: original.proposal, verdict: original.verdict, by: original.by, at: original.at, note: "edited")
        rows[i] = note
        #expect(IntegrityCheck.decisions(rows, against: log).count == 2)
        rows = rich.log.decisions
        rows.remove(at: i)
        #expect(IntegrityCheck.decisions(rows, against: log).map(\.message) == ["is in the audit log but missing from the store"])
    }

    @Test func aDecidedCommentsChangedTextIsCaughtNamingTheDecision() throws {
        var rows = rich.textRows
        let i = rows.firstIndex { $0.comment.id == "c1" }!
        rows[i] = CommentTextRow(comment: rows[i].comment, text: "you are all lovely", textSHA256: TextHash.of("you are all lovely"))
        let problems = IntegrityCheck.commentTexts(rows, against: log)
        #expect(problems.count == 1)
        #expect(problems[0].row == "facebook comment c1")
        #expect(problems[0].message == "no stored text hashes to what P1 recorded: the text was changed")
        #expect(problems[0].entry == 3)
    }

    @Test func aTextChangedWithoutItsStoredHashIsCaughtEvenUndecided() {
        let key = CommentKey(platform: .facebook, id: "zz")
        let rows = rich.textRows + [CommentTextRow(comment: key, text: "changed", textSHA256: TextHash.of("original"))]
        #expect(IntegrityCheck.commentTexts(rows, against: log).map(\.message) == ["its text no longer matches the hash stored beside it"])
    }

    @Test func anEditedCommentKeepsItsDecidedVersionOnRecord() {
        let c1 = CommentKey(platform: .facebook, id: "c1")
        let rows = rich.textRows + [CommentTextRow(comment: c1, text: "edited later by its author", textSHA256: nil)]
        #expect(IntegrityCheck.commentTexts(rows, against: log).isEmpty)
    }

    @Test func aPurgedTextNeedsItsPurgeEntry() {
        var rows = rich.textRows
        #expect(rows.contains { $0.comment.id == "c4" && $0.text == nil })
        let i = rows.firstIndex { $0.comment.id == "c1" }!
        rows[i] = CommentTextRow(comment: rows[i].comment, text: nil, textSHA256: TextHash.of(RichLog.commentTexts["c1"]!))
        #expect(IntegrityCheck.commentTexts(rows, against: log).map(\.row) == ["facebook comment c1"])
    }

    @Test func aDecidedCommentMissingFromTheStoreIsCaught() {
        let rows = rich.textRows.filter { $0.comment.id != "c5" }
        #expect(IntegrityCheck.commentTexts(rows, against: log).map(\.message) == ["was decided but is missing from the store"])
    }

    @Test func aProposalRowWhoseStateWasChangedIsCaught() throws {
        var rows = rich.log.proposals
        var p4 = try #require(rows[ProposalID(4)])
        p4.state = .approved(Decision(by: SignOffFixture.bob, at: SignOffFixture.monday, note: nil))
        rows[ProposalID(4)] = p4
        let problems = IntegrityCheck.proposals(Array(rows.values), against: log)
        #expect(problems.map(\.description) == ["proposals P4: its state (approved here, rejected in the log, or decided by someone else) differs from what the audit log records (audit entry 10)"])
        rows[ProposalID(4)] = nil
        rows[ProposalID(40)] = Proposal(id: ProposalID(40), kind: SignOffFixture.deleteKind(), proposer: SignOffFixture.alice, proposedAt: SignOffFixture.monday, reason: "x", state: .pending)
        #expect(IntegrityCheck.proposals(Array(rows.values), against: log).map(\.message)
                == ["has no audit entry proposing it", "is in the audit log but missing from the store"])
    }

    @Test func aCoverWindowRowWithoutASignedOffChangeIsCaught() throws {
        let extra = try CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.bob, from: "2025-04-01", to: "2025-04-30")
        #expect(IntegrityCheck.coverWindows([extra], against: log).map(\.message) == ["has no signed-off roster change in the audit log"])
        let alice = rich.alice, bob = rich.bob
        var memory = MemoryLog(founders: [alice, bob])
        let carol = SignOffFixture.identity(SignOffFixture.carol, .coverModerator)
        memory.decide(memory.propose(.roster(.add(SignOffFixture.carol, .coverModerator, publicKey: carol.publicKey)), by: alice), .approve(note: nil), by: bob)
        let w = try CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: "2025-03-04", to: "2025-03-05")
        memory.decide(memory.propose(.roster(.addCoverWindow(w)), by: bob), .approve(note: nil), by: alice)
        let l = memory.verify().log!
        #expect(IntegrityCheck.coverWindows([w], against: l).isEmpty)
        #expect(IntegrityCheck.coverWindows([], against: l).map(\.message) == ["is in the audit log but missing from the store"])
    }
}
