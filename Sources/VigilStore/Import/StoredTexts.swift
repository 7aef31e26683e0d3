import VigilEngine

/// Whether a store already holds a batch's comments with exactly these texts, asked by the
/// parsing thread before it flags the batch.
///
/// Re-importing an export is mostly comments the store has unchanged, and flagging them is
/// most of the parsing thread's work, all thrown away: the writer keeps nothing of an
/// unchanged comment. So a batch the store holds in full goes unflagged. Only a whole batch,
/// because the flooding rule looks at a batch together: a batch with anything new in it is
/// flagged as it always was. The answer is a snapshot that another process may change before
/// the writer gets there; the writer hands back any comment that then needs its flags.
protocol StoredTexts: Sendable {
    /// True only when the store holds every comment of `comments` (same platform and id)
    /// with the text whose SHA-256 is at the same position of `hashes`. False when unsure.
    func holdsAll(_ comments: [ImportedComment], hashes: [[UInt8]]) -> Bool
}
