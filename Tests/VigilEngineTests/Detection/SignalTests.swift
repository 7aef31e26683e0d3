import Testing
@testable import VigilEngine

/// Each signal of the built-in rules: what it catches, the near misses it leaves alone, and
/// the category, severity and action its flags carry.
@Suite struct SignalTests {
    func flag(_ rule: String, in text: String) -> Flag? { flags(text).first { $0.rule == rule } }

    // MARK: spam and commercial

    @Test(arguments: [
        ("Check out my channel for covers!", "spam.self-promotion"),
        ("please subscribe to me", "spam.self-promotion"),
        ("sub4sub anyone?", "spam.engagement-bait"),
        ("Free gift card codes here", "spam.scam"),
        ("Earn money from home with bitcoin", "spam.scam"),
        ("DM me on whatsapp for details", "spam.scam"),
        ("Cakes for sale, free delivery", "commercial.advert"),
        ("Brand new trainers only £20, dm me", "commercial.priced-offer"),
        ("Please donate to my gofundme", "commercial.donation"),
    ])
    func spamAndCommercialPostsAreFlagged(_ example: (String, String)) throws {
        let f = try #require(flag(example.1, in: example.0), "\(example.0): \(rules(example.0))")
        #expect(f.action == .delete)
        #expect(f.explanation.hasPrefix("cann-bridge §3.3"))
    }

    @Test func nearMissesOfSpamAreClean() {
        #expect(categories("My daughter loved the school play").isEmpty)
        #expect(categories("Only the Year 6 choir is singing").isEmpty)          // "only" needs a price
        #expect(categories("Tickets went fast, well done PTA").isEmpty)
        #expect(!categories("It cost £5 last year").contains(.spam))
    }

    @Test func linksShortenersAndChatInvitationsAreTold() throws {
        #expect(flag("spam.link", in: "see www.example.com now")?.severity == .low)
        #expect(flag("spam.link", in: "see https://example.org/page?x=1")?.spans == [Span(start: 4, end: 32)])
        #expect(flag("spam.shortener", in: "click bit.ly/3xYz")?.severity == .medium)
        #expect(flag("spam.messaging-invite", in: "join chat.whatsapp.com/AbC123") != nil)
        #expect(flag("spam.messaging-invite", in: "t.me/freecoins") != nil)
    }

    @Test func linksThatAreNotLinksOrAreTheSchoolsOwnAreClean() throws {
        #expect(categories("Scores were 3.5 and 4.0, e.g. in maths").isEmpty)
        #expect(categories("email me at parent@example.com").isDisjoint(with: [.spam]))
        #expect(categories("skip to https://youtube.com/watch?v=abc&t=3m40s").isEmpty)
        // A moment of the video however the link writes it; other parameters are promotion.
        for moment in ["youtu.be/abc?t=61", "youtube.com/watch?v=abc#t=1m", "youtube.com/watch?v=abc&amp;t=90"] {
            #expect(categories("at " + moment + " she sings").isEmpty, "\(moment)")
        }
        for other in ["youtube.com/watch?v=abc&at=61", "youtube.com/watch?v=abc;t=61", "youtube.com/t=61"] {
            #expect(flag("spam.link", in: "at " + other + " she sings") != nil, "\(other)")
        }
        #expect(categories("pic http://t.co/abc123").isEmpty)
        let d = try detector(yaml: "links:\n  allowed_domains: [cannbridge.example.sch.uk]\n")
        #expect(d.flags(forText: "see https://www.cannbridge.example.sch.uk/letters").isEmpty)
        #expect(!d.flags(forText: "see https://elsewhere.example.com/letters").isEmpty)
    }

