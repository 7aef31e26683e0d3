import Foundation
import Testing
import VigilEngine
import VigilStore

/// A NUL character (U+0000) in a reason, through the store: SQLite's C interface, as GRDB
/// binds text, keeps a text only up to its first NUL, so a stored entry would no longer match
/// its signature. It is refused and nothing is recorded, rather than a log that then fails.
@Suite struct StoreNULTests {
    typealias Fixture = StoreBackendTests

    @Test func aReasonHoldingNULIsRefusedAndNothingIsRecorded() throws {
        let folder = Fixture.StoreFolder()
        let store = try Fixture.seeded(folder)
        try Fixture.found(store)
        let service = SignOffService(store: store, clock: { Harness.now })
        let alex = try service.signIn(name: "alex", passphrase: Passphrase("orchard lantern"))
        let entriesBefore = try service.auditEntries(limit: 1).total
        let proposalsBefore = try service.proposals(ProposalQuery(states: [])).total
        let request = ProposalRequest(target: .comment(CommentKey(platform: .facebook, id: "1_2")), action: .delete,
                                      reason: "abuse\u{0} and a hidden rest")
        #expect {
            try service.propose(request, by: alex)
        } throws: { error in
            let message = "\(error)"
            return message.contains("NUL") && message.contains("U+0000")
        }
        #expect(try service.auditEntries(limit: 1).total == entriesBefore)
        #expect(try service.proposals(ProposalQuery(states: [])).total == proposalsBefore)
        #expect(try service.verifyAudit().failure == nil)
        // The same proposal without the NUL goes through.
        let plain = ProposalRequest(target: .comment(CommentKey(platform: .facebook, id: "1_2")), action: .delete, reason: "abuse")
        #expect(try service.propose(plain, by: alex).needsSignOff)
        #expect(try service.auditEntries(limit: 1).total == entriesBefore + 1)
    }
}
