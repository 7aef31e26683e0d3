/// Turns the HTML that some exports hold (YouTube `textDisplay`, WordPress `content.rendered`)
/// into the plain text a person would read, and decodes character references (X's `&amp;`).
///
/// Line breaks (`<br>`, paragraphs, list items) become newlines; a link becomes its label,
/// followed by its target in parentheses when the label does not already show it (spam hides
/// where a link goes); scripts, styles and comments vanish; a `<` that does not start a tag
/// stays as it is ("I <3 this").
enum HTMLText {
    /// Plain text from HTML. With `collapsingWhitespace` (HTML's own rule) runs of spaces and
    /// newlines in the source become one space; WordPress's `content.raw` keeps its newlines.
    static func plainText(fromHTML html: String, collapsingWhitespace: Bool = true) -> String {
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            return collapsingWhitespace ? collapse(html) : html
        }
        var out = TextBuilder(collapsing: collapsingWhitespace)
        let s = Array(html.unicodeScalars)
        var i = 0
        var link: (href: String, labelStart: Int)?
        while i < s.count {
            let c = s[i]
            if c == "<", let tag = Tag.parse(s, at: i) {
                i = tag.end
                switch tag.name {
                case "br": out.lineBreak()
                case "p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "table":
                    out.paragraphBreak()
                case "li", "tr": if !tag.closing { out.ensureLineBreak() }
                case "script", "style":
                    if !tag.closing { i = endOfElement(tag.name, in: s, from: i) }
                case "a":
                    if tag.closing, let open = link {
                        out.appendLinkTarget(open.href, labelFrom: open.labelStart)
                        link = nil
                    } else if !tag.closing, let href = tag.attributes["href"] {
                        link = (URLRedaction.redact(href), out.scalars.count)
                    }
                case "img":
                    if let alt = tag.attributes["alt"], !alt.isEmpty { out.append(text: alt) }
                default: break
                }
                continue
            }
            if c == "<", i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                i = endOfComment(in: s, from: i + 4)
                continue
            }
            if c == "&", let (scalars, next) = CharacterReference.decode(s, at: i) {
                for r in scalars { out.append(r, fromSource: false) }
                i = next
                continue
            }
            out.append(c, fromSource: true)
            i += 1
        }
        return out.finish()
    }

    /// Character references decoded, tags left alone (X's `text`: `&amp;`, `&lt;`, `&gt;`).
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let (scalars, next) = CharacterReference.decode(s, at: i) {
                out.append(contentsOf: scalars)
                i = next
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    private static func collapse(_ text: String) -> String {
        var out = TextBuilder(collapsing: true)
        for c in text.unicodeScalars { out.append(c, fromSource: true) }
        return out.finish()
    }

    private static func endOfComment(in s: [Unicode.Scalar], from: Int) -> Int {
        var i = from
        while i + 2 < s.count {
            if s[i] == "-", s[i + 1] == "-", s[i + 2] == ">" { return i + 3 }
            i += 1
        }
        return s.count
    }

    /// Past `</name>`, or the end.
    private static func endOfElement(_ name: String, in s: [Unicode.Scalar], from: Int) -> Int {
        var i = from
        while i < s.count {
            if s[i] == "<", let tag = Tag.parse(s, at: i), tag.closing, tag.name == name { return tag.end }
            i += 1
        }
        return s.count
    }
}

/// Plain text being built: white space folded as HTML does, breaks merged, ends trimmed.
private struct TextBuilder {
    var scalars: [Unicode.Scalar] = []
    let collapsing: Bool
    private var pendingSpace = false
    private var pendingBreaks = 0

    init(collapsing: Bool) { self.collapsing = collapsing }

