import Testing
@testable import VigilEngine

@Suite struct ScanMachineryTests {
    /// What `Recognisers.triggers` must flag, byte by byte: what can start work, and the
    /// six punctuation bytes between the digits and '@' that it lets through.
    static func reference(_ bytes: [UInt8]) -> UInt64 {
        var m: UInt64 = 0
        for (k, b) in bytes.enumerated() {
            let isA = b | 0x20 == 0x61
            let nextT = k + 1 < 8 && bytes[k + 1] | 0x20 == 0x74
            let letThrough = b >= 0x3A && b <= 0x3F  // : ; < = > ?
            if isDigit(b) || b == 0x40 || (isA && (nextT || k == 7)) || b >= 0xD9 || letThrough {
                m |= 0x80 << UInt64(8 * k)
            }
        }
        return m
    }

    @Test func theEightByteTestFlagsTheBytesThatCanStartWorkAndSixPunctuationBytes() {
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        let interesting: [UInt8] = Array("0129@aAtTbz /:.`?;<=>AB".utf8) + [0x7F, 0x80, 0xBF, 0xC3, 0xD8, 0xD9, 0xDB, 0xEF, 0xF0, 0xFF]
        for round in 0..<50_000 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            var bytes = (0..<8).map { UInt8(truncatingIfNeeded: state >> UInt64(8 * $0)) }
            if round % 2 == 0 { bytes = bytes.map { interesting[Int($0) % interesting.count] } }
            let w = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
            #expect(Recognisers.triggers(w) == Self.reference(bytes), "\(bytes)")
            if Recognisers.triggers(w) != Self.reference(bytes) { return }
        }
    }

    @Test func theWordTableFindsWhatWasInsertedAndNothingElse() {
        var table = WordTable(capacity: 1000)
        for k in 1...1000 { table.insert(UInt64(k) &* 0x9E37_79B9, or: UInt64(k)) }
        table.insert(UInt64(7) &* 0x9E37_79B9, or: 1 << 40)
        #expect((1...1000).allSatisfy { table.value(UInt64($0) &* 0x9E37_79B9) & 0xFFFF == UInt64($0) })
        #expect(table.value(UInt64(7) &* 0x9E37_79B9) == 7 | 1 << 40)
        #expect(table.value(12345) == 0)
        #expect(table.value(0) == 0)
    }

    @Test func theLexiconKnowsWordsInAnyCase() {
        func classes(_ w: String) -> WordClass {
            Array(w.utf8).withUnsafeBufferPointer { Lexicon.classes(ScanText(bytes: $0), 0, $0.count) }
        }
        #expect(classes("Road").contains(.streetType) && classes("ROAD").contains(.plainStreetType))
        #expect(classes("walk").contains(.streetType) && !classes("walk").contains(.plainStreetType))
        #expect(classes("REF").contains(.reference))
        #expect(classes("d.o.b").contains(.dateOfBirth))
        #expect(classes("Sept").contains(.month))
        #expect(classes("example").contains(.topLevelDomain))
        #expect(classes("number").contains(.numberWord) && classes("my").contains(.possessive))
        #expect(classes("Acacia").isEmpty && classes("").isEmpty)
    }

    @Test func codePointsAreCountedForward() {
        let text = "é😀a\u{301}b"
        Array(text.utf8).withUnsafeBufferPointer { buf in
            let t = ScanText(bytes: buf)
            var c = CodePointCounter()
            #expect(c.offset(ofByte: 0, in: t) == 0)
            #expect(c.offset(ofByte: 2, in: t) == 1)
            #expect(c.offset(ofByte: 6, in: t) == 2)
            #expect(c.offset(ofByte: buf.count, in: t) == text.unicodeScalars.count)
            #expect(CodePointCounter.count(from: 2, to: 9, in: t) == 3)
        }
    }

    @Test func foldedTextMapsEveryByteBackToItsCharacter() throws {
        let text = "tel ０７７ ٠٧ 𝟎 ok"
        try Array(text.utf8).withUnsafeBufferPointer { buf in
            let folded = try #require(FoldedText(ScanText(bytes: buf)))
            #expect(String(decoding: folded.bytes, as: UTF8.self) == "tel 077 07 0 ok")
            #expect(folded.origin.count == folded.bytes.count + 1)
            #expect(folded.origin.last == buf.count)
            #expect(zip(folded.origin, folded.origin.dropFirst()).allSatisfy { $0 < $1 })
        }
        #expect(Array("plain ascii 0770".utf8).withUnsafeBufferPointer { FoldedText(ScanText(bytes: $0)) } == nil)
    }
}
