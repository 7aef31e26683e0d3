import VigilEngine
import VigilStore

/// What `vigil show` adds about sign-off: every proposal on the comment (and the blocks
/// proposed from it) with its decisions, and the author's block suggestion.
struct CommentDecisions {
    var proposals: [ProposalSummary]
    var suggestion: BlockSuggestion?

    static func load(for detail: CommentDetail, service: SignOffService) throws -> CommentDecisions {
        try SignOffCLI.run {
            let key = detail.comment.key
            let author = detail.comment.author?.ref.platformID.map { AuthorKey(platform: key.platform, id: $0) }
            return CommentDecisions(
                proposals: try service.decisions(on: key),
                suggestion: try author.flatMap { try service.blockSuggestions(author: $0).first })
        }
    }

    func print() {
        let o = standardOutput
        o.line()
        if proposals.isEmpty {
            o.line("Decisions: none yet")
        } else {
            o.line("Decisions (oldest first):")
            for p in proposals {
                for line in ProposalText.lines(p) { o.line("  " + line) }
            }
        }
        if let suggestion {
            o.line()
            o.line("Block suggested: " + safe(suggestion.description))
        }
    }

    /// `"decisions": [...], "block_suggestion": {"decisions": ["P3", ...]} | null`, after a comma.
    func json(into json: inout JSONOutput) {
        json.comma(); json.key("decisions"); json.raw("[")
        for (i, p) in proposals.enumerated() {
            if i > 0 { json.comma() }
            ProposalText.object(p, into: &json)
        }
        json.raw("]")
        json.comma(); json.key("block_suggestion")
        if let suggestion {
            json.raw("{"); json.key("decisions"); json.raw("[")
            for (i, d) in suggestion.decisions.enumerated() {
                if i > 0 { json.comma() }
                json.string(d.proposal.description)
            }
            json.raw("]}")
        } else {
            json.null()
        }
    }
}
