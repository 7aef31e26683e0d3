import Foundation
import Testing
import VigilEngine
@testable import VigilStore

@Suite("Records: report figures, evidence, retention")
struct RecordsTests {
    static let hour: TimeInterval = 3600

    @Test("The report's figures from a store match the fixture's known counts and timings")
    func reportFiguresFromTheStore() throws {
        let f = try RecordsFixture()
        try f.decide()
        f.at(96)
        let r = IncidentReport(try f.store.reportInput(period: ReportPeriod(), at: f.t.clock.now), names: false)
        #expect(r.incidentCount == 5)
        #expect(r.byCategory == [ReportCount("abuse", 2), ReportCount("spam", 1), ReportCount("personal-info", 1), ReportCount("safeguarding", 1)])
        #expect(r.byChannel == [ReportCount("facebook: Test Channel", 4), ReportCount("youtube: Demo YouTube", 1)])
        #expect(r.byMonth == [ReportCount("2025-02", 2), ReportCount("2025-03", 3)])
        #expect(r.decisionCount == 5)
        #expect(r.keepCount == 1)
        #expect(r.falseAlarmRate == 0.2)
        #expect(Set(r.decisions) == [ReportCount("delete", 1), ReportCount("keep", 1), ReportCount("escalate to dsl", 1), ReportCount("block", 1), ReportCount("rejected", 1)])
        #expect(r.escalations == [ReportCount("dsl", 1)])
        #expect(r.blocks == [ReportCount("block", 1)])
        #expect(r.steps[0] == StepTiming(step: "flag to proposal", count: 5, median: 8 * Self.hour, worst: 17 * Self.hour))
        #expect(r.steps[1] == StepTiming(step: "proposal to sign-off", count: 4, median: 1.5 * Self.hour, worst: 4 * Self.hour))
        #expect(r.steps[2] == StepTiming(step: "sign-off to carried out", count: 1, median: 3 * Self.hour, worst: 3 * Self.hour))
        #expect(r.overdue.map(\.waited) == [80 * Self.hour])
        #expect(r.topRules.first == ReportCount("abuse.insult", 2))
        #expect(r.incidents.map(\.outcome) == ["deleted (P1)", "awaiting sign-off (P6)", "proposal rejected (P5)", "kept (P2)", "escalate to dsl approved, not yet carried out (P3)"])
        #expect(r.incidents.map(\.commenter) == ["Commenter 1", "Commenter 2", "Commenter 1", "Commenter 3", "Commenter 3"])
    }

    @Test("A period counts only the comments posted and decisions proposed inside it")
    func periodLimitsTheCounts() throws {
        let f = try RecordsFixture()
        try f.decide()
        let march = try ReportPeriod.days(from: "2025-03-01", to: "2025-03-31").get()
        let r = IncidentReport(try f.store.reportInput(period: march, at: f.t.clock.now), names: false)
        #expect(r.incidentCount == 3)
        #expect(r.byMonth == [ReportCount("2025-03", 3)])
        #expect(r.decisionCount == 5)
        let february = try ReportPeriod.days(from: "2025-02-01", to: "2025-02-28").get()
        let none = IncidentReport(try f.store.reportInput(period: february, at: f.t.clock.now), names: false)
        #expect(none.incidentCount == 2)
        #expect(none.decisionCount == 0)
        #expect(none.falseAlarmRate == nil)
    }

    @Test("An evidence record holds every version, the decisions and the entries about the comment")
    func evidenceRecord() throws {
        let f = try RecordsFixture()
        try f.decide()
        let r = try #require(try f.store.evidence(for: CommentKey(platform: .facebook, id: "c1")))
        #expect(r.comments.map(\.comment.key.id) == ["c1"])
        #expect(r.proposals.map(\.id) == [ProposalID(1)])
        #expect(r.entries.map(\.kind) == ["propose", "approve", "done"])
        let author = try #require(try f.store.evidence(for: AuthorKey(platform: .facebook, id: "u-Gary")))
        #expect(author.comments.map(\.comment.key.id) == ["c1", "c2"])
        #expect(author.proposals.map(\.id) == [ProposalID(1), ProposalID(4), ProposalID(5)])
        #expect(try f.store.evidence(for: AuthorKey(platform: .facebook, id: "nobody")) == nil)
    }

    @Test("Retention: the dry run lists exactly what apply removes, in the same order")
    func dryRunEqualsApply() throws {
        let f = try RecordsFixture()
        try f.decide()
        f.at(400 * 24)
        let policy = RetentionPolicy(unflaggedDays: 90, evidenceDays: 365)
        let plan = try f.store.retentionPlan(policy, at: f.t.clock.now)
        #expect(plan.map(\.comment.id) == ["c1", "c3", "c6", "c7"])
        let result = try f.store.applyRetention(policy, by: try f.t.signIn("alice").identity, at: f.t.clock.now)
        #expect(result.items == plan)
        #expect(result.entries.count == plan.count)
        #expect(try f.store.retentionPlan(policy, at: f.t.clock.now).isEmpty)
    }

