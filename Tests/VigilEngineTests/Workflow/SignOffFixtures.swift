import Crypto
import Foundation
@testable import VigilEngine

/// Names, keys, times and comments shared by the accounts, workflow and audit tests.
enum SignOffFixture {
    /// Mon 3 Mar 2025 09:00 in London (GMT).
    static let monday = Date(timeIntervalSince1970: 1_740_992_400)
    static let hour: TimeInterval = 3_600
    static let day: TimeInterval = 86_400

    static func name(_ text: String) -> AccountName { try! AccountName(text) }

    static let alice = name("alice")
    static let bob = name("bob")
    static let carol = name("carol")
    static let dave = name("dave")

    /// A signing identity with a fresh key, without the cost of an account.
    static func identity(_ name: AccountName, _ role: Role = .administrator) -> SigningIdentity {
        SigningIdentity(name: name, role: role, privateKey: Curve25519.Signing.PrivateKey())
    }

    static func member(_ id: SigningIdentity, since: Date = monday.addingTimeInterval(-30 * day)) -> RosterMember {
        RosterMember(name: id.name, role: id.role, publicKey: id.publicKey, since: since)
    }

    /// A roster of the given people (administrators unless made as cover moderators).
    static func roster(_ ids: [SigningIdentity], windows: [CoverWindow] = []) -> Roster {
        Roster(members: ids.map { member($0) }, coverWindows: windows)
    }

    /// A standard roster: alice and bob administrators, carol a cover moderator covering for
    /// alice from Mon 3 Mar to Fri 7 Mar 2025.
    struct Team {
        let alice = SignOffFixture.identity(SignOffFixture.alice)
        let bob = SignOffFixture.identity(SignOffFixture.bob)
        let carol = SignOffFixture.identity(SignOffFixture.carol, .coverModerator)
        var window: CoverWindow {
            try! CoverWindow.days(moderator: SignOffFixture.carol, covering: SignOffFixture.alice, from: "2025-03-03", to: "2025-03-07")
        }
        var roster: Roster { SignOffFixture.roster([alice, bob, carol], windows: [window]) }
    }

    static func comment(_ id: String = "c1", platform: Platform = .facebook, text: String = "you are a disgrace", author: String? = "u1") -> CommentSubject {
        CommentSubject(comment: CommentKey(platform: platform, id: id), textSHA256: TextHash.of(text), authorID: author)
    }

    static func deleteKind(_ id: String = "c1", author: String? = "u1") -> ProposalKind {
        .moderation(.delete, .comment(comment(id, author: author)))
    }

    /// A pending delete proposal by alice.
    static func pending(_ id: UInt64 = 1, by proposer: AccountName = alice, kind: ProposalKind = deleteKind(), at: Date = monday) -> Proposal {
        Proposal(id: ProposalID(id), kind: kind, proposer: proposer, proposedAt: at, reason: "abusive", state: .pending)
    }
}

extension Result {
    /// The success value, or nil.
    var value: Success? { try? get() }
    /// The failure, or nil.
    var error: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
