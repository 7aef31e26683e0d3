import Foundation

/// A subject access request (UK GDPR art. 15) for one author: the same record as an evidence
/// pack, with a plain summary a person can read. Texts are cleaned of control characters.
public enum SubjectAccess {
    public static func files(_ input: EvidenceInput) throws -> [EvidenceFile] {
        EvidencePack.summed([EvidenceFile(name: "subject-access.json", data: try EvidencePack.document(input)),
                             EvidenceFile(name: "subject-access.txt", data: Data(summary(input).utf8))])
    }

    public static func summary(_ input: EvidenceInput) -> String {
        var out = "What Vigil holds about \(SafeText.line(input.subject))\n"
        out += "Made \(DisplayTime.minute(input.made)). subject-access.json holds all of it, field by field.\n\n"
        let names = Set(input.comments.compactMap { $0.comment.author.map { [$0.ref.name, $0.ref.handle.map { "@" + $0 }].compactMap { $0 }.joined(separator: " ") } })
        if !names.isEmpty { out += "Names as the exports gave them: \(names.sorted().map { SafeText.line($0) }.joined(separator: "; "))\n" }
        out += "Comments: \(input.comments.count)\n"
        out += "Decisions about them or their author: \(input.proposals.count)\n\n"
        for d in input.comments {
            let c = d.comment
            out += "— \(c.key.platform.rawValue) comment \(SafeText.line(c.key.id))"
            out += c.created.map { ", posted \(DisplayTime.minute($0))" } ?? ""
            out += c.channel.map { ", on \(SafeText.line($0))" } ?? ""
            out += "\n"
            if let url = c.url { out += "  link: \(SafeText.line(url))\n" }
            for (i, v) in d.versions.enumerated() {
                out += "  text \(i + 1) (imported \(DisplayTime.minute(v.importedAt))): "
                out += v.text.map { SafeText.block($0).replacingOccurrences(of: "\n", with: "\n    ") } ?? "(removed under the retention rules)"
                out += "\n"
            }
            let categories = Set(d.flags.map(\.flag.category)).sorted()
            if !categories.isEmpty { out += "  flagged as: \(categories.map(\.rawValue).joined(separator: ", "))\n" }
            if !c.metadata.isEmpty {
                out += "  other details: " + c.metadata.sorted { $0.key < $1.key }.map { "\(SafeText.line($0.key)) = \(SafeText.line($0.value))" }.joined(separator: "; ") + "\n"
            }
        }
        if !input.proposals.isEmpty {
            out += "\nDecisions\n"
            for p in input.proposals {
                out += "— \(p.id): \(SafeText.line(p.kind.description)), \(p.state.name)\n"
                for s in EvidencePack.trail(p) {
                    out += "  \(s.step) by \(s.by), \(DisplayTime.minute(s.at))" + (s.note.map { ": \(SafeText.line($0))" } ?? "") + "\n"
                }
            }
        }
        out += "\n\(EvidencePack.attachmentNote)\n"
        return out
    }
}
