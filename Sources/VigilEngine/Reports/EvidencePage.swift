import Foundation

extension EvidencePack {
    /// The pack as one readable, self-contained HTML page.
    static func page(_ input: EvidenceInput) -> String {
        func e(_ s: String, _ block: Bool = false) -> String { HTMLPage.escape(s, block: block) }
        var body = "<h1>Evidence: \(e(input.subject))</h1>\n"
        body += "<p class=\"muted\">Made \(e(DisplayTime.minute(input.made))) by Vigil. evidence.json holds the same, and SHA256SUMS the files' hashes (check with <code>sha256sum -c SHA256SUMS</code>).</p>\n"
        let v = input.verification
        body += "<h2>Audit log verification</h2>\n"
        if v.valid {
            body += "<p class=\"ok\">The audit log verifies: all \(v.entryCount) entries' hashes and signatures, and the store's tables agree with it.</p>\n"
        } else {
            body += "<p class=\"bad\">The audit log does NOT verify" + (v.failedEntry.map { " (first bad entry: \($0))" } ?? "") + ".</p>\n"
            if let f = v.failure { body += "<p>\(e(f))</p>\n" }
            for p in v.problems { body += "<p>\(e(p))</p>\n" }
        }
        body += HTMLPage.table(["", ""], [["entries", String(v.entryCount)], ["first entry's hash", v.genesisHash ?? "–"], ["last entry's hash", v.headHash ?? "–"]])
        body += "<p>\(e(attachmentNote))</p>\n"
        for d in input.comments {
            let c = d.comment
            body += "<h2>Comment \(e(c.key.platform.rawValue)):\(e(c.key.id))</h2>\n"
            var rows: [[String]] = [["channel", c.channel ?? ""], ["post", [c.post?.title, c.post?.platformID].compactMap { $0 }.joined(separator: " · ")],
                                    ["in reply to", c.parentID ?? ""],
                                    ["author", [c.author?.ref.name, c.author?.ref.handle.map { "@" + $0 }, c.author?.ref.platformID.map { "id " + $0 }].compactMap { $0 }.joined(separator: " · ")],
                                    ["posted", c.created.map(DisplayTime.minute) ?? "unknown"], ["link", c.url ?? ""],
                                    ["on the platform", c.platformStatus ?? ""], ["in Vigil", c.review.name]]
            rows += c.metadata.sorted { $0.key < $1.key }.map { [$0.key, $0.value] }
            body += HTMLPage.table(["", ""], rows)
            body += "<h3>Texts, oldest first</h3>\n"
            for (i, version) in d.versions.enumerated() {
                body += "<p>Version \(i + 1) · imported \(e(DisplayTime.minute(version.importedAt))) from \(e(version.importFileName)) · SHA-256 <code>\(e(version.sha256))</code></p>\n"
                body += version.text.map { "<pre>\(e($0, true))</pre>\n" } ?? "<p class=\"muted\">Text removed under the retention rules; its hash is kept.</p>\n"
            }
            if !d.flags.isEmpty {
                body += "<h3>Flags</h3>\n"
                let order = Dictionary(d.versions.enumerated().map { ($1.storeID, $0 + 1) }, uniquingKeysWith: min)
                body += HTMLPage.table(["version", "category", "rule", "severity", "why"], d.flags.map { f in
                    ["v\(order[f.versionID] ?? 0)", f.flag.category.rawValue, f.flag.rule, f.flag.severity.rawValue, f.flag.explanation]
                })
            }
        }
        body += "<h2>Decisions</h2>\n"
        if input.proposals.isEmpty { body += "<p>None.</p>\n" }
        for p in input.proposals {
            body += "<h3>\(p.id): \(e(p.kind.description)) — \(e(p.state.name))</h3>\n"
            body += HTMLPage.table(["step", "by", "when", "reason or note"], trail(p).map { [$0.step, $0.by, DisplayTime.minute($0.at), $0.note ?? ""] })
        }
        body += "<h2>Audit entries</h2>\n"
        body += HTMLPage.table(["entry", "time", "by", "kind", "proposal", "hash", "signed", "verified"], input.entries.map { x in
            [String(x.sequence), DisplayTime.minute(x.time), x.actor, x.kind, x.subject.proposal.map { "P\($0)" } ?? "",
             ContentHash.hex(x.hash), x.signature == nil ? "no (system entry)" : "yes",
             entryVerified(x.sequence, input.verification) ? "yes" : "NO"]
        })
        return HTMLPage.document(title: "Evidence: \(input.subject)", body: body)
    }
}
