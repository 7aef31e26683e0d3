import Foundation
import Testing
@testable import VigilEngine

@Suite("Governors' report: figures and rendering")
struct IncidentReportTests {
    static let t0 = Date(timeIntervalSince1970: 1_740_992_400)  // Mon 3 Mar 2025 09:00 London
    static let hour: TimeInterval = 3600
    static let hostileName = "<script>alert(1)</script> \u{1B}[2J Mallory \"&\" 'x' <img src=http://evil.example/x>"
    static let hostileChannel = "Chan<b>nel</b> | =HYPERLINK(\"http://evil.example\")"

    static func name(_ s: String) -> AccountName { try! AccountName(s) }

    static func incident(_ id: String, author: String?, name: String?, hours: Double, _ categories: [VigilEngine.Category],
                         channel: String = "Page", rules: [String] = ["abuse.insult"]) -> ReportIncident {
        ReportIncident(comment: CommentKey(platform: .facebook, id: id), channel: channel,
                       author: author.map { AuthorKey(platform: .facebook, id: $0) }, authorName: name,
                       time: t0.addingTimeInterval(hours * hour), flaggedAt: t0.addingTimeInterval(hours * hour),
                       categories: categories, severity: .medium, rules: rules)
    }

    static func proposal(_ n: UInt64, _ id: String, _ action: ModerationAction, hours: Double, state: ProposalState) -> Proposal {
        Proposal(id: ProposalID(n), kind: .moderation(action, .comment(CommentSubject(comment: CommentKey(platform: .facebook, id: id),
                                                                                        textSHA256: Data(count: 32), authorID: nil))),
                 proposer: name("alice"), proposedAt: t0.addingTimeInterval(hours * hour), reason: "r", state: state)
    }

    static func decision(_ by: String, _ hours: Double) -> Decision { Decision(by: name(by), at: t0.addingTimeInterval(hours * hour), note: nil) }

    static var input: ReportInput {
        ReportInput(
            period: ReportPeriod(), generated: t0.addingTimeInterval(100 * hour), overdueAfter: 72 * hour,
            incidents: [
                incident("a", author: "u1", name: hostileName, hours: 0, [.abuse], channel: hostileChannel),
                incident("b", author: "u2", name: "Bea Parent", hours: 1, [.abuse, .spam], rules: ["abuse.insult", "spam.link"]),
                incident("c", author: "u1", name: hostileName, hours: 2, [.personalInfo], rules: ["personal-info.uk-mobile"]),
                incident("d", author: nil, name: nil, hours: 3, [.spam], rules: ["spam.link"]),
            ],
            proposals: [
                proposal(1, "a", .delete, hours: 2, state: .carriedOut(approved: decision("bob", 4), done: decision("alice", 10))),
                proposal(2, "b", .keep, hours: 3, state: .approved(decision("alice", 3))),
                proposal(3, "c", .escalate(.police), hours: 6, state: .approved(decision("bob", 12))),
                proposal(4, "d", .delete, hours: 4, state: .pending),
            ])
    }

    @Test("Figures: counts by category, channel and month, decisions, false alarms, step timings, overdue")
    func figures() {
        let r = IncidentReport(Self.input, names: false)
        #expect(r.incidentCount == 4)
        #expect(r.byCategory == [ReportCount("abuse", 2), ReportCount("spam", 2), ReportCount("personal-info", 1)])
        #expect(r.byMonth == [ReportCount("2025-03", 4)])
        #expect(r.decisionCount == 3)
        #expect(r.keepCount == 1)
        #expect(r.falseAlarmRate == 1.0 / 3.0)
        #expect(r.escalations == [ReportCount("police", 1)])
        // flag to proposal: a 2 h, b 2 h, c 4 h, d 1 h.
        #expect(r.steps[0] == StepTiming(step: "flag to proposal", count: 4, median: 2 * Self.hour, worst: 4 * Self.hour))
        // The keep is one person's decision: only a's 2 h and c's 6 h are sign-offs.
        #expect(r.steps[1] == StepTiming(step: "proposal to sign-off", count: 2, median: 4 * Self.hour, worst: 6 * Self.hour))
        #expect(r.steps[2] == StepTiming(step: "sign-off to carried out", count: 1, median: 6 * Self.hour, worst: 6 * Self.hour))
        #expect(r.overdue.map(\.proposal) == [ProposalID(4)])
        #expect(r.topRules.prefix(2) == [ReportCount("abuse.insult", 2), ReportCount("spam.link", 2)])
    }

