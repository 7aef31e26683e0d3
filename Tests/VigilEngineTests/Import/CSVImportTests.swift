import Foundation
import Testing
@testable import VigilEngine

@Suite struct CSVImportTests {
    @Test func quotedCommasQuotesAndLineBreaksWithBOMAndCRLF() throws {
        let (comments, summary) = try Fixture.read("exports/comments-export.csv")
        #expect(summary.format == .csv)
        #expect(comments.map(\.platformID) == ["1290417738420051", "1290417738420060", "1290417738420061", "1290417738420062"])
        #expect(comments[0].text == "Well done Year 6, what a day! 🎉")
        #expect(comments[1].text == "She said \"best day ever\"")
        #expect(comments[2].text == "Line one\r\nline two, with a comma")
        #expect(comments[3].text == "שלום לכולם — כל הכבוד")
    }

    @Test func aliasesEveryTimeFormAndPlatformFromTheLink() throws {
        let comments = try Fixture.read("exports/comments-export.csv").comments
        #expect(comments[0].created == utc("2025-07-18T14:12:03Z"))  // epoch seconds
        #expect(comments[1].created == utc("2025-07-18T14:21:09Z"))  // epoch milliseconds
        #expect(comments[2].created == utc("2025-07-18T13:40:00Z"))  // +0100
        #expect(comments[3].created == utc("2025-07-18T15:00:00Z"))  // no offset: UTC
        #expect(comments[0].author == AuthorRef(name: "Priya Sharma"))
        #expect(comments[2].author == nil)
        #expect(comments[0].metadata["like_count"] == "14")
        #expect(comments[0].platform == .facebook)
        #expect(comments[3].platform == .other) // no link, columns say nothing
        #expect(comments[2].url == "https://www.facebook.com/104857364829113/posts/713204918573221?comment_id=1290417738420061&access_token=REDACTED")
    }

    @Test func semicolonsWithoutIDColumnGetStableIDsFromTheLink() throws {
        let (comments, _) = try Fixture.read("exports/comments-semicolon.csv")
        #expect(comments.count == 3)
        #expect(comments.allSatisfy { $0.platform == .instagram })
        #expect(comments[1].text == "Thank you; see you at the fair")
        #expect(comments[1].parentID == "18034567890123401")
        #expect(comments[0].author == AuthorRef(handle: "priya.sharma.home"))
        #expect(comments[0].created == utc("2025-05-02T19:04:11Z"))
        #expect(comments[2].created == utc("2025-05-03T07:45:00.123Z"))
        let expected = CSVImporter.derivedID(link: "https://www.instagram.com/p/DFakePost01/c/18034567890123401/", author: nil, created: nil, text: "")
        #expect(comments[0].platformID == expected)
        #expect(comments[0].platformID.hasPrefix("csv-"))
        #expect(comments[0].platformID.count == 4 + 32)
        #expect(Set(comments.map(\.platformID)).count == 3)
    }

    @Test func derivedIDsAreTheSameOnEveryRunAndPinnedToSHA256() throws {
        let again = try Fixture.read("exports/comments-semicolon.csv").comments.map(\.platformID)
        let first = try Fixture.read("exports/comments-semicolon.csv").comments.map(\.platformID)
        #expect(again == first)
        // `printf 'link\0https://example.com/c/1' | sha256sum`, first 16 bytes: the same on every machine.
        #expect(CSVImporter.derivedID(link: "https://example.com/c/1", author: nil, created: nil, text: "x")
            == "csv-a345d5e375a1de0c05026b77d4e078f2")
    }

    @Test func tabsWithoutIDOrLinkGetIDsFromAuthorTimeAndText() throws {
        let (comments, _) = try Fixture.read("exports/comments-tab.tsv")
        #expect(comments.count == 3)
        #expect(comments.allSatisfy { $0.platform == .youtube }) // "Video ID" column
        #expect(comments[0].post?.platformID == "dQ7xYpL2aZk")
        #expect(comments[0].author == AuthorRef(name: "Gareth Jones"))
        #expect(comments[2].author == nil)
        #expect(comments[0].created == utc("2024-12-12T19:36:55Z"))
        let id = CSVImporter.derivedID(link: nil, author: AuthorRef(name: "Gareth Jones"), created: utc("2024-12-12T19:36:55Z"), text: "Brilliant concert!")
        #expect(comments[0].platformID == id)
        let edited = CSVImporter.derivedID(link: nil, author: AuthorRef(name: "Gareth Jones"), created: utc("2024-12-12T19:36:55Z"), text: "Brilliant concert!!")
        #expect(edited != id)
    }

    @Test func mojibakeIsRepairedAndCorrectAccentsAreLeftAlone() throws {
        let comments = try Fixture.read("exports/comments-mojibake.csv").comments
        #expect(comments[0].author?.name == "Zoë Brontë")
        #expect(comments[0].text == "Merci, c'était un très beau spectacle")
        #expect(comments[1].text == "Don’t forget the bake sale 😀")
        #expect(comments[2].author?.name == "Chloé Dubois")
        #expect(comments[2].text == "Déjà vu — café au lait")
    }

    @Test func headerAliasesIgnoreCaseSpacesAndUnderscores() throws {
        let csv = "COMMENT_TEXT,Comment-ID,User Name,Published Time\nhello,7,@sam,2025-01-01T00:00:00Z\n"
        let comment = try #require(Importers.readAll(Data(csv), fileName: "c.csv").comments.first)
        #expect(comment.text == "hello")
        #expect(comment.platformID == "7")
        #expect(comment.author == AuthorRef(handle: "sam"))
        #expect(comment.created == utc("2025-01-01T00:00:00Z"))
    }

    @Test func platformColumnWinsAndBlankLinesAreSkipped() throws {
        let csv = "id,text,platform\n1,a,Twitter\n\n2,b,youtube\n"
        let comments = try Importers.readAll(Data(csv), fileName: "c.csv").comments
        #expect(comments.map(\.platform) == [.x, .youtube])
    }

    @Test func singleTextColumnWithoutDelimiter() throws {
        let comments = try Importers.readAll(Data("text\nfirst\nsecond\n"), fileName: "c.csv").comments
        #expect(comments.map(\.text) == ["first", "second"])
    }
}
