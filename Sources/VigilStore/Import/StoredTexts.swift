import VigilEngine

/// Whether a store already holds a batch's comments unchanged, asked by the parsing thread
/// before it flags the batch.
///
/// Re-importing an export is mostly comments the store has unchanged, and flagging them is
/// most of the parsing thread's work, all thrown away: the writer keeps nothing of an
/// unchanged comment. So when the store holds a batch's first comment with this very text,
/// the batch goes to the writer unflagged; the writer looks every comment up anyway and hands
/// back any that needs flags after all (new, edited, or changed by another process since),
/// and then the whole batch is flagged, as the flooding rule looks at a batch together.
/// One lookup a batch: a new export costs next to nothing more.
protocol StoredTexts: Sendable {
    /// True when the store holds `comment` (same platform and id) with the text whose
    /// SHA-256 is `hash`. False when unsure.
    func holds(_ comment: ImportedComment, hash: [UInt8]) -> Bool
}
