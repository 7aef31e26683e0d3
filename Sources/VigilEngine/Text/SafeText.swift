/// Makes untrusted text (comment text, author names, file names) safe to put on a terminal.
///
/// ncurses does not do this: it moves the cursor on `\r`, `\b`, `\t` and `\n`, passes escape
/// sequences and bidi overrides through, so a comment could retitle the window, clear the
/// screen or draw over its own row (TERMINAL.md, pitfall 1). Everything the console draws goes
/// through here, and the command line uses it for comment text too. The result contains only
/// printable scalars (and `\n` in multi-line text), so it is safe whatever the terminal.
///
/// - C0 controls become their Control Pictures (ESC is `␛`, so an escape sequence shows as
///   text and does nothing); DEL becomes `␡`; C1 controls (U+0080–U+009F) become `␦`.
/// - Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) become `⇄`.
/// - Tab becomes a space; a line break (`\n`, `\r\n`, `\r`, U+2028, U+2029) becomes `⏎` in one
///   line, or stays a line break (`\n`) in a block.
/// - Zero-width joiners, other format characters, variation selectors, skin-tone modifiers and
///   tag characters are dropped; at most two combining marks follow a character, and a mark
///   with nothing before it gets a dotted circle `◌` to sit on.
/// - Unassigned scalars and noncharacters become `�`.
public enum SafeText {
    /// Combining marks kept after one character ("Zalgo" text stacks dozens).
    public static let maxCombiningMarks = 2

    public static let escapeMark: Unicode.Scalar = "\u{241B}"
    public static let c1Mark: Unicode.Scalar = "\u{2426}"
    public static let bidiMark: Unicode.Scalar = "\u{21C4}"
    public static let newlineMark: Unicode.Scalar = "\u{23CE}"
    public static let replacementMark: Unicode.Scalar = "\u{FFFD}"
    public static let dottedCircle: Unicode.Scalar = "\u{25CC}"

    /// The text made safe for one line: line breaks become `⏎`.
    public static func line(_ text: some StringProtocol) -> String {
        if isPlainASCII(text) { return String(text) }
        return clean(String(text), oneLine: true)
    }

    /// The text made safe as a block: line breaks are kept as `\n` (and only `\n`).
    public static func block(_ text: some StringProtocol) -> String {
        clean(String(text), oneLine: false)
    }

    /// Cleans and returns each output scalar with the offset (in scalars) of the original
    /// scalar it stands for, so flagged spans of the original can be highlighted.
    public static func scalarsWithOrigins(_ text: String, oneLine: Bool) -> [(scalar: Unicode.Scalar, origin: Int)] {
        var out: [(scalar: Unicode.Scalar, origin: Int)] = []
        out.reserveCapacity(text.unicodeScalars.count)
        walk(text, oneLine: oneLine) { out.append(($0, $1)) }
        return out
    }

    public static func clean(_ text: String, oneLine: Bool) -> String {
        var view = String.UnicodeScalarView()
        walk(text, oneLine: oneLine) { s, _ in view.append(s) }
        return String(view)
    }

    private static func isPlainASCII(_ text: some StringProtocol) -> Bool {
        for b in text.utf8 where b < 0x20 || b >= 0x7F { return false }
        return true
    }

    /// What one scalar becomes.
    private enum Fate {
        case keep
        case replace(Unicode.Scalar)
        case drop
        case lineBreak
        case combining
    }

    private static func fate(_ s: Unicode.Scalar) -> Fate {
        let v = s.value
        switch v {
        case 0x20..<0x7F: return .keep
        case 0x09: return .replace(" ")
        case 0x0A, 0x0D, 0x2028, 0x2029: return .lineBreak
        case 0x00..<0x20: return .replace(Unicode.Scalar(0x2400 + v)!)
        case 0x7F: return .replace("\u{2421}")
        case 0x80..<0xA0: return .replace(c1Mark)
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return .replace(bidiMark)
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x180B...0x180F: return .drop
        case 0x1F3FB...0x1F3FF: return .drop
        case 0xE0000...0xE007F: return .drop
        case 0x034F: return .drop
        default: break
        }
        let props = s.properties
        if props.isNoncharacterCodePoint { return .replace(replacementMark) }
        switch props.generalCategory {
        case .format: return .drop
        case .unassigned, .surrogate: return .replace(replacementMark)
        case .control: return .replace(c1Mark)
        case .nonspacingMark, .enclosingMark: return .combining
        default: return .keep
        }
    }

    private static func walk(_ text: String, oneLine: Bool, emit: (Unicode.Scalar, Int) -> Void) {
        var marks = 0
        var atLineStart = true
        var previousWasCR = false
        var index = 0
        for s in text.unicodeScalars {
            defer { index += 1 }
            let f = fate(s)
            if case .lineBreak = f {
                // "\r\n" is one line break.
                if s == "\n" && previousWasCR {
                    previousWasCR = false
                    continue
                }
                previousWasCR = s == "\r"
                if oneLine {
                    emit(newlineMark, index)
                    atLineStart = false
                } else {
                    emit("\n", index)
                    atLineStart = true
                }
                marks = 0
                continue
            }
            previousWasCR = false
            switch f {
            case .keep:
                emit(s, index)
                marks = 0
                atLineStart = false
            case .replace(let r):
                emit(r, index)
                marks = 0
                atLineStart = false
            case .drop, .lineBreak:
                continue
            case .combining:
                if atLineStart {
                    emit(dottedCircle, index)
                    atLineStart = false
                    marks = 0
                }
                if marks < maxCombiningMarks {
                    emit(s, index)
                }
                marks += 1
            }
        }
    }
}
