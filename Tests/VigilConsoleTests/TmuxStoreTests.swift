import Foundation
import Testing

/// The real binary in tmux on a real store: two administrators in two windows on one store
/// (issue 5's end-to-end test), and hostile comment text imported into a store never
/// reaching the terminal.
@Suite(.serialized) struct TmuxStoreTests {
    typealias Tmux = TmuxTests.Tmux

    static var ready: Bool { TmuxTests.binary != nil && TmuxTests.tmuxAvailable }

    /// A folder for one test's store and files, removed afterwards.
    final class Folder: @unchecked Sendable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-tmux-\(UUID().uuidString)")
        var store: String { url.appendingPathComponent("vigil.sqlite").path }
        init() { try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    /// Runs the built binary to completion (no terminal), returning its exit status.
    @discardableResult
    static func vigil(_ args: [String]) throws -> Int32 {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        let argv = [TmuxTests.binary!] + args
        var cargs = argv.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        let rc = posix_spawn(&pid, TmuxTests.binary!, &actions, nil, &cargs, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .ENOENT) }
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        return (status >> 8) & 0xFF
    }

    /// The console on `store` in a tmux window, signed in as `name`.
    static func console(_ tmux: Tmux, window: String, store: String, name: String) -> String {
        "TERM=xterm-256color '\(TmuxTests.binary!)' --store '\(store)' --as \(name); echo \"EXIT=$?\"; sleep 30"
    }

    @Test(.enabled(if: ready, "needs tmux and the built vigil binary (make test builds it)"))
    func twoAdministratorsInTwoWindowsSeeEachOthersProposalAndSignOffWithinTwoSeconds() throws {
        let folder = Folder()
        #expect(try Self.vigil(["demo", "--store", folder.store, "--no-console"]) == 0, "vigil demo made the store")
        // Two windows of one tmux server, each named by its pane id (%N): a target by window
        // name ("t:b") reached alex's window now and then when the whole suite ran at once.
        let tmux = Tmux()
        let server = try tmux.start(Self.console(tmux, window: "a", store: folder.store, name: "alex"), columns: 132, rows: 40)
        defer { tmux.stop(server: server) }
        let a = try tmux.value("#{pane_id}")
        let b = try tmux.run(["new-window", "-d", "-P", "-F", "#{pane_id}", "-t", "t", "-n", "b",
                              Self.console(tmux, window: "b", store: folder.store, name: "sam")], output: true)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(a.hasPrefix("%") && b.hasPrefix("%") && a != b, "two panes: \(a), \(b)")
        for (pane, passphrase) in [(a, "orchard lantern"), (b, "harbour violet")] {
            _ = try tmux.wait(for: "Passphrase:", in: pane)
            try tmux.type(passphrase, to: pane)
            try tmux.run(["send-keys", "-t", pane, "Enter"])
        }
        // The filter line says "awaiting" before the header's counts have loaded: wait for those.
        let first = try tmux.wait(for: "to sign off", in: a)
        #expect(first.contains("1 to sign off"), "the demo's delete by sam waits for alex:\n\(first)")
        let signedIn = try tmux.wait(for: "sam (administrator)", in: b)
        #expect(signedIn.contains("sam (administrator)"), "the second terminal is sam's:\n\(signedIn)")
        try tmux.type("2", to: b)
        let empty = try tmux.wait(for: "Waiting for me (0)", in: b)
        #expect(empty.contains("Waiting for me (0)"), "\(empty)")

        // A filters to abuse, opens the first comment and proposes its delete.
        try tmux.type("c", to: a)
        _ = try tmux.wait(for: "Showing awaiting · abuse", in: a)
        try tmux.run(["send-keys", "-t", a, "Enter"])
        let detail = try tmux.wait(for: "Flags (", in: a)
        #expect(detail.contains("Flags ("), "\(detail)")
        try tmux.type("d", to: a)
        let prompt = try tmux.wait(for: ": reason:", in: a)
        #expect(prompt.contains("Delete facebook:") || prompt.contains("Delete "), "\(prompt)")
        try tmux.run(["send-keys", "-t", a, "Enter"])
        let proposed = try tmux.wait(for: "another administrator must sign it off", in: a)
        let proposedAt = Date()
        #expect(proposed.contains("Delete proposed (P"), "\(proposed)")

        // B sees it without restarting, within 2 s, and signs it off.
        let seen = try tmux.wait(for: "Waiting for me (1)", in: b)
        let appeared = Date().timeIntervalSince(proposedAt)
        #expect(seen.contains("alex"), "\(seen)")
        #expect(appeared <= 2.0, "alex's proposal took \(appeared) s to appear in sam's window")
        try tmux.type("a", to: b)
        _ = try tmux.wait(for: "note (optional)", in: b)
        try tmux.run(["send-keys", "-t", b, "Enter"])
        _ = try tmux.wait(for: "Your passphrase to approve", in: b)
        try tmux.type("harbour violet", to: b)
        try tmux.run(["send-keys", "-t", b, "Enter"])
        let approved = try tmux.wait(for: "Approved P", in: b)
        let approvedAt = Date()
        #expect(approved.contains("Approved P"), "\(approved)")
        #expect(!approved.contains("harbour"), "the passphrase was not shown")

        // A sees the approval on the comment it is looking at, within 2 s.
        let back = try tmux.wait(for: "approved P", in: a)
        let reached = Date().timeIntervalSince(approvedAt)
        #expect(back.contains("sam"), "\(back)")
        #expect(reached <= 2.0, "sam's approval took \(reached) s to appear in alex's window")

        for pane in [a, b] {
            try tmux.type("qq", to: pane)
            let after = try tmux.wait(for: "EXIT=", in: pane)
            #expect(after.contains("EXIT=0"), "\(after)")
        }
    }

