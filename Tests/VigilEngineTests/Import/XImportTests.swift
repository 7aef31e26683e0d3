import Foundation
import Testing
@testable import VigilEngine

@Suite struct XImportTests {
    @Test func postsKeepIDsBeyondDoublePrecision() throws {
        let (comments, summary) = try Fixture.read("exports/x-conversation.json")
        #expect(summary.format == .x)
        #expect(comments.map(\.platformID) == ["1897345987654321001", "1897346111222333444", "1897347000111222333"])
        // 1897345987654321001 is not representable as a Double: the digits must be the file's.
        #expect(Double("1897345987654321001").map { String(format: "%.0f", $0) } != "1897345987654321001")
    }

    @Test func authorsFromIncludesAndTheMissingOneReported() throws {
        let (comments, summary) = try Fixture.read("exports/x-conversation.json")
        let byID = Fixture.byID(comments)
        #expect(byID["1897345987654321001"]?.author == AuthorRef(platformID: "1203344556677889900", name: "Grace Okafor", handle: "grace_okafor_"))
        let orphan = try #require(byID["1897347000111222333"])
        #expect(orphan.author == nil)
        #expect(orphan.metadata["author_id"] == "1777000999888777666")
        #expect(summary.warnings.contains { $0.contains("author unknown") && $0.contains("1777000999888777666") })
        #expect(summary.warnings.contains { $0.contains("Could not find user with id") })
    }

    @Test func longPostsUseNoteTweetAndEntitiesAreDecoded() throws {
        let byID = Fixture.byID(try Fixture.read("exports/x-conversation.json").comments)
        #expect(byID["1897345987654321001"]?.text == "@StMarysPrimary Great news about the new library & reading garden! 📚")
        let long = try #require(byID["1897346111222333444"]?.text)
        #expect(long.hasSuffix("Please can the school raise this with the governors? #SaferStreets"))
        #expect(long.contains("twice & heard nothing"))
        #expect(byID["1897347000111222333"]?.text == "@StMarysPrimary lol this school is a joke << 🤡")
    }

    @Test func threadsTimesLinksAndChannel() throws {
        let byID = Fixture.byID(try Fixture.read("exports/x-conversation.json").comments)
        let reply = try #require(byID["1897345987654321001"])
        #expect(reply.created == utc("2025-03-04T09:12:45.000Z"))
        #expect(reply.parentID == "1897345123456789012")
        #expect(reply.post?.platformID == "1897345123456789012")
        #expect(reply.channel == "1468811122233344556") // the school's account started the conversation
        #expect(reply.url == "https://x.com/grace_okafor_/status/1897345987654321001")
        #expect(reply.metadata["like_count"] == "9")
        #expect(byID["1897347000111222333"]?.parentID == "1897345987654321001")
        #expect(byID["1897347000111222333"]?.url == "https://x.com/i/web/status/1897347000111222333")
    }

    @Test func errorResponseWithoutDataIsRefusedWithItsMessageRedacted() throws {
        let error = try #require(try Fixture.error("malformed/x-errors-only.json"))
        #expect(error.message.contains("expected \"data\" or \"meta\""))
        #expect(error.message.contains("Invalid or expired token"))
        #expect(!error.description.contains("AAAAFAKEBEARER"))
    }

    @Test func responseWithNoResultsReadsZeroPosts() throws {
        let summary = try Importers.read(Data(#"{"meta": {"result_count": 0}}"#), fileName: "x.json") { _ in }
        #expect(summary.format == .x)
        #expect(summary.comments == 0)
    }
}
