import Foundation
import Testing
@testable import VigilEngine

/// The proposal's life, walked state by state and event by event.
@Suite struct ProposalMachineTests {
    let team = SignOffFixture.Team()
    let t = SignOffFixture.monday.addingTimeInterval(SignOffFixture.hour)
    var roster: Roster { team.roster }

    static let stateNames = ["pending", "approved", "rejected", "withdrawn", "expired", "carried-out"]
    static let eventNames = ["approve by another", "approve by proposer", "reject with note", "reject without note",
                             "withdraw by proposer", "withdraw by another", "expire", "mark done"]

    func proposal(in state: String) -> Proposal {
        var p = SignOffFixture.pending()
        let bob = Decision(by: SignOffFixture.bob, at: SignOffFixture.monday.addingTimeInterval(60), note: nil)
        switch state {
        case "pending": break
        case "approved": p.state = .approved(bob)
        case "rejected": p.state = .rejected(Decision(by: SignOffFixture.bob, at: bob.at, note: "fair comment"))
        case "withdrawn": p.state = .withdrawn(Decision(by: SignOffFixture.alice, at: bob.at, note: nil))
        case "expired": p.state = .expired(at: bob.at)
        case "carried-out": p.state = .carriedOut(approved: bob, done: Decision(by: SignOffFixture.alice, at: bob.at.addingTimeInterval(60), note: nil))
        default: preconditionFailure(state)
        }
        return p
    }

    func event(_ name: String) -> ProposalEvent {
        switch name {
        case "approve by another": .approve(by: SignOffFixture.bob, at: t, note: nil)
        case "approve by proposer": .approve(by: SignOffFixture.alice, at: t, note: nil)
        case "reject with note": .reject(by: SignOffFixture.bob, at: t, note: "this is fair criticism")
        case "reject without note": .reject(by: SignOffFixture.bob, at: t, note: nil)
        case "withdraw by proposer": .withdraw(by: SignOffFixture.alice, at: t, note: nil)
        case "withdraw by another": .withdraw(by: SignOffFixture.bob, at: t, note: nil)
        case "expire": .expire(at: t.addingTimeInterval(400 * SignOffFixture.day))
        case "mark done": .markDone(by: SignOffFixture.bob, at: t, note: "removed on Facebook")
        default: preconditionFailure(name)
        }
    }

    /// What each event does in each state: the new state's name, or the refusal.
    func expected(_ state: String, _ event: String, _ p: Proposal) -> Result<String, WorkflowRefusal> {
        let id = p.id
        switch (state, event) {
        case ("pending", "approve by another"): return .success("approved")
        case ("pending", "approve by proposer"): return .failure(.selfApproval(SignOffFixture.alice))
        case ("pending", "reject with note"): return .success("rejected")
        case ("pending", "reject without note"): return .failure(.rejectionNeedsNote)
        case ("pending", "withdraw by proposer"): return .success("withdrawn")
        case ("pending", "withdraw by another"): return .failure(.onlyProposerMayWithdraw(SignOffFixture.alice))
        case ("pending", "expire"): return .failure(.doesNotExpire(id))
        case ("pending", "mark done"): return .failure(.notApprovedYet(id))
        case ("approved", "mark done"): return .success("carried-out")
        default: return .failure(.alreadyDecided(id, p.state))
        }
    }

    @Test func everyEventInEveryStateDoesWhatTheTableSays() {
        var checked = 0
        for state in Self.stateNames {
            for eventName in Self.eventNames {
                let p = proposal(in: state)
                #expect(p.state.name == state)
                let actual = p.applying(event(eventName), roster: roster).map(\.state.name)
                #expect(actual == expected(state, eventName, p), "\(state) × \(eventName)")
                checked += 1
            }
        }
        #expect(checked == Self.stateNames.count * Self.eventNames.count)
    }

