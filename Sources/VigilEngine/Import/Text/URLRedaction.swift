/// Removes secrets from URLs and from any text that may quote one (an error message, a
/// warning), so an access token never reaches a store, a log or the screen.
///
/// Secret-looking query and fragment parameters (`access_token`, `client_secret`, YouTube's
/// `key`, anything ending in `token`, `secret`, `password` or `signature` ...) keep their name
/// and lose their value; a password in `user:password@host` goes too.
public enum URLRedaction {
    /// What replaces a secret value.
    public static let placeholder = "REDACTED"

    /// `url` with every secret value replaced by `REDACTED`; other parameters, the path and
    /// the order are kept, so the link still says where it pointed.
    public static func redact(_ url: String) -> String {
        redactSecrets(in: url)
    }

    /// Whether a query parameter's name marks its value as a secret.
    public static func isSecretParameter(_ name: String) -> Bool {
        let lower = name.lowercased()
        if exactNames.contains(lower) { return true }
        return suffixes.contains { lower.hasSuffix($0) }
    }

    /// `text` with the value of every `name=value` whose name is a secret replaced, a
    /// password in a URL's user part replaced, and the token after `Bearer ` replaced.
    public static func redactSecrets(in text: String) -> String {
        // Nothing to do without one of the characters a secret needs: the common case.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: " ") }) else {
            return text
        }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var changed = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "=") {
                // The parameter name is the run of name characters just before `=`.
                var start = out.count
                while start > 0, isNameByte(out[start - 1]) { start -= 1 }
                if start < out.count, isSecretParameter(String(decoding: out[start...], as: UTF8.self)) {
                    out.append(b)
                    i += 1
                    let valueStart = i
                    while i < bytes.count, !endsValue(bytes[i]) { i += 1 }
                    if i > valueStart {
                        out.append(contentsOf: placeholder.utf8)
                        changed = true
                    }
                    continue
                }
            } else if b == UInt8(ascii: "@"), let colon = passwordStart(in: out) {
                // scheme://user:password@host → keep the user, drop the password.
                out.removeSubrange((colon + 1)...)
                out.append(contentsOf: placeholder.utf8)
                changed = true
            } else if b == UInt8(ascii: " "), endsWithBearer(out), i + 1 < bytes.count, !endsValue(bytes[i + 1]) {
                out.append(b)
                i += 1
                while i < bytes.count, !endsValue(bytes[i]) { i += 1 }
                out.append(contentsOf: placeholder.utf8)
                changed = true
                continue
            }
            out.append(b)
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : text
    }

    private static let exactNames: Set<String> = [
        "access_token", "client_secret", "key", "api_key", "apikey", "token", "auth", "sig",
        "signature", "secret", "password", "passwd", "pwd", "pass", "code", "refresh_token", "id_token",
        "oauth_token", "oauth_signature", "oauth_verifier", "appsecret_proof", "fb_exchange_token",
        "session", "sessionid", "session_id", "x-amz-signature", "x-amz-credential",
        "x-amz-security-token", "private_key", "authorization",
    ]
    private static let suffixes = ["token", "secret", "password", "signature", "_key", "-key", "apikey"]

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }

    private static func endsValue(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ";"),
             0x09, 0x0A, 0x0D:
            true
        default: false
        }
    }

    /// In `out` ending with "…://user:password", the index of the colon before the password.
    private static func passwordStart(in out: [UInt8]) -> Int? {
        var i = out.count - 1
        var colon: Int?
        while i >= 2 {
            let b = out[i]
            if b == UInt8(ascii: "/") {
                guard out[i - 1] == UInt8(ascii: "/"), out[i - 2] == UInt8(ascii: ":"), let colon, colon > i + 1 else { return nil }
                return colon
            }
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "@") || endsValue(b) { return nil }
            if b == UInt8(ascii: ":"), colon == nil { colon = i }
            i -= 1
        }
        return nil
    }

    private static func endsWithBearer(_ out: [UInt8]) -> Bool {
        let word = Array("bearer".utf8)
        guard out.count >= word.count else { return false }
        let tail = out[(out.count - word.count)...].map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }
        let before = out.count - word.count - 1
        return tail == word && (before < 0 || !isNameByte(out[before]))
    }
}
