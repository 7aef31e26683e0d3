import Dispatch
import Foundation
import Testing
@testable import VigilEngine
@testable import vigil
#if canImport(Glibc)
import Glibc
#endif

/// The passphrase reader on a real pseudo-terminal: what is typed, what the screen shows,
/// and the terminal's settings afterwards. Serialised: the restore state is process-wide.
@Suite(.serialized) struct PassphraseReaderTests {
    struct Terminal {
        let master: Int32
        let slave: Int32

        init() throws {
            var m: Int32 = -1, s: Int32 = -1
            guard openpty(&m, &s, nil, nil, nil) == 0 else { throw POSIXError(.EIO) }
            master = m
            slave = s
        }

        func close() {
            Glibc.close(master)
            Glibc.close(slave)
        }

        var localFlags: tcflag_t {
            var t = termios()
            tcgetattr(slave, &t)
            return t.c_lflag
        }

        /// What the program wrote to the screen, waiting up to `timeout` ms for `until` to
        /// appear (or, without it, until nothing more comes for 100 ms). A signal interrupting
        /// the wait (the CLI tests' children exiting send SIGCHLD) is not the end of output:
        /// typing before the reader's prompt would have its keys flushed and hang the test.
        func screen(until wanted: String? = nil, timeout: Int32 = 2_000) -> String {
            var out: [UInt8] = []
            let deadline = Date().addingTimeInterval(Double(wanted == nil ? 100 : timeout) / 1000)
            while true {
                let left = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
                var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                let ready = poll(&p, 1, left)
                if ready < 0 && errno == EINTR { continue }
                guard ready > 0 else { break }
                var buffer = [UInt8](repeating: 0, count: 256)
                let n = read(master, &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                out += buffer[..<n]
                if let wanted, String(decoding: out, as: UTF8.self).contains(wanted) { break }
            }
            return String(decoding: out, as: UTF8.self)
        }

        func type(_ text: String) {
            var bytes = Array(text.utf8)
            _ = write(master, &bytes, bytes.count)
        }
    }

    /// The reader on a thread of its own, started at once. Nothing here waits on Swift's
    /// cooperative pool: on a loaded machine (two cores, every suite running) a child task
    /// could start the reader after the keys were typed, its flush would discard them, and
    /// the test would hang. Every wait is bounded.
    final class ReaderThread: @unchecked Sendable {
        private let lock = NSLock()
        private let finished = DispatchSemaphore(value: 0)
        private var outcome: Result<[UInt8], PassphraseReader.Failure>?

        init(prompt: String, terminal fd: Int32) {
            Thread { [self] in
                let r: Result<[UInt8], PassphraseReader.Failure>
                do throws(PassphraseReader.Failure) {
                    r = .success(try PassphraseReader.readHidden(prompt: prompt, terminal: fd).bytes)
                } catch {
                    r = .failure(error)
                }
                lock.withLock { outcome = r }
                finished.signal()
            }.start()
        }

        /// What the reader returned; nil if it had not finished within `seconds`.
        func result(within seconds: Double = 30) -> Result<[UInt8], PassphraseReader.Failure>? {
            guard finished.wait(timeout: .now() + seconds) == .success else { return nil }
            return lock.withLock { outcome }
        }
    }

    /// Starts the reader, waits for its prompt, types `keys`, and returns what it read and
    /// everything the screen showed.
    func run(_ keys: String, on terminal: Terminal, sourceLocation: SourceLocation = #_sourceLocation) -> (Result<[UInt8], PassphraseReader.Failure>?, String) {
        let reader = ReaderThread(prompt: "Passphrase for alice: ", terminal: terminal.slave)
        var shown = terminal.screen(until: "Passphrase for alice: ", timeout: 30_000)
        terminal.type(keys)
        let r = reader.result()
        if r == nil { Issue.record("the reader did not finish", sourceLocation: sourceLocation) }
        shown += terminal.screen()
        return (r, shown)
    }

    @Test func whatIsTypedIsReadAndNeverEchoed() throws {
        let t = try Terminal()
        defer { t.close() }
        let before = t.localFlags
        #expect(before & tcflag_t(ECHO) != 0)
        let (result, shown) = run("purple elephant marmalade\r", on: t)
        #expect(result == .success(Array("purple elephant marmalade".utf8)))
        #expect(shown == "Passphrase for alice: \r\n")
        #expect(t.localFlags == before, "echo and line editing are back as they were")
    }

    @Test func backspaceAndCtrlUEditTheLineAsTyped() throws {
        let t = try Terminal()
        defer { t.close() }
        #expect(run("abcX\u{7F}d\r", on: t).0 == .success(Array("abcd".utf8)))
        #expect(run("wrong\u{15}right one\n", on: t).0 == .success(Array("right one".utf8)))
        #expect(run("caf\u{E9}\u{7F}e\r", on: t).0 == .success(Array("cafe".utf8)))
        #expect(run("\u{7F}\u{7F}ok\u{1B}[A\r", on: t).0 == .success(Array("ok[A".utf8)), "ESC itself is dropped, not a passphrase character")
    }

