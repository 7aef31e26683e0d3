import VigilEngine

/// Untrusted text (comment text, author names, error messages quoting a file) made safe to
/// print on a terminal and measured in columns, for the command line's tables. The cleaning
/// is the console's (`SafeText`, `DisplayWidth` in VigilEngine), so both show the same text.
enum TextSafety {
    /// One line: line breaks become `⏎`, tabs a space, controls visible symbols.
    static func oneLine(_ text: String) -> String { SafeText.line(text) }

    /// Several lines: line breaks kept (callers indent them), everything else as `oneLine`.
    static func lines(_ text: String) -> [String] {
        SafeText.block(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Columns a string takes once cleaned for one line.
    static func width(_ text: String) -> Int { DisplayWidth.of(text) }

    /// At most `columns` wide, ending in `…` when cut.
    static func truncate(_ text: String, to columns: Int) -> String {
        let clean = SafeText.line(text)
        guard DisplayWidth.ofClean(clean) > columns else { return clean }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in clean.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if used + w > columns - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }

    /// Padded with spaces to `columns` (after truncating to it).
    static func pad(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - DisplayWidth.ofClean(cut)))
    }
}

/// Hides secrets that may sit in URLs (paging links carry `access_token=`) before anything
/// reaches the screen, even if an importer let one through.
enum SecretRedaction {
    static func redact(_ text: String) -> String { URLRedaction.redactSecrets(in: text) }
}

/// What a person sees for untrusted text on one line: secrets hidden, controls made visible.
func safe(_ text: String) -> String { TextSafety.oneLine(SecretRedaction.redact(text)) }