    @Test func aTransitionRecordsWhoDecidedWhenAndTheirNote() throws {
        let p = SignOffFixture.pending()
        let approved = try #require(p.applying(.approve(by: SignOffFixture.bob, at: t, note: "agreed"), roster: roster).value)
        #expect(approved.state == .approved(Decision(by: SignOffFixture.bob, at: t, note: "agreed")))
        let done = try #require(approved.applying(.markDone(by: SignOffFixture.alice, at: t.addingTimeInterval(5), note: nil), roster: roster).value)
        #expect(done.state == .carriedOut(approved: Decision(by: SignOffFixture.bob, at: t, note: "agreed"), done: Decision(by: SignOffFixture.alice, at: t.addingTimeInterval(5), note: nil)))
        #expect(done.id == p.id && done.kind == p.kind && done.proposer == p.proposer && done.reason == p.reason)
    }

    @Test func refusalsReadAsSentencesAPersonCanActOn() {
        let p = SignOffFixture.pending()
        #expect(p.applying(event("approve by proposer"), roster: roster).error?.description
                == "you proposed this: another administrator must sign it off")
        #expect(p.applying(event("reject without note"), roster: roster).error?.description
                == "a rejection needs a note saying why (--note TEXT)")
        #expect(p.applying(.reject(by: SignOffFixture.bob, at: t, note: "   "), roster: roster).error == .rejectionNeedsNote)
        #expect(p.applying(.reject(by: SignOffFixture.alice, at: t, note: "changed my mind"), roster: roster).error == .selfRejection(SignOffFixture.alice))
        let approved = proposal(in: "approved")
        #expect(approved.applying(event("approve by another"), roster: roster).error?.description
                == "P1 is already approved by bob at Mon 3 Mar 2025 09:01")
        #expect(proposal(in: "carried-out").applying(event("mark done"), roster: roster).error?.description
                == "P1 is already carried out by alice at Mon 3 Mar 2025 09:02")
        #expect(p.applying(event("mark done"), roster: roster).error?.description
                == "P1 is still waiting for a second administrator's sign-off: there is nothing to carry out yet")
    }

    @Test func aNoteLongerThanTheLimitIsRefusedNotCut() {
        let p = SignOffFixture.pending()
        let long = String(repeating: "x", count: maximumNoteLength + 1)
        #expect(p.applying(.reject(by: SignOffFixture.bob, at: t, note: long), roster: roster).error == .noteTooLong)
        #expect(p.applying(.approve(by: SignOffFixture.bob, at: t, note: String(repeating: "x", count: maximumNoteLength)), roster: roster).value != nil)
    }

    /// SQLite keeps a bound text only up to a NUL: stored, the record would no longer match the
    /// hash that was signed, and `audit verify` would fail on an honest entry.
    @Test func aReasonOrNoteWithANulCharacterIsRefusedBeforeAnythingIsStored() {
        let p = SignOffFixture.pending()
        #expect(p.applying(.reject(by: SignOffFixture.bob, at: t, note: "not abuse\u{0}really"), roster: roster).error == .noteHasNUL)
        #expect(p.applying(.approve(by: SignOffFixture.bob, at: t, note: "fine\u{0}"), roster: roster).error == .noteHasNUL)
        #expect(WorkflowRefusal.noteHasNUL.description.contains("NUL"))
    }

    @Test func aPendingProposalBecomesOverdueAfterTheSetting() throws {
        let p = SignOffFixture.pending()
        #expect(p.status(at: SignOffFixture.monday.addingTimeInterval(72 * SignOffFixture.hour - 1)) == .pending)
        #expect(p.status(at: SignOffFixture.monday.addingTimeInterval(72 * SignOffFixture.hour)) == .overdue)
        let quick = try WorkflowSettings(overdueAfterHours: 24, blockThreshold: 3, blockWindowDays: 90)
        #expect(p.status(at: SignOffFixture.monday.addingTimeInterval(25 * SignOffFixture.hour), overdueAfter: quick.overdueAfter) == .overdue)
        #expect(proposal(in: "approved").status(at: SignOffFixture.monday.addingTimeInterval(1_000 * SignOffFixture.hour)) == .approved)
        // Overdue is not a dead end: the second administrator can still sign.
        #expect(p.applying(.approve(by: SignOffFixture.bob, at: SignOffFixture.monday.addingTimeInterval(100 * SignOffFixture.hour), note: nil), roster: roster).value != nil)
        #expect(ProposalStatus.allCases.map(\.rawValue) == ["pending", "overdue", "approved", "rejected", "withdrawn", "expired", "carried-out"])
    }

    @Test func workflowSettingsOutOfRangeNameTheSetting() {
        #expect(throws: WorkflowSettingsError.outOfRange("overdue_after_hours", 0, "1 to 8760")) {
            try WorkflowSettings(overdueAfterHours: 0, blockThreshold: 3, blockWindowDays: 90)
        }
        #expect(throws: WorkflowSettingsError.self) { try WorkflowSettings(overdueAfterHours: 72, blockThreshold: 0, blockWindowDays: 90) }
        #expect(throws: WorkflowSettingsError.self) { try WorkflowSettings(overdueAfterHours: 72, blockThreshold: 3, blockWindowDays: 0) }
        #expect(WorkflowSettings.standard.overdueAfter == 72 * 3_600)
        #expect(WorkflowSettings.standard.blockThreshold == 3)
        #expect(WorkflowSettings.standard.blockWindow == 90 * 86_400)
    }
}