    @Test(.enabled(if: ready, "needs tmux and the built vigil binary (make test builds it)"))
    func hostileTextInAStoreDoesNotReachTheTerminal() throws {
        let folder = Folder()
        #expect(try Self.vigil(["demo", "--store", folder.store, "--no-console"]) == 0)
        // OSC title, clear screen, cursor moves, bidi overrides and C1 controls (CSI, OSC, NEL).
        let hostile = "hacked now\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{1B}[10;10H\u{1B}[Avote\u{202E}txt.exe\u{2066}x\u{9B}31m\u{9D}0;C1\u{9C}\u{85} ring me on 07700 900123"
        let csv = "id,author,text\nh1,\"\u{1B}[31mHead\u{1B}[0m \u{202E}nimda\",\"\(hostile)\"\n"
        let file = folder.url.appendingPathComponent("hostile.csv")
        try Data(csv.utf8).write(to: file)
        #expect(try Self.vigil(["import", file.path, "--store", folder.store]) == 0, "the hostile file imported")

        let tmux = Tmux()
        let server = try tmux.start(Self.console(tmux, window: "a", store: folder.store, name: "alex"), columns: 132, rows: 40)
        defer { tmux.stop(server: server) }
        try tmux.run(["select-pane", "-t", "t", "-T", "vigil-test-title"])
        _ = try tmux.wait(for: "Passphrase:")
        try tmux.type("orchard lantern", to: "t")
        try tmux.run(["send-keys", "-t", "t", "Enter"])
        _ = try tmux.wait(for: "awaiting")
        try tmux.type("/hacked", to: "t")
        try tmux.run(["send-keys", "-t", "t", "Enter"])
        let queue = try tmux.wait(for: "1 of 1")
        #expect(queue.contains("1 of 1"), "the hostile comment is flagged and found:\n\(queue)")
        try tmux.run(["send-keys", "-t", "t", "Enter"])
        let detail = try tmux.wait(for: "Flags (")
        #expect(detail.contains("\u{241B}]0;PWNED\u{2407}"), "the escape sequence is shown as symbols:\n\(detail)")
        #expect(detail.contains("other:h1"), "the comment did not clear or overwrite the screen:\n\(detail)")
        #expect(!detail.contains("\u{202E}") && !detail.contains("\u{2066}"), "no bidi control reached the screen")
        let title = try tmux.value("#{pane_title}")
        #expect(title == "vigil-test-title", "the comment retitled the pane to \(title)")
        #expect(try tmux.value("#{cursor_y}") != "9", "the comment did not move the cursor to its row 10")
        try tmux.type("qq", to: "t")
        let after = try tmux.wait(for: "EXIT=")
        #expect(after.contains("EXIT=0"), "\(after)")
    }
}

extension TmuxTests.Tmux {
    /// Types text literally into a pane.
    func type(_ text: String, to pane: String) throws {
        try run(["send-keys", "-t", pane, "-l", text])
    }

    /// Waits until `pane` shows `text` (up to 10 s); returns its screen.
    func wait(for text: String, in pane: String) throws -> String {
        let deadline = Date().addingTimeInterval(10)
        var s = ""
        while Date() < deadline {
            s = try run(["capture-pane", "-p", "-t", pane], output: true)
            if s.contains(text) { return s }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return s
    }
}
