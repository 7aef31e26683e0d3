import Testing
@testable import VigilEngine

/// Every way of dressing up a word that the brief names is read by the built-in rules, the
/// flag's span covers what was written, and the explanation says what it was read as.
@Suite struct ObfuscationTests {
    static let dressedUp: [(text: String, written: String)] = [
        ("oh f.u.c.k off", "f.u.c.k"),
        ("f u c k this", "f u c k"),
        ("f-u-c-k that", "f-u-c-k"),
        ("well oh s h i t", "s h i t"),
        ("what the f*ck", "f*ck"),
        ("you b!tch", "b!tch"),
        ("that's bullsh#t", "bullsh#t"),
        ("fuuuuuck", "fuuuuuck"),
        ("fuсk you", "fuсk"),                          // Cyrillic с
        ("what a dipshít", "dipshít"),
        ("ｓｈｉｔ", "ｓｈｉｔ"),                          // fullwidth
        ("𝖇𝖎𝖙𝖈𝖍", "𝖇𝖎𝖙𝖈𝖍"),                              // mathematical fraktur
        ("sh\u{200B}it", "sh\u{200B}it"),              // zero-width space
        ("5h1t", "5h1t"),
        ("a$$hole", "a$$hole"),
    ]

    @Test(arguments: dressedUp)
    func aDressedUpWordIsFlaggedAsAbuse(_ example: (text: String, written: String)) throws {
        let found = flags(example.text).filter { $0.category == .abuse }
        let flag = try #require(found.first, "no abuse flag for \(example.text)")
        #expect(flag.spans.contains { slice(example.text, $0) == example.written })
        #expect(flag.explanation.contains("read as a"))
    }

    @Test func theExplanationQuotesWhatWasWrittenAndWhatItWasReadAs() throws {
        let flag = try #require(flags("oh f.u.c.k off").first { $0.rule == "abuse.profanity" })
        #expect(flag.explanation == "cann-bridge §3.3: abusive language — profanity; 'f.u.c.k' read as a profanity")
    }

    @Test func aPlainWordIsNotCalledObfuscated() throws {
        let flag = try #require(flags("fuck off").first { $0.rule == "abuse.profanity" })
        #expect(flag.explanation == "cann-bridge §3.3: abusive language — profanity")
    }

    @Test func theCommonWordsAreFoundWithTheirVowelsDropped() {
        for text in ["you btch", "fck off", "what a sht show"] {
            #expect(categories(text).contains(.abuse), "\(text)")
        }
    }

    @Test func aVowelDroppedWordIsExplainedAsWhatItWasReadAs() throws {
        let flag = try #require(flags("you btch").first { $0.category == .abuse })
        #expect(flag.explanation.contains("'btch' read as a"))
        // An acronym is not a disguise: no other entry of its list is it with vowels.
        let plain = try #require(flags("stfu now").first { $0.rule == "abuse.profanity" })
        #expect(!plain.explanation.contains("read as"))
    }

    @Test func aSwearWordMaskedAfterItsFirstLetterIsRead() throws {
        for (text, written) in [("what the f*** is this", "f***"), ("oh s*** no", "s***"), ("you b****", "b****")] {
            let flag = try #require(flags(text).first { $0.category == .abuse }, "no abuse flag for \(text)")
            #expect(flag.spans.contains { slice(text, $0) == written }, "\(text)")
            #expect(flag.explanation.contains("read as a"))
        }
        // Too short to be a word, and stars that stand for no letters, are not read.
        #expect(categories("grade A* and B*").isEmpty)
        #expect(categories("rated 5 *****").isEmpty)
    }

    @Test func ordinaryTextThatLooksSpacedOutIsNotMergedIntoAHit() {
        #expect(categories("I was as sad as anyone").isEmpty)
        #expect(categories("Plan A s well as plan B").isEmpty)
        #expect(categories("the A55 was closed at 5").isEmpty)
    }

    @Test func invisibleCharactersInTheExcerptAreShownAsQuestionMarks() throws {
        let flag = try #require(flags("sh\u{200B}it").first)
        #expect(!flag.explanation.unicodeScalars.contains("\u{200B}"))
        #expect(flag.explanation.contains("sh?it"))
    }

    /// ASCII texts are quoted straight from their bytes; the quote must be what the scalar
    /// walk gives: controls as '?', at most 40 characters.
    @Test func anASCIIExcerptIsQuotedAsAnyOtherIs() throws {
        let flag = try #require(flags("oh s\th\ti\tt").first)
        #expect(flag.explanation.contains("'s?h?i?t' read as a"))
        for (text, span) in [("a\u{7F}b\tc d", Span(start: 0, end: 7)), (String(repeating: "f.", count: 30), Span(start: 2, end: 60)),
                             ("ab", Span(start: 1, end: 1))] {
            let shown = Array(text.utf8).withUnsafeBufferPointer { Detector.excerpt(ascii: $0, span) }
            #expect(shown == Detector.excerpt(text, span))
        }
    }
}
