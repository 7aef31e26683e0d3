import Foundation
import Testing
@testable import VigilEngine
@testable import VigilConsole

@Suite struct WidthTests {
    @Test func asciiIsOneColumnAndCJKAndEmojiAreTwo() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("素晴らしい") == 10)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("ｈｉ") == 4, "fullwidth letters")
        #expect(DisplayWidth.of("e\u{0301}") == 1, "a combining mark takes no column")
        #expect(DisplayWidth.of("👍🏽") == 2, "the skin tone is dropped, not counted")
    }

    @Test func theTableAgreesWithSwiftOnEmojiPresentation() {
        var disagreements: [String] = []
        for v in UInt32(0x2000)...UInt32(0x1FAFF) {
            guard let s = Unicode.Scalar(v), s.properties.isEmojiPresentation,
                  s.properties.generalCategory != .unassigned, !(0x1F3FB...0x1F3FF).contains(v), !(0x1F1E6...0x1F1FF).contains(v) else { continue }
            if DisplayWidth.of(s) != 2 { disagreements.append(String(v, radix: 16)) }
        }
        // Emoji newer than the table's Unicode version are allowed to differ.
        #expect(disagreements.count < 40, "emoji-presentation scalars not 2 wide: \(disagreements.prefix(20))")
    }

    @Test func theCommittedTableIsWhatTheScriptGenerates() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let script = root.appendingPathComponent("Scripts/gen-width-table.py").path
        let table = root.appendingPathComponent("Sources/VigilEngine/Text/WidthTable.swift")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [script]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let generated = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        // Another Python may carry another Unicode version: then the tables may rightly differ.
        guard p.terminationStatus == 0, generated.contains("(Unicode \(unicodeVersionOfWidthTable))") else { return }
        #expect(generated == (try String(contentsOf: table, encoding: .utf8)), "run: python3 Scripts/gen-width-table.py > Sources/VigilEngine/Text/WidthTable.swift")
    }

    @Test func combiningMarksAreZeroWide() {
        for v: UInt32 in [0x0300, 0x0301, 0x036F, 0x0483, 0x05B0, 0x064B, 0x20D0] {
            #expect(DisplayWidth.of(Unicode.Scalar(v)!) == 0, "U+\(String(v, radix: 16))")
        }
    }

    static let sizes = [Size(rows: 24, columns: 80), Size(rows: 40, columns: 132), Size(rows: 30, columns: 101), Size(rows: 25, columns: 81)]

    @Test(arguments: sizes)
    func everyRowOfEveryViewIsExactlyAsWideAsTheScreen(size: Size) {
        var h = Harness(size: size)
        h.signIn()
        let checks: [(String, String)] = [("queue", ""), ("search", "/素晴<Enter>"), ("all", "x t t t"), ("detail", "<Enter>"), ("detail wide", "x/素晴<Enter><Enter>"),
                                           ("signoffs", "2"), ("actions", "3"), ("authors", "4"), ("audit", "5"), ("handover", "6"), ("import", "7"), ("help", "?")]
        for (name, keys) in checks {
            h.type("1" + keys)
            let screen = h.screen
            for (i, line) in screen.lines.enumerated() {
                #expect(DisplayWidth.of(line) == size.columns, "\(name) at \(size): row \(i) is \(DisplayWidth.of(line)) wide: \(line)")
            }
            for row in 0..<size.rows {
                #expect(screen[row, size.columns - 1].width != 2, "\(name) at \(size): a wide character in the last column of row \(row)")
                for c in 0..<size.columns where screen[row, c].width == 2 {
                    #expect(c + 1 < size.columns && screen[row, c + 1].width == 0, "\(name): wide cell without its continuation")
                }
            }
        }
    }

    @Test func aWideCharacterThatWouldReachPastTheEdgeIsCutWithAnEllipsis() {
        var s = Screen(size: Size(rows: 1, columns: 5))
        s.put("abcd素", row: 0, column: 0)
        #expect(s.lines == ["abcd\u{2026}"])
        #expect(s[0, 4].width == 1)
        var runs = Screen(size: Size(rows: 1, columns: 5))
        runs.put([Run("ab"), Run("cd素", .bold)], row: 0, column: 0)
        #expect(runs.lines == ["abcd\u{2026}"])
        var t = Screen(size: Size(rows: 1, columns: 6))
        t.put("ab素素", row: 0, column: 0)
        #expect(t.lines == ["ab素素"])
    }

    @Test func writingOverHalfAWideCharacterBlanksTheOtherHalf() {
        var s = Screen(size: Size(rows: 1, columns: 6))
        s.put("素晴", row: 0, column: 0)
        s.put("x", row: 0, column: 1)
        #expect(s.lines == [" x晴  "])
    }
}
