import Foundation
import Testing
@testable import VigilEngine

@Suite struct FacebookImportTests {
    let page = "104857364829113"
    func cid(_ n: Int) -> String { "713204918573221_\(1290417738420000 + n)" }

    @Test func commentsPageReadsEveryCommentInFileOrder() throws {
        let (comments, summary) = try Fixture.read("exports/facebook-post-comments-page1.json")
        #expect(summary.format == .facebook)
        #expect(summary.comments == 6)
        #expect(comments.map(\.platformID) == (1...6).map(cid))
        #expect(comments.allSatisfy { $0.platform == .facebook })
        #expect(summary.warnings.isEmpty)
    }

    @Test func postAndPageComeFromThePagingURLWithoutKeepingIt() throws {
        let (comments, _) = try Fixture.read("exports/facebook-post-comments-page1.json")
        for comment in comments {
            #expect(comment.channel == page)
            #expect(comment.post?.platformID == "713204918573221")
            #expect(comment.post?.url == "https://www.facebook.com/\(page)/posts/713204918573221")
        }
        #expect(comments[0].url == "https://www.facebook.com/\(page)/posts/713204918573221?comment_id=1290417738420001")
        // The reply's link names its parent comment, as Facebook's own reply links do.
        #expect(comments[2].url == "https://www.facebook.com/\(page)/posts/713204918573221?comment_id=1290417738420001&reply_comment_id=1290417738420003")
        let everything = comments.map { "\($0)" }.joined()
        #expect(!everything.contains("EAAG"))
        #expect(!everything.contains("FAKE"))
    }

    @Test func authorsPresentAndMissing() throws {
        let byID = Fixture.byID(try Fixture.read("exports/facebook-post-comments-page1.json").comments)
        #expect(byID[cid(1)]?.author == AuthorRef(platformID: "7204418823109341", name: "Priya Sharma"))
        #expect(byID[cid(2)]?.author == nil)
    }

    @Test func repliesKeepTheirParent() throws {
        let byID = Fixture.byID(try Fixture.read("exports/facebook-post-comments-page1.json").comments)
        #expect(byID[cid(3)]?.parentID == cid(1))
        #expect(byID[cid(1)]?.parentID == nil)
        let page2 = Fixture.byID(try Fixture.read("exports/facebook-post-comments-page2.json").comments)
        #expect(page2[cid(8)]?.parentID == cid(2))
    }

    @Test func offsetsWithoutColonBecomeUTCInstants() throws {
        let byID = Fixture.byID(try Fixture.read("exports/facebook-post-comments-page1.json").comments)
        #expect(byID[cid(1)]?.created == utc("2025-07-18T14:12:03Z"))
        #expect(byID[cid(6)]?.created == utc("2025-07-18T16:05:00Z"))
        #expect(byID[cid(1)]?.updated == nil)
    }

    @Test func textKeepsEmojiAccentsRightToLeftAndNewlines() throws {
        let byID = Fixture.byID(try Fixture.read("exports/facebook-post-comments-page1.json").comments)
        #expect(byID[cid(1)]?.text == "Well done to everyone in Year 6 for sports day! 🎉🏅 So proud of you all.")
        #expect(byID[cid(3)]?.text == "@Priya Sharma agreed, brilliant afternoon.\nThe staff were amazing.")
        #expect(byID[cid(4)]?.text == "بہت اچھا! اساتذہ کا شکریہ ❤️")
        #expect(byID[cid(6)]?.text == "Félicitations à toute l'équipe ! Très bien organisé.")
        #expect(byID[cid(2)]?.text.contains("relay & the egg") == true)
    }

