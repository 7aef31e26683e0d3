import Testing
@testable import VigilEngine

/// The matcher on its own: entry kinds, doubled letters, allow lists, masks, spans.
@Suite struct WordMatcherTests {
    func matched(_ entries: [String], allow: [String] = [], in text: String) throws -> [String] {
        let matcher = try WordMatcher(entries: entries.map { (0, $0) }, allowed: allow)
        let n = Normaliser()
        n.normalise(text)
        var found: [WordMatch] = []
        matcher.matches(in: n.output, into: &found)
        return found.map { slice(text, $0.span) }
    }

    @Test func aWholeWordEntryMatchesOnlyWholeWords() throws {
        #expect(try matched(["ass"], in: "you ass") == ["ass"])
        #expect(try matched(["ass"], in: "a class act, pass the grass").isEmpty)
        #expect(try matched(["ass"], in: "as sad as that").isEmpty)
    }

    @Test func prefixSuffixAndInfixEntriesMeetWordEdgesAsWritten() throws {
        #expect(try matched(["bitch*"], in: "bitches and bitchy") == ["bitches", "bitchy"])
        #expect(try matched(["*head"], in: "dickhead, headache") == ["dickhead"])
        #expect(try matched(["*fuck*"], in: "motherfuckers") == ["motherfuckers"])
        #expect(try matched(["fuck"], in: "motherfuckers").isEmpty)
    }

    @Test func phrasesMatchWholeWordsInARowWhateverTheSpacing() throws {
        #expect(try matched(["kill yourself"], in: "just KILL   yourself!!") == ["KILL   yourself"])
        #expect(try matched(["kill yourself"], in: "skill yourselfish").isEmpty)
    }

    @Test func emphasisMatchesButAnEntrysDoubleLettersMustBeThere() throws {
        #expect(try matched(["fuck"], in: "fuuuuuck off") == ["fuuuuuck"])
        #expect(try matched(["shit*"], in: "shitt") == ["shitt"])
        #expect(try matched(["ass"], in: "asssss") == ["asssss"])
        #expect(try matched(["ass"], in: "as").isEmpty)
        // A letter doubled inside a word makes another word: "speed" is not "sped".
        #expect(try matched(["sped"], in: "speed").isEmpty)
    }

    /// The first two steps of a walk come from one table; entries of one and two letters, and
    /// entries that end where the text does, must still be found.
    @Test func shortEntriesAndEntriesAtTheEndOfTheTextMatch() throws {
        #expect(try matched(["x", "xo", "xox"], in: "x") == ["x"])
        #expect(try matched(["x", "xo", "xox"], in: "a xo b") == ["xo"])
        #expect(try matched(["x", "xo", "xox"], in: "hugs xox") == ["xox"])
        #expect(try matched(["ok*"], in: "ok then, okay") == ["ok", "okay"])
        #expect(try matched(["*ok"], in: "a wok") == ["wok"])
        #expect(try matched(["xo"], in: "x o").isEmpty)
        #expect(try matched(["idiot"], in: "what an idio").isEmpty)
    }

    @Test func aOneStandsForAnIOrAnL() throws {
        #expect(try matched(["asshole"], in: "a55ho1e") == ["a55ho1e"])
        #expect(try matched(["kill"], in: "k1ll") == ["k1ll"])
    }

    @Test func allowListMatchesHideTheMatchesInsideThem() throws {
        #expect(try matched(["dick"], allow: ["dick whittington"], in: "Dick Whittington was panto").isEmpty)
        #expect(try matched(["dick"], allow: ["dick whittington"], in: "what a dick") == ["dick"])
        #expect(try matched(["*cunt*"], allow: ["scunthorpe"], in: "Scunthorpe United").isEmpty)
    }

    @Test func anAllowEntryOpenAtOneEndHidesTheRestOfItsWordOnThatSide() throws {
        // The flagged word runs past the allow entry's own letters.
        #expect(try matched(["fools"], allow: ["april fool*"], in: "happy April fools day").isEmpty)
        #expect(try matched(["tarts"], allow: ["bakewell tart*"], in: "bakewell tarts at the fair").isEmpty)
        #expect(try matched(["fools"], allow: ["april fool*"], in: "you are all fools") == ["fools"])
        #expect(try matched(["*cunt*"], allow: ["*thorpe"], in: "Scunthorpe United").isEmpty)
        // Open at both ends it hides only its own letters: "dumbass" is still found around "bass".
        #expect(try matched(["dumbass"], allow: ["*bass*"], in: "the dumbass") == ["dumbass"])
        #expect(try matched(["*ass*"], allow: ["*bass*"], in: "double bass lessons").isEmpty)
    }

    @Test func masksStandForOneLetterEachOrSeparateLetters() throws {
        #expect(try matched(["fuck"], in: "f*ck this") == ["f*ck"])
        #expect(try matched(["fuck*"], in: "f**king hell") == ["f**king"])
        #expect(try matched(["bullshit"], in: "total bullsh#t") == ["bullsh#t"])
        #expect(try matched(["fuck"], in: "f*u*c*k") == ["f*u*c*k"])
        // One written letter is not enough to know the word.
        #expect(try matched(["fuck"], in: "f*** that").isEmpty)
    }

    @Test func spacedOutWordsMatchInsideALongerRunOfLetters() throws {
        #expect(try matched(["cunt"], in: "u r a c u n t") == ["c u n t"])
        #expect(try matched(["ass"], allow: ["class"], in: "c l a s s").isEmpty)
    }

    @Test func badEntriesAreRefusedWithTheReason() {
        #expect(throws: WordMatcherError.self) { try WordMatcher(entries: [(0, "bad*word")], allowed: []) }
        do {
            _ = try WordMatcher(entries: [(0, "fine"), (1, "!!!")], allowed: ["*"])
            Issue.record("expected an error")
        } catch {
            #expect(error.entries.map(\.problem) == [.noLetters, .empty])
            #expect(error.entries[0].list == 1 && error.entries[1].list == nil)
        }
    }
}
