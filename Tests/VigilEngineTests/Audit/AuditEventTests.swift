import Foundation
import Testing
@testable import VigilEngine

@Suite struct AuditEventTests {
    static let key = Data(repeating: 9, count: 32)
    static let window = try! CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: "2025-03-03", to: "2025-03-07")

    static let everyEvent: [AuditEvent] = {
        let id = ProposalID(3)
        var events: [AuditEvent] = [
            .founded(SignOffFixture.alice, publicKey: key),
            .propose(id, .roster(.add(SignOffFixture.dave, .coverModerator, publicKey: key)), reason: "cover"),
            .propose(id, .roster(.remove(SignOffFixture.dave)), reason: "left"),
            .propose(id, .roster(.addCoverWindow(window)), reason: "course"),
            .propose(id, .moderation(.block, .author(AuthorSubject(author: AuthorKey(platform: .youtube, id: "UC1"), via: CommentKey(platform: .youtube, id: "Ug1")))), reason: "repeat"),
            .propose(id, .moderation(.unblock, .author(AuthorSubject(author: AuthorKey(platform: .x, id: "7"), via: nil))), reason: "appeal"),
            .propose(id, .moderation(.delete, .comment(SignOffFixture.comment(author: nil))), reason: "anonymous"),
            .urgentHide(id, SignOffFixture.comment(), severity: .critical, reason: "threat"),
            .approve(id, note: nil), .approve(id, note: "agreed"), .reject(id, note: "fair comment"),
            .withdraw(id, note: nil), .expire(id), .done(id, note: "done on the page"),
            .signInFailed(.unknownAccount, attempt: nil), .signInFailed(.wrongPassphrase, attempt: 3),
            .locked(until: SignOffFixture.monday), .purge(CommentKey(platform: .wordpress, id: "12"), textSHA256: key),
        ]
        events += ModerationAction.allCases.filter { !$0.targetsAuthor }.map { .propose(id, .moderation($0, .comment(SignOffFixture.comment())), reason: "r") }
        events += SignInFailure.allCases.map { .signInFailed($0, attempt: nil) }
        return events
    }()

    @Test func everyEventReadsBackFromItsFields() throws {
        for event in Self.everyEvent {
            #expect(try AuditEvent(kind: event.kind.rawValue, subject: event.subject) == event, "\(event)")
        }
        #expect(Set(Self.everyEvent.map(\.kind)) == Set(AuditKind.allCases))
    }

    @Test func aKeepIsLoggedAsAKeepAndTheRestAsProposals() {
        #expect(AuditEvent.propose(ProposalID(1), .moderation(.keep, .comment(SignOffFixture.comment())), reason: "ok").kind == .keep)
        #expect(AuditEvent.propose(ProposalID(1), SignOffFixture.deleteKind(), reason: "x").kind == .propose)
        #expect(AuditKind.allCases.map(\.rawValue) == ["init", "propose", "keep", "urgent-hide", "approve", "reject", "withdraw", "expire", "done", "sign-in-failed", "lock", "purge"])
    }

    @Test func onlyEntriesMadeWithoutAnOpenKeyAreUnsigned() {
        #expect(AuditKind.allCases.filter { $0.signing == .forbidden } == [.expire, .signInFailed, .lock])
    }

    @Test func aFieldTheKindDoesNotUseIsRefused() {
        var s = AuditEvent.approve(ProposalID(1), note: nil).subject
        s.commentID = "c1"
        #expect(throws: AuditEventError.unexpectedField(.approve)) { try AuditEvent(kind: "approve", subject: s) }
        var k = AuditEvent.propose(ProposalID(1), SignOffFixture.deleteKind(), reason: "r").subject
        k.escalateTo = "dsl"
        #expect(throws: AuditEventError.invalid("action", .propose)) { try AuditEvent(kind: "propose", subject: k) }
        var keepAsPropose = AuditEvent.propose(ProposalID(1), .moderation(.keep, .comment(SignOffFixture.comment())), reason: "ok").subject
        keepAsPropose.note = "ok"
        #expect(throws: AuditEventError.invalid("kind", .propose)) { try AuditEvent(kind: "propose", subject: keepAsPropose) }
    }

    @Test func missingAndInvalidFieldsAreNamed() {
        #expect(throws: AuditEventError.unknownKind("delete-everything")) { try AuditEvent(kind: "delete-everything", subject: AuditSubject()) }
        #expect(throws: AuditEventError.missing("proposal", .approve)) { try AuditEvent(kind: "approve", subject: AuditSubject()) }
        #expect(throws: AuditEventError.invalid("proposal", .approve)) { try AuditEvent(kind: "approve", subject: AuditSubject(proposal: 0)) }
        #expect(throws: AuditEventError.missing("note", .reject)) { try AuditEvent(kind: "reject", subject: AuditSubject(proposal: 1)) }
        #expect(throws: AuditEventError.invalid("member", .founded)) {
            try AuditEvent(kind: "init", subject: AuditSubject(member: "Alice", role: "administrator", publicKey: Self.key))
        }
        #expect(throws: AuditEventError.invalid("role", .founded)) {
            try AuditEvent(kind: "init", subject: AuditSubject(member: "alice", role: "cover-moderator", publicKey: Self.key))
        }
        #expect(throws: AuditEventError.invalid("public key", .founded)) {
            try AuditEvent(kind: "init", subject: AuditSubject(member: "alice", role: "administrator", publicKey: Data(count: 31)))
        }
        #expect(throws: AuditEventError.invalid("platform", .purge)) {
            try AuditEvent(kind: "purge", subject: AuditSubject(platform: "myspace", commentID: "1", textSHA256: Self.key))
        }
        #expect(throws: AuditEventError.missing("text hash", .propose)) {
            try AuditEvent(kind: "propose", subject: AuditSubject(proposal: 1, action: "delete", platform: "x", commentID: "1", note: "r"))
        }
        #expect(throws: AuditEventError.invalid("severity", .urgentHide)) {
            var s = AuditEvent.urgentHide(ProposalID(1), SignOffFixture.comment(), severity: .critical, reason: "r").subject
            s.severity = "apocalyptic"
            return try AuditEvent(kind: "urgent-hide", subject: s)
        }
        #expect(AuditEventError.missing("note", .reject).description == "a reject entry needs a note")
    }
}

