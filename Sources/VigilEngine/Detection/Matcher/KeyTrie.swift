/// A trie of keys over the normalised alphabet, as a flat transition table: a walk from a
/// position reads one table entry a symbol and stops at the first symbol no key continues
/// with, learning on the way which keys end where.
///
/// The matcher walks it from word starts (most entries begin a word) rather than running an
/// Aho–Corasick automaton over every symbol: a walk through an ordinary word dies after a
/// letter or two in the shallow, cache-resident rows, where the automaton's failure states
/// sent every symbol to a different, mostly cold, row of a table of a megabyte or more.
struct KeyTrie: Sendable {
    /// `next[state * Symbol.count + symbol]`: the child state, 0 when there is none (the root
    /// is nobody's child), with the top bit set when keys end in the child, so a step is one
    /// load. In 16 bits while the states fit, else in 32.
    private let next16: [UInt16]
    private let next32: [UInt32]
    private static let outputBit: UInt32 = 1 << 31
    /// For state s, the keys ending there are `outputs[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [UInt32]
    private let outputs: [UInt32]

    var stateCount: Int { outputStart.count - 1 }

    /// Builds the trie for `keys` (sequences of symbols); a key's index is what `walk`
    /// reports. States are numbered breadth first, so the shallow rows every walk starts in
    /// share a few cache lines at the start of the table.
    init(keys: [[UInt8]]) {
        let width = Symbol.count
        var goto = [Int32](repeating: 0, count: width)
        var own: [[UInt32]] = [[]]
        for (index, key) in keys.enumerated() where !key.isEmpty {
            var s = 0
            for symbol in key {
                let t = Int(goto[s * width + Int(symbol)])
                if t > 0 {
                    s = t
                } else {
                    let created = own.count
                    goto.append(contentsOf: repeatElement(0, count: width))
                    own.append([])
                    goto[s * width + Int(symbol)] = Int32(created)
                    s = created
                }
            }
            own[s].append(UInt32(index))
        }
        let states = own.count
        var order: [Int] = [0]
        order.reserveCapacity(states)
        var head = 0
        while head < order.count {
            let s = order[head]
            head += 1
            for symbol in 0..<width where goto[s * width + symbol] > 0 { order.append(Int(goto[s * width + symbol])) }
        }
        var rank = [Int](repeating: 0, count: states)
        for (r, s) in order.enumerated() { rank[s] = r }
        var table = [UInt32](repeating: 0, count: states * width)
        var outputStart: [UInt32] = [0]
        var outputs: [UInt32] = []
        outputStart.reserveCapacity(states + 1)
        for (r, s) in order.enumerated() {
            outputs.append(contentsOf: own[s])
            outputStart.append(UInt32(outputs.count))
            for symbol in 0..<width {
                let t = Int(goto[s * width + symbol])
                if t > 0 { table[r * width + symbol] = UInt32(rank[t]) | (own[t].isEmpty ? 0 : Self.outputBit) }
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

    /// Calls `body(key, end)` for every key that starts at `start` in `symbols`, `end` being
    /// exclusive, shortest first.
    @inline(__always)
    func walk(_ symbols: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Int, Int) -> Void) {
        outputStart.withUnsafeBufferPointer { outputStart in
            outputs.withUnsafeBufferPointer { outputs in
                if !next16.isEmpty {
                    next16.withUnsafeBufferPointer { next in
                        var state = 0
                        var i = start
                        while i < symbols.count {
                            let step = next[state &* Symbol.count &+ Int(symbols[i])]
                            if step == 0 { return }
                            state = Int(step & 0x7FFF)
                            i &+= 1
                            if step & 0x8000 != 0 {
                                for k in Int(outputStart[state])..<Int(outputStart[state &+ 1]) { body(Int(outputs[k]), i) }
                            }
                        }
                    }
                } else {
                    next32.withUnsafeBufferPointer { next in
                        var state = 0
                        var i = start
                        while i < symbols.count {
                            let step = next[state &* Symbol.count &+ Int(symbols[i])]
                            if step == 0 { return }
                            state = Int(step & ~Self.outputBit)
                            i &+= 1
                            if step & Self.outputBit != 0 {
                                for k in Int(outputStart[state])..<Int(outputStart[state &+ 1]) { body(Int(outputs[k]), i) }
                            }
                        }
                    }
                }
            }
        }
    }
}
