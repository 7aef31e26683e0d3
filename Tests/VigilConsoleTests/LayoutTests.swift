import Testing
@testable import VigilEngine
@testable import VigilConsole

@Suite struct LayoutTests {
    func texts(_ lines: [[Run]]) -> [String] { lines.map { $0.map(\.text).joined() } }

    @Test func wrapBreaksAtSpacesAndKeepsLineBreaks() {
        #expect(texts(Layout.wrap("the quick brown fox jumps", width: 10)) == ["the quick", "brown fox", "jumps"])
        #expect(texts(Layout.wrap("one\ntwo three", width: 20)) == ["one", "two three"])
    }

    @Test func wrapBreaksALongWordWhereItMust() {
        #expect(texts(Layout.wrap("abcdefghijkl", width: 5)) == ["abcde", "fghij", "kl"])
    }

    @Test func wrapCountsWideCharactersAsTwoColumns() {
        let lines = texts(Layout.wrap("素晴らしい学校", width: 5))
        #expect(lines == ["素晴", "らし", "い学", "校"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 5 })
    }

    @Test func clipEndsInAnEllipsisOnAWholeCharacter() {
        #expect(Layout.clip("hello world", to: 8) == "hello w\u{2026}")
        #expect(Layout.clip("short", to: 8) == "short")
        #expect(Layout.clip("素晴らしい", to: 6) == "素晴\u{2026}")
        #expect(DisplayWidth.of(Layout.clip("素晴らしい", to: 6)) <= 6)
    }

    @Test func padMakesExactlyTheWidth() {
        for text in ["a", "素晴らしい学校です", "e\u{0301}e\u{0301}", "\u{1B}[31mred", ""] {
            #expect(DisplayWidth.of(Layout.pad(text, to: 7)) == 7, "\(text.debugDescription)")
        }
        #expect(Layout.pad("42", to: 5, right: true) == "   42")
    }

    @Test func columnWidthsFillTheTotal() {
        let cols: [Layout.Column] = [.init(minimum: 4), .init(minimum: 10, weight: 1, maximum: 20), .init(minimum: 10, weight: 3)]
        for total in [40, 80, 132, 200] {
            let w = Layout.columnWidths(cols, total: total)
            #expect(w.reduce(0, +) + 2 == total)
            #expect(w[1] <= 20)
        }
    }
}