/// Opening proposals: what may be proposed, by whom, and what is decided at once.
@Suite struct OpeningProposalTests {
    let team = SignOffFixture.Team()
    let t = SignOffFixture.monday.addingTimeInterval(SignOffFixture.hour)

    func open(_ kind: ProposalKind, by: AccountName = SignOffFixture.alice, reason: String = "abusive", urgent: Severity? = nil, at: Date? = nil) -> Result<Proposal, WorkflowRefusal> {
        Proposal.open(id: ProposalID(9), kind: kind, by: by, at: at ?? t, reason: reason, roster: team.roster, urgentSeverity: urgent)
    }

    @Test func everyActionButKeepWaitsForASecondSignature() throws {
        for action in ModerationAction.allCases {
            let target: ModerationTarget = action.targetsAuthor
                ? .author(AuthorSubject(author: AuthorKey(platform: .facebook, id: "u1"), via: nil))
                : .comment(SignOffFixture.comment())
            let p = try #require(open(.moderation(action, target)).value, "\(action)")
            if action == .keep {
                #expect(p.state == .approved(Decision(by: SignOffFixture.alice, at: t, note: nil)))
                #expect(!p.awaitsCarryingOut)
            } else {
                #expect(p.state == .pending, "\(action)")
            }
        }
    }

