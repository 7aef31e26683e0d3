/// Makes untrusted text (comment text, author names, error messages quoting a file) safe to
/// print to a terminal, and measures it in columns.
///
/// A small cleaner for the command line; the console's fuller one lives in VigilConsole (the
/// lead merges the two). Control characters and DEL become visible symbols (so an escape
/// sequence shows as `␛[2J` instead of clearing the screen), C1 controls and bidi overrides a
/// replacement mark, zero-width joiners, variation selectors, tag characters and skin-tone
/// modifiers are dropped, and combining marks are capped at two per character.
enum TextSafety {
    /// One line: newlines become `⏎`, tabs a space.
    static func oneLine(_ text: String) -> String { clean(text, keepNewlines: false) }

    /// Several lines: newlines kept (callers indent them), everything else as `oneLine`.
    static func lines(_ text: String) -> [String] {
        clean(text, keepNewlines: true).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func clean(_ text: String, keepNewlines: Bool) -> String {
        var out = String.UnicodeScalarView()
        var marks = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            defer { previousWasCR = v == 0x0D }
            if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85 {
                if v == 0x0A && previousWasCR { continue }  // CRLF is one line break
                out.append(keepNewlines ? "\n" : "⏎")
                marks = 0
                continue
            }
            if v == 0x09 { out.append(" "); marks = 0; continue }
            if v < 0x20 { out.append(Unicode.Scalar(0x2400 + v)!); marks = 0; continue }  // ␀ … ␟
            if v == 0x7F { out.append("␡"); marks = 0; continue }
            if (0x80...0x9F).contains(v) || isBidiControl(v) { out.append("\u{FFFD}"); marks = 0; continue }
            if isDropped(v) { continue }
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
                marks += 1
                if marks > 2 { continue }
            } else {
                marks = 0
            }
            out.append(scalar)
        }
        return String(out)
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    private static func isDropped(_ v: UInt32) -> Bool {
        (0x200B...0x200D).contains(v) || v == 0x2060 || v == 0xFEFF || (0xFE00...0xFE0F).contains(v)
            || (0xE0100...0xE01EF).contains(v) || (0xE0000...0xE007F).contains(v) || (0x1F3FB...0x1F3FF).contains(v)
    }

    /// Columns a cleaned string takes in a terminal: wide (CJK, emoji) 2, combining marks 0.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// At most `columns` wide, ending in `…` when cut.
    static func truncate(_ text: String, to columns: Int) -> String {
        guard width(text) > columns else { return text }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let w = width(of: scalar)
            if used + w > columns - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }

    /// Padded with spaces to `columns` (after truncating to it).
    static func pad(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - width(cut)))
    }
}

/// Hides secrets that may sit in URLs (paging links carry `access_token=`) before anything
/// reaches the screen, even if an importer let one through.
enum SecretRedaction {
    static let parameters = ["access_token", "client_secret", "refresh_token", "appsecret_proof", "token", "key",
                             "api_key", "apikey", "signature", "sig", "code", "password"]

    static func redact(_ text: String) -> String {
        guard text.contains("=") else { return text }
        var result = ""
        var rest = Substring(text)
        while let eq = rest.firstIndex(of: "=") {
            // The parameter name runs back from '=' to a '?', '&', ';' or start of a word.
            var nameStart = eq
            while nameStart > rest.startIndex {
                let before = rest.index(before: nameStart)
                let c = rest[before]
                guard c.isLetter || c.isNumber || c == "_" || c == "-" else { break }
                nameStart = before
            }
            let name = rest[nameStart..<eq].lowercased()
            let separator = nameStart > rest.startIndex ? rest[rest.index(before: nameStart)] : " "
            result += rest[..<rest.index(after: eq)]
            rest = rest[rest.index(after: eq)...]
            if parameters.contains(name), separator == "?" || separator == "&" || separator == ";" || name == "access_token" {
                let end = rest.firstIndex { $0 == "&" || $0 == "#" || $0 == "\"" || $0 == "'" || $0.isWhitespace } ?? rest.endIndex
                if end > rest.startIndex { result += "REDACTED" }
                rest = rest[end...]
            }
        }
        return result + rest
    }
}

/// What a person sees for untrusted text on one line: secrets hidden, controls made visible.
func safe(_ text: String) -> String { TextSafety.oneLine(SecretRedaction.redact(text)) }
