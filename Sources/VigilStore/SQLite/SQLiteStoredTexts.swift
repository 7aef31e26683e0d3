import GRDB
import VigilEngine

extension SQLiteStore: StoredTexts {
    func holdsAll(_ comments: [ImportedComment], hashes: [[UInt8]]) -> Bool {
        guard !comments.isEmpty else { return false }
        let answer = try? pool.read { db -> Bool in
            let arena = BindArena()
            let find = try RawStatement(db, "SELECT text_sha256 FROM comments WHERE platform = ?1 AND platform_id = ?2", arena: arena)
            defer { find.clearBindings() }
            // The first comment decides whether to look further: in a new export it is new,
            // and the batch costs one lookup.
            for (c, hash) in zip(comments, hashes) {
                find.bind(1, c.platform.rawValue)
                find.bind(2, c.platformID)
                let same = try find.first { $0.blobEquals(0, hash) } ?? false
                arena.reset()
                if !same { return false }
            }
            return true
        }
        return answer ?? false
    }
}