    @Test func aLinkToThePostItselfIsNotSpamButOtherLinksAre() {
        let video = PostRef(platformID: "9bZkp7q19f0")
        func comment(_ text: String) -> ImportedComment {
            ImportedComment(platform: .youtube, platformID: "c-\(text.count)", post: video, text: text)
        }
        let found = builtInDetector.flags(for: [
            comment("the best bit https://www.youtube.com/watch?v=9bZkp7q19f0"),
            comment("my cover https://www.youtube.com/watch?v=aaaaaaaaaaa"),
        ])
        #expect(!found[0].contains { $0.category == .spam })
        #expect(found[1].contains { $0.rule == "spam.link" })
    }

    @Test func linkSpansAreCodePointsEvenAfterEmoji() throws {
        let text = "🎉🎉 bit.ly/x"
        let f = try #require(flag("spam.shortener", in: text))
        #expect(slice(text, f.spans[0]) == "bit.ly/x")
    }

    // MARK: abuse, identity-based abuse

    @Test func identityBasedAbuseRanksAbovePlainProfanity() throws {
        let profanity = try #require(flag("abuse.profanity", in: "oh shit"))
        for (text, rule) in [("you faggot", "abuse.homophobic"), ("dirty paki", "abuse.racist"), ("what a slut", "abuse.sexist"),
                             ("you retard", "abuse.ableist"), ("a tranny", "abuse.transphobic")] {
            let f = try #require(flag(rule, in: text), "\(text): \(rules(text))")
            #expect(f.category == .abuse)
            #expect(f.severity > profanity.severity, "\(rule)")
        }
    }

    @Test func hateAgainstAGroupIsEscalated() throws {
        let f = try #require(flag("abuse.hate", in: "Kill all muslims"))
        #expect(f.action == .escalate)
        #expect(f.severity == .critical)
        #expect(f.explanation.contains("Prevent"))
        #expect(flag("abuse.hate", in: "Muslims are welcome here") == nil)
    }

    @Test func extremismIsEscalatedUnderPrevent() throws {
        let f = try #require(flag("extremism.ideology", in: "heil hitler lads"))
        #expect(f.category == .extremism)
        #expect(f.action == .escalate)
        #expect(flag("extremism.ideology", in: "We learnt about Hitler in history") == nil)
    }

    // MARK: safeguarding

    @Test(arguments: [
        ("I want to kill myself", "safeguarding.self-harm"),
        ("i've been cutting myself again", "safeguarding.self-harm"),
        ("my dad hits me when he's drunk", "safeguarding.child-at-risk"),
        ("I'm scared to go home", "safeguarding.child-at-risk"),
        ("send nudes x", "safeguarding.grooming-explicit"),
        ("how old are you? add me on snapchat", "safeguarding.grooming"),
        ("I'm going to bring a knife to school tomorrow", "safeguarding.threat"),
        ("I know where you live", "safeguarding.threat"),
    ])
    func safeguardingConcernsGoToTheDSL(_ example: (String, String)) throws {
        let f = try #require(flag(example.1, in: example.0), "\(example.0): \(rules(example.0))")
        #expect(f.category == .safeguarding)
        #expect(f.action == .escalate)
        #expect(f.severity >= .high)
    }

    @Test func safeguardingNearMissesAreClean() {
        #expect(!categories("How old are you turning, Ella? Happy birthday!").contains(.safeguarding))
        #expect(!categories("The talk on suicide prevention was moving").contains(.safeguarding))
        #expect(!categories("My dad helps me with homework").contains(.safeguarding))
        #expect(!categories("That film killed me, so funny").contains(.safeguarding))
    }

    // MARK: complaints and defamation

