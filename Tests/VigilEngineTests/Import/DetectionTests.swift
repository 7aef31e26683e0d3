import Foundation
import Testing
@testable import VigilEngine

@Suite struct DetectionTests {
    static let samples: [(String, ExportFormat)] = [
        ("exports/facebook-post-comments-page1.json", .facebook),
        ("exports/facebook-post-comments-page2.json", .facebook),
        ("exports/facebook-post-comments-later.json", .facebook),
        ("exports/facebook-page-feed.json", .facebook),
        ("exports/instagram-media-comments.json", .instagram),
        ("exports/youtube-comment-threads.json", .youtube),
        ("exports/youtube-held-for-review.json", .youtube),
        ("exports/youtube-empty-page.json", .youtube),
        ("exports/x-conversation.json", .x),
        ("exports/wordpress-export.xml", .wxr),
        ("exports/wordpress-rest-comments.json", .wordpress),
        ("exports/comments-export.csv", .csv),
        ("exports/comments-semicolon.csv", .csv),
        ("exports/comments-tab.tsv", .csv),
        ("exports/comments-mojibake.csv", .csv),
    ]

    @Test(arguments: samples)
    func eachFormatIsToldFromItsContent(path: String, format: ExportFormat) throws {
        let data = try Fixture.data(path)
        #expect(Importers.detect(data) == format)
        // The name plays no part: the same bytes under a misleading name read the same.
        let summary = try Importers.read(data, fileName: "export.txt") { _ in }
        #expect(summary.format == format)
    }

    @Test(arguments: [
        "malformed/html-error-page.json", "malformed/empty.json", "malformed/binary.json",
        "malformed/facebook-api-error.json", "malformed/utf16.csv",
    ])
    func nonExportsAreNotDetected(path: String) throws {
        #expect(Importers.detect(try Fixture.data(path)) == nil)
    }

    @Test func otherShapesOfJSONAndTextAreNotDetected() {
        for text in ["{\"name\": \"not an export\"}", "[1, 2, 3]", "[{\"foo\": 1}]", "just some words\non two lines\n",
                     "<?xml version=\"1.0\"?><rss><channel></channel></rss>", "   \n\t ", "foo,bar,baz\n1,2,3\n"] {
            #expect(Importers.detect(Data(text)) == nil, "\(text)")
        }
    }

    @Test func firstRecordTellsInstagramAndXFromFacebook() {
        #expect(Importers.detect(Data(#"{"data": [{"id": "1", "text": "t", "timestamp": "2025-01-01T00:00:00+0000"}]}"#)) == .instagram)
        #expect(Importers.detect(Data(#"{"data": [{"id": "1", "text": "t", "edit_history_tweet_ids": ["1"]}]}"#)) == .x)
        #expect(Importers.detect(Data(#"{"data": [{"id": "1", "text": "t"}], "meta": {"result_count": 1}}"#)) == .x)
        #expect(Importers.detect(Data(#"{"data": [{"id": "1_2", "message": "m"}]}"#)) == .facebook)
        #expect(Importers.detect(Data(#"{"data": {}}"#)) == .facebook)
    }

    @Test func aGivenFormatOverridesDetection() throws {
        // A Facebook-shaped page read as Instagram: Instagram's reader, Instagram's fields.
        let json = #"{"data": [{"id": "1_2", "message": "m", "text": "from text", "username": "u"}]}"#
        #expect(Importers.detect(Data(json)) == .facebook)
        let (comments, summary) = try Importers.readAll(Data(json), fileName: "f.json", format: .instagram)
        #expect(summary.format == .instagram)
        #expect(comments.first?.platform == .instagram)
        #expect(comments.first?.text == "from text")
        // And a format that does not fit says so where it breaks.
        let error = Fixture.error(reading: try Fixture.data("exports/comments-export.csv"), named: "c.csv", format: .youtube)
        #expect(error?.message.contains("expected an object") == true)
        #expect(error?.line == 1)
    }

    @Test func sourceNamesAreTheFormatsRawValues() {
        #expect(ExportFormat(rawValue: "wxr") == .wxr)
        #expect(ExportFormat.allCases.map(\.rawValue) == ["facebook", "instagram", "youtube", "x", "wxr", "wordpress", "csv"])
    }

    @Test func detectionReadsOnlyTheStartOfALargeFile() {
        // A 20 MB page whose first record is plain: detection must not need the rest.
        var text = #"{"data": [{"id": "1_2", "message": "m", "created_time": "2025-01-01T00:00:00+0000"}"#
        text += String(repeating: #", {"id": "1_3", "message": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}"#, count: 160_000)
        // …and is truncated, which only `read` notices.
        #expect(Importers.detect(Data(text)) == .facebook)
    }
}
