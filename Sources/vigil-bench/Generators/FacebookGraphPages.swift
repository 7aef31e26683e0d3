import Foundation

/// Writes `comments` generated Graph comments as pages of `perPage` into `directory`;
/// returns the files in order. Deterministic for a seed.
///
/// Each file is one `/{post-id}/comments` page as the Graph API writes it: compact JSON,
/// non-ASCII and `/` escaped, `created_time` with `+0000`, `from` on about nine in ten
/// comments, a `parent` on about one in seven (a reply to an earlier comment on the same
/// post), like counts on most, messages of 30–300 characters (mostly ASCII, some accents,
/// emoji and line breaks), and `paging` with cursors and `next`/`previous` URLs carrying a
/// fake `access_token`. Posts take up to `max(perPage, 2,000)` comments each; a page never
/// spans two posts. About 250 bytes a comment: 1,000,000 comments are about 250 MB.
/// With `perPage == comments` everything goes into one file (for memory figures).
func generateFacebookGraphPages(comments: Int, perPage: Int, seed: UInt64, into directory: URL) throws -> [URL] {
    precondition(comments >= 0 && perPage > 0)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var random = SplitMix64(seed: seed)
    let pageID = "1048573648\(29_113 + Int(seed % 50_000))"
    let perPost = max(perPage, 2_000)
    var files: [URL] = []
    var written = 0
    var postNumber = 713_204_918_573_221 + Int(seed % 1_000)
    var commentNumber = 1_290_417_738_420_000
    var time = 1_752_847_923 // 2025-07-18T14:12:03Z
    while written < comments {
        postNumber += 1 + random.below(9_000)
        let post = String(postNumber)
        let inPost = min(perPost, comments - written)
        var recent: [String] = []
        var pageIndex = 0
        var postWritten = 0
        while postWritten < inPost {
            let count = min(perPage, inPost - postWritten)
            let url = directory.appendingPathComponent(String(format: "page-%06d.json", files.count))
            var out = PageWriter(url: url)
            out.append("{\"data\":[")
            for k in 0..<count {
                if k > 0 { out.append(",") }
                commentNumber += 1 + random.below(50)
                time += random.below(90)
                let id = "\(post)_\(commentNumber)"
                out.append("{\"created_time\":\"")
                out.append(GraphText.timestamp(time))
                out.append("\"")
                if random.below(10) != 0 {
                    let person = random.below(GraphText.people.count)
                    out.append(",\"from\":{\"name\":\"")
                    out.append(GraphText.people[person])
                    out.append("\",\"id\":\"\(7_204_418_823_100_000 + person * 7_919)\"}")
                }
                out.append(",\"message\":\"")
                GraphText.message(&random, into: &out)
                out.append("\"")
                if !recent.isEmpty, random.below(7) == 0 {
                    out.append(",\"parent\":{\"id\":\"\(recent[random.below(recent.count)])\"}")
                }
                if random.below(4) != 0 {
                    out.append(",\"like_count\":\(random.below(6) == 0 ? random.below(200) : random.below(4))")
                }
                out.append(",\"id\":\"\(id)\"}")
                if recent.count < 64 { recent.append(id) } else { recent[random.below(64)] = id }
            }
            let before = "QVFIU\(pageIndex)b\(random.below(1 << 30))"
            let after = "QVFIU\(pageIndex)a\(random.below(1 << 30))"
            let base = "https:\\/\\/graph.facebook.com\\/v21.0\\/\(pageID)_\(post)\\/comments?access_token=EAAGm0PX4ZCpsBAFAKEgeneratedTOKENZDZD&limit=\(perPage)"
            out.append("],\"paging\":{\"cursors\":{\"before\":\"\(before)\",\"after\":\"\(after)\"}")
            if pageIndex > 0 { out.append(",\"previous\":\"\(base)&before=\(before)\"") }
            if postWritten + count < inPost { out.append(",\"next\":\"\(base)&after=\(after)\"") }
            out.append("}}\n")
            try out.finish()
            files.append(url)
            postWritten += count
            pageIndex += 1
        }
        written += inPost
        time += 3_600 * (1 + random.below(48))
    }
    return files
}

