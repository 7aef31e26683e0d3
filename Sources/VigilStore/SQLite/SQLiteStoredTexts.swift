import GRDB
import VigilEngine

extension SQLiteStore: StoredTexts {
    func holds(_ comment: ImportedComment, hash: [UInt8]) -> Bool {
        let answer = try? pool.read { db -> Bool in
            let arena = BindArena()
            let find = try RawStatement(db, "SELECT text_sha256 FROM comments WHERE platform = ?1 AND platform_id = ?2", arena: arena)
            defer { find.clearBindings() }
            find.bind(1, comment.platform.rawValue)
            find.bind(2, comment.platformID)
            return try find.first { $0.blobEquals(0, hash) } ?? false
        }
        return answer ?? false
    }
}
