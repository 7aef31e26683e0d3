import Testing
@testable import VigilStore

/// Comment metadata survives the store's JSON encoding whatever its values hold.
@Suite struct RowCodingTests {
    @Test(arguments: [
        ["like_count": "17"],
        ["attachment_url": "https://example.org/a?b=c&d=é", "like_count": "3"],
        ["quote": "she said \"no\"", "slash": "a\\b", "lines": "one\ntwo\r\tthree", "bell": "\u{07}x"],
        ["emoji": "👍🏽 مرحبا", "": ""],
    ])
    func metadataComesBackAsItWent(_ metadata: [String: String]) {
        let encoded = RowCoding.encode(metadata: metadata)
        #expect(encoded != nil)
        #expect(RowCoding.decode(metadata: encoded) == metadata)
    }

    @Test func noMetadataIsStoredAsNothing() {
        #expect(RowCoding.encode(metadata: [:]) == nil)
    }
}