/// A small, fast, seedable generator (SplitMix64): the same seed gives the same pages everywhere.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Buffers a page's bytes and writes them in 4 MB chunks, so a one-file 250 MB page never
/// sits in memory whole.
private struct PageWriter {
    let url: URL
    private var buffer: [UInt8] = []
    private var handle: FileHandle?
    private var failure: Error?

    init(url: URL) {
        self.url = url
        buffer.reserveCapacity(1 << 16)
    }

    mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 4 << 20 { flush() }
    }

    private mutating func flush() {
        do {
            if handle == nil {
                guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
                }
                handle = try FileHandle(forWritingTo: url)
            }
            try handle!.write(contentsOf: buffer)
        } catch {
            failure = failure ?? error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func finish() throws {
        flush()
        try handle?.close()
        if let failure { throw failure }
    }
}

/// The text the generator writes, escaped as the Graph API escapes it.
private enum GraphText {
    static let people = [
        "Priya Sharma", "Tom Hughes", "Aisha Khan", "Gareth Jones", "Sophie Martin", "Fatima Begum", "Liam O'Connor",
        "Hannah Lewis", "Grace Okafor", "Noa Levi", "Chlo\\u00e9 Dubois", "Zo\\u00eb Br\\u00fcck", "Oliver Smith",
        "Amelia Wright", "Mohammed Ali", "Ewan MacLeod", "Siobh\\u00e1n Murphy", "Kacper Nowak", "Yusuf Demir",
        "Megan Price", "Ravi Patel", "Isla Campbell", "Jack Evans", "Ffion Williams",
    ]
    static let words = [
        "the", "school", "children", "well", "done", "thank", "you", "teachers", "amazing", "proud", "Year", "trip",
        "sports", "day", "parents", "evening", "uniform", "lunch", "today", "tomorrow", "please", "when", "is", "are",
        "photos", "website", "concert", "fair", "class", "homework", "reading", "great", "lovely", "again", "why",
        "parking", "gate", "late", "club", "after", "before", "term", "holiday", "staff", "brilliant", "team", "my",
        "son", "daughter", "was", "so", "happy", "it", "a", "and", "to", "of", "for", "on", "with", "at", "we", "all",
    ]
    static let flourishes = [
        " \\ud83c\\udf89", " \\ud83d\\ude00", " \\u2764\\ufe0f", " \\ud83d\\udc4f\\ud83c\\udffd", " caf\\u00e9",
        " tr\\u00e8s bien", " \\u0634\\u0643\\u0631\\u0627", "\\n", " \\u2013", " see https:\\/\\/www.example.com\\/info",
    ]

    /// 30–300 characters, most of them short, as comments are.
    static func message(_ random: inout SplitMix64, into out: inout PageWriter) {
        let u = Double(random.below(1_000)) / 1_000
        let target = 30 + Int(270 * u * u * u * u)
        var length = 0
        var text = ""
        text.reserveCapacity(target + 16)
        var first = true
        while length < target {
            if !first { text += " " }
            let word = words[random.below(words.count)]
            text += first ? word.prefix(1).uppercased() + word.dropFirst() : word
            length += word.count + 1
            first = false
            if random.below(40) == 0 {
                text += flourishes[random.below(flourishes.count)]
                length += 2
            }
        }
        text += random.below(3) == 0 ? "!" : "."
        out.append(text)
    }

    /// "2025-07-18T14:12:03+0000" for epoch seconds.
    static func timestamp(_ t: Int) -> String {
        var days = t / 86_400
        let seconds = t % 86_400
        // Civil from days (Howard Hinnant).
        days += 719_468
        let era = days / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))+0000"
    }
}