    @Test("Pseudonyms are stable within a report and no name or author id appears without --names")
    func pseudonyms() {
        let r = IncidentReport(Self.input, names: false)
        #expect(r.incidents.map(\.commenter) == ["Commenter 1", "Commenter 2", "Commenter 1", "unknown commenter"])
        for text in [ReportText.markdown(r), ReportText.csv(r), ReportText.html(r)] {
            #expect(!text.contains("Mallory"))
            #expect(!text.contains("Bea Parent"))
            #expect(!text.contains("u1") && !text.contains("u2"))
        }
        let named = IncidentReport(Self.input, names: true)
        #expect(ReportText.markdown(named).contains("Bea Parent"))
    }

    @Test("HTML is self-contained: no script, no external reference, hostile names escaped")
    func htmlIsSafe() {
        let html = ReportText.html(IncidentReport(Self.input, names: true))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(Self.tags(html).subtracting(Self.allowedTags).isEmpty, "tags: \(Self.tags(html).subtracting(Self.allowedTags))")
        #expect(!Self.tagText(html).contains { $0.contains(" src=") || $0.contains(" href=") || $0.contains("url(") || $0.contains("@import") })
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=http://evil.example/x&gt;"))
        #expect(html.contains("&lt;b&gt;nel&lt;/b&gt;"))
        #expect(html.contains("<svg"))
    }

    static let allowedTags: Set<String> = ["!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p",
                                           "table", "tr", "th", "td", "svg", "text", "rect", "code", "pre"]

    /// Everything between a `<` and the next `>`: with text escaped, each is a real tag.
    static func tagText(_ html: String) -> [String] {
        html.split(separator: "<").dropFirst().map { String($0.prefix { $0 != ">" }) }
    }

    static func tags(_ html: String) -> Set<String> {
        Set(tagText(html).map { t in
            String(t.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "!" }).lowercased()
        })
    }

    @Test("Markdown escapes table and markup characters; CSV neutralises formulas")
    func markdownAndCSVEscape() {
        let r = IncidentReport(Self.input, names: true)
        let md = ReportText.markdown(r)
        #expect(md.contains("Chan\\<b\\>nel\\</b\\> \\| =HYPERLINK"))
        #expect(!md.contains("\u{1B}"))
        let csv = ReportText.csv(r)
        #expect(csv.contains("channel,\"facebook: Chan<b>nel</b> | =HYPERLINK(\"\"http://evil.example\"\")\",1"))
        #expect(ReportText.csvField("=1+2") == "'=1+2")
        #expect(ReportText.csvField("@SUM(A1)") == "'@SUM(A1)")
        #expect(csv.contains("summary,false-alarm rate,33.3%"))
        #expect(csv.contains("step-median-hours,flag to proposal,2.00"))
    }

    @Test("Dates: a period of London days, both included; bad dates are named")
    func period() throws {
        let p = try ReportPeriod.days(from: "2025-03-03", to: "2025-03-03").get()
        #expect(p.contains(Self.t0))
        #expect(!p.contains(Self.t0.addingTimeInterval(24 * Self.hour)))
        #expect(ReportPeriod.days(from: "3 March", to: nil) == .failure(.notADate("3 March")))
        #expect(ReportPeriod.days(from: "2025-03-04", to: "2025-03-03") == .failure(.endsBeforeItStarts))
    }
}
