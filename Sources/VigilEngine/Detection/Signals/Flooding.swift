/// Flooding: the same or nearly the same text from several authors or on several posts,
/// across the comments of one batch. "Nearly the same" is the same normalised letters: case,
/// punctuation, emoji, spacing, look-alikes, repeated letters, digits and handles do not count.
enum Flooding {
    /// The fingerprint of one comment's normalised text, or 0 when it is too short to count.
    ///
    /// The letters, with one separator between words, are packed eight to a 64-bit word
    /// (first symbol lowest) and each word is mixed in at once. A fingerprint is computed for
    /// every comment of a batch, so it must cost far less than reading the text did: eight
    /// symbols with no digit in them (nearly all) are taken in one load, since the normaliser
    /// already writes one space between words and none at the start.
    static func fingerprint(_ text: NormalisedText, minimumLetters: Int) -> UInt64 {
        let symbols = text.symbolBuffer
        guard let base = symbols.baseAddress else { return 0 }
        var n = symbols.count
        // Nothing after the last letter counts: then every space left has a letter after it.
        while n > 0 && !Symbol.isLetter(symbols[n - 1]) { n -= 1 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var packed: UInt64 = 0
        var filled: UInt64 = 0  // bytes in `packed`
        var letters = 0
        // After a space (or at the start): a space here would be a second one in a row.
        var afterSpace = true
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            // Symbols are below 128: a byte's top bit after adding 128 - 27 says it is a digit.
            let digits = (x &+ 0x6565_6565_6565_6565) & 0x8080_8080_8080_8080
            if digits == 0 && !(afterSpace && x & 0xFF == 0) {
                // Non-zero bytes: their count is the letters.
                let nonZero = (x | ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F)) & 0x8080_8080_8080_8080
                letters &+= nonZero.nonzeroBitCount
                if filled == 0 {
                    hash = mix(hash ^ x)
                } else {
                    hash = mix(hash ^ (packed | x << (8 &* filled)))
                    packed = x >> (8 &* (8 &- filled))
                }
                afterSpace = x >> 56 == 0
                i &+= 8
                continue
            }
            let end = i &+ 8
            while i < end {
                feed(symbols[i], &hash, &packed, &filled, &letters, &afterSpace)
                i &+= 1
            }
        }
        while i < n {
            feed(symbols[i], &hash, &packed, &filled, &letters, &afterSpace)
            i &+= 1
        }
        hash = mix(hash ^ packed ^ filled << 59)
        return letters >= minimumLetters ? (hash == 0 ? 1 : hash) : 0
    }

    /// One symbol the slow way: a letter goes in, a space goes in unless one just did, a
    /// digit is left out.
    @inline(__always)
    private static func feed(
        _ s: UInt8, _ hash: inout UInt64, _ packed: inout UInt64, _ filled: inout UInt64, _ letters: inout Int, _ afterSpace: inout Bool
    ) {
        if Symbol.isLetter(s) {
            letters &+= 1
            afterSpace = false
        } else if s == Symbol.space && !afterSpace {
            afterSpace = true
        } else {
            return
        }
        packed |= UInt64(s) << (8 &* filled)
        filled &+= 1
        if filled == 8 { hash = mix(hash ^ packed); packed = 0; filled = 0 }
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
    /// or more authors or on two or more posts, in the order of their first comment. An
    /// unknown author counts as a different one.
    ///
    /// The copies are counted in one open-addressed table for the whole batch (fingerprints
    /// are hashes already, so their low bits pick the slot): two passes over the batch, where
    /// sorting it cost a comparison closure call per step, and most comments have no copy.
    static func groups(
        fingerprints: [UInt64], comments: [ImportedComment], minimumCopies: Int
    ) -> [Group] {
        var capacity = 16
        while capacity < 2 * fingerprints.count { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var counts = [Int32](repeating: 0, count: capacity)
        // Per slot: the index in `candidates` of its group, plus one (0: none yet).
        var groupOf = [Int32](repeating: 0, count: capacity)
        @inline(__always) func slot(_ f: UInt64) -> Int {
            var h = Int(truncatingIfNeeded: f) & mask
            while keys[h] != 0 && keys[h] != f { h = (h &+ 1) & mask }
            return h
        }
        for f in fingerprints where f != 0 {
            let h = slot(f)
            keys[h] = f
            counts[h] &+= 1
        }
        var candidates: [[Int]] = []
        for (i, f) in fingerprints.enumerated() where f != 0 {
            let h = slot(f)
            guard counts[h] >= minimumCopies else { continue }
            if groupOf[h] == 0 {
                candidates.append([])
                groupOf[h] = Int32(candidates.count)
            }
            candidates[Int(groupOf[h]) - 1].append(i)
        }
        var result: [Group] = []
        for members in candidates {
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
        return result
    }
}
