import CNCurses
import Foundation
import VigilConsole

/// Runs the console: the draw loop on this thread, effects on worker queues.
///
/// The loop waits in `poll(2)` on the terminal and a wake-up pipe; keys and finished effects
/// become events for `update`, the new state is drawn (only changed cells), and effects go to
/// the workers, so a slow store or a long import never freezes the screen. A tick about once
/// a second polls for other people's changes.
final class ConsoleRunner {
    private let terminal: Terminal
    private let backend: any ConsoleBackend
    private let inbox = Inbox()
    private let reads = DispatchQueue(label: "vigil.console.store")
    private let imports = DispatchQueue(label: "vigil.console.import")
    private var state: ConsoleState

    init(terminal: Terminal, backend: any ConsoleBackend, name: String?, workingDirectory: String, signInNote: String? = nil) {
        self.terminal = terminal
        self.backend = backend
        state = ConsoleState(size: terminal.size, now: Date(), workingDirectory: workingDirectory, name: name, signInNote: signInNote)
    }

    /// Runs until the person quits; returns the exit status.
    func run() -> Int32 {
        var lastTick = Date()
        terminal.draw(view(state, state.size))
        while !state.wantsQuit {
            let untilTick = max(0, 1 - Date().timeIntervalSince(lastTick))
            // A resize signal may have gone to a worker thread; 100 ms bounds how long
            // ncurses' KEY_RESIZE can wait to be read.
            inbox.wait(terminalFD: terminal.inputFD, timeout: min(untilTick, 0.1))
            var events: [Event] = []
            while true {
                let input = terminal.readInput()
                if input == .none { break }
                switch input {
                case .key(let k):
                    if k == .ctrl("l") { terminal.invalidate() }
                    events.append(.key(k))
                case .resize: events.append(.resize(terminal.resizeFromTerminal()))
                case .none: break
                }
            }
            events += inbox.drain()
            if Date().timeIntervalSince(lastTick) >= 1 {
                lastTick = Date()
                events.append(.tick(lastTick))
            }
            guard !events.isEmpty else { continue }
            for event in events {
                let (next, effects) = update(state, event)
                state = next
                for effect in effects { start(effect) }
                if state.wantsQuit { break }
            }
            terminal.draw(view(state, state.size))
        }
        return 0
    }

    private func start(_ effect: Effect) {
        if effect == .quit { return }
        let backend = self.backend
        let inbox = self.inbox
        let queue: DispatchQueue
        if case .importFiles = effect { queue = imports } else { queue = reads }
        queue.async {
            let event = EffectPerformer.perform(effect, on: backend, listDirectory: ConsoleRunner.listDirectory) { inbox.post($0) }
            if let event { inbox.post(event) }
        }
    }

    /// A folder's entries for the import view.
    @Sendable static func listDirectory(_ path: String) throws -> [DirectoryEntry] {
        let fm = FileManager.default
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: path) } catch {
            throw ConsoleRefusal("\(path): cannot be read (\((error as NSError).localizedDescription))")
        }
        return names.map { name in
            let full = (path as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: full, isDirectory: &isDir)
            let size = ((try? fm.attributesOfItem(atPath: full))?[.size] as? Int) ?? 0
            return DirectoryEntry(name: name, isDirectory: isDir.boolValue, size: size)
        }
    }
}

/// Events from the workers, and the pipe that wakes the draw loop when one arrives.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []
    private let readFD: Int32
    private let writeFD: Int32

    init() {
        var fds: [Int32] = [-1, -1]
        pipe(&fds)
        readFD = fds[0]
        writeFD = fds[1]
        _ = fcntl(readFD, F_SETFL, fcntl(readFD, F_GETFL) | O_NONBLOCK)
        _ = fcntl(writeFD, F_SETFL, fcntl(writeFD, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        Glibc.close(readFD)
        Glibc.close(writeFD)
    }

    func post(_ event: Event) {
        lock.lock()
        events.append(event)
        lock.unlock()
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    func drain() -> [Event] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(readFD, &buffer, buffer.count) > 0 {}
        lock.lock()
        defer { lock.unlock() }
        let out = events
        events.removeAll()
        return out
    }

    /// Waits until a key, an event or the timeout (seconds).
    func wait(terminalFD: Int32, timeout: TimeInterval) {
        var fds = [pollfd(fd: terminalFD, events: Int16(POLLIN), revents: 0), pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)]
        _ = poll(&fds, 2, Int32(max(0, timeout) * 1000))
    }
}
