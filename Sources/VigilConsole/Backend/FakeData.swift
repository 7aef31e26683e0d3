import Foundation
import VigilEngine

/// Invented data for `FakeBackend`: a small demo set and a large generated queue.
///
/// Names are invented, domains are RFC 2606 ones and phone numbers are Ofcom drama numbers.
extension FakeBackend {
    /// The demo accounts and their passphrases (a fake: `vigil console --fake` lists them).
    public static func demoAccounts(now: Date) -> [DemoAccount] {
        [
            DemoAccount(name: "Alex Morgan", role: .administrator, passphrase: "orchard lantern", lastSignIn: now.addingTimeInterval(-3 * 86400)),
            DemoAccount(name: "Sam Patel", role: .administrator, passphrase: "harbour violet", lastSignIn: now.addingTimeInterval(-86400)),
            DemoAccount(name: "Chris Ward", role: .coverModerator, passphrase: "open window",
                    coverWindow: DateInterval(start: now.addingTimeInterval(-86400), duration: 6 * 86400)),
            DemoAccount(name: "Jo Lee", role: .coverModerator, passphrase: "not yet",
                    coverWindow: DateInterval(start: now.addingTimeInterval(2 * 86400), duration: 7 * 86400)),
        ]
    }

    /// A backend with the demo comments, accounts and a few decisions already made.
    public static func demo(now: Date) -> FakeBackend {
        let backend = FakeBackend(comments: demoComments(now: now), accounts: demoAccounts(now: now), clock: { now })
        backend.seedDecisions(now: now)
        return backend
    }

    /// A span over the first occurrence of `part` in `text`, in Unicode scalars.
    static func span(_ part: String, in text: String) -> Span {
        guard let r = text.range(of: part) else { return Span(start: 0, end: 0) }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        return Span(start: start, end: start + part.unicodeScalars.count)
    }

    static func flag(_ c: Category, _ kind: String, _ severity: Severity, _ action: RecommendedAction, _ part: String, in text: String, _ explanation: String) -> Flag {
        Flag(category: c, kind: kind, rule: "\(c.rawValue).\(kind)", severity: severity, action: action, spans: [span(part, in: text)], explanation: explanation)
    }

