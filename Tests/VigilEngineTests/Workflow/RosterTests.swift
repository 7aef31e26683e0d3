import Foundation
import Testing
@testable import VigilEngine

@Suite struct RosterTests {
    let team = SignOffFixture.Team()
    let t = SignOffFixture.monday.addingTimeInterval(SignOffFixture.hour)

    @Test func administratorsMayAlwaysActAndCoverModeratorsOnlyInAWindow() throws {
        let roster = team.roster
        #expect(roster.authority(of: SignOffFixture.alice, at: t).value == Authority(name: SignOffFixture.alice, role: .administrator, window: nil))
        let carol = try #require(roster.authority(of: SignOffFixture.carol, at: t).value)
        #expect(carol.window == team.window)
        // The window runs from midnight on the first day to midnight after the last.
        let lastMoment = team.window.end.addingTimeInterval(-0.001)
        #expect(roster.authority(of: SignOffFixture.carol, at: lastMoment).value != nil)
        #expect(roster.authority(of: SignOffFixture.carol, at: team.window.end).error == .coverWindowEnded(SignOffFixture.carol, lastDay: team.window.lastDay))
        #expect(roster.authority(of: SignOffFixture.carol, at: team.window.start.addingTimeInterval(-0.001)).error
                == .coverWindowNotStarted(SignOffFixture.carol, starts: team.window.start))
    }

    @Test func aCoverModeratorWithNoWindowIsToldHowToGetOne() {
        let roster = SignOffFixture.roster([team.alice, team.bob, team.carol])
        #expect(roster.authority(of: SignOffFixture.carol, at: t).error?.description
                == "carol is a cover moderator with no cover window: an administrator must add one (vigil cover carol --for NAME --from DATE --to DATE)")
    }

    @Test func ofSeveralWindowsTheNextOneIsNamedBeforeThePastOne() throws {
        let past = try CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: "2025-02-01", to: "2025-02-02")
        let next = try CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: "2025-04-01", to: "2025-04-02")
        let roster = SignOffFixture.roster([team.alice, team.bob, team.carol], windows: [past, next])
        #expect(roster.authority(of: SignOffFixture.carol, at: t).error?.description == "carol's cover window starts on Tue 1 Apr 2025")
        let later = SignOffFixture.monday.addingTimeInterval(60 * SignOffFixture.day)
        #expect(roster.authority(of: SignOffFixture.carol, at: later).error?.description == "carol's cover window ended on Wed 2 Apr 2025")
    }

    @Test func coverWindowsAreWholeLondonDaysAcrossTheClockChange() throws {
        // British Summer Time starts on Sun 30 Mar 2025: that day has 23 hours.
        let w = try CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: "2025-03-29", to: "2025-03-30")
        #expect(w.start == Date(timeIntervalSince1970: 1_743_206_400)) // 29 Mar 00:00 GMT
        #expect(w.end == Date(timeIntervalSince1970: 1_743_375_600))   // 31 Mar 00:00 BST = 30 Mar 23:00 UTC
        #expect(DisplayTime.day(w.lastDay) == "Sun 30 Mar 2025")
    }

    @Test func coverWindowDatesMustBeRealDatesInOrder() {
        for bad in ["2025-02-30", "2025-3-04", "04/03/2025", "2025-03-04T00:00", "", "２０２５-03-04"] {
            #expect(throws: CoverWindowError.self, "\(bad)") {
                try CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: bad, to: "2025-03-08")
            }
        }
        #expect(throws: CoverWindowError.endsBeforeItStarts(from: "2025-03-08", to: "2025-03-04")) {
            try CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: "2025-03-08", to: "2025-03-04")
        }
        #expect(CoverWindowError.notADate("2025-02-30").description == "\"2025-02-30\" is not a date: write it as YYYY-MM-DD, e.g. 2025-03-04")
        #expect((try? CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: "2025-03-04", to: "2025-03-04")) != nil)
    }

    @Test func addingSomeoneAlreadyOnTheRosterOrWithAnotherPersonsKeyIsRefused() {
        let roster = team.roster
        #expect(roster.problem(with: .add(SignOffFixture.bob, .administrator, publicKey: SignOffFixture.identity(SignOffFixture.bob).publicKey), at: t)
                == .alreadyOnRoster(SignOffFixture.bob, .administrator))
        #expect(roster.problem(with: .add(SignOffFixture.dave, .administrator, publicKey: team.bob.publicKey), at: t)
                == .keyAlreadyInUse(SignOffFixture.dave, by: SignOffFixture.bob))
        #expect(roster.problem(with: .add(SignOffFixture.dave, .administrator, publicKey: Data(count: 31)), at: t) == .malformedPublicKey(SignOffFixture.dave))
        #expect(roster.problem(with: .add(SignOffFixture.dave, .coverModerator, publicKey: SignOffFixture.identity(SignOffFixture.dave).publicKey), at: t) == nil)
    }

    @Test func theRosterNeverDropsBelowTwoAdministrators() {
        #expect(team.roster.problem(with: .remove(SignOffFixture.bob), at: t)?.description
                == "removing bob would leave fewer than two administrators: add another administrator first")
        #expect(team.roster.problem(with: .remove(SignOffFixture.carol), at: t) == nil)
        #expect(team.roster.problem(with: .remove(SignOffFixture.dave), at: t) == .notOnRoster(SignOffFixture.dave))
        let three = SignOffFixture.roster([team.alice, team.bob, SignOffFixture.identity(SignOffFixture.dave)])
        #expect(three.problem(with: .remove(SignOffFixture.bob), at: t) == nil)
    }

    @Test func aCoverWindowIsForACoverModeratorCoveringAnAdministratorInTheFuture() throws {
        func window(_ m: AccountName, _ c: AccountName, _ from: String = "2025-03-10", _ to: String = "2025-03-14") throws -> RosterChange {
            .addCoverWindow(try CoverWindow.days(moderator: m, covering: c, from: from, to: to))
        }
        let roster = team.roster
        #expect(roster.problem(with: try window(SignOffFixture.carol, SignOffFixture.alice), at: t) == nil)
        #expect(roster.problem(with: try window(SignOffFixture.bob, SignOffFixture.alice), at: t) == .notACoverModerator(SignOffFixture.bob))
        #expect(roster.problem(with: try window(SignOffFixture.carol, SignOffFixture.carol), at: t) == .coversOnlyAdministrators(SignOffFixture.carol))
        #expect(roster.problem(with: try window(SignOffFixture.dave, SignOffFixture.alice), at: t) == .notOnRoster(SignOffFixture.dave))
        #expect(roster.problem(with: try window(SignOffFixture.carol, SignOffFixture.alice, "2025-02-03", "2025-02-07"), at: t)?.description
                == "that cover window ended on Fri 7 Feb 2025")
        #expect(roster.problem(with: try window(SignOffFixture.carol, SignOffFixture.alice, "2025-03-10", "2026-03-20"), at: t) == .coverWindowTooLong)
        let empty = CoverWindow(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, start: t.addingTimeInterval(SignOffFixture.day), end: t.addingTimeInterval(SignOffFixture.day))
        #expect(roster.problem(with: .addCoverWindow(empty), at: t) == .coverWindowEmpty)
    }

    @Test func applyingChangesAddsRemovesAndRemembersWhen() {
        var roster = team.roster
        let dave = SignOffFixture.identity(SignOffFixture.dave)
        roster.apply(.add(SignOffFixture.dave, .administrator, publicKey: dave.publicKey), at: t)
        #expect(roster.members[SignOffFixture.dave] == RosterMember(name: SignOffFixture.dave, role: .administrator, publicKey: dave.publicKey, since: t))
        roster.apply(.remove(SignOffFixture.carol), at: t)
        #expect(roster.members[SignOffFixture.carol] == nil)
        #expect(roster.removed[SignOffFixture.carol] == t)
        #expect(roster.coverWindows.isEmpty, "a removed cover moderator's windows go with them")
        #expect(roster.administrators.map(\.name) == [SignOffFixture.alice, SignOffFixture.bob, SignOffFixture.dave])
    }

    @Test func theStoresAccountsMakeTheLiveRoster() throws {
        let pass = Passphrase("a perfectly fine passphrase")
        func account(_ n: AccountName, _ m: Membership) throws -> Account {
            try Account.create(name: n, role: .administrator, passphrase: pass, membership: m, at: SignOffFixture.monday, cost: .weakForTestsOnly).0
        }
        let accounts = [
            try account(SignOffFixture.alice, .active(since: SignOffFixture.monday)),
            try account(SignOffFixture.bob, .active(since: SignOffFixture.monday)),
            try account(SignOffFixture.carol, .removed(at: t)),
            try account(SignOffFixture.dave, .awaitingApproval(ProposalID(3))),
        ]
        let roster = Roster(accounts: accounts, coverWindows: [])
        #expect(Set(roster.members.keys) == [SignOffFixture.alice, SignOffFixture.bob])
        #expect(roster.removed == [SignOffFixture.carol: t])
        #expect(roster.authority(of: SignOffFixture.dave, at: t).error == .notOnRoster(SignOffFixture.dave))
    }
}

