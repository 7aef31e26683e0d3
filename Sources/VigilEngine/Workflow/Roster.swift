import Foundation

/// A person on the roster who may sign, with the key the log vouches for.
public struct RosterMember: Hashable, Sendable, Codable {
    public let name: AccountName
    public let role: Role
    /// Raw 32-byte Ed25519 public key.
    public let publicKey: Data
    public let since: Date

    public init(name: AccountName, role: Role, publicKey: Data, since: Date) {
        self.name = name
        self.role = role
        self.publicKey = publicKey
        self.since = since
    }
}

/// A change to who may sign off; takes effect only when a second administrator approves it.
public enum RosterChange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A new administrator or cover moderator, with the public key made when they chose
    /// their passphrase.
    case add(AccountName, Role, publicKey: Data)
    case remove(AccountName)
    case addCoverWindow(CoverWindow)

    public var description: String {
        switch self {
        case .add(let n, let r, _): "add \(n) as \(r.withArticle)"
        case .remove(let n): "remove \(n) from the roster"
        case .addCoverWindow(let w):
            "let \(w.moderator) cover for \(w.covering) from \(DisplayTime.day(w.start)) to \(DisplayTime.day(w.lastDay))"
        }
    }
}

/// What a person may do at one moment: their role and, for a cover moderator, the window.
public struct Authority: Hashable, Sendable {
    public let name: AccountName
    public let role: Role
    public let window: CoverWindow?
}

/// Who may sign off, with their keys, cover windows and absences.
///
/// The live workflow builds it from the store's tables (`init(accounts:coverWindows:)`);
/// the audit verifier rebuilds it from the log alone, and the two are compared.
public struct Roster: Hashable, Sendable {
    public private(set) var members: [AccountName: RosterMember]
    /// Removed people and when, so a refusal can say so.
    public private(set) var removed: [AccountName: Date]
    public private(set) var coverWindows: [CoverWindow]
    /// Absences beyond those cover windows imply.
    public var absences: [Absence]

    public init(members: [RosterMember] = [], removed: [AccountName: Date] = [:], coverWindows: [CoverWindow] = [], absences: [Absence] = []) {
        self.members = Dictionary(members.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.removed = removed
        self.coverWindows = coverWindows
        self.absences = absences
    }

    /// The roster as the store's tables have it: active accounts are members.
    public init(accounts: [Account], coverWindows: [CoverWindow], absences: [Absence] = []) {
        var members: [RosterMember] = []
        var removed: [AccountName: Date] = [:]
        for a in accounts {
            switch a.membership {
            case .active(let since): members.append(RosterMember(name: a.name, role: a.role, publicKey: a.publicKey, since: since))
            case .removed(let at): removed[a.name] = at
            case .awaitingApproval: break
            }
        }
        self.init(members: members, removed: removed, coverWindows: coverWindows, absences: absences)
    }

    public var administrators: [RosterMember] {
        members.values.filter { $0.role == .administrator }.sorted { $0.name < $1.name }
    }

    /// What `name` may do at `at`, or why they may not act at all.
    public func authority(of name: AccountName, at: Date) -> Result<Authority, WorkflowRefusal> {
        guard let member = members[name] else {
            if let when = removed[name] { return .failure(.removed(name, at: when)) }
            return .failure(.notOnRoster(name))
        }
        if member.role == .administrator { return .success(Authority(name: name, role: .administrator, window: nil)) }
        let windows = coverWindows.filter { $0.moderator == name }
        if let active = windows.first(where: { $0.contains(at) }) {
            return .success(Authority(name: name, role: .coverModerator, window: active))
        }
        if let next = windows.filter({ $0.start > at }).min(by: { $0.start < $1.start }) {
            return .failure(.coverWindowNotStarted(name, starts: next.start))
        }
        if let last = windows.max(by: { $0.end < $1.end }) {
            return .failure(.coverWindowEnded(name, lastDay: last.lastDay))
        }
        return .failure(.noCoverWindow(name))
    }

    /// Why `change` cannot be made at `at`, or nil when it can.
    public func problem(with change: RosterChange, at: Date) -> WorkflowRefusal? {
        switch change {
        case .add(let name, _, let key):
            if let m = members[name] { return .alreadyOnRoster(name, m.role) }
            if key.count != 32 { return .malformedPublicKey(name) }
            if let other = members.values.first(where: { $0.publicKey == key }) { return .keyAlreadyInUse(name, by: other.name) }
            return nil
        case .remove(let name):
            guard let m = members[name] else { return .notOnRoster(name) }
            if m.role == .administrator && administrators.count <= 2 { return .wouldLeaveFewerThanTwoAdministrators(name) }
            return nil
        case .addCoverWindow(let w):
            guard let m = members[w.moderator] else { return .notOnRoster(w.moderator) }
            if m.role != .coverModerator { return .notACoverModerator(w.moderator) }
            guard let c = members[w.covering] else { return .notOnRoster(w.covering) }
            if c.role != .administrator { return .coversOnlyAdministrators(w.covering) }
            if w.end <= w.start { return .coverWindowEmpty }
            if w.end.timeIntervalSince(w.start) > 366 * 86_400 { return .coverWindowTooLong }
            if w.end <= at { return .coverWindowAlreadyOver(lastDay: w.lastDay) }
            return nil
        }
    }

    /// Makes `change` (call `problem(with:at:)` first; the workflow does).
    public mutating func apply(_ change: RosterChange, at: Date) {
        switch change {
        case .add(let name, let role, let key):
            members[name] = RosterMember(name: name, role: role, publicKey: key, since: at)
            removed[name] = nil
        case .remove(let name):
            members[name] = nil
            removed[name] = at
            coverWindows.removeAll { $0.moderator == name }
        case .addCoverWindow(let w):
            coverWindows.append(w)
        }
    }

    /// Adds a founding administrator (`vigil init`); no sign-off, the log's first entries.
    mutating func found(_ member: RosterMember) {
        members[member.name] = member
    }
}
