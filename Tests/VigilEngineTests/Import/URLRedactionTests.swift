import Testing
@testable import VigilEngine

@Suite struct URLRedactionTests {
    @Test func accessTokensAndOtherSecretsLoseTheirValues() {
        #expect(URLRedaction.redact("https://graph.facebook.com/v21.0/1_2/comments?access_token=EAAGsecret&limit=25&after=QVF")
            == "https://graph.facebook.com/v21.0/1_2/comments?access_token=REDACTED&limit=25&after=QVF")
        #expect(URLRedaction.redact("https://www.googleapis.com/youtube/v3/commentThreads?part=snippet&key=AIzaSyFAKE&videoId=abc")
            == "https://www.googleapis.com/youtube/v3/commentThreads?part=snippet&key=REDACTED&videoId=abc")
        #expect(URLRedaction.redact("https://x.example/cb?client_secret=s3cr3t&client_id=123&refresh_token=r&pageToken=p")
            == "https://x.example/cb?client_secret=REDACTED&client_id=123&refresh_token=REDACTED&pageToken=REDACTED")
        #expect(URLRedaction.redact("https://app.example/#access_token=abc&token_type=bearer")
            == "https://app.example/#access_token=REDACTED&token_type=bearer")
        #expect(URLRedaction.redact("https://cdn.example/a.jpg?X-Amz-Signature=abc&X-Amz-Expires=60")
            == "https://cdn.example/a.jpg?X-Amz-Signature=REDACTED&X-Amz-Expires=60")
    }

    @Test func passwordsInTheUserPartGo() {
        #expect(URLRedaction.redact("https://admin:hunter2@blog.example/wp-admin") == "https://admin:REDACTED@blog.example/wp-admin")
        #expect(URLRedaction.redact("mailto:someone@example.com") == "mailto:someone@example.com")
    }

    @Test func harmlessURLsAreUnchanged() {
        for url in ["https://www.facebook.com/1/posts/2?comment_id=3", "https://www.youtube.com/watch?v=abc&lc=Ugx",
                    "https://monkey.example/?donkey=1", "https://example.com/path", ""] {
            #expect(URLRedaction.redact(url) == url)
        }
    }

    @Test func secretsInFreeTextAreRedactedToo() {
        #expect(URLRedaction.redactSecrets(in: "failed: GET https://graph.facebook.com/me?access_token=EAAG123 (400)")
            == "failed: GET https://graph.facebook.com/me?access_token=REDACTED (400)")
        #expect(URLRedaction.redactSecrets(in: "Authorization: Bearer AAAAabc.def") == "Authorization: Bearer REDACTED")
        #expect(URLRedaction.redactSecrets(in: "api_key=xyz, other=1") == "api_key=REDACTED, other=1")
    }

    @Test func secretParameterNames() {
        #expect(URLRedaction.isSecretParameter("ACCESS_TOKEN"))
        #expect(URLRedaction.isSecretParameter("appsecret_proof"))
        #expect(URLRedaction.isSecretParameter("x_api_key"))
        #expect(!URLRedaction.isSecretParameter("after"))
        #expect(!URLRedaction.isSecretParameter("comment_id"))
    }
}