    static func demoComments(now: Date) -> [Comment] {
        func ago(_ hours: Double) -> Date { now.addingTimeInterval(-hours * 3600) }
        func fb(_ id: String) -> CommentKey { CommentKey(platform: .facebook, id: id) }
        let pta = "Oakfield Primary"
        let post = PostRef(platformID: "1001", title: "Summer fair: thank you!", url: "https://facebook.example.com/oakfield/posts/1001")
        let parent = "Thank you to everyone who came to the summer fair on Saturday!"
        let phone = "Lost a blue lunchbox at the fair, please ring me on 07700 900123 or pop round to 14 Elm Road, AB1 2CD"
        let abuse = "Mr Hughes is a useless idiot and everyone knows it, sack him"
        let safeguarding = "My friend in year 6 says she is scared to go home and nobody listens to her"
        let spam = "Earn £500 a day from home!!! DM me or visit https://bit.example/cash now"
        let hostile = "Great fair!\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{1B}[10;10Hyou have been hacked\r\u{202E}txt.exe\u{9B}31m red \u{7F}end"
        let wide = "素晴らしい学校です 👍🏽 well done 👨‍👩‍👧 everyone, see you at sports day 🏃‍♀️"
        let arabic = "مدرسة رائعة \u{2067}but the car park\u{2069} is dangerous, a disgrace"
        let zalgo = "s\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}\u{0306}pam ca\u{0300}\u{0301}\u{0302}\u{0303}sh offer buy now cheap"
        let commercial = "Buy my handmade cakes, 20% discount for Oakfield parents, £3 each"
        let complaint = "I have complained three times about the lunch queue and Mrs Grant ignores every email"
        let extremism = "They should all be sent back, join us at the rally and take our country back"
        let multiline = "First line of a long comment\nSecond line with more detail\n\tindented third line that goes on and on to show wrapping in the detail view of the console"
        return [
            Comment(key: fb("1001_1"), channel: pta, post: post, author: AuthorRef(platformID: "u1", name: "Oakfield Primary"), created: ago(30), text: parent, flags: []),
            Comment(key: fb("1001_2"), channel: pta, post: post, author: AuthorRef(platformID: "u2", name: "Dana Whitfield"), created: ago(26), text: phone,
                    url: "https://facebook.example.com/oakfield/posts/1001?comment=2",
                    flags: [flag(.personalInfo, "uk-mobile", .high, .hide, "07700 900123", in: phone, "cann-bridge §3.3: personal information — a UK mobile number"),
                            flag(.personalInfo, "postcode", .medium, .hide, "AB1 2CD", in: phone, "cann-bridge §3.3: personal information — a home address and postcode")],
                    parent: fb("1001_1")),
            Comment(key: fb("1001_3"), channel: pta, post: post, author: AuthorRef(platformID: "u3", name: "Rob Kettle"), created: ago(20), text: abuse,
                    flags: [flag(.abuse, "insult", .high, .delete, "useless idiot", in: abuse, "heaton, acceptable use: abusive or derogatory comments about a named member of staff")], parent: fb("1001_1")),
            Comment(key: CommentKey(platform: .instagram, id: "17890001"), channel: "oakfield.primary", author: AuthorRef(platformID: nil, name: "year6_friend"), created: ago(2),
                    text: safeguarding, flags: [flag(.safeguarding, "disclosure", .critical, .escalate, "scared to go home", in: safeguarding, "cann-bridge §4: a child may be at risk — tell the Designated Safeguarding Lead immediately")]),
            Comment(key: CommentKey(platform: .youtube, id: "Ugx1"), channel: "Oakfield TV", author: AuthorRef(platformID: "UC9", name: "CashKing"), created: ago(50),
                    text: spam, flags: [flag(.spam, "shortener", .medium, .delete, "https://bit.example/cash", in: spam, "cann-bridge §3.3: spam — a link shortener and \u{201C}DM me\u{201D}")]),
            Comment(key: fb("1001_4"), channel: pta, post: post, author: AuthorRef(platformID: "u4", name: "\u{1B}[31mAdmin\u{1B}[0m"), created: ago(10), text: hostile,
                    flags: [flag(.spam, "control-characters", .high, .delete, "PWNED", in: hostile, "vigil: the text carries terminal control sequences")]),
            Comment(key: CommentKey(platform: .x, id: "1890000000000000001"), channel: "@OakfieldPri", author: AuthorRef(platformID: "44", name: "田中 花子"), created: ago(5),
                    text: wide, flags: [flag(.commercial, "emoji-test", .low, .keep, "👍🏽", in: wide, "vigil test data: wide characters and emoji")]),
            Comment(key: CommentKey(platform: .wordpress, id: "88"), channel: "School blog", author: AuthorRef(platformID: nil, name: "Layla"), created: ago(8),
                    text: arabic, flags: [flag(.complaint, "complaint", .low, .reply, "a disgrace", in: arabic, "cann-bridge §3.3: a complaint — answer politely and point to the complaints policy")]),
            Comment(key: CommentKey(platform: .youtube, id: "Ugx2"), channel: "Oakfield TV", author: AuthorRef(platformID: "UC9", name: "CashKing"), created: ago(49),
                    text: zalgo, flags: [flag(.spam, "scam", .medium, .delete, "cheap", in: zalgo, "cann-bridge §3.3: spam — a cash offer")]),
            Comment(key: fb("1001_5"), channel: pta, post: post, author: AuthorRef(platformID: "u5", name: "Bea's Bakes"), created: ago(70), text: commercial,
                    flags: [flag(.commercial, "advert", .low, .delete, "20% discount", in: commercial, "cann-bridge §3.3: posts that advertise commercial activity")]),
            Comment(key: fb("1001_6"), channel: pta, post: post, author: AuthorRef(platformID: "u6", name: "Pat O'Neill"), created: ago(40), text: complaint,
                    flags: [flag(.complaint, "named-staff", .medium, .reply, "Mrs Grant ignores", in: complaint, "cann-bridge §5: complaints about named staff belong in the complaints procedure")]),
            Comment(key: CommentKey(platform: .x, id: "1890000000000000002"), channel: "@OakfieldPri", author: AuthorRef(platformID: "45", name: "patriot_1"), created: ago(3),
                    text: extremism, flags: [flag(.extremism, "hate", .critical, .escalate, "sent back", in: extremism, "elm-park, extremism: hate speech falls under the Prevent duty")]),
            Comment(key: fb("1001_7"), channel: pta, post: post, author: AuthorRef(platformID: "u3", name: "Rob Kettle"), created: ago(15), text: multiline,
                    flags: [flag(.abuse, "harassment", .medium, .delete, "on and on", in: multiline, "heaton: harassment of a member of staff")], parent: fb("1001_1")),
        ]
    }

