import Foundation
import Testing
import VigilEngine
import VigilStore
@testable import VigilConsole

/// Sign-off from the console on a real store: two consoles (two `SQLiteStore`s on one file,
/// as two terminals would have) proposing, signing off and seeing each other's work.
@Suite struct StoreSignOffTests {
    typealias Fixture = StoreBackendTests

    /// A console on its own connection to the store in `folder`.
    static func console(_ folder: Fixture.StoreFolder, size: Size = Size(rows: 40, columns: 132)) throws -> Harness {
        let store = try SQLiteStore.open(path: folder.path, create: false)
        return Harness(backend: Fixture.backend(store), size: size)
    }

    @Test func aDeleteProposedInOneConsoleIsSignedOffInAnotherAndBothSeeIt() throws {
        let folder = Fixture.StoreFolder()
        _ = Fixture.backend(try Fixture.seeded(folder))
        var a = try Self.console(folder)
        var b = try Self.console(folder)
        a.signIn("alex", "orchard lantern")
        b.signIn("sam", "harbour violet")
        b.send(.tick(Harness.now))
        #expect(b.contains("4 awaiting"))

        a.type("c<Enter>")
        #expect(a.state.detail.key?.id == "1_2", "\(a)")
        a.type("d")
        #expect(a.contains("cann-bridge §3.3: abuse (test)"), "the reason is pre-filled from the flag:\n\(a)")
        a.type("<Enter>")
        #expect(a.statusText.hasPrefix("Delete proposed (P"), "\(a)")
        #expect(a.statusText.hasSuffix("another administrator must sign it off"))
        #expect(a.state.detail.detail?.pending?.proposer == "alex")

        b.send(.tick(Harness.now.addingTimeInterval(1)))
        #expect(b.contains("3 awaiting"), "the proposal left B's awaiting queue at the next poll:\n\(b)")
        #expect(b.contains("1 to sign off"), "\(b)")
        b.type("2")
        #expect(b.contains("Waiting for me (1)"), "\(b)")
        #expect(b.contains("alex"))
        b.type("a<Enter>")
        #expect(b.contains("Your passphrase to approve"), "\(b)")
        b.type("harbour violet<Enter>")
        #expect(b.statusText.hasPrefix("Approved P"), "\(b)")
        b.type("3")
        #expect(b.contains("Facebook"), "the delete is on the list to carry out:\n\(b)")

        a.send(.tick(Harness.now.addingTimeInterval(2)))
        #expect(a.state.detail.detail?.decision == "deleted", "A sees the approval:\n\(a)")
        #expect(a.contains("approved P"), "\(a)")
        #expect(a.contains("sam"))
    }

    @Test func iCannotSignOffMyOwnProposal() throws {
        let folder = Fixture.StoreFolder()
        var a = Harness(backend: Fixture.backend(try Fixture.seeded(folder)), size: Size(rows: 40, columns: 132))
        a.signIn("alex", "orchard lantern")
        a.type("c<Enter>d<Enter>a")
        #expect(a.statusText == "You proposed this: another administrator must sign it off", "\(a)")
        a.type("2<Tab>")
        #expect(a.contains("Mine, waiting for others (1)"), "\(a)")
    }

    @Test func aWrongPassphraseAtSigningSignsNothingAndIsInTheAuditLog() throws {
        let folder = Fixture.StoreFolder()
        let store = try Fixture.seeded(folder)
        var a = Harness(backend: Fixture.backend(store), size: Size(rows: 40, columns: 132))
        a.signIn("alex", "orchard lantern")
        a.type("c<Enter>d<Enter>")
        var b = try Self.console(folder)
        b.signIn("sam", "harbour violet")
        b.type("2a<Enter>not my passphrase<Enter>")
        #expect(b.statusText.hasPrefix("Wrong passphrase for sam"), "\(b)")
        #expect(b.contains("Waiting for me (1)"), "nothing was signed:\n\(b)")
        b.type("5")
        #expect(b.contains("sign-in failed"), "\(b)")
        #expect(b.contains("wrong passphrase"))
    }

    @Test func aRejectionWithItsNoteReturnsTheCommentToTheQueue() throws {
        let folder = Fixture.StoreFolder()
        var a = Harness(backend: Fixture.backend(try Fixture.seeded(folder)), size: Size(rows: 40, columns: 132))
        a.signIn("alex", "orchard lantern")
        a.type("c<Enter>d<Enter>")
        var b = try Self.console(folder)
        b.signIn("sam", "harbour violet")
        b.type("2r<Enter>")
        #expect(b.statusText == "A rejection needs a note: say why, or Esc to cancel")
        b.type("fair criticism, not abuse<Enter>harbour violet<Enter>")
        #expect(b.statusText.hasPrefix("Rejected P"), "\(b)")
        b.type("1")
        #expect(b.contains("4 awaiting"), "\(b)")
    }

    @Test func urgentHideGoesStraightToTheActionListAndADeleteWaits() throws {
        let folder = Fixture.StoreFolder()
        var a = Harness(backend: Fixture.backend(try Fixture.seeded(folder)), size: Size(rows: 40, columns: 132))
        a.signIn("alex", "orchard lantern")
        #expect(a.state.queue.list.selected?.severity == .critical)
        a.type("H<Enter>")
        #expect(a.statusText.hasPrefix("Hidden now: the hide is on the action list"), "\(a)")
        a.type("3")
        #expect(a.contains("URGENT"), "\(a)")
        a.type("m")
        #expect(a.statusText.contains("marked as carried out"), "\(a)")
        a.type("2<Tab>")
        #expect(a.contains("Mine, waiting for others (1)"), "the delete proposed with it waits:\n\(a)")
    }

    @Test func keepIsRecordedAtOnceAndDecidesTheComment() throws {
        let folder = Fixture.StoreFolder()
        var a = Harness(backend: Fixture.backend(try Fixture.seeded(folder)), size: Size(rows: 40, columns: 132))
        a.signIn("alex", "orchard lantern")
        a.type("/ring me<Enter>K<Enter>")
        #expect(a.statusText.hasPrefix("Kept as a false alarm"), "\(a)")
        a.type("xtt")
        #expect(a.state.queue.filter.status == .decided)
        #expect(a.state.queue.list.rows.map(\.key.id) == ["1_3"], "\(a)")
        #expect(a.state.queue.list.rows.first?.decision == "kept")
    }

    @Test func aCoverModeratorBeforeTheirWindowIsToldWhenItStarts() throws {
        let folder = Fixture.StoreFolder()
        let backend = Fixture.backend(try Fixture.seeded(folder))
        var h = Harness(backend: backend)
        h.signIn("jo", "not yet my turn")
        #expect(h.state.session == nil)
        #expect(h.contains("cover window starts on Thu 6 Mar 2025"), "told when it is:\n\(h)")
        var other = Harness(backend: backend)
        other.signIn("chris", "open window now")
        #expect(other.state.session?.role == .coverModerator, "\(other)")
        #expect(other.statusText.contains("your cover window ends at"), "\(other)")
    }

    @Test func theAuthorsAndHandoverViewsComeFromTheStore() throws {
        let folder = Fixture.StoreFolder()
        var a = Harness(backend: Fixture.backend(try Fixture.seeded(folder)), size: Size(rows: 40, columns: 132))
        a.signIn("alex", "orchard lantern")
        a.type("4")
        #expect(a.contains("Rob Kettle"), "\(a)")
        a.type("6")
        #expect(a.contains("alex"), "\(a)")
        #expect(!a.contains("Could not load"), "\(a)")
    }
}
