import Foundation
import Testing
import VigilEngine
@testable import VigilConsole

@Suite struct SignInTests {
    @Test func nameThenPassphraseSignsInAndTheQueueLoads() {
        var h = Harness()
        #expect(h.contains("Name:"))
        h.type("Alex Morgan<Enter>")
        #expect(h.contains("Passphrase:"))
        h.type("orchard lantern")
        #expect(!h.contains("orchard"), "the passphrase is never drawn")
        h.type("<Enter>")
        #expect(h.state.session?.name == "Alex Morgan")
        #expect(h.contains("1 Queue"))
        #expect(h.contains("awaiting"))
    }

    @Test func aWrongPassphraseSaysSoAndHowManyTriesAreLeft() {
        var h = Harness()
        h.signIn("Alex Morgan", "wrong")
        #expect(h.state.session == nil)
        #expect(h.contains("Wrong passphrase for Alex Morgan (4 more tries"))
        #expect(h.contains("Passphrase:"), "asks again for the passphrase")
    }

    @Test func fiveWrongPassphrasesLockTheAccountAndTheRightOneIsThenRefused() {
        var h = Harness()
        h.type("Sam Patel<Enter>")
        for _ in 0..<5 { h.type("nope<Enter>") }
        #expect(h.contains("locked for 15 minutes"))
        h.type("harbour violet<Enter>")
        #expect(h.state.session == nil)
        #expect(h.contains("locked after five wrong passphrases until"))
    }

    @Test func asNameStartsAtThePassphrase() {
        var h = Harness(name: "Sam Patel")
        #expect(h.contains("Passphrase:"))
        #expect(h.contains("Sam Patel"))
        h.type("harbour violet<Enter>")
        #expect(h.state.session?.name == "Sam Patel")
    }

    @Test func aCoverModeratorOutsideTheirWindowIsToldWhenItIs() {
        var h = Harness()
        h.signIn("Jo Lee", "not yet")
        #expect(h.state.session == nil)
        #expect(h.contains("Your cover window is 6 Mar 2025 09:20 to 13 Mar 2025 09:20"))
    }

    @Test func aCoverModeratorInsideTheirWindowIsToldWhenItEnds() {
        var h = Harness()
        h.signIn("Chris Ward", "open window")
        #expect(h.state.session?.role == .coverModerator)
        #expect(h.statusText.contains("your cover window ends at 9 Mar 2025 09:20"))
    }

    @Test func aPassphraseBeingTypedNeverAppearsInADumpOfTheState() {
        var h = Harness()
        h.type("Alex Morgan<Enter>orchard lant")
        #expect(!String(reflecting: h.state).contains("orchard"))
        h.type("ern<Enter>2a<Enter>orchard lan")
        #expect(h.state.prompt?.secret == true)
        #expect(!String(reflecting: h.state).contains("orchard"))
        #expect(!String(describing: h.state).contains("orchard"))
    }

    @Test func thePassphraseNeverAppearsInAnEffectsDescription() {
        var h = Harness()
        h.signIn()
        h.type("2a<Enter>orchard lantern<Enter>")
        let dump = h.effects.map { String(describing: $0) }.joined(separator: "\n") + String(reflecting: h.effects)
        #expect(!dump.contains("orchard lantern"))
        #expect(dump.contains("(secret)"))
    }
}

@Suite struct QueueTests {
    @Test func theQueueShowsTheMostSevereFirstThenTheOldest() {
        var h = Harness()
        h.signIn()
        let rows = (0..<h.state.queue.list.count).compactMap { h.state.queue.list[$0] }
        #expect(rows.first?.severity == .critical)
        for (a, b) in zip(rows, rows.dropFirst()) {
            #expect(a.severity > b.severity || (a.severity == b.severity && a.created! <= b.created!), "\(a.key) before \(b.key)")
        }
        #expect(h.lines[4].contains("CRIT"))
        #expect(h.lines[4].contains("extremism"), "the older of the two critical comments comes first")
    }

    @Test func aFilterKeyNarrowsTheQueueAndXClearsIt() {
        var h = Harness()
        h.signIn()
        let all = h.state.queue.list.count
        h.type("c")
        #expect(h.state.queue.filter.category == .abuse)
        #expect(h.state.queue.list.count == 2)
        #expect(h.contains("awaiting · abuse · any severity"))
        h.type("x")
        #expect(h.state.queue.list.count == all)
    }

