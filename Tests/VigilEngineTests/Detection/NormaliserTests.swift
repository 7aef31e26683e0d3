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

/// Plain words keep no code points per position (they are worked out when a match asks):
/// every position must still map back to exactly the letters it stands for.
@Suite struct PlainWordSpanTests {
    /// For each letter written plainly (not a look-alike, leetspeak or spaced out): the
    /// original it maps back to is that letter, as often as its run says (a run counts to
    /// 255 at most), in either case.
    func expectEveryLetterMapsBack(_ text: String) {
        let n = Normaliser()
        n.normalise(text)
        let out = n.output
        let symbols = out.symbols
        let runs = out.runs
        for p in symbols.indices where Symbol.isLetter(symbols[p]) && out.markBuffer[p] & PositionMark.altered == 0 {
            let letter = Character(UnicodeScalar(Symbol.character(symbols[p])))
            let written = slice(text, out.span(p..<(p + 1))).lowercased()
            let lengthFits = runs[p] == 255 ? written.count >= 255 : written.count == Int(runs[p])
            #expect(lengthFits && written.allSatisfy { $0 == letter },
                    "position \(p) of '\(text.prefix(40))' maps back to '\(written)'")
        }
    }

    @Test func shortAndLongPlainWordsMapBackLetterByLetter() {
        expectEveryLetterMapsBack("Well done the Year six play Ava had a lovely day")
        expectEveryLetterMapsBack("extraordinarily wonderful performances")  // longer than eight letters
        expectEveryLetterMapsBack("so good")                                  // too near the end to read eight bytes
    }

    @Test func repeatedLettersAndCapitalsInsideWordsMapBack() {
        expectEveryLetterMapsBack("Sooooo proud of the class, StupidIdea and BOOK week")
        expectEveryLetterMapsBack("fuuuuuuuuuck aA Aa bookkeeper")
    }

    @Test func plainWordsAmongOtherWordsMapBackPastEmojiAndMarks() {
        expectEveryLetterMapsBack("👍🏽 great e\u{301}vent, ｆｕｃｋ that f.u.c.k and shit 🎉 brilliant")
        expectEveryLetterMapsBack("line one\nline two\u{2028}three b!tch 5h1t done")
    }

    @Test func shortWordsInsideATextKeepTheirRunsAndInnerWordStarts() {
        // Words of up to eight letters with eight bytes after their start take a faster way.
        let n = Normaliser()
        n.normalise("well Sooo good, GoAway today and more")
        #expect(n.output.text == "wel so god goaway today and more")
        #expect(Array(n.output.runs.prefix(7)) == [1, 1, 2, 1, 1, 3, 1])
        let a = 13  // the "A" of "GoAway"
        #expect(n.output.symbols[a] == Symbol.letter(UInt8(ascii: "a")))
        #expect(n.output.markBuffer[a] & PositionMark.wordStart != 0)
        #expect(n.output.markBuffer[a - 1] & PositionMark.wordEnd != 0)
    }

    @Test func aPlainWordLongerThanARunCanCountMapsBack() {
        // 300 letters: a run of them would pass the 255 a run can count.
        expectEveryLetterMapsBack("hello " + String(repeating: "a", count: 300) + " bye")
        expectEveryLetterMapsBack("x " + String(repeating: "ab", count: 150) + " shit")
    }

    @Test func aMatchInAPlainWordSpansTheWordAsWritten() throws {
        let text = "Lovely photos 😊 of the choir, what a load of SHIIIT honestly"
        let flag = try #require(flags(text).first { $0.category == .abuse })
        #expect(flag.spans.map { slice(text, $0) } == ["SHIIIT"])
    }
}