    @Test("After a purge the text is gone, its hash kept, and the audit chain and integrity checks verify")
    func chainVerifiesAfterPurge() throws {
        let f = try RecordsFixture()
        try f.decide()
        f.at(400 * 24)
        let before = try #require(try f.store.detail(CommentKey(platform: .facebook, id: "c1"), historyLimit: 0))
        _ = try f.store.applyRetention(RetentionPolicy(unflaggedDays: 90, evidenceDays: 365), by: try f.t.signIn("alice").identity, at: f.t.clock.now)
        let after = try #require(try f.store.detail(CommentKey(platform: .facebook, id: "c1"), historyLimit: 0))
        #expect(after.versions.allSatisfy { $0.text == nil })
        #expect(after.versions.map(\.sha256) == before.versions.map(\.sha256))
        let report = try f.store.verifyAudit()
        #expect(report.failure == nil)
        #expect(report.problems.isEmpty)
        #expect(try f.t.entries().filter { $0.kind == "purge" }.count == 4)
        // A purged decided text put back altered is still caught.
        try f.t.tamper("UPDATE comment_versions SET text = 'something else' WHERE comment_id = (SELECT id FROM comments WHERE platform_id = 'c1')")
        #expect(try f.store.verifyAudit().problems.isEmpty == false)
    }

    @Test("Decided comments stay on record until their evidence period ends; pending and open ones stay regardless")
    func decidedStayUntilEvidencePeriodEnds() throws {
        let f = try RecordsFixture()
        try f.decide()
        let policy = RetentionPolicy(unflaggedDays: 90, evidenceDays: 365)
        // c1's last decision is done at +5 h, c3's keep at +6 h.
        f.at(5 + 364 * 24)
        #expect(try f.store.retentionPlan(policy, at: f.t.clock.now).filter { $0.reason == .decided }.isEmpty)
        f.at(6 + 365 * 24 + 1)
        let plan = try f.store.retentionPlan(policy, at: f.t.clock.now)
        #expect(plan.filter { $0.reason == .decided }.map(\.comment.id) == ["c1", "c3"])
        // c2 (a block approved, not carried out), c4 (escalation not done) and y5 (pending) are kept.
        #expect(!plan.contains { ["c2", "c4", "y5"].contains($0.comment.id) })
    }

    @Test("A comment edited after its decision loses every version's text, and the decided hash still verifies")
    func editedAfterDecision() throws {
        let f = try RecordsFixture()
        try f.decide()
        // c1 (deleted) edited to a clean text; c4 (escalated, not carried out) aside, c3 (kept)
        // edited to a newly flagged text, which awaits a decision again.
        try f.store.writeImports { writer in
            try writer.begin(ImportFileInfo(fileName: "later.json", sha256: String(repeating: "b", count: 64), byteCount: 1, started: f.t.clock.now))
            try writer.add([
                FlaggedComment(comment: RecordsFixture.comment(.facebook, "c1", "Gary", "2025-02-10", "sorry"), flags: []),
                FlaggedComment(comment: RecordsFixture.comment(.facebook, "c3", "Ann", "2025-03-01", "ring 07700 900418"),
                               flags: [RecordsFixture.flag(.personalInfo, .high, "uk-mobile")]),
            ])
            _ = try writer.finish(format: .facebook, warnings: [])
        }
        f.at(400 * 24)
        let plan = try f.store.retentionPlan(RetentionPolicy(unflaggedDays: 90, evidenceDays: 365), at: f.t.clock.now)
        #expect(plan.filter { $0.comment.id == "c1" }.count == 2)
        #expect(!plan.contains { $0.comment.id == "c3" })
        _ = try f.store.applyRetention(RetentionPolicy(unflaggedDays: 90, evidenceDays: 365), by: try f.t.signIn("alice").identity, at: f.t.clock.now)
        let report = try f.store.verifyAudit()
        #expect(report.failure == nil)
        #expect(report.problems.isEmpty, "\(report.problems)")
    }

    @Test("Unflagged comments lose their text only after the unflagged period, counted from posting")
    func unflaggedPeriod() throws {
        let f = try RecordsFixture()
        f.at(0)
        // c6 was posted on 1 Jan 2025, 61 days before Monday 3 March; c7 on 2 March.
        #expect(try f.store.retentionPlan(RetentionPolicy(unflaggedDays: 60, evidenceDays: 365), at: f.t.clock.now).map(\.comment.id) == ["c6"])
        #expect(try f.store.retentionPlan(RetentionPolicy(unflaggedDays: 62, evidenceDays: 365), at: f.t.clock.now).isEmpty)
    }

    @Test("Only an administrator can purge: a cover moderator's retention is refused and nothing changes")
    func coverModeratorCannotPurge() throws {
        let f = try RecordsFixture()
        f.at(0)
        try f.t.addMember("carol", .coverModerator)
        try f.t.addCover("carol", for: "alice", from: "2025-03-03", to: "2025-03-09")
        let carol = try f.t.signIn("carol")
        #expect(throws: SignOffError.self) {
            _ = try f.store.applyRetention(RetentionPolicy(unflaggedDays: 30, evidenceDays: 365), by: carol.identity, at: f.t.clock.now)
        }
        #expect(try f.store.retentionPlan(RetentionPolicy(unflaggedDays: 30, evidenceDays: 365), at: f.t.clock.now).count == 1)
    }

    @Test("The handover a command prints is the store's one query: new flagged since a time, pending and overdue")
    func handoverFromTheStore() throws {
        let f = try RecordsFixture()
        try f.decide()
        f.at(96)
        let h = try f.t.service.handover(for: SignOffTestStore.name("bob"), since: .time(RecordsFixture.day("2025-02-28")))
        #expect(h.newFlagged[.medium] == 1 && h.newFlagged[.high] == 1 && h.newFlagged[.critical] == 1)
        #expect(h.pendingTotal == 1)
        #expect(h.overdueTotal == 1)
    }
}