    /// The price and staff scanners skip eight bytes at a time: what they look for is found
    /// at every offset from the start of the text.
    @Test func pricesAndStaffTitlesAreFoundWhereverTheyStand() {
        func bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            Array(text.utf8).withUnsafeBufferPointer(body)
        }
        for pad in 0...17 {
            let before = String(repeating: "so ", count: pad / 3) + String(repeating: "o", count: pad % 3) + " "
            for (text, price) in [("only £20 each", true), ("just $ 5", true), ("50p a go", true), ("€10 off", true),
                                  ("only 20 each", false), ("was abc50p", false), ("£ and $", false)] {
                #expect(bytes(before + text) { TextConditions.hasPrice($0) } == price, "\(before + text)")
            }
            for (text, names) in [("ask Mr Hughes", ["Mr Hughes"]), ("Miss Jones and Dr Okafor", ["Miss Jones", "Dr Okafor"]),
                                  ("mr and mrs", []), ("miss the bus on the dr", []), ("ms. khan", ["ms. khan"])] {
                let text = before + text
                let found = bytes(text) { b in
                    var ranges: [Range<Int>] = []
                    TextConditions.staffReferences(b, into: &ranges)
                    return ranges.map { String(decoding: b[$0], as: UTF8.self) }
                }
                #expect(found == names, "\(text)")
            }
        }
    }

    @Test func complaintsAboutNamedStaffAreAnsweredNotDeleted() throws {
        let f = try #require(flag("complaint.named-staff", in: "Mr Hughes is useless and rude"))
        #expect(f.category == .complaint)
        #expect(f.action == .reply)
        #expect(flag("complaint.named-staff", in: "The headteacher is rude to parents") != nil)
        // The same words without a member of staff are not a complaint about staff.
        #expect(flag("complaint.named-staff", in: "This weather is awful and the bus was useless") == nil)
    }

    @Test func behaviourIncidentsAndGeneralComplaintsAreComplaints() throws {
        #expect(flag("complaint.behaviour-incident", in: "My son was punched in the playground today")?.action == .reply)
        #expect(flag("complaint.general", in: "I want to make a complaint about the trip")?.action == .reply)
        #expect(flag("complaint.behaviour-incident", in: "My son loved the trip") == nil)
    }

    @Test func allegationsAboutStaffAreHiddenAsPossibleDefamation() throws {
        let f = try #require(flag("complaint.defamation", in: "Mrs Patel turns up drunk every day"))
        #expect(f.severity == .high)
        #expect(f.action == .hide)
        #expect(f.explanation.contains("§2.1"))
        #expect(flag("complaint.defamation", in: "The film was about a thief") == nil)
    }

    // MARK: personal information

    @Test func personalInformationFindingsBecomeFlagsNamingTheClause() throws {
        let text = "ring me on 07700 900123 or NHS 943 476 5919"
        let d = try Detector(rules: .builtIn(), scanPersonalInfo: { _ in [
            PersonalInfoFinding(kind: .ukMobile, span: Span(start: 11, end: 24), confidence: 0.9),
            PersonalInfoFinding(kind: .nhsNumber, span: Span(start: 31, end: 43), confidence: 0.95),
        ] })
        let found = d.flags(forText: text)
        let mobile = try #require(found.first { $0.kind == "uk-mobile" })
        #expect(mobile.category == .personalInfo)
        #expect(mobile.rule == "personal-info.uk-mobile")
        #expect(mobile.explanation == "cann-bridge §3.3: personal information — UK mobile number")
        #expect(mobile.spans == [Span(start: 11, end: 24)])
        #expect(mobile.severity == .medium)
        let nhs = try #require(found.first { $0.kind == "nhs-number" })
        #expect(nhs.severity == .high)
        #expect(found.first?.kind == "nhs-number", "most severe first")
    }

    @Test func theRulesPassPublishedDetailsAndRosterNamesToTheScanner() throws {
        let rules = try RuleSet.load(yaml: """
            published:
              phones: ["01632 960 123"]
              emails: [office@school.example.sch.uk]
            """, fileName: "school.yaml").withPupilNames(["Amelia Fairweather"])
        #expect(rules.personalInfoConfig == PersonalInfoConfig(
            publishedPhones: ["01632 960 123"], publishedEmails: ["office@school.example.sch.uk"],
            publishedAddresses: [], pupilNames: ["Amelia Fairweather"]))
    }
}
