/// An Aho–Corasick automaton over the normalised alphabet, as a full transition table: the
/// matcher reads each symbol of a text once, with one table lookup, and learns at every
/// position which keys end there.
struct Automaton: Sendable {
    /// `next[state * Symbol.count + symbol]`: the next state, with the top bit set when keys
    /// end in it, so the common step is one load. In 16 bits while the states fit (the table
    /// then stays in the L2 cache), else in 32.
    private let next16: [UInt16]
    private let next32: [UInt32]
    private static let outputBit: UInt32 = 1 << 31
    /// For state s, the keys ending there (its own and those of its suffixes) are
    /// `outputs[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [UInt32]
    private let outputs: [UInt32]

    var stateCount: Int { outputStart.count - 1 }

    /// Builds the automaton for `keys` (sequences of symbols); a key's index is what
    /// `forEachMatch` reports.
    init(keys: [[UInt8]]) {
        let width = Symbol.count
        // The trie, flat: goto[state * width + symbol], -1 where there is no edge.
        var goto = [Int32](repeating: -1, count: width)
        var ownKeys: [(state: Int, key: UInt32)] = []
        for (index, key) in keys.enumerated() where !key.isEmpty {
            var s = 0
            for symbol in key {
                let t = Int(goto[s * width + Int(symbol)])
                if t >= 0 {
                    s = t
                } else {
                    let created = goto.count / width
                    goto.append(contentsOf: repeatElement(-1, count: width))
                    goto[s * width + Int(symbol)] = Int32(created)
                    s = created
                }
            }
            ownKeys.append((s, UInt32(index)))
        }
        let states = goto.count / width
        var own = [[UInt32]](repeating: [], count: states)
        for (state, key) in ownKeys { own[state].append(key) }
        var fail = [Int](repeating: 0, count: states)
        var next = [UInt32](repeating: 0, count: states * width)
        var order: [Int] = [0]
        order.reserveCapacity(states)
        // Breadth first: a state's failure state is always finished before the state.
        for symbol in 0..<width {
            let t = Int(goto[symbol])
            if t >= 0 {
                next[symbol] = UInt32(t)
                order.append(t)
            }
        }
        var head = 1
        while head < order.count {
            let s = order[head]
            head += 1
            for symbol in 0..<width {
                let t = Int(goto[s * width + symbol])
                if t >= 0 {
                    fail[t] = Int(next[fail[s] * width + symbol])
                    next[s * width + symbol] = UInt32(t)
                    order.append(t)
                } else {
                    next[s * width + symbol] = next[fail[s] * width + symbol]
                }
            }
        }
        var merged = [[UInt32]](repeating: [], count: states)
        for s in order {
            merged[s] = own[s] + (s == 0 ? [] : merged[fail[s]])
        }
        // Number the states breadth first, so the shallow states every text walks through
        // share a few cache lines at the start of the table.
        var rank = [Int](repeating: 0, count: states)
        for (r, s) in order.enumerated() { rank[s] = r }
        var table = [UInt32](repeating: 0, count: states * width)
        var outputStart: [UInt32] = [0]
        var outputs: [UInt32] = []
        outputStart.reserveCapacity(states + 1)
        for (r, s) in order.enumerated() {
            outputs.append(contentsOf: merged[s])
            outputStart.append(UInt32(outputs.count))
            for symbol in 0..<width {
                let t = Int(next[s * width + symbol])
                table[r * width + symbol] = UInt32(rank[t]) | (merged[t].isEmpty ? 0 : Self.outputBit)
            }
        }
        if states < 1 << 15 {
            next16 = table.map { UInt16(($0 & 0x7FFF) | ($0 >> 16 & 0x8000)) }
            next32 = []
        } else {
            next16 = []
            next32 = table
        }
        self.outputStart = outputStart
        self.outputs = outputs
    }

    /// Calls `body(key, end)` for every key that ends at `end` (exclusive) in `symbols`.
    @inline(__always)
    func forEachMatch(in symbols: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        outputStart.withUnsafeBufferPointer { outputStart in
            outputs.withUnsafeBufferPointer { outputs in
                if !next16.isEmpty {
                    next16.withUnsafeBufferPointer { next in
                        var state = 0
                        for i in 0..<symbols.count {
                            let step = next[state &* Symbol.count &+ Int(symbols[i])]
                            state = Int(step & 0x7FFF)
                            if step & 0x8000 != 0 {
                                for k in Int(outputStart[state])..<Int(outputStart[state &+ 1]) { body(Int(outputs[k]), i &+ 1) }
                            }
                        }
                    }
                } else {
                    next32.withUnsafeBufferPointer { next in
                        var state = 0
                        for i in 0..<symbols.count {
                            let step = next[state &* Symbol.count &+ Int(symbols[i])]
                            state = Int(step & ~Self.outputBit)
                            if step & Self.outputBit != 0 {
                                for k in Int(outputStart[state])..<Int(outputStart[state &+ 1]) { body(Int(outputs[k]), i &+ 1) }
                            }
                        }
                    }
                }
            }
        }
    }
}
