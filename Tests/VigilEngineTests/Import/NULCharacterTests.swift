import Foundation
import Testing
@testable import VigilEngine

/// U+0000 from an export: SQLite's C interface, as GRDB uses it, ends a text at a NUL, so an
/// id holding one could never be found again and text after one would never be shown.
@Suite struct NULCharacterTests {
    /// The YouTube fixture with `from` replaced by `to` in its JSON.
    private func youtube(replacing from: String, with to: String) throws -> Data {
        let text = String(decoding: try Fixture.data("exports/youtube-comment-threads.json"), as: UTF8.self)
        #expect(text.contains(from), "the fixture no longer holds \(from)")
        return Data(text.replacingOccurrences(of: from, with: to).utf8)
    }

    @Test func anIDHoldingNULRefusesTheFileNamingTheIDAndTheComment() throws {
        let data = try youtube(replacing: #""id": "UgzQ4rK2n1Lw9bV7hXx4AaABAg""#, with: #""id": "Ugz\u0000evil""#)
        let error = try #require(Fixture.error(reading: data, named: "threads.json"))
        #expect(error.description.hasPrefix("threads.json: "))
        #expect(error.message.contains("comment id"))
        #expect(error.message.contains(#""Ugz\u{0}evil""#))  // escaped, never the raw NUL
        #expect(error.message.contains("comment 1"))
        #expect(error.message.contains("U+0000"))
        #expect(!error.description.utf8.contains(0))
    }

    @Test func anAuthorIDHoldingNULRefusesTheFileToo() throws {
        let data = try youtube(replacing: #""value": "UCq1hJonesGarethYt0001""#, with: #""value": "UCq1\u0000x""#)
        let error = try #require(Fixture.error(reading: data, named: "threads.json"))
        #expect(error.message.contains("author id"))
    }

    @Test func aNULInTheTextBecomesAReplacementCharacterAndWhatFollowsItIsKept() throws {
        let data = try youtube(replacing: "Brilliant concert!", with: #"Brilliant\u0000 concert! hidden part"#)
        let (comments, summary) = try Importers.readAll(data, fileName: "threads.json")
        let comment = try #require(comments.first { $0.platformID == "UgzQ4rK2n1Lw9bV7hXx4AaABAg" })
        #expect(comment.text.hasPrefix("Brilliant\u{FFFD} concert! hidden part"))
        #expect(!comment.text.utf8.contains(0))
        #expect(summary.warnings.contains { $0.contains("U+0000") && $0.contains("UgzQ4rK2n1Lw9bV7hXx4AaABAg") })
        // The other comments are untouched and no warning names them.
        #expect(comments.count == (try Fixture.read("exports/youtube-comment-threads.json").comments.count))
        #expect(summary.warnings.count == 1)
    }

    @Test func aNULInTheAuthorsNameIsReplacedToo() throws {
        let data = try youtube(replacing: #""authorDisplayName": "@GarethJones-t9x""#, with: #""authorDisplayName": "@Gareth\u0000Jones""#)
        let comments = try Importers.readAll(data, fileName: "threads.json").comments
        #expect(comments.contains { $0.author?.name == "@Gareth\u{FFFD}Jones" })
    }

    @Test func anExportWithoutNULReadsAsBefore() throws {
        let (comments, summary) = try Fixture.read("exports/youtube-comment-threads.json")
        #expect(comments.allSatisfy { !$0.text.contains("\u{FFFD}") })
        #expect(!summary.warnings.contains { $0.contains("U+0000") })
    }
}
