import Foundation
import Testing
@testable import VigilEngine

@Suite struct YouTubeImportTests {
    let top = "UgzQ4rK2n1Lw9bV7hXx4AaABAg"

    @Test func threadsAndTheirRepliesInFileOrder() throws {
        let (comments, summary) = try Fixture.read("exports/youtube-comment-threads.json")
        #expect(summary.format == .youtube)
        #expect(comments.map(\.platformID) == [
            top, "\(top).9zT1aB2cD3eF4gH5iJ6kL7", "\(top).9zT1aB2cD3eF4gH5iJ6kM8",
            "UgxP8s7T6u5V4w3X2y1ZAaABAg", "UgwL1m2N3o4P5q6R7s8TAaABAg",
        ])
        #expect(comments[1].parentID == top)
        #expect(comments[2].parentID == top)
        #expect(comments[0].parentID == nil)
        #expect(comments[0].metadata["reply_count"] == "2")
    }

    @Test func channelVideoAndWellKnownLinks() throws {
        let comment = try #require(Fixture.read("exports/youtube-comment-threads.json").comments.first)
        #expect(comment.channel == "UCs9QmG1FhG2bL8kSchoolMary")
        #expect(comment.post == PostRef(platformID: "dQ7xYpL2aZk", url: "https://www.youtube.com/watch?v=dQ7xYpL2aZk"))
        #expect(comment.url == "https://www.youtube.com/watch?v=dQ7xYpL2aZk&lc=\(top)")
    }

    @Test func htmlTextDisplayBecomesPlainTextAndTextOriginalIsPreferred() throws {
        let byID = Fixture.byID(try Fixture.read("exports/youtube-comment-threads.json").comments)
        #expect(byID[top]?.text == "Brilliant concert! The choir at 2:05 gave me goosebumps & my daughter's solo was lovely.\nThank you all 👏")
        #expect(byID["\(top).9zT1aB2cD3eF4gH5iJ6kL7"]?.text == "Thank you Gareth! <3")
        // A hidden link target is shown: spam hides where a link goes.
        #expect(byID["UgwL1m2N3o4P5q6R7s8TAaABAg"]?.text == "Win a FREE iPhone 16 📱 click here (https://free-iphone.example/claim?ref=yt)")
        #expect(byID["UgxP8s7T6u5V4w3X2y1ZAaABAg"]?.text == "ماشاءاللہ بہت خوبصورت آواز")
    }

    @Test func authorsWithHandlesAndChannelIDs() throws {
        let byID = Fixture.byID(try Fixture.read("exports/youtube-comment-threads.json").comments)
        #expect(byID[top]?.author == AuthorRef(platformID: "UCq1hJonesGarethYt0001", name: "@GarethJones-t9x", handle: "GarethJones-t9x"))
        #expect(byID["\(top).9zT1aB2cD3eF4gH5iJ6kM8"]?.author == AuthorRef(platformID: "UCokaforGrace0000000001", name: "Mrs Okafor"))
    }

    @Test func timesAreUTCAndUpdatedOnlyWhenEdited() throws {
        let byID = Fixture.byID(try Fixture.read("exports/youtube-comment-threads.json").comments)
        #expect(byID[top]?.created == utc("2024-12-12T19:36:55Z"))
        #expect(byID[top]?.updated == nil)
        let edited = try #require(byID["\(top).9zT1aB2cD3eF4gH5iJ6kM8"])
        #expect(edited.created == utc("2024-12-12T21:10:44Z"))
        #expect(edited.updated == utc("2024-12-13T07:02:10Z"))
    }

    @Test func heldForReviewListingKeepsTheModerationStatus() throws {
        let (comments, summary) = try Fixture.read("exports/youtube-held-for-review.json")
        #expect(summary.format == .youtube)
        #expect(comments.map(\.status) == ["heldForReview", "spam"])
        #expect(comments[1].metadata["moderation_status"] == "likelySpam")
        #expect(comments[0].text == "Mr Davies shouldn't be teaching, everyone knows what he did")
        #expect(comments[1].author == AuthorRef(platformID: "UCcryptoGains000000001", name: "@crypto-gains", handle: "crypto-gains"))
    }

    @Test func emptyPageWithoutItemsReadsZeroComments() throws {
        let (comments, summary) = try Fixture.read("exports/youtube-empty-page.json")
        #expect(comments.isEmpty)
        #expect(summary.format == .youtube)
    }

    @Test func commentsListResponseItemsAreComments() throws {
        let json = #"{"kind": "youtube#commentListResponse", "items": [{"kind": "youtube#comment", "id": "Ug1.r1", "snippet": {"videoId": "v1", "textDisplay": "hi &amp; bye", "parentId": "Ug1", "authorDisplayName": "A", "publishedAt": "2024-01-01T00:00:00Z"}}]}"#
        let comment = try #require(Importers.readAll(Data(json), fileName: "yt.json").comments.first)
        #expect(comment.platformID == "Ug1.r1")
        #expect(comment.parentID == "Ug1")
        #expect(comment.text == "hi & bye")
    }
}
