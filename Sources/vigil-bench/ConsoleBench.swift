import Foundation
import VigilConsole

/// Key-to-drawn-screen time on a 100,000-row fake queue: `update`, `view` and the diff the
/// shell draws (`Screen.changes`), for navigation keys; and a filter or search through the
/// fake backend, from key to the redrawn first page. Step two measures the same on the store.
func consoleBenchmark() -> Benchmark {
    Benchmark(name: "console", summary: "console keys and filters on a 100,000-row fake queue (targets: key p99 <= 16 ms, filter <= 150 ms)") {
        let now = Date()
        let backend = FakeBackend.generated(count: 100_000, now: now)
        let size = Size(rows: 40, columns: 132)
        var state = ConsoleState(size: size, now: now)
        var drawn: Screen?

        /// Applies an event, runs its effects inline (as the workers would), draws; returns
        /// the seconds taken by update + view + diff of the event itself.
        func send(_ event: Event, timeEffects: Bool = false) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            var (next, effects) = update(state, event)
            var screen = view(next, size)
            _ = screen.changes(from: drawn)
            var elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                let t0 = DispatchTime.now().uptimeNanoseconds
                guard let result = EffectPerformer.perform(effect, on: backend, listDirectory: { _ in [] }) else { continue }
                let (after, more) = update(next, result)
                next = after
                effects += more
                screen = view(next, size)
                _ = screen.changes(from: drawn)
                if timeEffects { elapsed += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9 }
            }
            state = next
            drawn = screen
            return elapsed
        }
        for k in Key.script("Alex Morgan<Enter>orchard lantern<Enter>") { _ = send(.key(k)) }
        guard state.session != nil else { throw ConsoleRefusal("the benchmark could not sign in") }

        var navigation: [Double] = []
        let script = String(repeating: "j", count: 400) + String(repeating: "k", count: 100) + String(repeating: "<PgDn>", count: 200)
            + String(repeating: "<PgUp>", count: 50) + "G" + String(repeating: "k", count: 200) + "g" + String(repeating: "j", count: 300)
        for k in Key.script(script) { navigation.append(send(.key(k))) }
        consoleReport("console key (update+view+diff), \(navigation.count) keys", navigation, target: 0.016)

        var filters: [Double] = []
        for _ in 0..<3 {
            for k in Key.script("c") { filters.append(send(.key(k), timeEffects: true)) }   // next category
            for k in Key.script("v") { filters.append(send(.key(k), timeEffects: true)) }   // severity
            for k in Key.script("x") { filters.append(send(.key(k), timeEffects: true)) }   // clear
        }
        for k in Key.script("/crypto<Enter>") { let t = send(.key(k), timeEffects: true); if k == .enter { filters.append(t) } }
        for k in Key.script("/parent 17<Enter>") { let t = send(.key(k), timeEffects: true); if k == .enter { filters.append(t) } }
        consoleReport("console filter/search through the fake (key to first page drawn), \(filters.count) runs", filters, target: 0.150)
        print("  each run (c, v, x three times, then two searches): " + filters.map { String(format: "%.0f", $0 * 1000) }.joined(separator: " ") + " ms")
    }
}