    @Test func aKeepIsRecordedButThereIsNothingToCarryOut() throws {
        let keep = try #require(open(.moderation(.keep, .comment(SignOffFixture.comment())), reason: "false alarm: a quote").value)
        #expect(keep.applying(.markDone(by: SignOffFixture.bob, at: t, note: nil), roster: team.roster).error?.description
                == "P9 keeps the comment: there is nothing to carry out on the platform")
    }

    @Test func anUrgentHideOfACriticalCommentGoesStraightToTheActionList() throws {
        let hide = try #require(open(.moderation(.hide, .comment(SignOffFixture.comment())), urgent: .critical).value)
        #expect(hide.urgent)
        #expect(hide.awaitsCarryingOut)
        #expect(ActionList.items([hide]).map(\.proposal) == [ProposalID(9)])
        // The delete proposed beside it still waits.
        let delete = try #require(open(.moderation(.delete, .comment(SignOffFixture.comment()))).value)
        #expect(delete.state == .pending)
    }

    @Test func anUrgentHideNeedsACriticalFlagAndIsOnlyForHiding() {
        #expect(open(.moderation(.hide, .comment(SignOffFixture.comment())), urgent: .high).error?.description
                == "an urgent hide is only for a comment flagged critical; this one's worst flag is high: propose a hide for a second administrator instead")
        #expect(open(.moderation(.delete, .comment(SignOffFixture.comment())), urgent: .critical).error == .urgentOnlyForHide(.delete))
        #expect(open(.roster(.remove(SignOffFixture.bob)), urgent: .critical).error == .urgentOnlyForHide(nil))
    }

    @Test func blockAndUnblockTargetAnAuthorAndTheRestAComment() {
        let author = ModerationTarget.author(AuthorSubject(author: AuthorKey(platform: .x, id: "42"), via: nil))
        #expect(open(.moderation(.block, .comment(SignOffFixture.comment()))).error == .actionTargetsAuthor(.block))
        #expect(open(.moderation(.unblock, .comment(SignOffFixture.comment()))).error == .actionTargetsAuthor(.unblock))
        #expect(open(.moderation(.delete, author)).error == .actionTargetsComment(.delete))
        #expect(open(.moderation(.escalate(.ceop), author)).error?.description == "escalate to ceop acts on a comment, not an author")
    }

    @Test func theAuthorOfACommentWithoutAnAuthorCannotBeBlocked() {
        let anonymous = SignOffFixture.comment(author: nil)
        #expect(AuthorSubject.of(anonymous).error == .authorUnknown(anonymous.comment))
        #expect(AuthorSubject.of(SignOffFixture.comment()).value == AuthorSubject(author: AuthorKey(platform: .facebook, id: "u1"), via: CommentKey(platform: .facebook, id: "c1")))
    }

    @Test func everyProposalNeedsAReason() {
        #expect(open(SignOffFixture.deleteKind(), reason: "").error == .reasonRequired)
        #expect(open(SignOffFixture.deleteKind(), reason: " \n ").error?.description == "a proposal needs a reason (--reason TEXT)")
    }

    @Test func aCoverModeratorMayProposeOnlyInsideTheirWindow() {
        #expect(open(SignOffFixture.deleteKind(), by: SignOffFixture.carol).value != nil)
        let saturday = SignOffFixture.monday.addingTimeInterval(5 * SignOffFixture.day)
        #expect(open(SignOffFixture.deleteKind(), by: SignOffFixture.carol, at: saturday).error?.description
                == "carol's cover window ended on Fri 7 Mar 2025")
        let before = SignOffFixture.monday.addingTimeInterval(-SignOffFixture.day)
        #expect(open(SignOffFixture.deleteKind(), by: SignOffFixture.carol, at: before).error?.description
                == "carol's cover window starts on Mon 3 Mar 2025")
    }

    @Test func onlyAdministratorsProposeRosterChanges() {
        #expect(open(.roster(.remove(SignOffFixture.bob)), by: SignOffFixture.carol).error?.description
                == "carol is a cover moderator: only administrators can change the roster or cover windows")
    }

    @Test func strangersAndRemovedPeopleCannotPropose() {
        #expect(open(SignOffFixture.deleteKind(), by: SignOffFixture.dave).error?.description == "dave is not an administrator or cover moderator")
        var roster = team.roster
        roster.apply(.remove(SignOffFixture.carol), at: SignOffFixture.monday)
        let r = Proposal.open(id: ProposalID(1), kind: SignOffFixture.deleteKind(), by: SignOffFixture.carol, at: t, reason: "x", roster: roster)
        #expect(r.error?.description == "carol was removed from the roster on Mon 3 Mar 2025")
    }

    @Test func proposalTimesAreKeptToTheMillisecondAsTheLogKeepsThem() throws {
        let odd = Date(timeIntervalSince1970: 1_740_996_000.123_456)
        let p = try #require(open(SignOffFixture.deleteKind(), at: odd).value)
        #expect(AuditTime.millis(p.proposedAt) == 1_740_996_000_123)
        #expect(p.proposedAt == AuditTime.date(1_740_996_000_123))
    }
}
