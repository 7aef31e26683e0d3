import Foundation
import Testing
@testable import VigilEngine

@Suite struct InstagramImportTests {
    @Test func commentsAndTheirNestedRepliesInFileOrder() throws {
        let (comments, summary) = try Fixture.read("exports/instagram-media-comments.json")
        #expect(summary.format == .instagram)
        #expect(comments.map(\.platformID) == [
            "18034567890123401", "18034567890123455", "18034567890123466", "18034567890123477", "18034567890123488",
        ])
        #expect(comments.allSatisfy { $0.platform == .instagram })
    }

    @Test func repliesHaveTheirParentWhetherOrNotTheySayIt() throws {
        let byID = Fixture.byID(try Fixture.read("exports/instagram-media-comments.json").comments)
        #expect(byID["18034567890123455"]?.parentID == "18034567890123401") // says parent_id
        #expect(byID["18034567890123466"]?.parentID == "18034567890123401") // only nested
        #expect(byID["18034567890123401"]?.parentID == nil)
    }

    @Test func authorsAreHandlesWithIDsWhereGiven() throws {
        let byID = Fixture.byID(try Fixture.read("exports/instagram-media-comments.json").comments)
        #expect(byID["18034567890123401"]?.author == AuthorRef(platformID: "17841400000000001", handle: "priya.sharma.home"))
        #expect(byID["18034567890123466"]?.author == AuthorRef(handle: "tom_hughes_77"))
    }

    @Test func postFromThePagingURLTimesTextAndStatus() throws {
        let byID = Fixture.byID(try Fixture.read("exports/instagram-media-comments.json").comments)
        let first = try #require(byID["18034567890123401"])
        #expect(first.post?.platformID == "17912345678901234")
        #expect(byID["18034567890123466"]?.post?.platformID == "17912345678901234")
        #expect(first.created == utc("2025-05-02T19:04:11Z"))
        #expect(first.text == "Love this! 😍💙 #proud")
        #expect(first.metadata["like_count"] == "7")
        #expect(first.status == nil)
        #expect(byID["18034567890123477"]?.status == "hidden")
        #expect(byID["18034567890123488"]?.text == "ما شاء الله، عمل رائع")
        #expect(byID["18034567890123466"]?.text == "Agreed – fantastic work.")
    }

    @Test func mediaFieldNamesThePostAndItsLink() throws {
        let json = #"{"data": [{"id": "1", "text": "t", "media": {"id": "99", "permalink": "https://www.instagram.com/p/AbC/"}}]}"#
        let comment = try #require(Importers.readAll(Data(json), fileName: "ig.json", format: .instagram).comments.first)
        #expect(comment.post == PostRef(platformID: "99", url: "https://www.instagram.com/p/AbC/"))
    }

    @Test func repliesPageGivesEveryReplyItsParent() throws {
        let json = #"{"data": [{"id": "5", "text": "r", "username": "u"}], "paging": {"next": "https://graph.facebook.com/v21.0/4/replies?access_token=T"}}"#
        let comment = try #require(Importers.readAll(Data(json), fileName: "ig.json").comments.first)
        #expect(comment.parentID == "4")
    }
}