    @Test func hiddenStatusCountsAndAttachmentGoToTheComment() throws {
        let byID = Fixture.byID(try Fixture.read("exports/facebook-post-comments-page1.json").comments)
        #expect(byID[cid(5)]?.status == "hidden")
        #expect(byID[cid(1)]?.status == nil)
        #expect(byID[cid(1)]?.metadata["like_count"] == "14")
        #expect(byID[cid(1)]?.metadata["comment_count"] == "2")
        let photo = try #require(byID[cid(6)])
        #expect(photo.metadata["attachment_type"] == "photo")
        let attachment = try #require(photo.metadata["attachment_url"])
        #expect(attachment.hasPrefix("https://scontent.example/v/t39/sportsday.jpg?stp=dst-jpg"))
        #expect(attachment.hasSuffix("access_token=REDACTED"))
        #expect(photo.metadata["attachment_target"] == "https://www.facebook.com/photo.php?fbid=812330119044")
    }

    @Test func aPostWithoutCommentsInAFeedIsStillAPost() throws {
        let json = #"{"data": [{"message": "a", "id": "1_2"}, {"message": "b", "comments": {"data": [{"message": "c", "id": "3_4"}]}, "id": "1_3"}], "paging": {"next": "https://graph.facebook.com/v21.0/1/feed?access_token=T"}}"#
        let comments = try Importers.readAll(Data(json), fileName: "f.json").comments
        #expect(comments.map(\.platformID) == ["3_4"])
    }

    @Test func theSamePostHasTheSameIDWhetherOrNotThePageIsKnown() throws {
        let withPaging = #"{"data": [{"message": "m", "id": "222_333"}], "paging": {"next": "https://graph.facebook.com/v21.0/111_222/comments?access_token=T&after=A"}}"#
        let without = #"{"data": [{"message": "m", "id": "222_333"}], "paging": {"cursors": {"before": "A", "after": "B"}}}"#
        let a = try #require(Importers.readAll(Data(withPaging), fileName: "a.json").comments.first)
        let b = try #require(Importers.readAll(Data(without), fileName: "b.json").comments.first)
        #expect(a.post?.platformID == "222")
        #expect(b.post?.platformID == "222")
        #expect(a.channel == "111")
        #expect(b.channel == nil)
    }

    @Test func laterOverlappingExportReadsTheEditedTextAndTheSameIDs() throws {
        let first = Fixture.byID(try Fixture.read("exports/facebook-post-comments-page1.json").comments
            + Fixture.read("exports/facebook-post-comments-page2.json").comments)
        let later = Fixture.byID(try Fixture.read("exports/facebook-post-comments-later.json").comments)
        #expect(first.count == 9)
        #expect(later.count == 7)
        let overlap = Set(first.keys).intersection(later.keys)
        #expect(overlap == Set([4, 5, 6, 7, 8, 9].map(cid)))
        #expect(later[cid(6)]?.text == "Félicitations à toute l'équipe ! Très bien organisé. (Edit: merci pour les photos !)")
        #expect(first[cid(6)]?.text != later[cid(6)]?.text)
        for id in overlap where id != cid(6) {
            #expect(first[id]?.text == later[id]?.text)
            #expect(first[id]?.created == later[id]?.created)
            #expect(first[id]?.post?.platformID == later[id]?.post?.platformID)
        }
        #expect(later[cid(10)]?.author?.name == "Fatima Begum")
    }

