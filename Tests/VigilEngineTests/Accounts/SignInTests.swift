import Foundation
import Testing
@testable import VigilEngine

@Suite struct SignInTests {
    static let right = AccountTests.pass
    static let wrong = Passphrase("purple elephant marmite")
    let t0 = SignOffFixture.monday

    /// Signs in `times` times with `pass`, storing each updated account as the store would.
    func attempt(_ account: inout Account, _ pass: Passphrase, times: Int = 1, at: Date) -> [SignInAttempt] {
        (0..<times).map { _ in
            let a = account.signIn(with: pass, at: at)
            account = a.account
            return a
        }
    }

    @Test func theRightPassphraseSignsInAndRecordsNothing() throws {
        var (account, _) = try AccountTests.make()
        let a = attempt(&account, Self.right, at: t0)[0]
        #expect(a.identity?.name == SignOffFixture.alice)
        #expect(a.events.isEmpty)
        #expect(account.failedAttempts == 0)
    }

    @Test func eachWrongPassphraseIsRecordedAndSaysHowManyAttemptsAreLeft() throws {
        var (account, _) = try AccountTests.make()
        let attempts = attempt(&account, Self.wrong, times: 4, at: t0)
        #expect(attempts.map(\.result.error) == [4, 3, 2, 1].map { .wrongPassphrase(SignOffFixture.alice, attemptsLeft: $0) })
        #expect(attempts.map(\.events) == (1...4).map { [UnsignedAuditEvent(actor: "alice", event: .signInFailed(.wrongPassphrase, attempt: $0))] })
        #expect(account.failedAttempts == 4 && account.lockedUntil == nil)
        #expect(attempts[3].result.error?.description == "wrong passphrase for alice: 1 more wrong attempt locks the account for 15 minutes")
    }

    @Test func theFifthWrongPassphraseLocksForFifteenMinutes() throws {
        var (account, _) = try AccountTests.make()
        let fifth = attempt(&account, Self.wrong, times: 5, at: t0)[4]
        let until = t0.addingTimeInterval(15 * 60)
        #expect(fifth.result.error == .lockedNow(SignOffFixture.alice, until: until))
        #expect(fifth.events == [
            UnsignedAuditEvent(actor: "alice", event: .signInFailed(.wrongPassphrase, attempt: 5)),
            UnsignedAuditEvent(actor: "alice", event: .locked(until: until)),
        ])
        #expect(account.lockedUntil == until)
        #expect(fifth.result.error?.description == "wrong passphrase for alice: the account is now locked until Mon 3 Mar 2025 09:15")
    }

    @Test func theSixthAttemptWithinFifteenMinutesIsRefusedEvenWithTheRightPassphrase() throws {
        var (account, _) = try AccountTests.make()
        _ = attempt(&account, Self.wrong, times: 5, at: t0)
        let locked = account
        let sixth = attempt(&account, Self.right, at: t0.addingTimeInterval(14 * 60 + 59))[0]
        let until = t0.addingTimeInterval(15 * 60)
        #expect(sixth.result.error == .locked(SignOffFixture.alice, until: until))
        #expect(sixth.result.error?.description == "alice's account is locked after too many wrong passphrases; it unlocks at Mon 3 Mar 2025 09:15")
        #expect(sixth.events == [UnsignedAuditEvent(actor: "alice", event: .signInFailed(.locked, attempt: nil))])
        #expect(account == locked, "a refused attempt while locked neither extends the lock nor counts")
    }

    @Test func whenTheLockEndsTheRightPassphraseWorksAndTheCountStartsAgain() throws {
        var (account, _) = try AccountTests.make()
        _ = attempt(&account, Self.wrong, times: 5, at: t0)
        let later = t0.addingTimeInterval(15 * 60)
        var afterLock = account
        #expect(attempt(&afterLock, Self.right, at: later)[0].identity != nil)
        #expect(afterLock.failedAttempts == 0 && afterLock.lockedUntil == nil)
        let wrongAgain = attempt(&account, Self.wrong, at: later)[0]
        #expect(wrongAgain.result.error == .wrongPassphrase(SignOffFixture.alice, attemptsLeft: 4))
        #expect(account.lockedUntil == nil)
    }

    @Test func aRightPassphraseResetsTheCountOfWrongOnes() throws {
        var (account, _) = try AccountTests.make()
        _ = attempt(&account, Self.wrong, times: 4, at: t0)
        #expect(attempt(&account, Self.right, at: t0)[0].identity != nil)
        #expect(account.failedAttempts == 0)
        let next = attempt(&account, Self.wrong, times: 4, at: t0)
        #expect(next.last?.result.error == .wrongPassphrase(SignOffFixture.alice, attemptsLeft: 1))
        #expect(account.lockedUntil == nil)
    }

    @Test func accountsAwaitingApprovalOrRemovedCannotSignIn() throws {
        var (account, _) = try AccountTests.make()
        account.membership = .awaitingApproval(ProposalID(4))
        let waiting = account.signIn(with: Self.right, at: t0)
        #expect(waiting.result.error == .awaitingApproval(SignOffFixture.alice, ProposalID(4)))
        #expect(waiting.result.error?.description == "alice's account is waiting for a second administrator to approve P4")
        #expect(waiting.events.map(\.event) == [.signInFailed(.awaitingApproval, attempt: nil)])
        account.membership = .removed(at: t0)
        let removed = account.signIn(with: Self.right, at: t0)
        #expect(removed.result.error?.description == "alice was removed from the roster on Mon 3 Mar 2025")
        #expect(removed.events.map(\.event) == [.signInFailed(.removed, attempt: nil)])
    }

    @Test func anUnknownNameIsRefusedRecordedAndMadeSafeToPrint() {
        let (refusal, event) = SignIn.unknownAccount(typed: "mallory\u{1B}[2J", passphrase: Self.right, cost: .weakForTestsOnly)
        #expect(refusal == .unknownAccount("mallory\\u{1B}[2J"))
        #expect(event == UnsignedAuditEvent(actor: "mallory\\u{1B}[2J", event: .signInFailed(.unknownAccount, attempt: nil)))
        #expect(!refusal.description.contains("\u{1B}"))
    }

    @Test func aCustomPolicyChangesTheNumbers() throws {
        var (account, _) = try AccountTests.make()
        let policy = LockoutPolicy(maximumFailures: 2, lockDuration: 60)
        _ = account.signIn(with: Self.wrong, at: t0, policy: policy)
        account.failedAttempts = 1
        let second = account.signIn(with: Self.wrong, at: t0, policy: policy)
        #expect(second.result.error == .lockedNow(SignOffFixture.alice, until: t0.addingTimeInterval(60)))
    }
}
