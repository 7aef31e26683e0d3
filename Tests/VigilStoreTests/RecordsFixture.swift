import Foundation
import VigilEngine
@testable import VigilStore

/// A store with known counts for the records tests: five flagged comments over two months
/// and two channels, two unflagged ones, and decisions made at known times on the test clock.
///
/// Flagged: c1 (Gary, abuse, Feb), c2 (Gary, abuse, Mar), c3 (Ann, personal-info, Mar),
/// c4 (Ann, safeguarding critical, Mar), y5 (Quiet, spam, Feb, YouTube). Unflagged: c6 (Ann,
/// 1 Jan 2025), c7 (Bob, 2 Mar 2025). All first flagged by one import at 08:00 on Monday 3 March.
/// Decisions (hours after 09:00): delete c1 proposed +0, approved +2, done +5; keep c3 +6;
/// escalate c4 to the DSL +7, approved +11; block Gary via c2 +12, approved +13; delete c2
/// +14, rejected +15; delete y5 +16, still pending.
final class RecordsFixture: @unchecked Sendable {
    let t: SignOffTestStore
    static let hour: TimeInterval = 3600
    static let importedAt = SignOffTestStore.monday.addingTimeInterval(-hour)
    var store: SQLiteStore { t.store }

    static func day(_ text: String) -> Date {
        let f = ISO8601DateFormatter()
        return f.date(from: text + "T12:00:00Z")!
    }

    static func flag(_ category: VigilEngine.Category, _ severity: Severity, _ kind: String) -> Flag {
        Flag(category: category, kind: kind, rule: "\(category.rawValue).\(kind)", severity: severity, action: .delete,
             spans: [Span(start: 0, end: 3)], explanation: "test")
    }

    static func comment(_ platform: Platform = .facebook, _ id: String, _ author: String, _ day: String, _ text: String,
                        channel: String = "Test Channel") -> ImportedComment {
        ImportedComment(platform: platform, platformID: id, channel: channel, post: PostRef(platformID: "post-1", title: "Sports day"),
                        parentID: nil, author: AuthorRef(platformID: "u-" + author, name: author), created: Self.day(day), text: text,
                        url: "https://example.com/\(id)")
    }

    /// The comments and founding only; `decide()` adds the decisions.
    init(authorName gary: String = "Gary") throws {
        t = try SignOffTestStore(comments: [])
        let comments = [
            FlaggedComment(comment: Self.comment(.facebook, "c1", gary, "2025-02-10", "you are an idiot"), flags: [Self.flag(.abuse, .medium, "insult")]),
            FlaggedComment(comment: Self.comment(.facebook, "c2", gary, "2025-03-01", "idiot again"), flags: [Self.flag(.abuse, .medium, "insult")]),
            FlaggedComment(comment: Self.comment(.facebook, "c3", "Ann", "2025-03-01", "ring 07700 900417"), flags: [Self.flag(.personalInfo, .high, "uk-mobile")]),
            FlaggedComment(comment: Self.comment(.facebook, "c4", "Ann", "2025-03-02", "i want to hurt myself"), flags: [Self.flag(.safeguarding, .critical, "self-harm")]),
            FlaggedComment(comment: Self.comment(.youtube, "y5", "Quiet", "2025-02-20", "buy now cheap", channel: "Demo YouTube"), flags: [Self.flag(.spam, .low, "link")]),
            FlaggedComment(comment: Self.comment(.facebook, "c6", "Ann", "2025-01-01", "happy new year"), flags: []),
            FlaggedComment(comment: Self.comment(.facebook, "c7", "Bob", "2025-03-02", "lovely sports day"), flags: []),
        ]
        try t.store.writeImports { writer in
            try writer.begin(ImportFileInfo(fileName: "export.json", sha256: String(repeating: "a", count: 64), byteCount: 1, started: Self.importedAt))
            try writer.add(comments)
            _ = try writer.finish(format: .facebook, warnings: [])
        }
        try t.found()
    }

    func at(_ hours: Double) { t.clock.set(SignOffTestStore.monday.addingTimeInterval(hours * Self.hour)) }

    func decide() throws {
        let s = t.service
        at(0); let p1 = try t.propose("c1").proposal.id
        at(2); _ = try s.decide(p1, .approve(note: nil), by: try t.signIn("bob"))
        at(5); _ = try s.markDone(p1, note: nil, by: try t.signIn("alice"))
        at(6); _ = try t.propose("c3", .keep)
        at(7); let p3 = try t.propose("c4", .escalate(.dsl)).proposal.id
        at(11); _ = try s.decide(p3, .approve(note: nil), by: try t.signIn("bob"))
        at(12); let p4 = try t.propose("c2", .block, by: "bob").proposal.id
        at(13); _ = try s.decide(p4, .approve(note: nil), by: try t.signIn("alice"))
        at(14); let p5 = try t.propose("c2").proposal.id
        at(15); _ = try s.decide(p5, .reject(note: "fair criticism"), by: try t.signIn("bob"))
        at(16); let y5 = CommentKey(platform: .youtube, id: "y5")
        _ = try s.propose(ProposalRequest(target: .comment(y5), action: .delete, reason: "spam"), by: try t.signIn("alice"))
    }
}
