import Foundation
import Testing

/// The real binary in tmux (TERMINAL.md's third layer) on the fake backend (the store's are in
/// `TmuxStoreTests`): hostile text must not retitle the pane or move anything, and quitting
/// leaves the terminal as it was.
@Suite(.serialized) struct TmuxTests {
    /// The built `vigil`: `$VIGIL_BIN` (the Makefile exports it), else `.build/debug/vigil`.
    static var binary: String? {
        if let b = ProcessInfo.processInfo.environment["VIGIL_BIN"], FileManager.default.isExecutableFile(atPath: b) { return b }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let b = root.appendingPathComponent(".build/debug/vigil").path
        return FileManager.default.isExecutableFile(atPath: b) ? b : nil
    }

    static var tmuxAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// One private tmux server for a test.
    struct Tmux {
        let socket = "vigil-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

        /// Runs a tmux command; with `output`, returns what it printed. posix_spawn and waitpid
        /// directly: Foundation's Process left clients unreaped under Swift Testing here. Without
        /// `output` nothing is piped, since the server `new-session` starts would hold it open.
        @discardableResult
        func run(_ args: [String], output: Bool = false) throws -> String {
            let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + args
            var fds: [Int32] = [-1, -1]
            guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            if output {
                posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            } else {
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            }
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
            var cargs = argv.map { strdup($0) } + [nil]
            defer { cargs.forEach { free($0) } }
            // Swift Testing's worker threads block most signals and a spawned process inherits
            // the mask: tmux would then ignore kill-server and SIGTERM, and the pane SIGWINCH.
            var attr = posix_spawnattr_t()
            posix_spawnattr_init(&attr)
            defer { posix_spawnattr_destroy(&attr) }
            var empty = sigset_t()
            sigemptyset(&empty)
            posix_spawnattr_setsigmask(&attr, &empty)
            posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK))
            var pid: pid_t = 0
            let rc = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attr, &cargs, environ)
            close(fds[1])
            defer { close(fds[0]) }
            guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .ENOENT) }
            var data: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 65536)
            while output {
                let n = read(fds[0], &buf, buf.count)
                if n <= 0 { break }
                data += buf[0..<n]
            }
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
            return String(decoding: data, as: UTF8.self)
        }

        /// Starts the server with one session `t` running `command`; returns the server's pid.
        func start(_ command: String, columns: Int, rows: Int) throws -> pid_t? {
            try run(["new-session", "-d", "-s", "t", "-x", String(columns), "-y", String(rows), command])
            return pid_t(try value("#{pid}"))
        }

        /// Ends this test's server: kill-server, else by its id; removes the socket.
        func stop(server: pid_t?) {
            _ = try? run(["kill-server"])
            if let server, kill(server, 0) == 0 { kill(server, SIGTERM) }
            unlink("/tmp/tmux-\(getuid())/\(socket)")
        }

        /// A format of the pane, e.g. `#{pane_title}`.
        func value(_ format: String) throws -> String {
            try run(["display-message", "-p", "-t", "t", format], output: true).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        func screen() throws -> String { try run(["capture-pane", "-p", "-t", "t"], output: true) }

        /// Waits until the screen shows `text` (up to 10 s); returns the screen.
        func wait(for text: String) throws -> String {
            let deadline = Date().addingTimeInterval(10)
            var s = ""
            while Date() < deadline {
                s = try screen()
                if s.contains(text) { return s }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return s
        }
    }

    @Test(.enabled(if: binary != nil && tmuxAvailable, "needs tmux and the built vigil binary (make test builds it)"))
    func hostileTextDoesNotRetitleThePaneAndQuitRestoresTheTerminal() throws {
        let tmux = Tmux()
        let server = try tmux.start("TERM=xterm-256color '\(Self.binary!)' console --fake --as 'Alex Morgan'; echo \"EXIT=$?\"; sleep 30", columns: 132, rows: 40)
        defer { tmux.stop(server: server) }
        try tmux.run(["select-pane", "-t", "t", "-T", "vigil-test-title"])
        _ = try tmux.wait(for: "Passphrase:")
        try tmux.run(["send-keys", "-t", "t", "-l", "orchard lantern"])
        try tmux.run(["send-keys", "-t", "t", "Enter"])
        let queue = try tmux.wait(for: "awaiting")
        #expect(queue.contains("awaiting"), "\(queue)")
        try tmux.run(["send-keys", "-t", "t", "-l", "/hacked"])
        try tmux.run(["send-keys", "-t", "t", "Enter"])
        _ = try tmux.wait(for: "1 of 1")
        try tmux.run(["send-keys", "-t", "t", "Enter"])
        let detail = try tmux.wait(for: "Flags (1)")
        #expect(detail.contains("\u{241B}]0;PWNED\u{2407}"), "the escape sequence is shown as symbols:\n\(detail)")
        #expect(detail.contains("facebook:1001_4"), "the comment did not clear or overwrite the screen:\n\(detail)")
        let title = try tmux.value("#{pane_title}")
        #expect(title == "vigil-test-title", "the comment retitled the pane to \(title)")
        try tmux.run(["send-keys", "-t", "t", "q"])
        _ = try tmux.wait(for: "8 awaiting")
        try tmux.run(["send-keys", "-t", "t", "q"])
        let after = try tmux.wait(for: "EXIT=")
        #expect(after.contains("EXIT=0"), "\(after)")
        #expect(!after.contains("awaiting"), "the alternate screen was left:\n\(after)")
    }

    /// The pid of the `vigil` started by the pane's shell, from /proc.
    static func vigilChild(of parent: pid_t) -> pid_t? {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        for e in entries {
            guard let pid = pid_t(e), let stat = try? String(contentsOfFile: "/proc/\(e)/stat", encoding: .utf8) else { continue }
            // "pid (comm) state ppid ..."
            guard let close = stat.lastIndex(of: ")") else { continue }
            let comm = stat[stat.index(after: stat.firstIndex(of: "(")!)..<close]
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if comm == "vigil", fields.count > 1, pid_t(fields[1]) == parent { return pid }
        }
        return nil
    }

    @Test(.enabled(if: binary != nil && tmuxAvailable, "needs tmux and the built vigil binary (make test builds it)"))
    func aCrashStillRestoresTheTerminal() throws {
        let tmux = Tmux()
        let command = "TERM=xterm-256color SWIFT_BACKTRACE=enable=no '\(Self.binary!)' console --fake --as 'Alex Morgan'; echo \"EXIT=$?\"; stty -a | grep -o -e '-*icanon' -e '-*echo '; echo STTY-READ; sleep 30"
        let server = try tmux.start(command, columns: 100, rows: 30)
        defer { tmux.stop(server: server) }
        _ = try tmux.wait(for: "Passphrase:")
        let shell = pid_t(try tmux.value("#{pane_pid}"))
        let vigil = try #require(shell.flatMap(Self.vigilChild(of:)), "the vigil process under the pane")
        #expect(try tmux.value("#{alternate_on}").hasPrefix("1"))
        kill(vigil, SIGSEGV)
        // Waiting for the line after grep's, not for its first word: grep writes its two lines
        // one at a time, and a screen caught between them lacks the second.
        let after = try tmux.wait(for: "STTY-READ")
        #expect(after.contains("EXIT=139"), "\(after)")
        #expect(after.contains("icanon") && !after.contains("-icanon"), "line editing is back:\n\(after)")
        #expect(after.contains("echo") && !after.contains("-echo"), "echo is back:\n\(after)")
        #expect(try tmux.value("#{alternate_on}").hasPrefix("0"), "left the alternate screen")
    }
}
