/// A pull reader for the XML that WordPress writes (WXR): elements, attributes, text, CDATA,
/// comments, processing instructions, namespaces. A DOCTYPE is skipped and its entities are
/// never expanded (no billion-laughs), so only XML's five named references and numeric ones
/// are known. Tags must nest and close; the first break in that is an error with its place.
/// Bytes must already be valid UTF-8.
struct XMLReader {
    /// An element's name, with the namespace its prefix is bound to.
    struct Name {
        var qualified: String
        var local: String
        var namespace: String?
    }

    enum Event {
        case start(Name, offset: Int)
        case end(Name, offset: Int)
        case text(String)
    }

    private let bytes: ByteView
    private var pos: Int
    private var open: [(name: Name, offset: Int, bindings: Int)] = []
    private var bindings: [(prefix: String, uri: String)] = []
    private var pendingEnd: Name?
    private var scratch: [UInt8] = []
    private var sawRoot = false

    init(_ bytes: ByteView, at offset: Int = 0) {
        self.bytes = bytes
        pos = offset
    }

    /// How deep the reader is in elements (the open element count).
    var depth: Int { open.count }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            let element = open.removeLast()
            bindings.removeLast(bindings.count - element.bindings)
            return .end(name, offset: pos)
        }
        while true {
            guard pos < bytes.count else {
                if let innermost = open.last {
                    let (line, _) = bytes.lineAndColumn(of: innermost.offset)
                    throw ReadFailure("the file ends inside <\(escapedName(innermost.name.qualified))> (opened on line \(line)): the export looks truncated", at: bytes.count)
                }
                guard sawRoot else { throw ReadFailure("expected an XML element, found none", at: bytes.count) }
                return nil
            }
            if bytes[pos] != UInt8(ascii: "<") {
                let text = try readText()
                if open.isEmpty {
                    if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) { continue }
                    throw ReadFailure("expected only white space outside the document's root element, found text", at: pos)
                }
                return .text(text)
            }
            if bytes.matches("<!--", at: pos) {
                pos = try skip(past: "-->", from: pos + 4, what: "a comment <!--")
            } else if bytes.matches("<![CDATA[", at: pos) {
                let start = pos + 9
                let end = try skip(past: "]]>", from: start, what: "a CDATA section")
                pos = end
                return .text(bytes.string(start, end - 3))
            } else if bytes.matches("<?", at: pos) {
                pos = try skip(past: "?>", from: pos + 2, what: "a processing instruction <?")
            } else if bytes.matches("<!", at: pos) {
                try skipDeclaration()
            } else if pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "/") {
                return try readEndTag()
            } else {
                return try readStartTag()
            }
        }
    }

    // MARK: Tags

    private mutating func readStartTag() throws -> Event {
        let offset = pos
        pos += 1
        let qualified = try readName(what: "an element name after `<`")
        var declared: [(String, String)] = []
        var selfClosing = false
        while true {
            skipSpace()
            guard pos < bytes.count else { throw truncated(inside: "the tag <\(escapedName(qualified))", at: offset) }
            let b = bytes[pos]
            if b == UInt8(ascii: ">") { pos += 1; break }
            if b == UInt8(ascii: "/") {
                guard pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: ">") else {
                    throw ReadFailure("expected `/>` to end the tag <\(escapedName(qualified))>", at: pos)
                }
                pos += 2
                selfClosing = true
                break
            }
            let attribute = try readName(what: "an attribute name or `>` in <\(escapedName(qualified))>")
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "=") else {
                throw ReadFailure("expected `=` after the attribute \(escapedName(attribute)) in <\(escapedName(qualified))>", at: pos)
            }
            pos += 1
            skipSpace()
            let value = try readAttributeValue(of: attribute)
            if attribute == "xmlns" { declared.append(("", value)) } else if attribute.hasPrefix("xmlns:") { declared.append((String(attribute.dropFirst(6)), value)) }
        }
        if open.isEmpty, sawRoot { throw ReadFailure("expected one root element, found a second: <\(escapedName(qualified))>", at: offset) }
        sawRoot = true
        let before = bindings.count
        for (prefix, uri) in declared { bindings.append((prefix, uri)) }
        let name = resolve(qualified)
        open.append((name, offset, before))
        if selfClosing { pendingEnd = name }
        return .start(name, offset: offset)
    }

    private mutating func readEndTag() throws -> Event {
        let offset = pos
        pos += 2
        let qualified = try readName(what: "an element name after `</`")
        skipSpace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: ">") else {
            if pos >= bytes.count { throw truncated(inside: "the tag </\(escapedName(qualified))", at: offset) }
            throw ReadFailure("expected `>` to end the tag </\(escapedName(qualified))>", at: pos)
        }
        pos += 1
        guard let innermost = open.last else {
            throw ReadFailure("found </\(escapedName(qualified))> with no element open", at: offset)
        }
        guard innermost.name.qualified == qualified else {
            let (line, _) = bytes.lineAndColumn(of: innermost.offset)
            throw ReadFailure("expected </\(escapedName(innermost.name.qualified))> to close the element opened on line \(line), found </\(escapedName(qualified))>", at: offset)
        }
        open.removeLast()
        bindings.removeLast(bindings.count - innermost.bindings)
        return .end(innermost.name, offset: offset)
    }

    private func resolve(_ qualified: String) -> Name {
        let prefix: String
        let local: String
        if let colon = qualified.firstIndex(of: ":") {
            prefix = String(qualified[..<colon])
            local = String(qualified[qualified.index(after: colon)...])
        } else {
            prefix = ""
            local = qualified
        }
        let uri = bindings.last(where: { $0.prefix == prefix })?.uri
        return Name(qualified: qualified, local: local, namespace: uri)
    }

    private mutating func readName(what: String) throws -> String {
        let start = pos
        while pos < bytes.count {
            let b = bytes[pos]
            if isASCIIWhitespace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")
                || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { break }
            pos += 1
        }
        guard pos > start else {
            if pos >= bytes.count { throw ReadFailure("the file ends inside a tag: the export looks truncated", at: bytes.count) }
            throw ReadFailure("expected \(what), found \(describeByte(bytes[pos]))", at: pos)
        }
        return bytes.string(start, pos)
    }

    private mutating func readAttributeValue(of attribute: String) throws -> String {
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") || bytes[pos] == UInt8(ascii: "'") else {
            throw ReadFailure("expected a quoted value for the attribute \(escapedName(attribute))", at: pos)
        }
        let quote = bytes[pos]
        let open = pos
        pos += 1
        scratch.removeAll(keepingCapacity: true)
        while pos < bytes.count, bytes[pos] != quote {
            if bytes[pos] == UInt8(ascii: "<") { throw ReadFailure("expected the attribute \(escapedName(attribute))'s value to end, found `<`", at: pos) }
            if bytes[pos] == UInt8(ascii: "&") { try readReference(); continue }
            scratch.append(bytes[pos])
            pos += 1
        }
        guard pos < bytes.count else { throw truncated(inside: "the value of the attribute \(escapedName(attribute))", at: open) }
        pos += 1
        return String(decoding: scratch, as: UTF8.self)
    }

    // MARK: Text

    private mutating func readText() throws -> String {
        scratch.removeAll(keepingCapacity: true)
        while pos < bytes.count, bytes[pos] != UInt8(ascii: "<") {
            if bytes[pos] == UInt8(ascii: "&") { try readReference(); continue }
            let start = pos
            while pos < bytes.count, bytes[pos] != UInt8(ascii: "<"), bytes[pos] != UInt8(ascii: "&") { pos += 1 }
            scratch.append(contentsOf: UnsafeBufferPointer(start: bytes.base + start, count: pos - start))
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// `&lt;`, `&#233;`, `&#xE9;` at `pos`, appended to `scratch`.
    private mutating func readReference() throws {
        let start = pos
        var end = pos + 1
        while end < bytes.count, end - start < 12, bytes[end] != UInt8(ascii: ";"), !isASCIIWhitespace(bytes[end]), bytes[end] != UInt8(ascii: "<") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else {
            throw ReadFailure("expected a reference such as &amp; or &#233; after `&` (a bare & must be written &amp;)", at: start)
        }
        let name = bytes.string(start + 1, end)
        let scalar: UInt32?
        switch name {
        case "lt": scalar = 0x3C
        case "gt": scalar = 0x3E
        case "amp": scalar = 0x26
        case "quot": scalar = 0x22
        case "apos": scalar = 0x27
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst(), radix: 10)
            } else {
                throw ReadFailure("expected one of XML's references (&lt; &gt; &amp; &quot; &apos; or a number), found &\(escapedName(name));", at: start)
            }
        }
        guard let value = scalar, value != 0, Unicode.Scalar(value) != nil else {
            throw ReadFailure("expected a character number, found &\(escapedName(name));", at: start)
        }
        appendUTF8(value, to: &scratch)
        pos = end + 1
    }

    // MARK: Skipping

    private mutating func skipSpace() {
        while pos < bytes.count, isASCIIWhitespace(bytes[pos]) { pos += 1 }
    }

    /// The offset just past `terminator`, searching from `from`.
    private func skip(past terminator: StaticString, from: Int, what: String) throws -> Int {
        guard let found = FormatDetection.find(terminator, in: bytes, from: from, to: bytes.count) else {
            throw truncated(inside: what, at: pos)
        }
        return found + terminator.utf8CodeUnitCount
    }

    /// `<!DOCTYPE …>` with an internal subset in brackets, or another `<!…>` declaration.
    private mutating func skipDeclaration() throws {
        let start = pos
        var depth = 0
        var quote: UInt8?
        pos += 2
        while pos < bytes.count {
            let b = bytes[pos]
            pos += 1
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "]") {
                depth -= 1
            } else if b == UInt8(ascii: ">"), depth <= 0 {
                return
            }
        }
        throw truncated(inside: "a declaration <!", at: start)
    }

    private func truncated(inside what: String, at offset: Int) -> ReadFailure {
        ReadFailure("the file ends inside \(what) that starts here: the export looks truncated", at: offset)
    }
}
