import CNCurses
import Foundation
import Testing
import VigilEngine
@testable import VigilConsole
@testable import vigil

/// A pseudo-terminal whose master side the test reads and writes while `Terminal` (ncurses
/// via `newterm`) runs on the slave side: TERMINAL.md's second layer.
final class PseudoTerminal: @unchecked Sendable {
    let master: Int32
    let slave: Int32
    private let lock = NSLock()
    private var received: [UInt8] = []
    private var reader: Thread?
    private var running = true

    init(rows: Int, columns: Int) throws {
        var m: Int32 = -1, s: Int32 = -1
        guard openpty(&m, &s, nil, nil, nil) == 0 else { throw POSIXError(.ENODEV) }
        master = m
        slave = s
        _ = vigil_set_winsize(master, Int32(rows), Int32(columns))
        // Drain the master continuously, so ncurses never blocks on a full buffer.
        let t = Thread { [unowned self] in
            var buf = [UInt8](repeating: 0, count: 4096)
            while self.isRunning {
                var pfd = pollfd(fd: self.master, events: Int16(POLLIN), revents: 0)
                guard poll(&pfd, 1, 20) > 0 else { continue }
                let n = read(self.master, &buf, buf.count)
                if n <= 0 { continue }
                self.lock.lock()
                self.received += buf[0..<n]
                self.lock.unlock()
            }
        }
        reader = t
        t.start()
    }

    private var isRunning: Bool { lock.lock(); defer { lock.unlock() }; return running }

    /// Everything the terminal was sent so far, and forget it.
    func take(settle: TimeInterval = 0.15) -> [UInt8] {
        Thread.sleep(forTimeInterval: settle)
        lock.lock()
        defer { lock.unlock() }
        let out = received
        received.removeAll()
        return out
    }

    /// Types bytes as if at the keyboard.
    func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    func close() {
        lock.lock()
        running = false
        lock.unlock()
        Thread.sleep(forTimeInterval: 0.05)
        Glibc.close(master)
        Glibc.close(slave)
    }
}

/// Opens a `Terminal` on a fresh pty and closes both after `body`.
func withTerminal(rows: Int = 24, columns: Int = 80, term: String = "xterm-256color", environment: [String: String] = [:], _ body: (Terminal, PseudoTerminal) throws -> Void) throws {
    let pty = try PseudoTerminal(rows: rows, columns: columns)
    defer { pty.close() }
    guard let input = fdopen(dup(pty.slave), "r"), let output = fdopen(dup(pty.slave), "w") else { throw POSIXError(.EBADF) }
    defer { fclose(input); fclose(output) }
    let terminal = try Terminal(term: term, input: input, output: output, environment: environment)
    defer { terminal.close() }
    try body(terminal, pty)
}

