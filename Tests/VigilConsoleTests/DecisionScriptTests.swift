import Foundation
import Testing
import VigilEngine
@testable import VigilConsole

@Suite struct DecisionTests {
    @Test func proposingADeleteStartsWithTheFlagsReasonAndNeedsASecondSignature() {
        var h = Harness()
        h.signIn()
        h.type("/useless<Enter><Enter>d")
        #expect(h.contains("Delete facebook:1001_3: reason:"))
        #expect(h.contains("heaton, acceptable use"), "the reason is pre-filled from the flag")
        h.type("<Enter>")
        #expect(h.statusText == "Delete proposed (P5): another administrator must sign it off")
        #expect(h.state.detail.detail?.pending?.proposer == "Alex Morgan")
        h.type("a")
        #expect(h.statusText == "You proposed this: another administrator must sign it off")
        h.type("q")
        #expect(h.contains("No flagged comments match"), "it left the awaiting queue")
    }

    @Test func aSecondAdministratorApprovesWithTheirPassphraseAndItGoesOnTheActionList() {
        var h = Harness()
        h.signIn()
        h.type("2")
        #expect(h.contains("Waiting for me (2)"))
        #expect(h.contains("Sam Patel"))
        h.type("a")
        #expect(h.contains("note (optional)"))
        h.type("<Enter>")
        #expect(h.contains("Your passphrase to approve"))
        h.type("orchard lantern")
        #expect(!h.contains("orchard"))
        h.type("<Enter>")
        #expect(h.statusText.hasPrefix("Approved P"))
        #expect(h.contains("Waiting for me (1)"))
        h.type("3")
        #expect(h.contains("YouTube: setModeration"))
    }

    @Test func aWrongPassphraseAtSigningSignsNothing() {
        var h = Harness()
        h.signIn()
        h.type("2a<Enter>guess<Enter>")
        #expect(h.statusText.contains("Wrong passphrase"))
        #expect(h.contains("Waiting for me (2)"))
    }

    @Test func aRejectionNeedsANote() {
        var h = Harness()
        h.signIn()
        h.type("2r<Enter>")
        #expect(h.statusText == "A rejection needs a note: say why, or Esc to cancel")
        h.type("not spam, a parent's link<Enter>orchard lantern<Enter>")
        #expect(h.statusText.hasPrefix("Rejected P"))
    }

    @Test func myOwnProposalCannotBeApprovedByMe() {
        var h = Harness()
        h.signIn()
        h.type("2<Tab>")
        #expect(h.contains("Mine, waiting for others (1)"))
        h.type("a")
        #expect(h.statusText == "You proposed this: another administrator must sign it off")
    }

    @Test func urgentHideIsOnlyForCriticalFlags() {
        var h = Harness()
        h.signIn()
        h.type("/lunchbox<Enter>H")
        #expect(h.statusText.hasPrefix("Urgent hide is only for comments flagged critical; this one is high"))
        h.type("x")
        #expect(h.state.queue.list.selected?.severity == .critical)
        h.type("H<Enter>")
        #expect(h.statusText.hasPrefix("Hidden now: the hide is on the action list"))
        h.type("3")
        #expect(h.contains("URGENT"))
    }

    @Test func escalatingAsksWhomThenTheReason() {
        var h = Harness()
        h.signIn()
        h.type("e")
        #expect(h.contains("Escalate to:"))
        h.type("z")
        #expect(h.statusText.contains("Press d for DSL"))
        h.type("p")
        #expect(h.contains("to the police: reason:"))
        h.type("<Enter>")
        #expect(h.statusText.hasPrefix("Escalate to the police proposed"))
    }

    @Test func keepIsRecordedAtOnce() {
        var h = Harness()
        h.signIn()
        h.type("/sports day<Enter>K")
        #expect(h.state.prompt?.editor.text == "false alarm: vigil test data: wide characters and emoji")
        #expect(h.contains("wide characters and emoji"), "the end of a long reason shows, where the cursor is")
        h.type("<Enter>")
        #expect(h.statusText.hasPrefix("Kept as a false alarm"))
    }

    @Test func escCancelsAProposal() {
        var h = Harness()
        h.signIn()
        h.type("d<Esc>")
        #expect(h.statusText == "Cancelled")
        #expect(!h.effects.contains { if case .propose = $0 { return true } else { return false } })
    }

