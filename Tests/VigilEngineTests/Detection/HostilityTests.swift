import Testing
@testable import VigilEngine

/// Hostility and insults aimed at a person without a swear word: flagged low, to hide for an
/// administrator's look, while praise, illness and plain disagreement stay clean.
@Suite struct HostilityTests {
    static let hostile = [
        "Just go away, nobody asked for your opinion on the fete",
        "you are not welcome at this school",
        "Nobody wants you here",
        "I hate you and your stupid posts",
        "honestly what is wrong with you",
        "are you blind? it says 3pm",
        "He should be locked up for what he said",
        "that man belongs in prison",
        "How dare you talk about our teachers like that",
        "You make me sick",
        "cry me a river",
    ]

    @Test(arguments: hostile)
    func hostilityAimedAtAPersonIsFlaggedLowToHide(_ text: String) throws {
        let flag = try #require(flags(text).first { $0.rule == "abuse.hostility" }, "no hostility flag for: \(text)")
        #expect(flag.category == .abuse)
        #expect(flag.severity == .low)
        #expect(flag.action == .hide)
        #expect(flag.explanation.hasPrefix("cann-bridge §3.3: inflammatory"))
    }

    static let kind = [
        "you are a star, thank you for the concert",
        "he is so kind to the younger ones",
        "She is the best teacher my son has had",
        "I can't wait for the rain to go away before sports day",
        "I'll go cry now, happy tears, what a lovely assembly",
        "zip it up, it's cold on the field",
        "Get out of here, that's amazing news!",
        "sorry to hear you're sick, get well soon",
        "the canteen food makes me sick, can it be checked?",
        "I disagree with the new uniform policy and I think it is a mistake",
        "The head is wrong about the term dates, they clash with Easter",
        "My son is not welcome in the football team because of his age?",
        "the dog is a great addition to the reading club",
    ]

    @Test(arguments: kind)
    func praiseIllnessAndDisagreementAreNotAbuse(_ text: String) {
        #expect(!categories(text).contains(.abuse), "flagged: \(text) as \(rules(text))")
    }

    @Test func insultsAfterYourForYoureAreAimedAtAPerson() {
        #expect(rules("your a disgrace to this town").contains("abuse.targeted-insult"))
        #expect(rules("your so pathetic").contains("abuse.targeted-insult"))
        #expect(rules("your such a hypocrite").contains("abuse.targeted-insult"))
        // The possessive is left alone: "your" before a noun insults no one.
        #expect(!categories("your son was a star in the play").contains(.abuse))
        #expect(!categories("your so called expert").contains(.abuse))
    }

    @Test func dehumanisingMetaphorsAimedAtAPersonAreFlagged() {
        #expect(rules("she is a cancer on this community").contains("abuse.targeted-insult"))
        #expect(rules("they are a plague").contains("abuse.targeted-insult"))
        #expect(rules("he's mentally unstable").contains("abuse.targeted-insult"))
        // Without a person as the subject it is not aimed at anyone.
        #expect(!categories("Cancer research day raised £300 for a cancer charity").contains(.abuse))
        #expect(!categories("a plague of wasps at the picnic").contains(.abuse))
    }

    @Test func insultCoinagesAndCompoundsAreInsults() {
        #expect(rules("the crybabies are at it again").contains("abuse.insult"))
        #expect(rules("what a clownish display").contains("abuse.insult"))
        #expect(rules("#fatbastard").contains("abuse.profanity"))
        #expect(rules("to hell with the lot of you").contains("abuse.mild"))
        // Said of oneself, "a sucker for" is fondness, not an insult.
        #expect(!categories("I'm a sucker for a school musical").contains(.abuse))
    }
}
