import Testing
@testable import VigilEngine

/// The classic false alarms stay clean with the built-in rules, and stay clean when a school
/// adds the aggressive entries that would otherwise catch them.
@Suite struct AllowListTests {
    static let cleanTexts = [
        "Well done to the Scunthorpe team!", "Our trip to Penistone was great", "Essex and Sussex schools",
        "Middlesex cricket this weekend", "The assessment is on Monday", "A mocktail, not a cocktail",
        "Dick Whittington is the panto this year", "We read Dick King-Smith in Year 3",
        "shiitake mushrooms in food tech", "What a brilliant class", "Read the passage aloud",
        "The school therapist is in on Tuesday", "Mr Cockburn's class", "Matt Hancock visited",
        "We saw a blue tit in the garden", "Mind the door knob", "A garden hoe for the allotment",
        "Thanks so much xx", "omg that's brilliant", "Love you xxx", "Arsenal won again",
        "Homo sapiens in science", "Cockfosters on the Piccadilly line", "a peacock at the zoo",
        "He was sniggering at the back", "Twatt is in Orkney", "Clitheroe Grammar School",
    ]

    @Test(arguments: cleanTexts)
    func aClassicFalseAlarmIsNotFlagged(_ text: String) {
        #expect(flags(text).isEmpty, "flagged: \(flags(text).map(\.rule))")
    }

    @Test func theAllowListHoldsEvenAgainstASchoolsInfixEntries() throws {
        let d = try detector(yaml: """
            lists:
              abuse.profanity:
                words: ["*ass*", "*sex*", "*cunt*", "*cock*", "*penis*", "*tit*", "*rapist*", "*shit*", "*dick*", "*hoe*", "xx", "omg"]
            """)
        for text in Self.cleanTexts {
            #expect(d.flags(forText: text).isEmpty, "flagged: \(text)")
        }
        // ... while the entries still work where nothing allows them.
        #expect(d.flags(forText: "sexting is not ok").map(\.rule).contains("abuse.profanity"))
    }

    @Test func anAllowedWordInsideAnotherWordHidesOnlyItself() {
        // "*bass*" allows "bass", not the whole of "dumbass" that holds it.
        #expect(rules("you dumbass").contains("abuse.profanity"))
        #expect(categories("the bass guitar was great").isEmpty)
    }

    @Test func aSchoolCanAddToTheAllowList() throws {
        let d = try detector(yaml: """
            lists:
              abuse.insult:
                words: [itchington]
            allow: ["bishop's itchington"]
            """)
        #expect(d.flags(forText: "Bishop's Itchington fete").isEmpty)
        #expect(!d.flags(forText: "you itchington").isEmpty)
    }
}
