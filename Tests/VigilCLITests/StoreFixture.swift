import Foundation
import VigilEngine
import VigilStore

/// A store with known comments and flags, made through the store's API (the importers and
/// the detector come from other branches), for the commands to read.
struct StoreFixture {
    let folder: URL
    var path: String { folder.appendingPathComponent("vigil.sqlite").path }

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func file(_ name: String, _ content: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(content.utf8).write(to: url)
        return url.path
    }

    static let hostile = "Look \u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mred\u{9B}1m \u{202E}txet desrever\u{202C} end\rover"

    static func flag(_ category: VigilEngine.Category, _ severity: Severity, _ kind: String, _ span: (Int, Int)) -> Flag {
        Flag(category: category, kind: kind, rule: "\(category.rawValue).\(kind)", severity: severity,
             action: severity == .critical ? .escalate : .delete, spans: [Span(start: span.0, end: span.1)],
             explanation: "cann-bridge §3.3: \(category.rawValue) — \(kind)")
    }

    static func comment(_ platform: Platform, _ id: String, author: String?, minute: Int, _ text: String,
                        parent: String? = nil, channel: String = "Demo Primary") -> ImportedComment {
        ImportedComment(
            platform: platform, platformID: id, channel: channel, post: PostRef(platformID: "post-1", title: "Sports day"),
            parentID: parent, author: author.map { AuthorRef(platformID: "id-\($0)", name: $0) },
            created: Date(timeIntervalSince1970: 1_750_000_000 + Double(minute) * 60), text: text,
            url: "https://example.com/c/\(id)")
    }

    /// Seven comments: four flagged (one critical, one high, two medium), a reply, an edit,
    /// an id shared by two platforms, a comment with hostile control sequences.
    func populate() throws {
        let store = try SQLiteStore.open(path: path, create: true)
        let first: [FlaggedComment] = [
            FlaggedComment(comment: Self.comment(.facebook, "fb_1", author: "Ann Example", minute: 0, "Lovely sports day!"), flags: []),
            FlaggedComment(comment: Self.comment(.facebook, "fb_2", author: "Gary Pike", minute: 5, "The PE teacher is an idiot", parent: "fb_1"),
                           flags: [Self.flag(.abuse, .medium, "insult", (21, 26))]),
            FlaggedComment(comment: Self.comment(.facebook, "fb_3", author: nil, minute: 10, "Ring me on 07700 900417"),
                           flags: [Self.flag(.personalInfo, .high, "uk-mobile", (11, 23))]),
            FlaggedComment(comment: Self.comment(.youtube, "yt_1", author: "Quiet One", minute: 20, "i want to hurt myself", channel: "Demo YouTube"),
                           flags: [Self.flag(.safeguarding, .critical, "self-harm", (10, 21))]),
            FlaggedComment(comment: Self.comment(.youtube, "shared_9", author: "Gary Pike", minute: 30, Self.hostile, channel: "Demo YouTube"),
                           flags: [Self.flag(.abuse, .medium, "insult", (0, 4)), Self.flag(.spam, .low, "link", (5, 9))]),
            FlaggedComment(comment: Self.comment(.facebook, "shared_9", author: "Ann Example", minute: 40, "Same id, other platform"), flags: []),
            FlaggedComment(comment: Self.comment(.facebook, "fb_4", author: "Gary Pike", minute: 50, "Sorry, got carried away"), flags: []),
        ]
        try store.writeImports { writer in
            try writer.begin(ImportFileInfo(fileName: "first.json", sha256: String(repeating: "a", count: 64), byteCount: 100))
            try writer.add(first)
            _ = try writer.finish(format: .facebook, warnings: [])
        }
        let edit = FlaggedComment(
            comment: Self.comment(.facebook, "fb_2", author: "Gary Pike", minute: 5, "The PE teacher is an idiot and a bully", parent: "fb_1"),
            flags: [Self.flag(.abuse, .medium, "insult", (21, 26)), Self.flag(.abuse, .medium, "bullying", (33, 38))])
        try store.writeImports { writer in
            try writer.begin(ImportFileInfo(fileName: "later.json", sha256: String(repeating: "b", count: 64), byteCount: 50))
            try writer.add([edit])
            _ = try writer.finish(format: .facebook, warnings: [])
        }
    }
}
