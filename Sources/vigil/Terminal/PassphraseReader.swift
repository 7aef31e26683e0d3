#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VigilEngine

/// Reads passphrases: from the terminal without echo, or one line from standard input
/// (`--passphrase-stdin`). There is deliberately no way to take one from the arguments or
/// the environment, where `ps` and `/proc` would show it to every user of the machine.
enum PassphraseReader {
    /// Where a command reads its passphrases from.
    enum Source: Sendable {
        /// The controlling terminal (`/dev/tty`), echo off.
        case terminal
        /// One line per passphrase from standard input.
        case standardInput
    }

    /// Why no passphrase was read; `description` is the message to print.
    enum Failure: Error, Equatable, CustomStringConvertible {
        case noTerminal
        case cancelled
        case endOfInput
        case notUTF8
        case tooLong
        case ioError(Int32)

        var description: String {
            switch self {
            case .noTerminal: "there is no terminal to ask for the passphrase on: pipe it in with --passphrase-stdin"
            case .cancelled: "cancelled: no passphrase was entered"
            case .endOfInput: "standard input ended before a passphrase: give one line per passphrase"
            case .notUTF8: "the passphrase is not valid UTF-8 text"
            case .tooLong: "the passphrase is longer than \(maximumBytes) bytes"
            case .ioError(let code): "could not read the passphrase: \(String(cString: strerror(code)))"
            }
        }
    }

    static let maximumBytes = 4_096

    /// Reads one passphrase, prompting with `prompt` when reading from the terminal.
    static func read(prompt: String, from source: Source) throws(Failure) -> Passphrase {
        switch source {
        case .standardInput:
            return try readLine(from: STDIN_FILENO)
        case .terminal:
            let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
            guard fd >= 0 else { throw .noTerminal }
            defer { close(fd) }
            return try readHidden(prompt: prompt, terminal: fd)
        }
    }

    /// One line from `fd`, read a byte at a time so that nothing after the newline is
    /// consumed (the next passphrase of `vigil init --passphrase-stdin` stays for the next
    /// call). A final line without a newline counts; a trailing CR is dropped.
    static func readLine(from fd: Int32) throws(Failure) -> Passphrase {
        var line: [UInt8] = []
        defer { wipe(&line) }
        var sawAnything = false
        while true {
            var byte: UInt8 = 0
            let n = readByte(fd, &byte)
            if n < 0 {
                if errno == EINTR { continue }
                throw .ioError(errno)
            }
            if n == 0 {
                guard sawAnything else { throw .endOfInput }
                break
            }
            sawAnything = true
            if byte == UInt8(ascii: "\n") { break }
            line.append(byte)
            if line.count > maximumBytes { throw .tooLong }
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        guard let passphrase = Passphrase(utf8: line) else { throw .notUTF8 }
        return passphrase
    }

    /// Prompts on `terminal` and reads a line with echo off, in non-canonical mode so that
    /// Ctrl-C and Ctrl-D arrive as keys and cancel cleanly. The terminal's settings are
    /// restored on every way out: return, throw, and SIGINT/SIGTERM/SIGHUP/SIGQUIT sent by
    /// another process (the handler restores, then lets the signal take its default course).
    static func readHidden(prompt: String, terminal fd: Int32) throws(Failure) -> Passphrase {
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { throw errno == ENOTTY ? .noTerminal : .ioError(errno) }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        TerminalRestore.arm(fd: fd, settings: saved)
        defer { TerminalRestore.disarm() }
        // Discard anything typed before the prompt: it was not meant as the passphrase.
        guard tcsetattr(fd, TCSAFLUSH, &raw) == 0 else { throw .ioError(errno) }
        write(prompt, to: fd)
        defer { write("\n", to: fd) }
        var line: [UInt8] = []
        defer { wipe(&line) }
        while true {
            var byte: UInt8 = 0
            let n = readByte(fd, &byte)
            if n < 0 {
                if errno == EINTR { continue }
                throw errno == EIO ? .endOfInput : .ioError(errno)
            }
            if n == 0 { throw .endOfInput }
            switch byte {
            case 0x0D, 0x0A:
                guard let passphrase = Passphrase(utf8: line) else { throw .notUTF8 }
                return passphrase
            case 0x03, 0x1C: // Ctrl-C, Ctrl-\ 
                throw .cancelled
            case 0x04: // Ctrl-D: cancels on an empty line, like a shell
                if line.isEmpty { throw .cancelled }
            case 0x7F, 0x08: // Backspace: drop one whole UTF-8 character
                while let last = line.popLast(), last & 0xC0 == 0x80 {}
            case 0x15: // Ctrl-U: start again
                wipe(&line)
            case 0x00..<0x20:
                break // other control keys (arrows arrive as ESC sequences) are not passphrase text
            default:
                line.append(byte)
                if line.count > maximumBytes { throw .tooLong }
            }
        }
    }

    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        _ = writeBytes(fd, &bytes)
    }

    /// Overwrites a buffer that held passphrase bytes before it is freed (best effort: Swift
    /// may have copied it, but the buffer we own does not linger).
    private static func wipe(_ bytes: inout [UInt8]) {
        for i in bytes.indices { bytes[i] = 0 }
        bytes.removeAll()
    }
}

// At file scope `read` and `write` are the system calls, not PassphraseReader's own names.
private func readByte(_ fd: Int32, _ byte: inout UInt8) -> Int { read(fd, &byte, 1) }
private func writeBytes(_ fd: Int32, _ bytes: inout [UInt8]) -> Int { write(fd, &bytes, bytes.count) }

/// The terminal settings to put back if a signal ends the process mid-read. Signal handlers
/// cannot capture context, so this is process-wide state, set only around one read at a time.
enum TerminalRestore {
    nonisolated(unsafe) private static var fd: Int32 = -1
    nonisolated(unsafe) private static var settings = termios()
    // Whole `sigaction` structs, not optional handler pointers: in debug builds Swift 6.3
    // mistakes an array element holding SIG_IGN (address 1) for the end of the array.
    nonisolated(unsafe) private static var previous: [(Int32, sigaction)] = []
    static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    static func arm(fd: Int32, settings: termios) {
        self.fd = fd
        self.settings = settings
        var action = sigaction()
        action.__sigaction_handler.sa_handler = restoreAndRedeliver
        sigemptyset(&action.sa_mask)
        previous = signals.map { sig in
            var old = sigaction()
            sigaction(sig, &action, &old)
            return (sig, old)
        }
    }

    static func disarm() {
        if fd >= 0 { _ = tcsetattr(fd, TCSAFLUSH, &settings) }
        for (sig, old) in previous {
            var old = old
            sigaction(sig, &old, nil)
        }
        previous = []
        fd = -1
    }

    /// Only async-signal-safe calls: tcsetattr, signal, raise.
    private static let restoreAndRedeliver: @convention(c) (Int32) -> Void = { sig in
        if TerminalRestore.fd >= 0 { _ = tcsetattr(TerminalRestore.fd, TCSANOW, &TerminalRestore.settings) }
        signal(sig, SIG_DFL)
        raise(sig)
    }
}
