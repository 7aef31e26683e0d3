import Foundation
import VigilEngine

#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error as plain byte streams, buffered, plus what the terminal is.
final class StandardStream: @unchecked Sendable {
    static let standardOutput = StandardStream(fd: 1)
    static let standardError = StandardStream(fd: 2)

    let fd: Int32
    private var buffer: [UInt8] = []
    private let lock = NSLock()

    init(fd: Int32) { self.fd = fd }

    var isTerminal: Bool { isatty(fd) == 1 }

    /// Terminal width, else `$COLUMNS`, else `fallback`.
    func columns(fallback: Int = 100) -> Int {
        var size = winsize()
        if isTerminal, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let env = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(env), n > 20 { return n }
        return fallback
    }

    func write(_ text: String) {
        lock.lock()
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flushLocked() }
        lock.unlock()
    }

    /// How wide a line of a table may be: the terminal's width, else `$COLUMNS`, else no
    /// limit (output to a file or pipe is not cut).
    var lineWidth: Int {
        if isTerminal { return columns() }
        if let env = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(env), n > 20 { return n }
        return 100_000
    }

    func line(_ text: String = "") { write(text + "\n") }

    func write(bytes: [UInt8]) {
        lock.lock()
        if buffer.isEmpty && bytes.count >= 1 << 16 {
            writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 16 { flushLocked() }
        }
        lock.unlock()
    }

    func flush() {
        lock.lock()
        flushLocked()
        lock.unlock()
    }

    private func flushLocked() {
        guard !buffer.isEmpty else { return }
        writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe: nobody is reading any more
                }
                offset += n
            }
        }
    }
}

let standardOutput = StandardStream.standardOutput
let standardError = StandardStream.standardError

/// "1,234,567": counts for people.
func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + out
}

/// "1 comment", "2,000 comments".
func counted(_ n: Int, _ noun: String) -> String { grouped(n) + " " + noun + (n == 1 ? "" : "s") }

/// "2025-07-18 14:12 UTC".
func humanTime(_ date: Date?) -> String {
    guard let date else { return "time unknown" }
    return timeFormatter.string(from: date) + " UTC"
}

/// "2025-07-18T14:12:03Z": times for machines.
func isoTime(_ date: Date?) -> String? {
    date.map { isoFormatter.string(from: $0) }
}

/// "3 h", "2 d": how long ago, for tables.
func age(_ date: Date?, now: Date = Date()) -> String {
    guard let date else { return "?" }
    let s = Int(now.timeIntervalSince(date))
    if s < 0 { return "future" }
    if s < 3600 { return "\(max(1, s / 60)) min" }
    if s < 86_400 { return "\(s / 3600) h" }
    if s < 86_400 * 60 { return "\(s / 86_400) d" }
    if s < 86_400 * 730 { return "\(s / (86_400 * 30)) mo" }
    return "\(s / (86_400 * 365)) y"
}

private let timeFormatter: DateFormatter = {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_GB_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd HH:mm"
    return f
}()

nonisolated(unsafe) private let isoFormatter: ISO8601DateFormatter = {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    return f
}()

extension CommentKey {
    /// `platform:id`, the form `vigil show` accepts when an id is on two platforms.
    var reference: String { "\(platform.rawValue):\(id)" }
}