    mutating func append(_ c: Unicode.Scalar, fromSource: Bool) {
        if collapsing, fromSource, c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" {
            pendingSpace = true
            return
        }
        flush()
        scalars.append(c)
    }

    mutating func append(text: String) {
        for c in text.unicodeScalars { append(c, fromSource: true) }
    }

    mutating func lineBreak() {
        pendingSpace = false
        pendingBreaks = min(pendingBreaks + 1, 2)
    }

    /// A line break unless one is already pending (list items, table rows).
    mutating func ensureLineBreak() {
        pendingSpace = false
        if !scalars.isEmpty { pendingBreaks = max(pendingBreaks, 1) }
    }

    mutating func paragraphBreak() {
        pendingSpace = false
        if !scalars.isEmpty { pendingBreaks = 2 }
    }

    mutating func appendLinkTarget(_ href: String, labelFrom start: Int) {
        let label = String(String.UnicodeScalarView(scalars[min(start, scalars.count)...]))
        guard LinkTarget.worthShowing(href, label: label) else { return }
        append(text: " (\(href))")
    }

    private mutating func flush() {
        if pendingBreaks > 0 {
            if !scalars.isEmpty {
                while scalars.last == " " { scalars.removeLast() }
                for _ in 0..<pendingBreaks { scalars.append("\n") }
            }
            pendingBreaks = 0
            pendingSpace = false
        } else if pendingSpace {
            if let last = scalars.last, last != "\n" { scalars.append(" ") }
            pendingSpace = false
        }
    }

    func finish() -> String {
        var end = scalars.count
        while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\n" { end -= 1 }
        return String(String.UnicodeScalarView(scalars[..<end]))
    }
}

/// Whether a link's target adds anything to what its label says.
private enum LinkTarget {
    static func worthShowing(_ href: String, label: String) -> Bool {
        let lower = href.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let shown = label.trimmingWhitespace()
        if shown.isEmpty { return true }
        // YouTube's own links: timestamps ("1:05"), hashtags and @mentions.
        if shown.hasPrefix("#") || shown.hasPrefix("@") { return false }
        if shown.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == ":" }), shown.contains(":") { return false }
        let target = normalised(href)
        var labelURL = normalised(shown)
        if labelURL.hasSuffix("…") { labelURL.removeLast() } else if labelURL.hasSuffix("...") { labelURL.removeLast(3) }
        return !(target == labelURL || (!labelURL.isEmpty && target.hasPrefix(labelURL)))
    }

    private static func normalised(_ url: String) -> String {
        var u = Substring(url.lowercased())
        for prefix in ["https://", "http://"] where u.hasPrefix(prefix) { u = u.dropFirst(prefix.count) }
        if u.hasPrefix("www.") { u = u.dropFirst(4) }
        while u.hasSuffix("/") { u = u.dropLast() }
        return String(u)
    }
}

/// One tag: name (lower case), whether it closes, its attributes, where it ends.
private struct Tag {
    var name: String
    var closing: Bool
    var attributes: [String: String]
    var end: Int

    /// A tag at `i` (`<`), or nil when `<` does not start one (then it is text).
    static func parse(_ s: [Unicode.Scalar], at start: Int) -> Tag? {
        var i = start + 1
        var closing = false
        if i < s.count, s[i] == "/" { closing = true; i += 1 }
        guard i < s.count, s[i].isASCIILetter else { return nil }
        var name = ""
        while i < s.count, s[i].isASCIILetter || ("0"..."9").contains(s[i]) {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        var attributes: [String: String] = [:]
        while i < s.count {
            let c = s[i]
            if c == ">" { return Tag(name: name.lowercased(), closing: closing, attributes: attributes, end: i + 1) }
            if c == " " || c == "\n" || c == "\t" || c == "\r" || c == "/" { i += 1; continue }
            var attr = ""
            while i < s.count, s[i] != "=", s[i] != ">", s[i] != " ", s[i] != "/", s[i] != "\n", s[i] != "\t" {
                attr.unicodeScalars.append(s[i])
                i += 1
            }
            guard !attr.isEmpty else { i += 1; continue }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                if i < s.count, s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    i += 1
                    let valueStart = i
                    while i < s.count, s[i] != quote { i += 1 }
                    guard i < s.count else { return nil }
                    value = String(String.UnicodeScalarView(s[valueStart..<i]))
                    i += 1
                } else {
                    while i < s.count, s[i] != ">", s[i] != " " { value.unicodeScalars.append(s[i]); i += 1 }
                }
            }
            attributes[attr.lowercased()] = HTMLText.decodeEntities(value)
        }
        return nil
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let whole = String(self)
        let scalars = whole.unicodeScalars
        if let head = scalars.first, let tail = scalars.last, !head.properties.isWhitespace, !tail.properties.isWhitespace {
            return whole
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
