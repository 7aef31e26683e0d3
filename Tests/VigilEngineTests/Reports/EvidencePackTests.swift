import Foundation
import Testing
@testable import VigilEngine

@Suite("Evidence packs: files, sums, decision trail, safe HTML")
struct EvidencePackTests {
    static let t0 = Date(timeIntervalSince1970: 1_740_992_400)
    static let hostile = "<script>x()</script> \u{1B}]0;pwned\u{07} \u{202E}evil"

    static func input(valid: Bool = true, purged: Bool = false) -> EvidenceInput {
        let text = "first " + hostile
        let key = CommentKey(platform: .facebook, id: "fb_1")
        let comment = StoredComment(
            storeID: 1, key: key, channel: "Page <b>", post: PostRef(platformID: "p1", title: "Sports day"), parentID: nil,
            author: StoredAuthor(storeID: 1, platform: .facebook, ref: AuthorRef(platformID: "u1", name: "Mallory <i>")),
            created: t0, url: "https://facebook.com/p1?comment_id=fb_1", platformStatus: nil, text: purged ? nil : text,
            textSHA256: ContentHash.hex(ContentHash.sha256(text)), currentVersionID: 7, severity: .high, categories: [.abuse],
            review: .decided, firstImportID: 1,
            metadata: ["attachment_type": "photo", "attachment_url": "https://scontent.example/photo.jpg"])
        let detail = CommentDetail(
            comment: comment,
            versions: [CommentVersion(storeID: 7, text: purged ? nil : text, sha256: ContentHash.hex(ContentHash.sha256(text)), importID: 1,
                                      importFileName: "export.json", importedAt: t0, platformUpdated: nil)],
            flags: [StoredFlag(flag: Flag(category: .abuse, kind: "insult", rule: "abuse.insult", severity: .high, action: .delete,
                                          spans: [Span(start: 0, end: 5)], explanation: "an insult"), versionID: 7)],
            parent: nil, replies: [], authorHistory: [], authorCommentCount: 1, authorFlaggedCount: 1)
        let alice = try! AccountName("alice"), bob = try! AccountName("bob")
        let proposal = Proposal(
            id: ProposalID(1), kind: .moderation(.delete, .comment(CommentSubject(comment: key, textSHA256: TextHash.of(text), authorID: "u1"))),
            proposer: alice, proposedAt: t0, reason: "abusive",
            state: .carriedOut(approved: Decision(by: bob, at: t0.addingTimeInterval(60), note: "agreed"),
                               done: Decision(by: alice, at: t0.addingTimeInterval(120), note: nil)))
        let entry = AuditEntry(sequence: 3, timeMillis: 1_740_992_400_000, actor: "alice", kind: "propose",
                               subject: AuditSubject(proposal: 1, action: "delete", platform: "facebook", commentID: "fb_1"),
                               previousHash: Data(count: 32), signature: Data(repeating: 1, count: 64), hash: Data(repeating: 2, count: 32))
        return EvidenceInput(subject: "facebook comment fb_1", comments: [detail], proposals: [proposal], entries: [entry],
                             verification: EvidenceVerification(entryCount: 5, valid: valid, failure: valid ? nil : "audit entry 4: its signature does not verify",
                                                                failedEntry: valid ? nil : 4, problems: [], genesisHash: "ab", headHash: "cd"),
                             made: t0)
    }

    static func file(_ files: [EvidenceFile], _ name: String) -> String {
        String(decoding: files.first { $0.name == name }!.data, as: UTF8.self)
    }

    @Test("SHA256SUMS names every other file with its SHA-256, in sha256sum's format")
    func sums() throws {
        let files = try EvidencePack.files(Self.input())
        #expect(files.map(\.name) == ["evidence.json", "evidence.html", "SHA256SUMS"])
        let expected = files.dropLast().map { ContentHash.hex(ContentHash.sha256($0.data)) + "  " + $0.name + "\n" }.joined()
        #expect(Self.file(files, "SHA256SUMS") == expected)
    }

    @Test("The JSON keeps the text exactly, says whether it matches its hash, and names proposer, signer and who carried it out")
    func json() throws {
        let files = try EvidencePack.files(Self.input())
        let doc = try #require(try JSONSerialization.jsonObject(with: files[0].data) as? [String: Any])
        let version = try #require(((doc["comments"] as? [[String: Any]])?.first?["versions"] as? [[String: Any]])?.first)
        #expect(version["text"] as? String == "first " + Self.hostile)
        #expect(version["text_matches_hash"] as? Bool == true)
        let steps = try #require(((doc["decisions"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]]))
        #expect(steps.map { $0["step"] as? String } == ["proposed delete", "approved", "carried out"])
        #expect(steps.map { $0["by"] as? String } == ["alice", "bob", "alice"])
        #expect((doc["verification"] as? [String: Any])?["valid"] as? Bool == true)
        #expect((doc["attachments"] as? String)?.contains("never saved or shared") == true)
    }

    @Test("The HTML escapes every text, links nothing and loads nothing, and shows a failed verification")
    func html() throws {
        let html = Self.file(try EvidencePack.files(Self.input(valid: false)), "evidence.html")
        #expect(!html.contains("\u{1B}") && !html.contains("\u{202E}") && !html.contains("\u{07}"))
        #expect(html.contains("&lt;script&gt;x()&lt;/script&gt;"))
        #expect(html.contains("Mallory &lt;i&gt;"))
        #expect(!html.lowercased().contains("<script") && !html.lowercased().contains("<img") && !html.contains("href="))
        #expect(html.contains("https://scontent.example/photo.jpg"), "the attachment's link is shown as text")
        #expect(html.contains("does NOT verify") && html.contains("first bad entry: 4"))
        let doc = try #require(try JSONSerialization.jsonObject(with: try EvidencePack.files(Self.input(valid: false))[0].data) as? [String: Any])
        #expect((doc["audit_entries"] as? [[String: Any]])?.first?["verified"] as? Bool == true, "entry 3 comes before the bad entry 4")
        #expect(EvidencePack.entryVerified(4, Self.input(valid: false).verification) == false)
    }

    @Test("A purged text shows as removed, with its hash")
    func purged() throws {
        let files = try EvidencePack.files(Self.input(purged: true))
        #expect(Self.file(files, "evidence.html").contains("Text removed under the retention rules"))
        let doc = try #require(try JSONSerialization.jsonObject(with: files[0].data) as? [String: Any])
        let version = try #require(((doc["comments"] as? [[String: Any]])?.first?["versions"] as? [[String: Any]])?.first)
        #expect(version["text"] is NSNull)
        #expect((version["sha256"] as? String)?.count == 64)
    }
}
