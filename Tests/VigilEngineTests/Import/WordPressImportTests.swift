import Foundation
import Testing
@testable import VigilEngine

@Suite struct WordPressImportTests {
    @Test func wxrCommentsOfEveryPostInFileOrder() throws {
        let (comments, summary) = try Fixture.read("exports/wordpress-export.xml")
        #expect(summary.format == .wxr)
        #expect(comments.map(\.platformID) == ["501", "502", "503", "504", "388", "389"])
        #expect(comments.allSatisfy { $0.platform == .wordpress && $0.channel == "blog.stmarys-primary.example" })
    }

    @Test func wxrPostsThreadsAndLinks() throws {
        let byID = Fixture.byID(try Fixture.read("exports/wordpress-export.xml").comments)
        let first = try #require(byID["501"])
        #expect(first.post == PostRef(platformID: "91", title: "Sports Day & Summer Fair", url: "https://blog.stmarys-primary.example/2025/07/sports-day/"))
        #expect(first.url == "https://blog.stmarys-primary.example/2025/07/sports-day/#comment-501")
        #expect(byID["502"]?.parentID == "501")
        #expect(first.parentID == nil)
        #expect(byID["388"]?.post?.title == "Eid Mubarak – عيد مبارك")
    }

    @Test func wxrPrefersGMTAndFallsBackToLocalTimeWithAWarning() throws {
        let (comments, summary) = try Fixture.read("exports/wordpress-export.xml")
        let byID = Fixture.byID(comments)
        #expect(byID["501"]?.created == utc("2025-07-18T14:12:45Z"))
        #expect(byID["504"]?.created == utc("2025-07-19T21:30:00Z"))
        #expect(summary.warnings.count == 1)
        #expect(summary.warnings.first?.contains("\"504\"") == true)
    }

    @Test func wxrTextStatusAuthorsAndPersonalDataInMetadata() throws {
        let byID = Fixture.byID(try Fixture.read("exports/wordpress-export.xml").comments)
        #expect(byID["501"]?.text == "Brilliant day, thank you!\nThe egg & spoon race was the highlight 🥚🥄")
        #expect(byID["503"]?.text == "Buy essays online, 20% discount here (https://essay-mill.example/)")
        #expect(byID["389"]?.text == "[…] St Mary’s wished everyone Eid Mubarak […]")
        #expect(byID["501"]?.status == nil)
        #expect(byID["503"]?.status == "spam")
        #expect(byID["504"]?.status == "heldForReview")
        #expect(byID["389"]?.status == "trash")
        #expect(byID["389"]?.metadata["type"] == "pingback")
        #expect(byID["501"]?.author == AuthorRef(name: "Hannah Lewis"))
        #expect(byID["502"]?.author == AuthorRef(platformID: "3", name: "Mrs Patel (Head)"))
        #expect(byID["501"]?.metadata["author_email"] == "hannah.lewis@example.com")
        #expect(byID["501"]?.metadata["author_ip"] == "192.0.2.17")
        #expect(byID["503"]?.metadata["author_url"] == "https://essay-mill.example/?ref=blog&key=REDACTED")
    }

    @Test func restCommentsWithNumericIDsKeptAsWritten() throws {
        let (comments, summary) = try Fixture.read("exports/wordpress-rest-comments.json")
        #expect(summary.format == .wordpress)
        #expect(comments.map(\.platformID) == ["412", "413", "414"])
        #expect(comments[1].parentID == "412")
        #expect(comments[0].parentID == nil)
        #expect(comments[0].post == PostRef(platformID: "88", url: "https://blog.stmarys-primary.example/2025/03/world-book-day/"))
        #expect(comments[0].url == "https://blog.stmarys-primary.example/2025/03/world-book-day/#comment-412")
        #expect(comments[0].channel == "blog.stmarys-primary.example")
    }

    @Test func restTextTimesStatusAndAuthors() throws {
        let comments = try Fixture.read("exports/wordpress-rest-comments.json").comments
        #expect(comments[0].text == "Lovely write-up of World Book Day – the costumes were amazing!\n\nCan we have more photos?")
        #expect(comments[1].text == "Thanks Hannah! More photos are in the gallery (https://blog.stmarys-primary.example/gallery/).")
        #expect(comments[2].text == "Great post!!\nVisit my site for cheap backlinks") // content.raw preferred
        #expect(comments[1].created == utc("2025-07-04T10:30:00Z")) // date_gmt, not the local date
        #expect(comments[0].status == nil)
        #expect(comments[2].status == "heldForReview")
        #expect(comments[0].author == AuthorRef(name: "Hannah Lewis"))
        #expect(comments[1].author == AuthorRef(platformID: "3", name: "Mrs Patel (Head)"))
        #expect(comments[2].metadata["author_email"] == "ranker@example.net")
        #expect(comments[2].metadata["author_ip"] == "203.0.113.45")
    }

    @Test func restWithoutGMTDateWarns() throws {
        let json = #"[{"id": 7, "post": 1, "date": "2025-01-01T10:00:00", "content": {"rendered": "<p>x</p>"}, "author_name": "A"}]"#
        let (comments, summary) = try Importers.readAll(Data(json), fileName: "wp.json")
        #expect(comments.first?.created == utc("2025-01-01T10:00:00Z"))
        #expect(summary.warnings.first?.contains("date_gmt") == true)
    }

    @Test func emptyArrayIsWordPressWithNoComments() throws {
        let summary = try Importers.read(Data("[]"), fileName: "wp.json") { _ in }
        #expect(summary.format == .wordpress)
        #expect(summary.comments == 0)
    }
}
