import Foundation

/// Finds web addresses in a comment's UTF-8 bytes: with a scheme (https://…), starting
/// `www.`, or bare domains with a common top-level domain (bit.ly/x, example.com). Only a
/// '.' starts a look, so text without dots costs one comparison a byte.
enum LinkScanner {
    enum Kind: Equatable {
        case plain
        /// A link shortener that hides where it goes (bit.ly, tinyurl.com ...).
        case shortener
        /// An invitation to a private chat (wa.me, t.me, discord.gg ...).
        case messagingInvite
    }

    struct Link: Equatable {
        /// Byte offsets of the whole address, end exclusive.
        var start: Int
        var end: Int
        /// Lower case, without `www.`.
        var host: String
        var kind: Kind
        /// Points at a moment of a video (…&t=3m40s): a reference to the content, not promotion.
        var isTimestamp: Bool
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>, into links: inout [Link]) {
        let n = b.count
        var i = 0
        var resumeAt = 0
        guard let base = b.baseAddress else { return }
        while i < n {
            // Jump to the next dot (memchr reads a word at a time).
            guard let dot = memchr(base + i, Int32(UInt8(ascii: ".")), n - i) else { return }
            i = base.distance(to: dot.assumingMemoryBound(to: UInt8.self))
            if i < resumeAt { i += 1; continue }
            // Walk out from the dot over host characters: forwards first, since most dots end
            // a sentence and are ruled out there, without reading back over the word before.
            var hi = i + 1
            while hi < n && isHostByte(b[hi]) { hi += 1 }
            // Trailing dots end a sentence, not a host.
            while hi > i && b[hi - 1] == UInt8(ascii: ".") { hi -= 1 }
            guard hi > i + 1 else { i += 1; continue }
            var lo = i
            while lo > 0 && isHostByte(b[lo - 1]) { lo -= 1 }
            while lo < i && b[lo] == UInt8(ascii: ".") { lo += 1 }
            guard lo < i else { i += 1; continue }
            if lo > 0 && b[lo - 1] == UInt8(ascii: "@") { i = hi; resumeAt = hi; continue }  // an e-mail address
            let hasScheme_ = lo >= 3 && b[lo - 1] == UInt8(ascii: "/") && b[lo - 2] == UInt8(ascii: "/") && b[lo - 3] == UInt8(ascii: ":")
            // Most dots end sentences or sit in numbers (3.15): rule those out on the bytes,
            // before making any string.
            if !hasScheme_ && !Self.endsInKnownDomain(b, lo, hi) && !Self.startsWithWWW(b, lo) { i = hi; resumeAt = hi; continue }
            let host = String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self).lowercased()
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            var start = lo
            var hasScheme = false
            if lo >= 3 && b[lo - 1] == UInt8(ascii: "/") && b[lo - 2] == UInt8(ascii: "/") && b[lo - 3] == UInt8(ascii: ":") {
                hasScheme = true
                start = lo - 3
                while start > 0 && isLetter(b[start - 1]) { start -= 1 }
            }
            let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), labels.last!.count >= 2,
                  hasScheme || host.hasPrefix("www.") || topLevelDomains.contains(String(labels.last!)),
                  !labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) || hasScheme,
                  hasScheme || lo == 0 || !isWordByte(b[lo - 1])
            else { i = hi; resumeAt = hi; continue }
            var end = hi
            var isTimestamp = false
            if end < n && (b[end] == UInt8(ascii: "/") || b[end] == UInt8(ascii: "?")) {
                let pathStart = end
                while end < n && !isSpaceOrQuote(b[end]) { end += 1 }
                isTimestamp = hasTimestamp(b, pathStart, end)
            }
            // X wraps every address and attached picture in t.co: it says nothing on its own.
            if bare == "t.co" { i = end; resumeAt = end; continue }
            links.append(Link(start: start, end: end, host: bare, kind: kind(of: bare, path: b, from: hi, to: end), isTimestamp: isTimestamp))
            i = end
            resumeAt = end
        }
    }

    private static func kind(of host: String, path b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Kind {
        if shorteners.contains(host) { return .shortener }
        if messaging.contains(host) { return .messagingInvite }
        if host == "discord.com" || host == "snapchat.com" {
            let path = String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
            if path.hasPrefix("/invite") || path.hasPrefix("/add") { return .messagingInvite }
        }
        return .plain
    }

    /// Whether the last label of `b[lo..<hi]` is a top-level domain of `topLevelDomains`.
    private static func endsInKnownDomain(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var k = hi
        while k > lo && b[k - 1] != UInt8(ascii: ".") { k -= 1 }
        let length = hi - k
        guard k > lo, length >= 2, length <= 8 else { return false }
        var packed: UInt64 = 0
        for j in k..<hi {
            let c = b[j] | 0x20
            guard c >= 0x61 && c <= 0x7A else { return false }
            packed = packed << 8 | UInt64(c)
        }
        return packedDomains.contains(packed)
    }

    /// Whether the path `b[lo..<hi]` holds "&t=", "?t=", "#t=" or "&amp;t=" (a moment of a
    /// video), read on the bytes: a search of the path as a string cost thousands of
    /// instructions a link.
    private static func hasTimestamp(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var k = lo + 1
        while k + 1 < hi {
            if b[k] == UInt8(ascii: "t") && b[k + 1] == UInt8(ascii: "=") {
                let before = b[k - 1]
                if before == UInt8(ascii: "&") || before == UInt8(ascii: "?") || before == UInt8(ascii: "#") { return true }
                if before == UInt8(ascii: ";") && k - 5 >= lo && b[k - 5] == UInt8(ascii: "&") && b[k - 4] == UInt8(ascii: "a")
                    && b[k - 3] == UInt8(ascii: "m") && b[k - 2] == UInt8(ascii: "p") { return true }
            }
            k += 1
        }
        return false
    }

    private static func startsWithWWW(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int) -> Bool {
        lo + 4 <= b.count && b[lo] | 0x20 == 0x77 && b[lo + 1] | 0x20 == 0x77 && b[lo + 2] | 0x20 == 0x77 && b[lo + 3] == UInt8(ascii: ".")
    }

    private static let packedDomains: Set<UInt64> = Set(topLevelDomains.map { $0.utf8.reduce(0) { $0 << 8 | UInt64($1) } })

    /// Whether `host` is `domain` or one of its subdomains.
    static func host(_ host: String, isWithin domain: String) -> Bool {
        host == domain || host.hasSuffix("." + domain)
    }

    @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) private static func isHostByte(_ c: UInt8) -> Bool {
        isLetter(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
    }
    @inline(__always) private static func isWordByte(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "_") || c >= 0x80 }
    @inline(__always) private static func isSpaceOrQuote(_ c: UInt8) -> Bool {
        c <= 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == UInt8(ascii: "'")
    }

    /// Top-level domains common enough in comments that a bare `name.tld` is a link.
    static let topLevelDomains: Set<String> = [
        "com", "net", "org", "info", "biz", "io", "co", "uk", "us", "ca", "au", "de", "fr", "ru",
        "pl", "nl", "es", "ly", "gl", "gd", "me", "tv", "xyz", "top", "club", "online", "site",
        "app", "ai", "ie", "eu", "to", "cc", "be", "ws", "su", "edu", "gov", "link", "shop",
        "store", "live", "fm", "ch", "at", "se", "no", "dk", "fi", "pt", "br", "mx", "jp", "cn",
        "kr", "vn", "id", "ph", "my", "tk", "ml", "ga", "cf", "gq", "pw", "click", "win", "bid",
        "loan", "vip", "pro", "blog", "page", "tech", "news", "space", "website", "fun", "life",
        "gg", "sh", "im", "ms", "nu", "st", "la", "ng", "za", "nz", "in",
    ]

    static let shorteners: Set<String> = [
        "bit.ly", "goo.gl", "tinyurl.com", "ow.ly", "is.gd", "buff.ly", "adf.ly", "bit.do",
        "cutt.ly", "rebrand.ly", "tiny.cc", "shorte.st", "rb.gy", "shorturl.at", "lnkd.in", "tr.im",
        "v.gd", "qr.net", "x.co", "s.id", "t.ly", "bl.ink", "soo.gd", "tiny.one", "short.io",
        "linktr.ee", "po.st", "j.mp", "db.tt", "adfoc.us", "ouo.io", "bc.vc", "shrtco.de",
    ]

    static let messaging: Set<String> = [
        "wa.me", "chat.whatsapp.com", "t.me", "telegram.me", "discord.gg", "kik.me", "m.me",
        "signal.me", "line.me",
    ]
}
