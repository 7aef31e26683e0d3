import Crypto
import Foundation
import Testing
@testable import VigilEngine

@Suite struct CanonicalEncodingTests {
    func hex(_ d: Data) -> String { d.map { String(format: "%02x", $0) }.joined() }

    let small = AuditEntry(sequence: 1, timeMillis: 1_000, actor: "al", kind: "approve", subject: AuditSubject(proposal: 5, note: "ok"),
                           previousHash: Data(count: 32), signature: nil, hash: Data())

    @Test func theBytesAreExactlyWhatTheFormatDocumentSays() {
        let expected = hex(Data("VIGIL-AUDIT".utf8)) + "01"
            + "01" + "00000008" + "0000000000000001"
            + "02" + "00000008" + "00000000000003e8"
            + "03" + "00000002" + hex(Data("al".utf8))
            + "04" + "00000007" + hex(Data("approve".utf8))
            + "10" + "00000008" + "0000000000000005"
            + "1e" + "00000002" + hex(Data("ok".utf8))
            + "7f" + "00000020" + String(repeating: "00", count: 32)
        #expect(hex(small.canonicalBody) == expected)
    }

    @Test func theHashCoversTheBodyAndTheSignatureOrItsAbsence() {
        let body = small.canonicalBody
        #expect(small.computedHash() == Data(SHA256.hash(data: body + [0])))
        let signature = Data(repeating: 0xAB, count: 64)
        let signed = edited(small, signature: .some(signature))
        #expect(signed.computedHash() == Data(SHA256.hash(data: body + [1] + signature)))
        #expect(signed.canonicalBody == body, "the signature is not part of what is signed")
    }

    @Test func decodingGivesBackExactlyTheFieldsOfEveryKindOfEntry() throws {
        for entry in RichLog().entries {
            let decoded = try CanonicalEncoding.decode(entry.canonicalBody)
            #expect(decoded == edited(entry, signature: .some(nil), hash: Data()))
            #expect(decoded.canonicalBody == entry.canonicalBody)
        }
    }

    @Test func differentEntriesNeverShareTheirBytes() throws {
        // Text moved from one field into its neighbour, an empty field against an absent one,
        // and numbers of different widths would all collide in a naive concatenation.
        let pairs: [(AuditEntry, AuditEntry)] = [
            (edited(small, actor: "ab", subject: AuditSubject(proposal: 5, note: "c")), edited(small, actor: "a", subject: AuditSubject(proposal: 5, note: "bc"))),
            (edited(small, subject: AuditSubject(proposal: 5, note: "")), edited(small, subject: AuditSubject(proposal: 5, note: nil))),
            (edited(small, subject: AuditSubject(platform: "x", commentID: "1")), edited(small, subject: AuditSubject(platform: "x1", commentID: ""))),
            (edited(small, subject: AuditSubject(member: "bob")), edited(small, subject: AuditSubject(covering: "bob"))),
            (edited(small, time: -1), edited(small, time: Int64.max)),
        ]
        for (a, b) in pairs {
            #expect(a.canonicalBody != b.canonicalBody)
            #expect(try CanonicalEncoding.decode(a.canonicalBody) == edited(a, hash: Data()))
            #expect(try CanonicalEncoding.decode(b.canonicalBody) == edited(b, hash: Data()))
        }
    }

    @Test func manyGeneratedEntriesRoundTripAndAreAllDistinct() throws {
        var rng = SplitMix(seed: 42)
        var seen: Set<Data> = []
        for _ in 0..<2_000 {
            let e = AuditEntry(
                sequence: rng.next() % 1_000, timeMillis: Int64(bitPattern: rng.next()), actor: rng.word(), kind: rng.word(),
                subject: AuditSubject(
                    proposal: rng.maybe { $0.next() }, action: rng.maybe { $0.word() }, escalateTo: rng.maybe { $0.word() },
                    platform: rng.maybe { $0.word() }, commentID: rng.maybe { $0.word() }, textSHA256: rng.maybe { $0.bytes(32) },
                    author: rng.maybe { $0.word() }, member: rng.maybe { $0.word() }, role: rng.maybe { $0.word() },
                    publicKey: rng.maybe { $0.bytes(32) }, covering: rng.maybe { $0.word() }, windowStart: rng.maybe { Int64(bitPattern: $0.next()) },
                    windowEnd: rng.maybe { Int64(bitPattern: $0.next()) }, severity: rng.maybe { $0.word() }, note: rng.maybe { $0.word() },
                    failure: rng.maybe { $0.word() }, attempt: rng.maybe { $0.next() }, until: rng.maybe { Int64(bitPattern: $0.next()) }),
                previousHash: rng.bytes(32), signature: nil, hash: Data())
            let body = e.canonicalBody
            #expect(try CanonicalEncoding.decode(body) == e)
            seen.insert(body)
        }
        #expect(seen.count == 2_000)
    }

    @Test func bytesThatAreNotACanonicalBodyAreRefusedSayingWhy() {
        let body = [UInt8](small.canonicalBody)
        func decode(_ b: [UInt8]) -> CanonicalDecodingError? {
            do { _ = try CanonicalEncoding.decode(Data(b)); return nil } catch { return error }
        }
        #expect(decode(Array(body.dropFirst())) == .notAnAuditEntry)
        var v2 = body; v2[11] = 2
        #expect(decode(v2) == .unsupportedVersion(2))
        #expect(decode(Array(body.dropLast())) == .truncated)
        #expect(decode(Array(body.prefix(14))) == .truncated)
        var unknown = body; unknown[12] = 0x60
        #expect(decode(unknown) == .unknownTag(0x60))
        // Swap the actor and kind fields: tags out of order.
        let actorField = Array(body[38..<45]), kindField = Array(body[45..<57])
        #expect(decode(Array(body[..<38]) + kindField + actorField + Array(body[57...])) == .tagsOutOfOrder(0x03))
        var shortSeq = Array(body[..<12]) + [0x01, 0, 0, 0, 4, 0, 0, 0, 1]
        shortSeq += Array(body[25...])
        #expect(decode(shortSeq) == .wrongLength(0x01, 4))
        var badUTF8 = body; badUTF8[43] = 0xFF
        #expect(decode(badUTF8) == .notUTF8(0x03))
        let noPrevious = Array(body[..<(body.count - 37)])
        #expect(decode(noPrevious) == .missingRequiredField)
        #expect(CanonicalDecodingError.unknownTag(0x60).description == "unknown field tag 0x60")
    }
}

/// A small deterministic generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func word() -> String {
        let letters = Array("ab\u{E9}\u{1B}\u{202E}😀 ,")
        return String((0..<Int(next() % 6)).map { _ in letters[Int(next() % UInt64(letters.count))] })
    }
    mutating func bytes(_ n: Int) -> Data { Data((0..<n).map { _ in UInt8(truncatingIfNeeded: next()) }) }
    mutating func maybe<T>(_ make: (inout SplitMix) -> T) -> T? { next() % 2 == 0 ? nil : make(&self) }
}
