import Foundation
import Testing
import VigilEngine
@testable import VigilConsole

/// Drives the console like a person would, with no terminal: keys in, effects run at once
/// against a `FakeBackend`, results fed back, the screen read as text.
struct Harness {
    /// 4 Mar 2025 09:20 UTC (GMT in London), the demo data's "now".
    static let now = Date(timeIntervalSince1970: 1_741_080_000)

    var state: ConsoleState
    let backend: any ConsoleBackend
    /// Every effect update asked for, in order.
    private(set) var effects: [Effect] = []

    init(backend: any ConsoleBackend = FakeBackend.demo(now: Harness.now), size: Size = Size(rows: 24, columns: 80), name: String? = nil) {
        self.backend = backend
        state = ConsoleState(size: size, now: Harness.now, timeZone: TimeZone(identifier: "Europe/London")!, workingDirectory: "/exports", name: name)
    }

    /// The folder the import view sees.
    static let lister: EffectPerformer.DirectoryLister = { path in
        guard path == "/exports" else { throw ConsoleRefusal("\(path): no such folder") }
        return [
            DirectoryEntry(name: "facebook-page-1.json", isDirectory: false, size: 48_213),
            DirectoryEntry(name: "youtube-threads.json", isDirectory: false, size: 120_004),
            DirectoryEntry(name: "older", isDirectory: true, size: 0),
            DirectoryEntry(name: ".hidden", isDirectory: false, size: 1),
            DirectoryEntry(name: "blog-export.xml", isDirectory: false, size: 9_001),
        ]
    }

    mutating func send(_ event: Event) {
        var queue = [event]
        while !queue.isEmpty {
            let e = queue.removeFirst()
            let (next, fx) = update(state, e)
            state = next
            effects += fx
            for effect in fx {
                if case .importFiles = effect { continue } // run by `runImport` when a test wants it
                if let result = EffectPerformer.perform(effect, on: backend, listDirectory: Harness.lister) { queue.append(result) }
            }
        }
    }

    /// Types a key script (`Key.script`).
    mutating func type(_ script: String) {
        for k in Key.script(script) { send(.key(k)) }
    }

    mutating func signIn(_ name: String = "Alex Morgan", _ passphrase: String = "orchard lantern") {
        type(name + "<Enter>" + passphrase + "<Enter>")
    }

    mutating func resize(_ size: Size) { send(.resize(size)) }

    var screen: Screen { view(state, state.size) }
    var lines: [String] { screen.lines }
    var text: String { lines.joined(separator: "\n") }
    var statusText: String { state.status?.text ?? "" }

    func contains(_ s: String) -> Bool { text.contains(s) }
}

extension Harness: CustomStringConvertible {
    /// What a failed expectation prints: the screen as a person sees it.
    var description: String { "\n" + lines.map { "|\($0)|" }.joined(separator: "\n") + "\nstatus: \(statusText)" }
}
