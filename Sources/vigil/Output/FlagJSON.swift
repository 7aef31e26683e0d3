import VigilEngine

/// The JSON shapes other tools rely on (DESIGN.md): a flag, and a comment's scan/queue line.
extension JSONOutput {
    /// `{"category", "kind", "rule", "severity", "action", "spans": [{"start", "end"}], "explanation"}`
    mutating func flag(_ f: Flag) {
        raw("{")
        key("category"); string(f.category.rawValue); comma()
        key("kind"); string(f.kind); comma()
        key("rule"); string(f.rule); comma()
        key("severity"); string(f.severity.rawValue); comma()
        key("action"); string(f.action.rawValue); comma()
        key("spans"); raw("[")
        for (i, span) in f.spans.enumerated() {
            if i > 0 { comma() }
            raw("{"); key("start"); int(span.start); comma(); key("end"); int(span.end); raw("}")
        }
        raw("]"); comma()
        key("explanation"); string(SecretRedaction.redact(f.explanation))
        raw("}")
    }

    mutating func flags(_ flags: [Flag]) {
        raw("[")
        for (i, f) in flags.enumerated() {
            if i > 0 { comma() }
            flag(f)
        }
        raw("]")
    }

    /// The members every comment line has: `"id", "platform", "author", "flags"`. The caller
    /// opens the object, may add members after a `comma()`, and closes it.
    mutating func commentMembers(id: String, platform: Platform, author: String?, flags: [Flag]) {
        key("id"); string(id); comma()
        key("platform"); string(platform.rawValue); comma()
        key("author"); string(author); comma()
        key("flags"); self.flags(flags)
    }

    mutating func categories(_ categories: [Category]) {
        raw("[")
        for (i, c) in categories.enumerated() {
            if i > 0 { comma() }
            string(c.rawValue)
        }
        raw("]")
    }
}