@Suite struct AuditChainTests {
    let alice = SignOffFixture.identity(SignOffFixture.alice)

    @Test func eachEntryFollowsTheHeadWithTheNextNumberAndItsHash() throws {
        let first = try AuditEntry.signed(.founded(SignOffFixture.alice, publicKey: alice.publicKey), by: alice, after: nil, at: SignOffFixture.monday)
        #expect(first.sequence == 1 && first.previousHash == Data(count: 32))
        #expect(first.hash == first.computedHash())
        #expect(first.signature.map { alice.privateKey.publicKey.isValidSignature($0, for: first.canonicalBody) } == true)
        let second = try AuditEntry.unsigned(UnsignedAuditEvent(actor: "bob", event: .signInFailed(.wrongPassphrase, attempt: 1)), after: first.head, at: SignOffFixture.monday)
        #expect(second.sequence == 2 && second.previousHash == first.hash && second.signature == nil)
    }

    @Test func timeNeverRunsBackwardsAlongTheLog() throws {
        let first = try AuditEntry.signed(.founded(SignOffFixture.alice, publicKey: alice.publicKey), by: alice, after: nil, at: SignOffFixture.monday)
        let earlier = try AuditEntry.signed(.approve(ProposalID(1), note: nil), by: alice, after: first.head, at: SignOffFixture.monday.addingTimeInterval(-30))
        #expect(earlier.timeMillis == first.timeMillis)
        let later = try AuditEntry.signed(.approve(ProposalID(1), note: nil), by: alice, after: first.head, at: SignOffFixture.monday.addingTimeInterval(0.0015))
        #expect(later.timeMillis == first.timeMillis + 1)
        #expect(AuditTime.millis(AuditTime.date(1_741_046_400_001)) == 1_741_046_400_001)
        for ms in stride(from: Int64(1_700_000_000_000), to: 1_700_000_001_000, by: 1) {
            #expect(AuditTime.millis(AuditTime.date(ms)) == ms)
        }
    }

    @Test func signedKindsMustBeSignedAndUnsignedOnesCannotBe() {
        #expect(throws: AuditError.mustBeSigned(.approve)) {
            try AuditEntry.unsigned(UnsignedAuditEvent(actor: "alice", event: .approve(ProposalID(1), note: nil)), after: nil, at: SignOffFixture.monday)
        }
        #expect(throws: AuditError.cannotBeSigned(.lock)) {
            try AuditEntry.signed(.locked(until: SignOffFixture.monday), by: alice, after: nil, at: SignOffFixture.monday)
        }
        #expect(throws: AuditError.founderMismatch(SignOffFixture.bob)) {
            try AuditEntry.signed(.founded(SignOffFixture.bob, publicKey: alice.publicKey), by: alice, after: nil, at: SignOffFixture.monday)
        }
    }
}
