import Foundation
import Testing
@testable import VigilEngine

/// Every way a file can fail to be read in full names the file, the place and what was expected.
@Suite struct MalformedImportTests {
    @Test func truncatedJSONNamesTheRecordAndSaysTruncated() throws {
        let error = try #require(try Fixture.error("malformed/facebook-truncated.json"))
        #expect(error.fileName == "facebook-truncated.json")
        #expect(error.record == "data[4].message")
        #expect(error.byteOffset == 1814)
        #expect(error.message.contains("truncated"))
        #expect(error.description.hasPrefix("facebook-truncated.json: line "))
    }

    @Test func htmlSavedAsJSONIsCalledAnHTMLPage() throws {
        let error = try #require(try Fixture.error("malformed/html-error-page.json"))
        #expect(error.message.contains("HTML page"))
        #expect(error.line == 1 && error.column == 1)
        // Forced to read it as Facebook JSON, it still says what it found.
        let forced = try #require(try Fixture.error("malformed/html-error-page.json", format: .facebook))
        #expect(forced.message.contains("found `<` (this looks like an HTML or XML page, not JSON)"))
        #expect(forced.byteOffset == 0)
    }

    @Test func emptyAndWhiteSpaceOnlyFiles() throws {
        let error = try #require(try Fixture.error("malformed/empty.json"))
        #expect(error.description == "empty.json: the file is empty: expected an export of comments")
        let blank = try #require(Fixture.error(reading: Data("  \n\n "), named: "blank.csv"))
        #expect(blank.message.contains("nothing but white space"))
    }

    @Test func binaryDataIsRefusedAsBinary() throws {
        let error = try #require(try Fixture.error("malformed/binary.json"))
        #expect(error.message.contains("binary data"))
        #expect(error.byteOffset != nil)
    }

    @Test func invalidUTF8NamesTheByteAndItsPlace() throws {
        let error = try #require(try Fixture.error("malformed/invalid-utf8.json"))
        #expect(error.byteOffset == 506)
        #expect(error.line == 16 && error.column == 73)
        #expect(error.message.contains("expected UTF-8"))
        #expect(error.message.contains("0xE9"))
    }

    @Test func utf16IsNamedAsSuch() throws {
        let error = try #require(try Fixture.error("malformed/utf16.csv"))
        #expect(error.message.contains("UTF-16"))
    }

    @Test func wrongTypeNamesTheFieldAndBothTypes() throws {
        let error = try #require(try Fixture.error("malformed/facebook-message-number.json"))
        #expect(error.record == "data[2].message")
        #expect(error.line == 27 && error.column == 18 && error.byteOffset == 803)
        #expect(error.message == "expected the text (a string), found a number (5)")
        #expect(error.description == "facebook-message-number.json: line 27, column 18 (byte 803), data[2].message: expected the text (a string), found a number (5)")
    }

    @Test func dataThatIsAnObjectIsAWrongType() throws {
        let error = try #require(try Fixture.error("malformed/facebook-data-object.json"))
        #expect(error.record == "data")
        #expect(error.line == 2 && error.column == 11)
        #expect(error.message == "expected an array of comments or posts, found an object")
    }

    @Test func badTimeNamesTheRecordAndTheValue() throws {
        let error = try #require(try Fixture.error("malformed/facebook-bad-time.json"))
        #expect(error.record == "data[6].created_time")
        #expect(error.line == 83 && error.column == 23)
        #expect(error.message.contains("expected a time"))
        #expect(error.message.contains("\"yesterday\""))
    }

    @Test func apiErrorResponseIsRefusedWithItsMessage() throws {
        let error = try #require(try Fixture.error("malformed/facebook-api-error.json"))
        #expect(error.message.contains("API error response"))
        #expect(error.message.contains("Error validating access token"))
        #expect(error.message.contains("code 190"))
    }

    @Test func twoPagesInOneFileAreRefusedWhereTheSecondStarts() throws {
        let error = try #require(try Fixture.error("malformed/facebook-two-pages.json"))
        #expect(error.line == 2 && error.column == 1)
        #expect(error.message.contains("expected the end of the file"))
    }

    @Test func csvWithoutTextColumnListsTheColumnsItHas() throws {
        let error = try #require(try Fixture.error("malformed/csv-no-text-column.csv"))
        #expect(error.message.contains("\"id\", \"author\", \"created_at\", \"likes\""))
        #expect(error.message.contains("Comment Text"))
        #expect(error.line == 1)
    }

    @Test func csvUnterminatedQuoteNamesWhereItOpened() throws {
        let error = try #require(try Fixture.error("malformed/csv-unterminated-quote.csv"))
        #expect(error.line == 3 && error.column == 3 && error.byteOffset == 30)
        #expect(error.message.contains("closing `\"` is missing"))
    }

    @Test func csvBadTimeNamesRowAndColumn() throws {
        let error = try #require(try Fixture.error("malformed/csv-bad-time.csv"))
        #expect(error.line == 4 && error.column == 7)
        #expect(error.record == "row 3, column created_at")
        #expect(error.message.contains("\"01/05/2025 12:00\""))
    }