/// ncurses' own idea of a row: what it has put on the terminal.
func rowOnTerminal(_ row: Int, columns: Int) -> String {
    var buffer = [wchar_t](repeating: 0, count: columns * 4 + 1)
    let n = mvwinnwstr(vigil_stdscr(), Int32(row), 0, &buffer, Int32(buffer.count - 1))
    guard n >= 0 else { return "" }
    return String(String.UnicodeScalarView(buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
}

@Suite(.serialized) struct TerminalTests {
    @Test func aDrawnScreenIsWhatTheTerminalHolds() throws {
        try withTerminal(rows: 40, columns: 132) { terminal, pty in
            #expect(terminal.size == Size(rows: 40, columns: 132))
            var h = Harness(size: terminal.size)
            h.signIn()
            h.type("x")
            let screen = h.screen
            terminal.draw(screen)
            _ = pty.take()
            for row in 0..<screen.size.rows {
                let expected = screen.lines[row]
                let actual = rowOnTerminal(row, columns: 132)
                #expect(actual.trimmingCharacters(in: .whitespaces) == expected.trimmingCharacters(in: .whitespaces), "row \(row)")
            }
        }
    }

    @Test func keysArriveAsKeysWhateverTheTerminalSends() throws {
        try withTerminal { terminal, pty in
            var keys: [Key] = []
            pty.type(Array("j".utf8) + [0x1B, 0x4F, 0x42] + [0x1B, 0x5B, 0x42] + [0x1B, 0x5B, 0x36, 0x7E] + Array("é素".utf8) + [0x0D, 0x03, 0x7F, 0x09])
            let deadline = Date().addingTimeInterval(2)
            while keys.count < 10 && Date() < deadline {
                var pfd = pollfd(fd: terminal.inputFD, events: Int16(POLLIN), revents: 0)
                _ = poll(&pfd, 1, 50)
                while case .key(let k) = terminal.readInput() { keys.append(k) }
            }
            #expect(keys == [.char("j"), .down, .down, .pageDown, .char("é"), .char("素"), .enter, .ctrl("c"), .backspace, .tab])
        }
    }

    @Test func aResizeIsReadAsTheNewSize() throws {
        try withTerminal { terminal, pty in
            terminal.draw(Screen(size: terminal.size))
            _ = vigil_set_winsize(pty.master, 30, 100)
            vigil_unblock_sigwinch()
            raise(SIGWINCH)
            var input = TerminalInput.none
            let deadline = Date().addingTimeInterval(2)
            while input != .resize && Date() < deadline { input = terminal.readInput(); if input == .none { usleep(10_000) } }
            #expect(input == .resize)
            #expect(terminal.resizeFromTerminal() == Size(rows: 30, columns: 100))
        }
    }

    @Test func anUnknownTerminalIsAClearErrorNotAnExit() throws {
        let pty = try PseudoTerminal(rows: 24, columns: 80)
        defer { pty.close() }
        let input = fdopen(dup(pty.slave), "r")!, output = fdopen(dup(pty.slave), "w")!
        defer { fclose(input); fclose(output) }
        #expect(throws: Terminal.OpenError.self) { _ = try Terminal(term: "no-such-terminal-vigil", input: input, output: output) }
    }

    @Test func noColorMeansMonochrome() throws {
        try withTerminal(environment: ["NO_COLOR": "1"]) { terminal, pty in
            #expect(terminal.colorMode == .monochrome)
            var h = Harness(size: terminal.size)
            h.signIn()
            terminal.draw(h.screen)
            let bytes = String(decoding: pty.take(), as: UTF8.self)
            #expect(!bytes.contains("\u{1B}[31m") && !bytes.contains("\u{1B}[36m"), "no colour sequences")
            #expect(bytes.contains("\u{1B}[0;7m") || bytes.contains("\u{1B}[7m") || bytes.contains(";7m"), "reverse video still marks the bar")
        }
        try withTerminal { terminal, _ in
            #expect(terminal.colorMode == .color)
        }
        try withTerminal(term: "dumb") { terminal, _ in
            #expect(terminal.colorMode == .monochrome, "a terminal without colours")
        }
    }

    @Test func hostileTextNeverReachesTheTerminalsBytes() throws {
        try withTerminal(rows: 40, columns: 132) { terminal, pty in
            terminal.draw(Screen(size: terminal.size))
            _ = pty.take()
            var h = Harness(size: terminal.size)
            h.signIn()
            terminal.draw(h.screen)                       // the queue, hostile row and author included
            h.type("/hacked<Enter><Enter>")
            terminal.draw(h.screen)                       // the hostile comment in full
            #expect(h.contains("PWNED"), "the comment is on the screen, as text")
            let bytes = pty.take()
            let text = String(decoding: bytes, as: UTF8.self)
            let forbidden: [(String, String)] = [
                ("\u{1B}]", "an OSC sequence (window title)"), ("\u{07}", "BEL"), ("\u{1B}[2J", "clear screen"),
                ("\u{1B}[3J", "clear scrollback"), ("\u{1B}[10;10H", "the comment's cursor move"), ("\u{1B}c", "terminal reset"),
                ("\u{1B}[31mAdmin", "the author's colour"), ("\u{202E}", "a bidi override"), ("\u{2067}", "a bidi isolate"),
                ("\u{9B}", "a C1 CSI"), ("\u{7F}", "DEL"),
            ]
            for (needle, what) in forbidden {
                #expect(!text.contains(needle), "\(what) reached the terminal")
            }
            #expect(!bytes.contains(0x07) && !bytes.contains(0x7F) && !bytes.contains(0x00))
            #expect(text.contains("\u{241B}]0;PWNED\u{2407}"), "the sequence is shown as visible symbols")
            // Every escape sequence sent is one ncurses makes: CSI with a final letter, or a
            // character-set or keypad switch.
            var i = bytes.startIndex
            while let esc = bytes[i...].firstIndex(of: 0x1B) {
                let next = bytes.index(after: esc)
                guard next < bytes.endIndex else { break }
                let b = bytes[next]
                if b == 0x5B { // CSI: parameters then a final byte
                    var j = bytes.index(after: next)
                    while j < bytes.endIndex, (0x30...0x3F).contains(bytes[j]) || (0x20...0x2F).contains(bytes[j]) { j += 1 }
                    #expect(j < bytes.endIndex && Array("HJKmhlrdABCDGX@PLMStT".utf8).contains(bytes[j]), "unexpected CSI ending \(j < bytes.endIndex ? bytes[j] : 0)")
                    i = j
                } else {
                    #expect([0x28, 0x3D, 0x3E].contains(b), "unexpected ESC \(Character(Unicode.Scalar(b)))")
                    i = next
                }
            }
        }
    }
}
