import Foundation
import Testing
import VigilEngine
import VigilStore
@testable import VigilConsole

/// What the console says about the person signed in and about a comment's author, read from a
/// real store: the warnings and counts an administrator acts on.
@Suite struct StoreStandingTests {
    typealias Fixture = StoreBackendTests

    @Test func signingInWithATestOnlyPassphraseHashSaysItIsCheapToGuess() throws {
        let folder = Fixture.StoreFolder()
        var h = Harness(backend: Fixture.backend(try Fixture.seeded(folder)), size: Size(rows: 24, columns: 80))
        h.signIn("alex", "orchard lantern")
        #expect(h.state.session != nil)
        #expect(h.statusText.contains("test-only passphrase hash, cheap to guess"), "\(h)")
        #expect(h.state.status?.kind == .warning)
        #expect(h.contains("cheap to guess"), "the warning fits on an 80-column screen:\n\(h)")
    }

    /// The detail shows an author's most recent 20 comments, but the upheld count is theirs in
    /// full: a repeat offender must not look milder because their history is long.
    @Test func theUpheldCountInTheDetailCoversEveryCommentNotOnlyThoseShown() throws {
        let folder = Fixture.StoreFolder()
        let store = try SQLiteStore.open(path: folder.path, create: true)
        let count = 26
        try Fixture.write(store, "page-1.json", (0..<count).map { n in
            (Fixture.comment("9_\(n)", "idiot number \(n)", author: "Rob Kettle", minute: n), [Fixture.flag(.abuse, .high, (0, 5))])
        })
        let backend = Fixture.backend(store)
        let service = SignOffService(store: store, clock: { Harness.now })
        let alex = try service.signIn(name: "alex", passphrase: Passphrase("orchard lantern"))
        let sam = try service.signIn(name: "sam", passphrase: Passphrase("harbour violet"))
        // Deletes upheld on the 24 oldest; the newest two are left open.
        for n in 0..<(count - 2) {
            let key = CommentKey(platform: .facebook, id: "9_\(n)")
            let proposed = try service.propose(ProposalRequest(target: .comment(key), action: .delete, reason: "abuse"), by: alex)
            _ = try service.decide(proposed.proposal.id, .approve(note: nil), by: sam)
        }
        var h = Harness(backend: backend, size: Size(rows: 40, columns: 132))
        h.signIn("alex", "orchard lantern")
        h.type("<Enter>")
        #expect(h.state.view == .detail, "\(h)")
        #expect(h.contains("Rob Kettle: \(count) comments, \(count) flagged, \(count - 2) upheld decisions"), "\(h)")
        h.type("4")
        #expect(h.lines.contains { $0.contains("Rob Kettle") && $0.contains(" \(count - 2) ") }, "the authors view counts the same:\n\(h)")
    }
}
