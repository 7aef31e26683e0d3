import Crypto
import Foundation

/// SHA-256 as Vigil uses it for texts and files: over the UTF-8 bytes, shown as lower-case hex.
///
/// A comment's text hash is what the store compares to tell an edit from a re-import and what
/// decisions and retention keep once a text is purged, so every part of Vigil must hash the
/// same way: through here.
public enum ContentHash {
    public static func sha256(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { Array(SHA256.hash(data: UnsafeRawBufferPointer($0))) }
    }

    public static func sha256(_ data: Data) -> [UInt8] { Array(SHA256.hash(data: data)) }

    public static func hex(_ digest: some Sequence<UInt8>) -> String {
        var out = ""
        out.reserveCapacity(64)
        for byte in digest {
            out += String(byte >> 4, radix: 16)
            out += String(byte & 0xF, radix: 16)
        }
        return out
    }
}
