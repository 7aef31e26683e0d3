/// A reader's complaint before it knows the file's name: where in the bytes, in which record,
/// and what was expected. `Importers.read` turns it into an `ImportError`.
struct ReadFailure: Error {
    /// Byte offset of the problem, when there is one place to point at.
    var offset: Int?
    /// "data[6].created_time", "row 4, column created_at", ...
    var record: String?
    var message: String

    init(_ message: String, at offset: Int?, record: String? = nil) {
        self.offset = offset
        self.record = record
        self.message = message
    }

    func importError(fileName: String, in bytes: ByteView) -> ImportError {
        guard let offset else {
            return ImportError(fileName: fileName, line: nil, column: nil, byteOffset: nil, record: record, message: message)
        }
        let (line, column) = bytes.lineAndColumn(of: offset)
        return ImportError(fileName: fileName, line: line, column: column, byteOffset: offset, record: record, message: message)
    }
}

/// How a value from a file is shown inside an error message or a warning: quoted, at most
/// 60 characters, control and bidirectional-override characters escaped, secrets redacted.
/// Comment text is hostile input and must not steer the user's terminal.
func quoted(_ value: String, limit: Int = 60) -> String {
    var out = "\""
    var n = 0
    for scalar in URLRedaction.redactSecrets(in: value).unicodeScalars {
        if n == limit { out += "…"; break }
        n += 1
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            let v = scalar.value
            let unsafe = v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0x200B && v <= 0x200F)
                || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) || v == 0xFEFF
            out += unsafe ? "\\u{\(String(v, radix: 16, uppercase: true))}" : String(scalar)
        }
    }
    return out + "\""
}

/// A name from a file (an element, a column) as it appears inside a message: unquoted,
/// but escaped and shortened like `quoted`.
func escapedName(_ name: String) -> String {
    String(quoted(name, limit: 40).dropFirst().dropLast())
}

/// How one byte is named in a message: `<` or 0x00.
func describeByte(_ b: UInt8) -> String {
    (b >= 0x21 && b < 0x7F) ? "`\(Character(Unicode.Scalar(b)))`" : "byte 0x\(String(b, radix: 16, uppercase: true).leftPadded(to: 2))"
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
