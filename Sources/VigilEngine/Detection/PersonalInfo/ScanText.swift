/// A comment's UTF-8 bytes as the recognisers read them.
///
/// Every recogniser works on byte offsets of the original text; offsets become code points
/// only for what is found (`CodePointCounter`). Reading past either end yields 0, which is
/// no character class at all, so a recogniser can peek around a position without checking
/// bounds at every step.
struct ScanText {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    @inline(__always) subscript(i: Int) -> UInt8 {
        i >= 0 && i < bytes.count ? bytes[i] : 0
    }

    /// The number of bytes of a space at `i` (ASCII space, no-break space, thin and narrow
    /// no-break spaces), or 0 when there is none: copied text often spaces numbers this way.
    @inline(__always) func spaceLength(at i: Int) -> Int {
        let b = self[i]
        if b == 0x20 { return 1 }
        if b == 0xC2 && self[i + 1] == 0xA0 { return 2 }
        if b == 0xE2 && self[i + 1] == 0x80 {
            let c = self[i + 2]
            if c == 0xAF || (c >= 0x80 && c <= 0x8A) { return 3 }
        }
        return 0
    }

    /// Whether the bytes from `i` spell `word` (lower-case ASCII) in any case.
    func matchesFolded(_ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= count else { return false }
        let w = word.utf8Start
        for k in 0..<n where lowerASCII(bytes[i + k]) != w[k] { return false }
        return true
    }

    /// The end of the run of ASCII letters and digits starting at `i`.
    @inline(__always) func alnumEnd(from i: Int) -> Int {
        var j = i
        while isAlnum(self[j]) { j += 1 }
        return j
    }

    /// The end of the word (letters, inner apostrophes and hyphens) starting at `i`; a byte
    /// of 0x80 or more counts as a letter so that "Siân" and "Zoë" stay one word.
    func wordEnd(from i: Int) -> Int {
        var j = i
        while true {
            let b = self[j]
            if isLetterByte(b) {
                j += 1
            } else if (b == 0x27 || b == 0x2D) && isLetterByte(self[j + 1]) && j > i {
                j += 1
            } else {
                return j
            }
        }
    }
}

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
@inline(__always) func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
@inline(__always) func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
@inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
@inline(__always) func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
/// ASCII letters and any byte of a multi-byte character (letters of other scripts).
@inline(__always) func isLetterByte(_ b: UInt8) -> Bool { isLetter(b) || b >= 0x80 }
@inline(__always) func lowerASCII(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
@inline(__always) func upperASCII(_ b: UInt8) -> UInt8 { isLower(b) ? b & 0xDF : b }

/// Turns byte offsets into code-point offsets, counting forward from the last answer, so a
/// sorted list of offsets costs one pass over the text at most.
struct CodePointCounter {
    private var byte = 0
    private var scalars = 0

    /// The code-point offset of byte offset `b`; `b` must not be less than the last one asked.
    mutating func offset(ofByte b: Int, in t: ScanText) -> Int {
        var i = byte
        var s = scalars
        while i < b {
            // Continuation bytes (10xxxxxx) do not start a code point.
            if t.bytes[i] & 0xC0 != 0x80 { s += 1 }
            i += 1
        }
        byte = b
        scalars = s
        return s
    }

    /// Code points in bytes `a..<b` without moving the counter.
    static func count(from a: Int, to b: Int, in t: ScanText) -> Int {
        var s = 0
        for i in a..<b where t.bytes[i] & 0xC0 != 0x80 { s += 1 }
        return s
    }
}
