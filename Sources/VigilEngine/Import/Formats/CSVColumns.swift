/// Which column of a comment-export CSV holds what, by header name: case, spaces,
/// underscores, hyphens and invisible format characters do not matter ("Comment Text",
/// "comment_text", "commentText").
struct CSVColumns {
    enum Role: CaseIterable {
        case text, id, authorName, authorHandle, authorID, time, parent, postID, postTitle, link, likes, platform
    }

    /// Aliases in order of preference, already normalised (`normalise`).
    static let aliases: [Role: [String]] = [
        .text: ["commenttext", "text", "message", "comment", "content", "body"],
        .id: ["commentid", "id"],
        .authorName: ["authorname", "author", "profilename", "name", "displayname"],
        .authorHandle: ["username", "handle", "screenname"],
        .authorID: ["authorid", "userid", "channelid", "authorchannelid"],
        .time: ["commentcreatetimestamp", "createdat", "publishedtime", "publishedat", "createtime", "timestamp", "date", "time"],
        .parent: ["parentid", "replytocommentid", "inreplyto"],
        .postID: ["postid", "videoid", "mediaid"],
        .postTitle: ["posttitle", "videotitle"],
        .link: ["commenturl", "url", "link", "permalink"],
        .likes: ["likes", "likecount", "likescount"],
        .platform: ["platform", "network", "source"],
    ]

    /// The aliases of the text column as FORMATS.md writes them, for messages.
    static let textAliasesForHumans = "text, message, comment, content, body or Comment Text"

    /// Column index for each role found.
    private(set) var index: [Role: Int] = [:]
    let names: [String]

    init(header: [String]) {
        names = header
        let normalised = header.map(Self.normalise)
        for role in Role.allCases {
            for alias in Self.aliases[role]! {
                if let i = normalised.firstIndex(of: alias), !index.values.contains(i) {
                    index[role] = i
                    break
                }
            }
        }
    }

    subscript(role: Role) -> Int? { index[role] }

    /// The platform the columns point to: YouTube's tools name "Video ID" and "Channel ID".
    var platform: Platform? {
        let normalised = Set(names.map(Self.normalise))
        if normalised.contains("videoid") || normalised.contains("channelid") || normalised.contains("authorchannelid") { return .youtube }
        return nil
    }

    /// Whether any header names a column Vigil knows: enough to call the file a comments CSV.
    var knowsAnyColumn: Bool { !index.isEmpty }

    static func normalise(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter {
            $0 != " " && $0 != "_" && $0 != "-" && $0 != "." && $0 != "\t" && $0.properties.generalCategory != .format
        }))
    }

    /// The platform a comment's link points to, by host.
    static func platform(forLink link: String) -> Platform? {
        guard let host = host(of: link) else { return nil }
        let table: [(String, Platform)] = [
            ("youtube.com", .youtube), ("youtu.be", .youtube), ("facebook.com", .facebook), ("fb.com", .facebook),
            ("fb.watch", .facebook), ("instagram.com", .instagram), ("x.com", .x), ("twitter.com", .x),
        ]
        for (domain, platform) in table where host == domain || host.hasSuffix("." + domain) { return platform }
        return nil
    }

    /// A platform named in a "platform" column.
    static func platform(named name: String) -> Platform? {
        switch normalise(name) {
        case "facebook", "fb": .facebook
        case "instagram", "ig": .instagram
        case "youtube", "yt": .youtube
        case "x", "twitter": .x
        case "wordpress", "blog": .wordpress
        default: nil
        }
    }
}