@Suite struct SignOffCapacityTests {
    let team = SignOffFixture.Team()

    @Test func twoAdministratorsEveryDayMeansNoWarning() {
        let roster = SignOffFixture.roster([team.alice, team.bob])
        let capacity = SignOffCapacity.assess(roster, at: SignOffFixture.monday)
        #expect(capacity.days.count == 7)
        #expect(capacity.days.allSatisfy { $0.people == [SignOffFixture.alice, SignOffFixture.bob] })
        #expect(capacity.warning == nil)
    }

    @Test func anAdministratorAwayWithNoCoverLeavesDaysShortAndTheWarningNamesThem() {
        var roster = SignOffFixture.roster([team.alice, team.bob])
        let tuesday = DisplayTime.calendar.startOfDay(for: SignOffFixture.monday).addingTimeInterval(SignOffFixture.day)
        roster.absences = [Absence(person: SignOffFixture.alice, start: tuesday, end: tuesday.addingTimeInterval(2 * SignOffFixture.day))]
        let capacity = SignOffCapacity.assess(roster, at: SignOffFixture.monday)
        #expect(capacity.shortDays.map(\.start) == [tuesday, tuesday.addingTimeInterval(SignOffFixture.day)])
        #expect(capacity.warning == "fewer than two people can sign off this week: Tue 4 Mar 2025 (only bob), Wed 5 Mar 2025 (only bob)")
    }

