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
        var h = Harness(backend: FakeBackend.generated(count: 100_000, now: Harness.now))
        h.signIn()
        #expect(h.state.queue.list.count == 100_000)
        #expect(h.state.queue.list.rows.count == PagedList<QueueLine>.pageSize)
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
        var h = Harness(backend: FakeBackend.generated(count: 1_000, now: Harness.now))
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