    @Test func feedPostsAreNotCommentsButTheirNestedCommentsAreWithThePost() throws {
        let (comments, summary) = try Fixture.read("exports/facebook-page-feed.json")
        #expect(summary.format == .facebook)
        #expect(comments.map(\.platformID) == [
            "713877102234450_980112334455001", "713877102234450_980112334455007", "713877102234450_980112334455013",
            "714100000000001_870000000000001",
        ])
        let first = comments[0]
        #expect(first.channel == page)
        #expect(first.post == PostRef(platformID: "713877102234450",
                                      title: "Our Year 4 trip to the Roman fort is on Friday 14 March.",
                                      url: "https://www.facebook.com/\(page)/posts/713877102234450"))
        #expect(comments[1].parentID == first.platformID)
        #expect(comments[1].author?.platformID == page)
        #expect(comments[2].parentID == nil)
        #expect(comments[2].author == nil)
        #expect(comments[3].post?.platformID == "714100000000001")
        #expect(comments[3].post?.title == "Congratulations to our netball team 🏆")
        #expect(comments[3].text == "Get in!!! 🔥🔥")
    }

    @Test func recordWithoutTellingKeysIsJudgedByItsNestedIDs() throws {
        // A comment "222_333" with a reply "222_444": the record is a comment, not a post.
        let json = #"{"data": [{"message": "top", "comments": {"data": [{"message": "reply", "id": "222_444"}]}, "id": "222_333"}]}"#
        let comments = try Importers.readAll(Data(json), fileName: "f.json").comments
        #expect(comments.map(\.platformID) == ["222_333", "222_444"])
        #expect(comments[1].parentID == "222_333")
        // A post "111_222" with a comment "222_333": the record is a post.
        let feed = #"{"data": [{"message": "post", "comments": {"data": [{"message": "c", "id": "222_333"}]}, "id": "111_222"}]}"#
        let fromFeed = try Importers.readAll(Data(feed), fileName: "f.json").comments
        #expect(fromFeed.map(\.platformID) == ["222_333"])
        #expect(fromFeed[0].channel == "111")
        #expect(fromFeed[0].post?.title == "post")
        #expect(fromFeed[0].post?.platformID == "222")
    }

    @Test func commentsPageWithoutPagingKeepsTheBarePostAndNoChannel() throws {
        let json = #"{"data": [{"message": "hi", "created_time": "2025-01-02T03:04:05+0000", "id": "555_777"}]}"#
        let comment = try #require(Importers.readAll(Data(json), fileName: "f.json").comments.first)
        #expect(comment.post?.platformID == "555")
        #expect(comment.channel == nil)
        #expect(comment.url == nil)
    }

    @Test func repliesPageOfACommentGivesTheParent() throws {
        let json = #"{"data": [{"message": "reply", "id": "222_444"}], "paging": {"next": "https://graph.facebook.com/v21.0/222_333/comments?access_token=X&after=Y"}}"#
        let comment = try #require(Importers.readAll(Data(json), fileName: "f.json").comments.first)
        #expect(comment.parentID == "222_333")
    }

    @Test func permalinkIsKeptRedacted() throws {
        let json = #"{"data": [{"message": "m", "permalink_url": "https:\/\/www.facebook.com\/1\/posts\/2?comment_id=3&access_token=SECRET", "id": "2_3"}]}"#
        let comment = try #require(Importers.readAll(Data(json), fileName: "f.json").comments.first)
        #expect(comment.url == "https://www.facebook.com/1/posts/2?comment_id=3&access_token=REDACTED")
    }

    @Test func nullAndMissingOptionalFieldsAreAbsentNotErrors() throws {
        let json = #"{"data": [{"id": "1_2", "message": null, "from": null, "created_time": null, "parent": null}]}"#
        let comment = try #require(Importers.readAll(Data(json), fileName: "f.json").comments.first)
        #expect(comment.text == "")
        #expect(comment.author == nil)
        #expect(comment.created == nil)
    }

    @Test func emptyPageReadsZeroComments() throws {
        let summary = try Importers.read(Data(#"{"data": [], "paging": {}}"#), fileName: "f.json") { _ in }
        #expect(summary.comments == 0)
        #expect(summary.format == .facebook)
    }
}

@Suite struct GraphEdgeTests {
    @Test func edgeFromPagingURLs() {
        #expect(GraphEdge.fromURL("https://graph.facebook.com/v21.0/111_222/comments?access_token=T&after=A") == GraphEdge(object: "111_222", edge: "comments"))
        #expect(GraphEdge.fromURL("https://graph.facebook.com/111/feed?limit=2") == GraphEdge(object: "111", edge: "feed"))
        #expect(GraphEdge.fromURL("https://GRAPH.FACEBOOK.COM/v19.0/179/replies#x") == GraphEdge(object: "179", edge: "replies"))
        #expect(GraphEdge.fromURL("https://graph.facebook.com/v21.0/comments") == nil)
        #expect(GraphEdge.fromURL("https://evil.example/v21.0/111_222/comments") == nil)
        #expect(GraphEdge.fromURL("not a url") == nil)
    }
}
