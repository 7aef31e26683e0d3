import Testing
@testable import VigilEngine

@Suite struct SafeTextTests {
    @Test func escapeSequencesBecomeVisibleTextThatDoesNothing() {
        let s = SafeText.line("a\u{1B}]0;PWNED\u{07}b\u{1B}[2Jc")
        #expect(s == "a\u{241B}]0;PWNED\u{2407}b\u{241B}[2Jc")
        #expect(!s.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
    }

    @Test func everyC0AndC1ControlAndDelIsReplacedByAVisibleSymbol() {
        for v in Array(0x00..<0x20).filter({ $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) + [0x7F] + Array(0x80..<0xA0) {
            let s = SafeText.line("x" + String(Unicode.Scalar(UInt32(v))!) + "y")
            #expect(s.unicodeScalars.count == 3, "U+\(String(v, radix: 16)) should become one symbol")
            let middle = Array(s.unicodeScalars)[1]
            #expect(middle.value >= 0x2400, "U+\(String(v, radix: 16)) became \(middle)")
            #expect(DisplayWidth.of(middle) == 1)
        }
    }

    @Test func bidiControlsBecomeAVisibleMark() {
        for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] {
            let s = SafeText.line("a" + String(Unicode.Scalar(v)!) + "b")
            #expect(s == "a\u{21C4}b", "U+\(String(v, radix: 16))")
        }
    }

    @Test func tabBecomesASpaceAndLineBreaksAreMarkedInOneLine() {
        #expect(SafeText.line("a\tb") == "a b")
        #expect(SafeText.line("a\nb\r\nc\rd\u{2028}e") == "a\u{23CE}b\u{23CE}c\u{23CE}d\u{23CE}e")
    }

    @Test func aBlockKeepsLineBreaksAsNewlinesOnly() {
        #expect(SafeText.block("a\r\nb\rc\nd\u{2029}e") == "a\nb\nc\nd\ne")
    }

    @Test func joinersVariationSelectorsSkinTonesAndTagsAreDropped() {
        #expect(SafeText.line("👍🏽") == "👍")
        #expect(SafeText.line("👨\u{200D}👩\u{200D}👧") == "👨👩👧")
        #expect(SafeText.line("❤\u{FE0F}") == "❤")
        #expect(SafeText.line("a\u{E0041}\u{E0042}b") == "ab", "tag characters can smuggle invisible text")
        #expect(SafeText.line("a\u{200B}b\u{FEFF}c\u{00AD}d") == "abcd")
    }

    @Test func combiningMarksAreCappedAtTwo() {
        let zalgo = "s" + String(repeating: "\u{0301}", count: 30) + "t"
        let s = SafeText.line(zalgo)
        #expect(s.unicodeScalars.count == 4)
        #expect(s.hasSuffix("t"))
        #expect(SafeText.line("e\u{0301}") == "e\u{0301}", "an ordinary accent stays")
    }

    @Test func aMarkWithNothingBeforeItGetsADottedCircle() {
        #expect(SafeText.line("\u{0301}x") == "\u{25CC}\u{0301}x")
        #expect(SafeText.block("a\n\u{0301}") == "a\n\u{25CC}\u{0301}")
    }

    @Test func unassignedScalarsAndNoncharactersAreReplaced() {
        #expect(SafeText.line("a\u{FFFE}b") == "a\u{FFFD}b")
        #expect(SafeText.line("a\u{0378}b") == "a\u{FFFD}b")
    }

    @Test func ordinaryTextIsUnchanged() {
        for s in ["Hello, world!", "Café crème", "素晴らしい", "مدرسة رائعة", "Ünïcödé", "👍 well done"] {
            #expect(SafeText.line(s) == s)
        }
    }

    @Test func cleaningIsIdempotent() {
        let hostile = "x\u{1B}[31m\u{202E}\u{0301}\u{0301}\u{0301}\u{9B}y\n\tz👍🏽"
        let once = SafeText.line(hostile)
        #expect(SafeText.line(once) == once)
        let block = SafeText.block(hostile)
        #expect(SafeText.block(block) == block)
    }

    @Test func originsPointBackToTheOriginalScalars() {
        let text = "a\u{1B}b\u{200D}c"
        let out = SafeText.scalarsWithOrigins(text, oneLine: true)
        #expect(out.map(\.origin) == [0, 1, 2, 4])
        #expect(String(String.UnicodeScalarView(out.map(\.scalar))) == "a\u{241B}bc")
    }
}
