/// Flooding: the same or nearly the same text from several authors or on several posts,
/// across the comments of one batch. "Nearly the same" is the same normalised letters: case,
/// punctuation, emoji, spacing, look-alikes, repeated letters, digits and handles do not count.
enum Flooding {
    /// The fingerprint of one comment's normalised text, or 0 when it is too short to count.
    ///
    /// The letters, with one separator between words, are packed eight to a 64-bit word and
    /// each word is mixed in at once: a fingerprint is computed for every comment of a batch,
    /// so it must cost far less than reading the text did.
    static func fingerprint(_ text: NormalisedText, minimumLetters: Int) -> UInt64 {
        let symbols = text.symbolBuffer
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var packed: UInt64 = 0
        var filled = 0
        var letters = 0
        // A separator goes in only between words: none before the first or after the last.
        var separatorDue = false
        for s in symbols {
            if Symbol.isLetter(s) {
                if separatorDue {
                    separatorDue = false
                    packed = packed << 8 | 0xFF
                    filled &+= 1
                    if filled == 8 { hash = mix(hash ^ packed); packed = 0; filled = 0 }
                }
                letters &+= 1
                packed = packed << 8 | UInt64(s)
                filled &+= 1
                if filled == 8 { hash = mix(hash ^ packed); packed = 0; filled = 0 }
            } else if s == Symbol.space && letters > 0 {
                separatorDue = true
            }
        }
        hash = mix(hash ^ packed ^ UInt64(filled) << 56)
        return letters >= minimumLetters ? (hash == 0 ? 1 : hash) : 0
    }

    /// A 64-bit finaliser (from MurmurHash3): every input bit moves every output bit.
    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &* 0xff51_afd7_ed55_8ccd
        z ^= z >> 33
        z = z &* 0xc4ce_b9fe_1a85_ec53
        return z ^ (z >> 29)
    }

    /// One group of copies: the indices of the comments and how many authors and posts.
    struct Group: Equatable {
        var members: [Int]
        var authors: Int
        var posts: Int
    }

    /// Groups of at least `minimumCopies` comments with one fingerprint that came from two
    /// or more authors or on two or more posts. An unknown author counts as a different one.
    ///
    /// Sorting the fingerprints finds the copies with one allocation for the whole batch;
    /// most comments have no copy, and a table of arrays would allocate one for each.
    static func groups(
        fingerprints: [UInt64], comments: [ImportedComment], minimumCopies: Int
    ) -> [Group] {
        var order: [(print: UInt64, index: Int32)] = []
        order.reserveCapacity(fingerprints.count)
        for (i, f) in fingerprints.enumerated() where f != 0 { order.append((f, Int32(i))) }
        order.sort { $0.print != $1.print ? $0.print < $1.print : $0.index < $1.index }
        var result: [Group] = []
        var lo = 0
        while lo < order.count {
            var hi = lo + 1
            while hi < order.count && order[hi].print == order[lo].print { hi += 1 }
            defer { lo = hi }
            guard hi - lo >= minimumCopies else { continue }
            let members = order[lo..<hi].map { Int($0.index) }
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
