/// RFC 4180 records from UTF-8 bytes: fields separated by one delimiter byte, records by
/// CRLF, LF or CR; a quoted field may hold delimiters, line breaks and doubled quotes. A
/// quote inside an unquoted field is taken literally (spreadsheets write such files).
struct CSVReader {
    /// Where a field's bytes lie; quoted fields exclude their quotes.
    struct Field {
        var start: Int
        var end: Int
        /// Whether the field holds doubled quotes (`""`) to undouble.
        var escaped: Bool
    }

    let bytes: ByteView
    let delimiter: UInt8
    private(set) var pos: Int
    private var scratch: [UInt8] = []

    init(_ bytes: ByteView, delimiter: UInt8, at offset: Int) {
        self.bytes = bytes
        self.delimiter = delimiter
        pos = offset
    }

    /// Reads the next record's fields into `fields`; returns the record's first byte, or nil
    /// at the end of the file.
    mutating func nextRecord(into fields: inout [Field]) throws -> Int? {
        fields.removeAll(keepingCapacity: true)
        guard pos < bytes.count else { return nil }
        let recordStart = pos
        let n = bytes.count
        while true {
            if pos < n, bytes[pos] == UInt8(ascii: "\"") {
                let open = pos
                pos += 1
                let start = pos
                var escaped = false
                while true {
                    guard pos < n else {
                        throw ReadFailure("the file ends inside a quoted field that starts here: a closing `\"` is missing", at: open)
                    }
                    if bytes[pos] == UInt8(ascii: "\"") {
                        if pos + 1 < n, bytes[pos + 1] == UInt8(ascii: "\"") {
                            escaped = true
                            pos += 2
                            continue
                        }
                        break
                    }
                    pos += 1
                }
                fields.append(Field(start: start, end: pos, escaped: escaped))
                pos += 1
                if pos < n, !isEnd(bytes[pos]) {
                    throw ReadFailure("expected a delimiter (\(Self.name(of: delimiter))) or the end of the line after a closing quote, found \(describeByte(bytes[pos]))", at: pos)
                }
            } else {
                let start = pos
                while pos < n, !isEnd(bytes[pos]) { pos += 1 }
                fields.append(Field(start: start, end: pos, escaped: false))
            }
            guard pos < n else { return recordStart }
            let b = bytes[pos]
            pos += 1
            if b == delimiter { continue }
            if b == 0x0D, pos < n, bytes[pos] == 0x0A { pos += 1 }
            return recordStart
        }
    }

    @inline(__always) private func isEnd(_ b: UInt8) -> Bool {
        b == delimiter || b == 0x0A || b == 0x0D
    }

    /// A field's text, doubled quotes undoubled.
    mutating func string(_ field: Field) -> String {
        guard field.escaped else { return bytes.string(field.start, field.end) }
        scratch.removeAll(keepingCapacity: true)
        var i = field.start
        while i < field.end {
            scratch.append(bytes[i])
            i += bytes[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// The delimiter of a file: whichever of comma, semicolon and tab occurs most in its first
    /// record outside quotes (comma when none does).
    static func detectDelimiter(_ bytes: ByteView, from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var inQuotes = false
        var i = start
        while i < bytes.count, i - start < 65_536 {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                if b == 0x0A || b == 0x0D { break }
                if counts[b] != nil { counts[b]! += 1 }
            }
            i += 1
        }
        let order: [UInt8] = [UInt8(ascii: ","), 0x09, UInt8(ascii: ";")]
        return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }!
    }

    static func name(of delimiter: UInt8) -> String {
        switch delimiter {
        case 0x09: "a tab"
        case UInt8(ascii: ";"): "`;`"
        default: "`,`"
        }
    }
}