    @Test func ctrlCCancelsAndRestoresTheTerminal() throws {
        let t = try Terminal()
        defer { t.close() }
        let before = t.localFlags
        let (result, shown) = run("half typed\u{03}", on: t)
        #expect(result == .failure(.cancelled))
        #expect(!shown.contains("half"))
        #expect(t.localFlags == before)
    }

    @Test func ctrlDOnAnEmptyLineCancelsButNotMidLine() throws {
        let t = try Terminal()
        defer { t.close() }
        #expect(run("\u{04}", on: t).0 == .failure(.cancelled))
        #expect(run("abc\u{04}def\r", on: t).0 == .success(Array("abcdef".utf8)))
    }

    @Test func aHangupEndsTheReadAndTheSignalHandlersArePutBack() throws {
        let t = try Terminal()
        let slave = t.slave
        // A handler the program had before: it must be the one in place afterwards.
        let original = signal(SIGQUIT, SIG_IGN)
        defer { signal(SIGQUIT, original) }
        let reader = ReaderThread(prompt: "Passphrase: ", terminal: slave)
        _ = t.screen(until: "Passphrase: ", timeout: 30_000)
        let during = signal(SIGQUIT, SIG_IGN)
        signal(SIGQUIT, during)
        close(t.master)
        #expect(reader.result() == .failure(.endOfInput))
        close(t.slave)
        let after = signal(SIGQUIT, SIG_IGN)
        func address(_ h: sighandler_t?) -> Int { unsafeBitCast(h, to: Int.self) }
        #expect(address(during) != address(SIG_IGN), "while reading, the restoring handler is installed")
        #expect(address(after) == address(SIG_IGN), "afterwards, the program's own handler is back")
    }

    @Test func aSignalFromAnotherProcessMidReadRestoresTheTerminalAndStillEndsTheProcess() throws {
        let t = try Terminal()
        defer { t.close() }
        let before = t.localFlags
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            // The reader runs in a forked child, which the signal must kill.
            let child = fork()
            if child == 0 {
                var all = sigset_t()
                sigemptyset(&all)
                pthread_sigmask(SIG_SETMASK, &all, nil)
                _ = try? PassphraseReader.readHidden(prompt: "Passphrase: ", terminal: t.slave)
                _exit(0)
            }
            #expect(child > 0)
            _ = t.screen(until: "Passphrase: ", timeout: 30_000)
            #expect(t.localFlags & tcflag_t(ECHO) == 0, "echo is off while the child reads")
            kill(child, sig)
            var status: Int32 = 0
            var waited: Int32 = 0
            for _ in 0..<500 {
                waited = waitpid(child, &status, WNOHANG)
                if waited != 0 { break }
                usleep(10_000)
            }
            if waited == 0 { kill(child, SIGKILL); waitpid(child, &status, 0) }
            #expect(waited == child)
            #expect(status & 0x7F == sig, "the child died of signal \(sig), not of something else")
            #expect(t.localFlags == before, "signal \(sig): the terminal's settings are back")
        }
    }

    @Test func somethingThatIsNotATerminalIsRefused() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        #expect(throws: PassphraseReader.Failure.noTerminal) { try PassphraseReader.readHidden(prompt: "x", terminal: fds[0]) }
        #expect(PassphraseReader.Failure.noTerminal.description.contains("--passphrase-stdin"))
    }

    /// Feeds `bytes` through a pipe and reads passphrases one line at a time.
    func lines(_ bytes: [UInt8], count: Int) -> [Result<[UInt8], PassphraseReader.Failure>] {
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        var b = bytes
        _ = write(fds[1], &b, b.count)
        close(fds[1])
        defer { close(fds[0]) }
        return (0..<count).map { _ in
            do throws(PassphraseReader.Failure) { return .success(try PassphraseReader.readLine(from: fds[0]).bytes) } catch { return .failure(error) }
        }
    }

    @Test func standardInputGivesOneLinePerPassphraseAndNothingMore() {
        let r = lines(Array("first passphrase here\r\nsecond one here\nlast without newline".utf8), count: 4)
        #expect(r == [.success(Array("first passphrase here".utf8)), .success(Array("second one here".utf8)),
                      .success(Array("last without newline".utf8)), .failure(.endOfInput)])
        #expect(lines([], count: 1) == [.failure(.endOfInput)])
        #expect(lines([0x61, 0xFF, 0x0A], count: 1) == [.failure(.notUTF8)])
        #expect(lines([UInt8](repeating: 0x61, count: PassphraseReader.maximumBytes + 1), count: 1) == [.failure(.tooLong)])
        #expect(lines(Array("\n".utf8), count: 1) == [.success([])], "an empty line is read; the passphrase policy refuses it")
    }
}
