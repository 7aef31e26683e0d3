import Foundation
import VigilEngine
import VigilStore

/// The demo store's people: two founding administrators, a cover moderator whose window is
/// open now and one whose window starts in three days, made through the sign-off service as
/// a school would (`vigil init`, `vigil admin add`, `vigil cover`, each approved by the
/// other administrator); and one delete proposed by sam, waiting for alex's sign-off.
///
/// The passphrases are printed on the demo's sign-in screen, so their hashes use the
/// test-only cost: a strong hash would protect nothing and make `vigil demo` slow.
enum DemoRoster {
    struct Person {
        let name: String
        let passphrase: String
    }

    static let alex = Person(name: "alex", passphrase: "orchard lantern")
    static let sam = Person(name: "sam", passphrase: "harbour violet")
    static let chris = Person(name: "chris", passphrase: "open window now")
    static let jo = Person(name: "jo", passphrase: "not yet my turn")

    /// What the demo's sign-in screen says (a demo store only).
    static let note = """
        Demo store: sign in as alex \u{201C}orchard lantern\u{201D} or sam \u{201C}harbour violet\u{201D} \
        (administrators), chris \u{201C}open window now\u{201D} (cover, window open) or jo \u{201C}not yet my turn\u{201D} \
        (cover, window not started). These passphrases are the demo's only.
        """

    /// Founds the roster on a new store and proposes the demo's first delete.
    static func make(_ store: SQLiteStore, now: Date = Date()) throws {
        let service = SignOffService(store: store)
        let cost = KDFParameters.weakForTestsOnly
        func name(_ p: Person) throws -> AccountName { try AccountName(p.name) }
        _ = try service.found([(try name(alex), Passphrase(alex.passphrase)), (try name(sam), Passphrase(sam.passphrase))], cost: cost)
        let a = try service.signIn(name: alex.name, passphrase: Passphrase(alex.passphrase))
        let s = try service.signIn(name: sam.name, passphrase: Passphrase(sam.passphrase))
        let day: TimeInterval = 86_400
        for (person, covering, start) in [(chris, alex, now.addingTimeInterval(-day)), (jo, sam, now.addingTimeInterval(3 * day))] {
            let added = try service.proposeMember(try name(person), role: .coverModerator, passphrase: Passphrase(person.passphrase),
                                                  reason: "demo cover moderator", by: a, cost: cost)
            _ = try service.decide(added.proposal.id, .approve(note: nil), by: s)
            let window = CoverWindow(moderator: try name(person), covering: try name(covering), start: start, end: start.addingTimeInterval(7 * day))
            let cover = try service.proposeCoverWindow(window, reason: "covering \(covering.name)'s leave (demo)", by: a)
            _ = try service.decide(cover.proposal.id, .approve(note: nil), by: s)
        }
        if let row = try store.queue(QueueQuery(categories: [.abuse], limit: 1)).first {
            let reason = row.flags.first?.explanation ?? "abusive (demo)"
            _ = try service.propose(ProposalRequest(target: .comment(row.key), action: .delete, reason: reason), by: s)
        }
    }
}
