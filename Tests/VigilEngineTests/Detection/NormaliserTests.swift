import Testing
@testable import VigilEngine

@Suite struct NormaliserTests {
    @Test func foldsCaseAndPunctuationIntoSingleSpaces() {
        #expect(normalised("Hello,   WORLD!!") == "helo world")
    }

    @Test func compatibilityFormsAndDiacriticsBecomePlainLetters() {
        #expect(normalised("dipshít") == "dipshit")
        #expect(normalised("ｆｕｃｋ") == "fuck")            // fullwidth
        #expect(normalised("𝐟𝐮𝐜𝐤") == "fuck")                // mathematical bold
        #expect(normalised("ⓕⓤⓒⓚ") == "fuck")               // circled
        #expect(normalised("ﬁne") == "fine")                 // ligature
        #expect(normalised("Straße") == "strase")            // ß is ss; the run keeps one s
    }

    @Test func cyrillicAndGreekLookAlikesReadAsLatin() {
        #expect(normalised("fuсk") == "fuck")   // Cyrillic с
        #expect(normalised("ѕhit") == "shit")   // Cyrillic ѕ
        #expect(normalised("Βitch") == "bitch") // Greek Beta
    }

    @Test func invisibleCharactersAndCombiningMarksAreDropped() {
        #expect(normalised("fu\u{200B}ck") == "fuck")
        #expect(normalised("f\u{00AD}uck") == "fuck")
        #expect(normalised("fu\u{0301}ck") == "fuck")
        #expect(normalised("f\u{0336}u\u{0336}c\u{0336}k\u{0336}") == "fuck")
    }

    @Test func leetspeakInsideWordsIsRead() {
        #expect(normalised("5h1t") == "shit")
        #expect(normalised("b!tch") == "bitch")
        #expect(normalised("a$$hole") == "ashole")   // s(2) is kept as one symbol with its count
        #expect(normalised("$hit") == "shit")
        #expect(normalised("n00b") == "nob")
    }

    @Test func numbersAndRoadNamesAreNotLeetspeak() {
        #expect(normalised("2015") == "2015")
        #expect(normalised("the A55 at 10") == "the a55 at 10")
        #expect(normalised("b4") == "b4")
    }

    @Test func spacedOutLettersAreJoined() {
        #expect(normalised("f u c k") == "fuck")
        #expect(normalised("f.u.c.k") == "fuck")
        #expect(normalised("f-u-c-k") == "fuck")
        #expect(normalised("f_u_c_k") == "fuck")
        #expect(normalised("oh s h i t.") == "oh shit")
    }

    @Test func ordinaryWordsAreNotJoined() {
        #expect(normalised("as sad") == "as sad")
        #expect(normalised("I am a b") == "i am a b")
    }

    @Test func handlesAreSkippedAndHashtagsKeptAsWords() {
        #expect(normalised("@someone hi") == "hi")
        #expect(normalised("#StupidIdea") == "stupididea")
    }

    @Test func repeatedLettersAreKeptOnceWithTheirCount() {
        let n = Normaliser()
        n.normalise("fuuuuck")
        #expect(n.output.text == "fuck")
        #expect(n.output.runs == [1, 4, 1, 1])
    }

    @Test func maskedWordsAreSetAside() {
        let n = Normaliser()
        n.normalise("what the f*ck")
        #expect(n.output.text.trimmingCharacters(in: .whitespaces) == "what the")
        #expect(n.output.maskedWords.count == 1)
        #expect(n.output.maskedWords[0].start == 9 && n.output.maskedWords[0].end == 13)
    }

    @Test func positionsMapBackToCodePointsPastEmojiAndCombiningMarks() {
        // "👍🏽 e\u{301}h fúck": thumbs up with a skin tone is two code points.
        let text = "👍🏽 e\u{301}h fu\u{301}ck"
        let n = Normaliser()
        n.normalise(text)
        let symbols = n.output.symbols
        let f = symbols.firstIndex(of: Symbol.letter(UInt8(ascii: "f")))!
        let span = n.output.span(f..<(f + 4))
        #expect(span == Span(start: 7, end: 12))
        #expect(slice(text, span) == "fu\u{301}ck")
        #expect(n.output.codePointCount == text.unicodeScalars.count)
    }
}