    @Test func csvRowWithAnExtraFieldIsRefused() throws {
        let error = try #require(try Fixture.error("malformed/csv-extra-field.csv"))
        #expect(error.line == 3 && error.column == 1)
        #expect(error.record == "row 2")
        #expect(error.message.contains("expected 3 fields as in the header, found 4"))
    }

    @Test func wxrTruncatedAndMismatchedTags() throws {
        let truncated = try #require(try Fixture.error("malformed/wxr-truncated.xml"))
        #expect(truncated.message.contains("ends inside a CDATA section"))
        #expect(truncated.message.contains("truncated"))
        let mismatched = try #require(try Fixture.error("malformed/wxr-mismatched-tag.xml"))
        #expect(mismatched.line == 42 && mismatched.column == 47)
        #expect(mismatched.message.contains("expected </wp:comment_author>"))
        #expect(mismatched.message.contains("found </wp:comment_autor>"))
    }

    @Test func wxrBadDateNamesTheCommentField() throws {
        var xml = String(decoding: try Fixture.data("exports/wordpress-export.xml"), as: UTF8.self)
        xml = xml.replacingOccurrences(of: "2025-07-18 15:00:00]]></wp:comment_date_gmt>", with: "soon]]></wp:comment_date_gmt>")
        let error = try #require(Fixture.error(reading: Data(xml), named: "wp.xml"))
        #expect(error.record == "item[0].wp:comment[1].wp:comment_date_gmt")
        #expect(error.message.contains("\"soon\""))
    }

    @Test func recordWithoutAnIDIsRefused() throws {
        let error = try #require(Fixture.error(reading: Data(#"{"data": [{"id": "1_2"}, {"message": "no id"}]}"#)))
        #expect(error.record == "data[1]")
        #expect(error.message.contains("expected an \"id\""))
    }

    @Test func syntaxErrorsSayWhatWasExpected() {
        let cases: [(String, String)] = [
            (#"{"data": [{"id": "1_2",}]}"#, "a trailing comma"),
            (#"{"data": [{"id": "1_2" "message": "x"}]}"#, "expected `,` or `}`"),
            (#"{"data": [{"id": 'x'}]}"#, "expected an id"),
            (#"{"data": [{"id": "1_2", "message": "a\qb"}]}"#, "expected an escape"),
            ("{\"data\": [{\"id\": \"1_2\", \"message\": \"tab\tinside\"}]}", "raw control character"),
            (#"{"data": [{"id": "1_2"}], "paging": {"next": tru}}"#, "expected a value"),
            (#"{"data": [{"id": "1_2", "like_count": 01}]}"#, "leading zeros"),
            (#"{"data": [{"id": "1_2", "like_count": 1.}]}"#, "digits after the decimal point"),
        ]
        for (json, expected) in cases {
            let error = Fixture.error(reading: Data(json), named: "f.json", format: .facebook)
            #expect(error?.message.contains(expected) == true, "\(json) → \(error?.description ?? "no error")")
            #expect(error?.byteOffset != nil)
        }
    }

    @Test func deeplyNestedInputIsRefusedNotACrash() {
        let json = #"{"data": [{"id": "1_2", "x": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}]}"
        let error = Fixture.error(reading: Data(json), named: "deep.json")
        #expect(error?.message.contains("nested more than") == true)
    }

    @Test func valuesQuotedInErrorsAreEscapedAndRedacted() {
        let json = "{\"data\": [{\"id\": \"1_2\", \"created_time\": \"\\u001b[2J https://x.example/?access_token=SECRET\"}]}"
        let error = Fixture.error(reading: Data(json), named: "f.json")
        let description = error?.description ?? ""
        #expect(!description.contains("\u{1B}"))
        #expect(description.contains("\\u{1B}[2J"))
        #expect(!description.contains("SECRET"))
    }

    @Test func namesFromTheFileInErrorsAreEscaped() {
        let xml = "<?xml version=\"1.0\"?><rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item\u{1B}[31m></channel></rss>"
        let error = Fixture.error(reading: Data(xml), named: "wp.xml", format: .wxr)
        #expect(error?.description.contains("\u{1B}") == false)
        #expect(error?.description.contains("item\\u{1B}[31m") == true)
        let csv = "text,created\u{202E}at\nhello,soon\n"
        let csvError = Fixture.error(reading: Data(csv), named: "c.csv")
        #expect(csvError?.record == "row 1, column created\\u{202E}at")
    }

    @Test func emitErrorsPassThroughUnchangedAfterEarlierRecords() throws {
        struct StoreFull: Error, Equatable {}
        var seen: [String] = []
        #expect(throws: StoreFull.self) {
            try Importers.read(try Fixture.data("exports/facebook-post-comments-page1.json"), fileName: "p.json") { comment in
                seen.append(comment.platformID)
                if seen.count == 3 { throw StoreFull() }
            }
        }
        #expect(seen.count == 3)
    }

    @Test func earlierRecordsMayHaveBeenEmittedBeforeAFailure() throws {
        var seen = 0
        #expect(throws: ImportError.self) {
            try Importers.read(try Fixture.data("malformed/facebook-bad-time.json"), fileName: "b.json") { _ in seen += 1 }
        }
        #expect(seen == 6)
    }
}