    /// A pending proposal by Sam (for Alex to sign), an old overdue one, an approved one on
    /// the action list, and an author with three upheld decisions.
    func seedDecisions(now: Date) {
        mutate { d, _ in
            func proposal(_ key: CommentKey, _ action: ActionKind, by who: String, hoursAgo: Double, reason: String) {
                let p = Proposal(id: d.nextID(), draft: ProposalDraft(target: .comment(key), action: action, reason: reason, comment: key),
                                 proposer: who, proposed: now.addingTimeInterval(-hoursAgo * 3600))
                d.proposals.append(p)
                d.pendingByComment[key] = d.proposals.count - 1
                d.log("proposal", actor: who, subject: "\(p.id) \(action.rawValue) \(Format.key(key))", note: reason, at: p.proposed)
            }
            proposal(CommentKey(platform: .youtube, id: "Ugx1"), .delete, by: "Sam Patel", hoursAgo: 20, reason: "spam — a link shortener")
            proposal(CommentKey(platform: .facebook, id: "1001_5"), .delete, by: "Sam Patel", hoursAgo: 80, reason: "advertises commercial activity")
            proposal(CommentKey(platform: .facebook, id: "1001_6"), .hide, by: "Alex Morgan", hoursAgo: 6, reason: "complaint about named staff")
            let done = CommentKey(platform: .youtube, id: "Ugx2")
            var p = Proposal(id: d.nextID(), draft: ProposalDraft(target: .comment(done), action: .delete, reason: "spam — a cash offer", comment: done),
                             proposer: "Alex Morgan", proposed: now.addingTimeInterval(-40 * 3600))
            p.state = .approved
            p.decidedBy = "Sam Patel"
            p.decided = now.addingTimeInterval(-30 * 3600)
            d.proposals.append(p)
            d.decisions[done] = "deleted"
            d.actions.append(ActionItem(id: p.id, action: .delete, comment: done, author: nil, approvedBy: "Sam Patel", approved: p.decided!, urgent: false))
            d.log("approval", actor: "Sam Patel", subject: "\(p.id) delete", note: nil, at: p.decided!)
            d.audit.sort { $0.time < $1.time }
            for i in d.audit.indices { d.audit[i].sequence = i + 1 }
        }
    }

    /// A backend with `count` generated flagged comments (for benchmarks and paging tests).
    public static func generated(count: Int, now: Date, seed: UInt64 = 42) -> FakeBackend {
        var rng = seed
        func next(_ n: Int) -> Int {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            return Int((rng >> 33) % UInt64(n))
        }
        let channels = ["Oakfield Primary", "Oakfield TV", "@OakfieldPri", "oakfield.primary", "School blog"]
        let platforms: [Platform] = [.facebook, .youtube, .x, .instagram, .wordpress]
        let words = ["fair", "lunch", "uniform", "trip", "homework", "parking", "concert", "sports", "teacher", "bus", "crypto", "discount", "idiot", "ring me"]
        let severities: [Severity] = [.low, .low, .medium, .medium, .medium, .high, .high, .critical]
        var comments: [Comment] = []
        comments.reserveCapacity(count)
        for i in 0..<count {
            let ch = next(channels.count)
            let cat = Category.allCases[next(Category.allCases.count)]
            let text = "Comment \(i) about the \(words[next(words.count)]) and the \(words[next(words.count)]) from a parent"
            let author = AuthorRef(platformID: "a\(next(2000))", name: "Parent \(next(2000))")
            let flag = Flag(category: cat, kind: "generated", rule: "\(cat.rawValue).generated", severity: severities[next(severities.count)],
                            action: .delete, spans: [Span(start: 0, end: 7)], explanation: "generated flag \(i)")
            comments.append(Comment(key: CommentKey(platform: platforms[ch], id: "g\(i)"), channel: channels[ch], author: author,
                                    created: now.addingTimeInterval(-Double(next(60 * 86400))), text: text, flags: [flag]))
        }
        return FakeBackend(comments: comments, accounts: demoAccounts(now: now), clock: { now })
    }
}
