extension SafeText {
    /// Untrusted text (a typed name, a platform id) made safe to quote inside a one-line
    /// message: control characters, bidi controls and invisible format characters become
    /// visible `\u{…}` escapes (an exact record of what was there, unlike `line`'s symbols),
    /// and text past `limit` scalars is cut with "…".
    public static func oneLine(_ text: String, limit: Int) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                out += "…"
                break
            }
            if needsEscape(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }

    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }
}