    @Test func severityFilterKeepsThatSeverityOrWorse() {
        var h = Harness()
        h.signIn()
        h.type("vv")
        #expect(h.state.queue.filter.minimumSeverity == .high)
        let rows = (0..<h.state.queue.list.count).compactMap { h.state.queue.list[$0] }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.severity >= .high })
    }

    @Test func statusFilterShowsPendingProposals() {
        var h = Harness()
        h.signIn()
        h.type("t")
        #expect(h.state.queue.filter.status == .pending)
        #expect(h.contains("[delete by Sam Patel]"))
    }

    @Test func channelFilterCyclesThroughTheChannels() {
        var h = Harness()
        h.signIn()
        h.type("n")
        let first = h.state.queue.counts!.channels[0]
        #expect(h.state.queue.filter.channel == first)
        let rows = (0..<h.state.queue.list.count).compactMap { h.state.queue.list[$0] }
        #expect(rows.allSatisfy { $0.channel == first })
    }

    @Test func searchMatchesTextAndAuthor() {
        var h = Harness()
        h.signIn()
        h.type("/lunchbox<Enter>")
        #expect(h.state.queue.list.count == 1)
        #expect(h.contains("Dana Whitfield"))
        h.type("/rob kettle<Enter>")
        #expect(h.state.queue.list.count == 2)
        h.type("/nothing like this<Enter>")
        #expect(h.contains("No flagged comments match"))
    }

    @Test func theHeaderCountsByCategoryAndTheSignOffsWaitingForMe() {
        var h = Harness()
        h.signIn()
        #expect(h.lines[1].contains("abuse 2"))
        #expect(h.lines[1].contains("2 to sign off"))
        #expect(h.lines[0].contains("2 Sign-offs 2"))
    }

    @Test func anUnknownKeySaysSoInsteadOfDoingNothing() {
        var h = Harness()
        h.signIn()
        h.type("Z")
        #expect(h.statusText == "Z does nothing here: ? lists the keys")
    }

    @Test func qInTheQueueQuitsAndEscDoesNot() {
        var h = Harness()
        h.signIn()
        h.type("<Esc>")
        #expect(!h.state.wantsQuit)
        h.type("q")
        #expect(h.state.wantsQuit)
        #expect(h.effects.last == .quit)
    }
}

@Suite struct PagingTests {
    @Test func movingThroughAHundredThousandRowsLoadsOnlyPages() {
        var h = Harness(backend: .generated(count: 100_000, now: Harness.now))
        h.signIn()
        #expect(h.state.queue.list.count == 100_000)
        #expect(h.state.queue.list.rows.count == PagedList<QueueRow>.pageSize)
        let before = h.effects.count
        h.type("jjjjjkk")
        #expect(h.effects.count == before, "moving inside the loaded page asks for nothing")
        h.type("G")
        #expect(h.state.queue.list.cursor == 99_999)
        #expect(h.state.queue.list.selected != nil, "the last page was loaded")
        #expect(h.contains("100,000 of 100,000"))
        h.type("g")
        #expect(h.state.queue.list.cursor == 0)
        #expect(h.state.queue.list.selected != nil)
    }

    @Test func pageDownMovesAScreenAtATime() {
        var h = Harness(backend: .generated(count: 1_000, now: Harness.now))
        h.signIn()
        h.type("<PgDn>")
        #expect(h.state.queue.list.cursor == ScreenLayout.listRows(for: .queue, size: h.state.size))
        h.type("<PgUp>")
        #expect(h.state.queue.list.cursor == 0)
    }

    @Test func aStalePageForAnOldFilterIsIgnored() {
        var h = Harness()
        h.signIn()
        let stale = QueueFilter(category: .spam)
        h.send(.queueLoaded(stale, .success(Page(offset: 0, rows: [], total: 0))))
        #expect(h.state.queue.list.count > 0)
    }
}

@Suite struct DetailTests {
    @Test func enterOpensTheWholeCommentWithFlagsThreadAndAuthor() {
        var h = Harness(size: Size(rows: 40, columns: 132))
        h.signIn()
        h.type("/lunchbox<Enter><Enter>")
        #expect(h.state.view == .detail)
        #expect(h.contains("ring me on 07700 900123"))
        #expect(h.contains("cann-bridge §3.3: personal information — a UK mobile number"))
        #expect(h.contains("In reply to Oakfield Primary"))
        #expect(h.contains("Dana Whitfield: 1 comment"))
        let row = h.lines.firstIndex { $0.contains("07700 900123") }!
        let col = h.lines[row].distance(from: h.lines[row].startIndex, to: h.lines[row].range(of: "07700")!.lowerBound)
        #expect(h.screen[row, col].style == .flaggedSpan, "the flagged span is highlighted")
        #expect(h.screen[row, col - 2].style != .flaggedSpan)
        h.type("q")
        #expect(h.state.view == .queue)
    }

    @Test func theAuthorsHistoryShowsEarlierFlagsAndABlockSuggestion() {
        var h = Harness(size: Size(rows: 40, columns: 132))
        h.signIn()
        h.type("/useless<Enter><Enter>G")
        #expect(h.contains("Rob Kettle: 2 comments, 2 flagged"))
        #expect(h.contains("MED abuse undecided facebook:1001_7"))
    }

    @Test func bracketKeysStepThroughTheQueue() {
        var h = Harness()
        h.signIn()
        h.type("<Enter>")
        let first = h.state.detail.key
        h.type("]")
        #expect(h.state.detail.key != first)
        #expect(h.state.detail.key == h.state.queue.list[1]?.key)
        h.type("[")
        #expect(h.state.detail.key == first)
    }
}

@Suite struct DecisionTests {
    @Test func proposingADeleteStartsWithTheFlagsReasonAndNeedsASecondSignature() {
        var h = Harness()
        h.signIn()
        h.type("/useless<Enter><Enter>d")
        #expect(h.contains("Delete facebook:1001_3: reason:"))
        #expect(h.contains("heaton, acceptable use"), "the reason is pre-filled from the flag")
        h.type("<Enter>")
        #expect(h.statusText == "Delete proposed (P-5): another administrator must sign it off")
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
        #expect(h.statusText.hasPrefix("Approved P-"))
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
        #expect(h.statusText.hasPrefix("Rejected P-"))
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
        let before = h.backend
        h.type("d<Esc>")
        #expect(h.statusText == "Cancelled")
        #expect(!h.effects.contains { if case .propose = $0 { return true } else { return false } })
        _ = before
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
        #expect(h.contains("A-1"))
        h.type("m")
        #expect(h.statusText == "A-1 marked as carried out")
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