    @Test func aCoverModeratorWhoseWindowEndsIsToldWhyTheyCannotAct() {
        var h = Harness()
        h.signIn("Chris Ward", "open window")
        h.send(.tick(Harness.now.addingTimeInterval(10 * 86400)))
        h.type("d")
        #expect(h.statusText == "Your cover window ended at 9 Mar 2025 09:20: you can no longer act")
    }

    @Test func blockNeedsAKnownAuthor() {
        var h = Harness()
        h.signIn()
        h.type("b")
        #expect(h.contains("Block patriot_1: reason:"))
    }

    @Test func marksAnActionDone() {
        var h = Harness()
        h.signIn()
        h.type("3")
        #expect(h.contains("P4"))
        h.type("m")
        #expect(h.statusText == "P4 marked as carried out")
        #expect(h.contains("Nothing to carry out"))
    }
}

@Suite struct TwoConsoleTests {
    @Test func anotherAdministratorsProposalAppearsAtTheNextPoll() {
        let backend = FakeBackend.demo(now: Harness.now)
        var alex = Harness(backend: backend)
        var sam = Harness(backend: backend)
        alex.signIn()
        sam.signIn("Sam Patel", "harbour violet")
        alex.send(.tick(Harness.now))
        #expect(alex.contains("2 to sign off"))
        sam.type("/useless<Enter>d<Enter>")
        #expect(sam.statusText.hasPrefix("Delete proposed"))
        alex.send(.tick(Harness.now.addingTimeInterval(1)))
        #expect(alex.contains("3 to sign off"), "seen within one poll, about a second")
        alex.type("2")
        #expect(alex.contains("Waiting for me (3)"))
    }
}

@Suite struct ViewsTests {
    @Test func belowEightyByTwentyFourTheConsoleSaysSo() {
        var h = Harness()
        h.signIn()
        h.resize(Size(rows: 20, columns: 60))
        #expect(h.contains("Vigil needs a terminal of at least 80x24."))
        #expect(h.contains("This one is 60x20"))
        h.resize(Size(rows: 24, columns: 80))
        #expect(h.contains("1 Queue"))
    }

    @Test func helpListsEveryBindingFromTheKeymap() {
        var h = Harness(size: Size(rows: 40, columns: 132))
        h.signIn()
        h.type("?")
        let help = HelpView.lines(width: 132).map { $0.map(\.text).joined() }.joined(separator: "\n")
        for b in Keymap.bindings {
            #expect(help.contains(b.description), "help lacks \(b.description)")
        }
        #expect(h.contains("Keys"))
        h.type("q")
        #expect(h.state.view == .queue)
    }

    @Test func theImportViewListsFilesAndShowsProgress() {
        var h = Harness()
        h.signIn()
        h.type("7")
        #expect(h.contains("facebook-page-1.json"))
        #expect(!h.contains(".hidden"))
        h.type("i")
        #expect(h.statusText == "No files selected: Space selects a file")
        h.type("jjj ")
        #expect(h.contains("1 file selected"))
        h.type("i")
        #expect(h.effects.last == .importFiles(["/exports/facebook-page-1.json"], h.state.session!))
        h.send(.importProgress(ImportProgress(fileIndex: 0, fileCount: 1, fileName: "facebook-page-1.json", bytesDone: 24_000, bytesTotal: 48_213, comments: 120)))
        #expect(h.contains("[============>"), "about half of a 26-column bar")
        #expect(h.contains("49%"))
        h.type("1")
        #expect(h.state.view == .queue, "the console stays usable while an import runs")
        h.type("7")
        h.send(.imported(.success([ImportFileResult(fileName: "facebook-page-1.json", format: "facebook", new: 120, updated: 0, unchanged: 0, flagged: 9, error: nil)])))
        #expect(h.statusText == "Imported 1 file: 120 new comments, 9 flagged")
    }

    @Test func theHandoverShowsWhatIsNewPendingAndOverdue() {
        var h = Harness(size: Size(rows: 40, columns: 132))
        h.signIn()
        h.type("6")
        #expect(h.contains("since Alex Morgan last signed in, 1 Mar 2025 09:20"))
        #expect(h.contains("Overdue (1)"))
        #expect(h.contains("Pending sign-off (2)"))
        h.type("p")
        #expect(h.contains("Handover for Sam Patel"))
    }
}