    @Test func aCoverModeratorInTheirWindowStandsInForTheAdministratorTheyCover() {
        let capacity = SignOffCapacity.assess(team.roster, at: SignOffFixture.monday)
        // Mon–Fri: alice away, carol covering; Sat and Sun: alice back, carol's window over.
        #expect(capacity.days.prefix(5).allSatisfy { $0.people == [SignOffFixture.bob, SignOffFixture.carol] })
        #expect(capacity.days.suffix(2).allSatisfy { $0.people == [SignOffFixture.alice, SignOffFixture.bob] })
        #expect(capacity.warning == nil)
    }

    @Test func aCoverModeratorWithoutAWindowDoesNotCount() {
        var roster = SignOffFixture.roster([team.alice, team.bob, team.carol])
        roster.absences = [Absence(person: SignOffFixture.bob, start: SignOffFixture.monday.addingTimeInterval(-SignOffFixture.day), end: SignOffFixture.monday.addingTimeInterval(30 * SignOffFixture.day))]
        let capacity = SignOffCapacity.assess(roster, at: SignOffFixture.monday)
        #expect(capacity.shortDays.count == 7)
        #expect(capacity.warning?.contains("Mon 3 Mar 2025 (only alice)") == true)
    }

    @Test func anAbsenceForPartOfADayStillLeavesThePersonAbleToSign() {
        var roster = SignOffFixture.roster([team.alice, team.bob])
        let day = DisplayTime.calendar.startOfDay(for: SignOffFixture.monday)
        roster.absences = [
            Absence(person: SignOffFixture.alice, start: day, end: day.addingTimeInterval(12 * SignOffFixture.hour)),
            Absence(person: SignOffFixture.bob, start: day.addingTimeInterval(2 * SignOffFixture.day), end: day.addingTimeInterval(2 * SignOffFixture.day + 6 * SignOffFixture.hour)),
            Absence(person: SignOffFixture.bob, start: day.addingTimeInterval(2 * SignOffFixture.day + 6 * SignOffFixture.hour), end: day.addingTimeInterval(3 * SignOffFixture.day)),
        ]
        let capacity = SignOffCapacity.assess(roster, at: SignOffFixture.monday)
        #expect(capacity.days[0].people == [SignOffFixture.alice, SignOffFixture.bob])
        #expect(capacity.days[2].people == [SignOffFixture.alice], "two absences that together cover the day")
    }

    @Test func nobodyIsSaidWhenNobodyCanSign() {
        var roster = SignOffFixture.roster([team.alice, team.bob])
        roster.absences = [SignOffFixture.alice, SignOffFixture.bob].map { Absence(person: $0, start: .distantPast, end: .distantFuture) }
        #expect(SignOffCapacity.assess(roster, at: SignOffFixture.monday, dayCount: 1).warning
                == "fewer than two people can sign off this week: Mon 3 Mar 2025 (nobody)")
    }
}
