import Foundation

/// A file's bytes, borrowed for the length of one read; never empty.
///
/// The readers index it directly (no bounds checks beyond their own `pos < count`), which is
/// what lets them stream a 250 MB export at hundreds of MB/s without copying it.
struct ByteView {
    let base: UnsafePointer<UInt8>
    let count: Int

    init?(_ raw: UnsafeRawBufferPointer) {
        guard let start = raw.baseAddress, raw.count > 0 else { return nil }
        base = start.assumingMemoryBound(to: UInt8.self)
        count = raw.count
    }

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Unchecked in release builds; debug builds (the tests, the fuzz test) assert every
    /// index, so a reader that strays past the end fails a test instead of reading garbage.
    @inline(__always) subscript(i: Int) -> UInt8 {
        assert(i >= 0 && i < count, "byte \(i) of \(count)")
        return base[i]
    }

    /// The bytes `range` as a string; the caller knows they are valid UTF-8 (the whole file is
    /// checked before any reader runs).
    @inline(__always) func string(_ start: Int, _ end: Int) -> String {
        assert(start >= 0 && start <= end && end <= count, "bytes \(start)..<\(end) of \(count)")
        return String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
    }

    /// Whether the bytes at `offset` are exactly `literal`.
    @inline(__always) func matches(_ literal: StaticString, at offset: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        return offset >= 0 && offset + n <= count && memcmp(base + offset, literal.utf8Start, n) == 0
    }

    /// Whether the bytes at `offset` are `literal`, ignoring ASCII case.
    func matchesIgnoringCase(_ literal: StaticString, at offset: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard offset >= 0, offset + n <= count else { return false }
        let lit = literal.utf8Start
        for i in 0..<n where asciiLower(base[offset + i]) != asciiLower(lit[i]) { return false }
        return true
    }

    /// The offset of the first byte at or after `from` that is not ASCII white space.
    func skippingWhitespace(from: Int) -> Int {
        var i = from
        while i < count, isASCIIWhitespace(base[i]) { i += 1 }
        return i
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset. Slow (reads from
    /// the start): for error messages only. `\r\n`, `\n` and a lone `\r` each end a line.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let end = min(max(offset, 0), count)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < end {
            let b = base[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= count || base[i + 1] != 0x0A)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        i = lineStart
        while i < end {
            if base[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        // A position inside a multi-byte character points at that character.
        if end < count, end > lineStart, base[end] & 0xC0 == 0x80 { column -= 1 }
        return (line, column)
    }
}

@inline(__always) func isASCIIWhitespace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
}

@inline(__always) func asciiLower(_ b: UInt8) -> UInt8 {
    (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
}
