/// Flooding: the same or nearly the same text from several authors or on several posts,
/// across the comments of one batch. "Nearly the same" is the same normalised letters: case,
/// punctuation, emoji, spacing, look-alikes, repeated letters, digits and handles do not count.
enum Flooding {
    /// The fingerprint of one comment's normalised text, or 0 when it is too short to count.
    static func fingerprint(_ text: NormalisedText, minimumLetters: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        var letters = 0
        var lastWasSpace = true
        for s in text.symbolBuffer {
            if Symbol.isLetter(s) {
                letters += 1
                hash = (hash ^ UInt64(s)) &* 0x100_0000_01b3
                lastWasSpace = false
            } else if s == Symbol.space && !lastWasSpace {
                hash = (hash ^ 0xFF) &* 0x100_0000_01b3
                lastWasSpace = true
            }
        }
        return letters >= minimumLetters ? (hash == 0 ? 1 : hash) : 0
    }

    /// One group of copies: the indices of the comments and how many authors and posts.
    struct Group: Equatable {
        var members: [Int]
        var authors: Int
        var posts: Int
    }

    /// Groups of at least `minimumCopies` comments with one fingerprint that came from two
    /// or more authors or on two or more posts. An unknown author counts as a different one.
    static func groups(
        fingerprints: [UInt64], comments: [ImportedComment], minimumCopies: Int
    ) -> [Group] {
        var byPrint: [UInt64: [Int]] = [:]
        for (i, f) in fingerprints.enumerated() where f != 0 { byPrint[f, default: []].append(i) }
        var result: [Group] = []
        for (_, members) in byPrint where members.count >= minimumCopies {
            var authors = Set<String>()
            var unknownAuthors = 0
            var posts = Set<String>()
            for i in members {
                let a = comments[i].author
                if let id = a?.platformID ?? a?.handle ?? a?.name { authors.insert(id) } else { unknownAuthors += 1 }
                if let p = comments[i].post?.platformID { posts.insert(p) }
            }
            let authorCount = authors.count + unknownAuthors
            if authorCount >= 2 || posts.count >= 2 {
                result.append(Group(members: members, authors: authorCount, posts: posts.count))
            }
        }
        return result.sorted { $0.members[0] < $1.members[0] }
    }
}
