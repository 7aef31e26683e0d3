import Foundation
import VigilEngine

/// The views of the console, in the order of their number keys.
public enum ViewID: String, Sendable, Hashable, CaseIterable {
    case queue, signOffs, actions, authors, audit, handover, importer
    case detail, help

    /// The tab bar's name; nil for views reached from another (detail, help).
    var tabTitle: String? {
        switch self {
        case .queue: "Queue"
        case .signOffs: "Sign-offs"
        case .actions: "Actions"
        case .authors: "Authors"
        case .audit: "Audit"
        case .handover: "Handover"
        case .importer: "Import"
        case .detail, .help: nil
        }
    }

    static var tabs: [ViewID] { [.queue, .signOffs, .actions, .authors, .audit, .handover, .importer] }
}

/// The whole console: what `update` changes and `view` draws. A value: copying it is cheap
/// and a test can build one, feed it events and compare.
public struct ConsoleState: Sendable {
    public internal(set) var size: Size
    public internal(set) var now: Date
    let timeZone: TimeZone
    let workingDirectory: String

    var signIn: SignInState
    public internal(set) var session: Session?
    public internal(set) var view: ViewID = .queue
    /// Where `q` goes back to from detail and help.
    var returnView: ViewID = .queue

    var queue = QueueState()
    var detail = DetailState()
    var signOffs = SignOffsState()
    var actions = PagedList<ActionRow>()
    var authors = PagedList<AuthorRow>()
    var audit = PagedList<AuditRow>()
    var handover = HandoverState()
    var importer: ImportState
    var helpScroll = 0

    /// A question being asked in the status area (reason, search, passphrase ...).
    var prompt: Prompt?
    public internal(set) var status: StatusLine?

    var changeToken: ChangeToken?
    var pollInFlight = false
    /// Effects in flight that change things, so a second press does not send them twice.
    var busy: String?
    public internal(set) var wantsQuit = false

    /// A console that starts at sign-in. With `name` (`vigil --as NAME`) it asks only for
    /// the passphrase. `signInNote` is shown under the fields (a demo store's accounts).
    public init(size: Size, now: Date, timeZone: TimeZone = TimeZone(identifier: "Europe/London") ?? .gmt, workingDirectory: String = ".",
                name: String? = nil, signInNote: String? = nil) {
        self.size = size
        self.now = now
        self.timeZone = timeZone
        self.workingDirectory = workingDirectory
        self.signIn = SignInState(fixedName: name)
        self.signIn.note = signInNote
        self.importer = ImportState(directory: workingDirectory)
    }
}

/// Sign-in: name, then passphrase, each ended by Enter.
struct SignInState: Sendable {
    enum Stage: Sendable, Equatable { case name, passphrase, checking }
    var fixedName: String?
    var stage: Stage
    var name: LineEditor
    /// Typed but never drawn; cleared as soon as it is sent.
    var passphrase = LineEditor(secret: true)
    var message: String?
    /// Shown under the fields whatever the stage: a demo store's names and passphrases.
    var note: String?

    init(fixedName: String?) {
        self.fixedName = fixedName
        self.stage = fixedName == nil ? .name : .passphrase
        self.name = LineEditor(fixedName ?? "")
    }
}

struct QueueState: Sendable {
    var filter = QueueFilter()
    var list = PagedList<QueueLine>()
    var counts: QueueCounts?
}

struct DetailState: Sendable {
    var key: CommentKey?
    var detail: CommentDossier?
    var scroll = 0
    var error: String?
}

struct SignOffsState: Sendable {
    var section: ProposalList = .waitingForMe
    var waitingForMe = PagedList<ProposalRow>()
    var mine = PagedList<ProposalRow>()

    subscript(section: ProposalList) -> PagedList<ProposalRow> {
        get { section == .waitingForMe ? waitingForMe : mine }
        set { if section == .waitingForMe { waitingForMe = newValue } else { mine = newValue } }
    }
}

struct HandoverState: Sendable {
    /// Whose handover; nil means the signed-in person.
    var person: String?
    var handover: Handover?
    var scroll = 0
    var error: String?
    var loading = false
}

struct ImportState: Sendable {
    var directory: String
    /// The folder's entries, all loaded at once.
    var list = PagedList<DirectoryEntry>()
    var selected: Set<String> = []
    var listing = false
    var error: String?
    var progress: ImportProgress?
    var running = false
    var results: [ImportFileResult]?

    init(directory: String) { self.directory = directory }
}

/// The status line: one message until the next key.
public struct StatusLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, success, warning, error }
    public var text: String
    public var kind: Kind
}

/// A line being typed: text and a cursor, in characters.
///
/// A secret one (a passphrase) shows a mask when printed or dumped, so a test failure, a log
/// or a debugger never shows what was typed.
struct LineEditor: Sendable, Equatable, CustomReflectable {
    var text: String
    var cursor: Int
    var isSecret = false

    init(_ text: String = "", secret: Bool = false) {
        self.text = text
        self.cursor = text.count
        self.isSecret = secret
    }

    var customMirror: Mirror {
        isSecret ? Mirror(self, children: ["text": "(secret)"]) : Mirror(self, children: ["text": text, "cursor": cursor])
    }

    /// Applies an editing key; false when the key is not an editing key.
    mutating func edit(_ key: Key) -> Bool {
        var chars = Array(text)
        switch key {
        case .char(let c):
            chars.insert(c, at: cursor)
            cursor += 1
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(chars.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = chars.count
        case .ctrl("u"):
            chars.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"): chars.removeSubrange(cursor..<chars.count)
        case .ctrl("w"):
            var i = cursor
            while i > 0 && chars[i - 1] == " " { i -= 1 }
            while i > 0 && chars[i - 1] != " " { i -= 1 }
            chars.removeSubrange(i..<cursor)
            cursor = i
        default:
            return false
        }
        text = String(chars)
        return true
    }
}

/// A question in the status area. Enter answers it, Esc cancels.
struct Prompt: Sendable {
    enum Purpose: Sendable {
        case search
        /// The reason for a proposal; the draft's reason is the pre-filled text.
        case reason(ProposalDraft)
        case urgentHideReason(CommentKey)
        /// Pick whom to escalate to; then the reason.
        case escalateTarget(CommentKey, reason: String)
        case signNote(ProposalID, approve: Bool, what: String)
        case signPassphrase(SignRequest, what: String)
        case importDirectory
    }

    var purpose: Purpose
    var label: String
    var editor: LineEditor
    /// Typed text is never drawn.
    var secret = false
    /// For a choice: the keys that answer it and what each means.
    var choices: [(key: Character, label: String)] = []
}
