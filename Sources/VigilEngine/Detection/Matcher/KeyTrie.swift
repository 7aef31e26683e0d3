/// A trie of keys over the normalised alphabet, laid out as a double array: a walk from a
/// position reads one 64-bit slot a symbol and stops at the first symbol no key continues
/// with, learning on the way which keys end where.
///
/// The matcher walks it from word starts (most entries begin a word) rather than running an
/// Aho–Corasick automaton over every symbol: a walk through an ordinary word dies after a
/// letter or two in the shallow, cache-resident states, where the automaton's failure states
/// sent every symbol to a different, mostly cold, row of a table of a megabyte or more.
///
/// Double array: the child of the state in slot s for symbol c is slot `base(s) + c`, and it
/// is that state's child only if the slot names s as its parent. The bases are chosen so that
/// the children of all states interleave in one array with few holes: a state costs about one
/// 8-byte slot, against a row of `Symbol.count` entries, so the trie of the default rules stays
/// in cache, and a step is one load and one compare.
struct KeyTrie: Sendable {
    /// Per slot: the low 32 bits are the parent's slot + 1 (0: a free slot), bits 32..<63 the
    /// base of the state in the slot, bit 63 set when keys end in it.
    private let slots: [UInt64]
    private static let outputBit: UInt64 = 1 << 63
    /// For a state's slot s with keys ending in it: `outputs[outputRange[s].0..<outputRange[s].1]`.
    private let outputRange: [(UInt32, UInt32)]
    private let outputs: [UInt32]
    let stateCount: Int
    /// The first two steps of every walk in one look-up: `pairs[a * pairColumns + b]` is the
    /// slot reached from the root by symbols a then b (b may be `Symbol.end`), 0 when the walk
    /// dies there with no key ending after a, or `UInt32.max` when a key ends after a (the
    /// walk then goes step by step).
    private let pairs: [UInt32]
    static let pairColumns = Symbol.count + 1

    /// Builds the trie for `keys` (sequences of symbols); a key's index is what `walk`
    /// reports.
    init(keys: [[UInt8]]) {
        let width = Symbol.count
        // The trie first as lists of children (first child, next sibling), which costs 12
        // bytes a state where rows of `width` entries cost 148 and had to be zeroed.
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var symbolOf: [UInt8] = [0]
        var own: [[UInt32]] = [[]]
        let total = keys.reduce(0) { $0 + $1.count } + 1
        firstChild.reserveCapacity(total)
        nextSibling.reserveCapacity(total)
        symbolOf.reserveCapacity(total)
        own.reserveCapacity(total)
        for (index, key) in keys.enumerated() where !key.isEmpty {
            var s = 0
            for symbol in key {
                var t = Int(firstChild[s])
                while t >= 0 && symbolOf[t] != symbol { t = Int(nextSibling[t]) }
                if t < 0 {
                    t = own.count
                    firstChild.append(-1)
                    nextSibling.append(firstChild[s])
                    symbolOf.append(symbol)
                    own.append([])
                    firstChild[s] = Int32(t)
                }
                s = t
            }
            own[s].append(UInt32(index))
        }
        stateCount = own.count
        // Then placed breadth first (the shallow states every walk reads end up together at
        // the front): each state's base is the first at which all its children's slots are
        // free.
        var slotOf = [Int](repeating: -1, count: own.count)
        var base = [Int](repeating: 0, count: own.count)
        var parent: [Int] = [0]  // per slot: parent slot + 1, 0 while free
        var used: [Bool] = [true]  // the root's slot
        slotOf[0] = 0
        var firstFree = 1
        var queue: [Int] = [0]
        queue.reserveCapacity(own.count)
        var head = 0
        var children: [(symbol: Int, state: Int)] = []
        while head < queue.count {
            let s = queue[head]
            head += 1
            children.removeAll(keepingCapacity: true)
            var t = Int(firstChild[s])
            while t >= 0 {
                children.append((Int(symbolOf[t]), t))
                t = Int(nextSibling[t])
            }
            if children.isEmpty { continue }
            children.sort { $0.symbol < $1.symbol }
            let lowest = children[0].symbol
            while firstFree < used.count && used[firstFree] { firstFree += 1 }
            var b = max(1, firstFree - lowest)
            search: while true {
                for c in children where b + c.symbol < used.count && used[b + c.symbol] {
                    b += 1
                    continue search
                }
                break
            }
            base[s] = b
            let needed = b + width
            if used.count < needed {
                used.append(contentsOf: repeatElement(false, count: needed - used.count))
                parent.append(contentsOf: repeatElement(0, count: needed - parent.count))
            }
            for c in children {
                used[b + c.symbol] = true
                parent[b + c.symbol] = slotOf[s] + 1
                slotOf[c.state] = b + c.symbol
                queue.append(c.state)
            }
        }
        // Room past every state's base for any byte, not only the symbols of keys: the end
        // marker after a text's symbols (`Symbol.end`) leads a walk to a slot naming another
        // parent, so the walk reads no count and checks no bound.
        var slots = [UInt64](repeating: 0, count: max(used.count, width + 1) + 256)
        var outputRange = [(UInt32, UInt32)](repeating: (0, 0), count: slots.count)
        var outputs: [UInt32] = []
        for s in 0..<own.count {
            let slot = slotOf[s]
            var word = UInt64(slot < parent.count ? parent[slot] : 0) | UInt64(base[s]) << 32
            if !own[s].isEmpty {
                word |= Self.outputBit
                outputRange[slot] = (UInt32(outputs.count), UInt32(outputs.count + own[s].count))
                outputs.append(contentsOf: own[s])
            }
            slots[slot] = word
        }
        precondition(slots.count < 1 << 31, "a trie of \(slots.count) slots is too large")
        let columns = Self.pairColumns
        var pairs = [UInt32](repeating: 0, count: columns * columns)
        let rootBase = Int(slots[0] >> 32 & 0x7FFF_FFFF)
        for a in 0..<Symbol.count {
            let first = rootBase + a
            guard UInt32(truncatingIfNeeded: slots[first]) == 1 else { continue }
            if slots[first] & Self.outputBit != 0 {
                for b in 0..<columns { pairs[a * columns + b] = .max }
                continue
            }
            let base = Int(slots[first] >> 32 & 0x7FFF_FFFF)
            for b in 0..<columns where UInt32(truncatingIfNeeded: slots[base + b]) == UInt32(first + 1) {
                pairs[a * columns + b] = UInt32(base + b)
            }
        }
        self.pairs = pairs
        self.slots = slots
        self.outputRange = outputRange
        self.outputs = outputs
    }

    /// Calls `body(slots, pairs)` with the trie's slots and first-two-steps table, for
    /// `walk`: held for a whole text, so a walk from each word start does not fetch them again.
    @inline(__always)
    func withSlots<R>(_ body: (UnsafePointer<UInt64>, UnsafePointer<UInt32>) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            pairs.withUnsafeBufferPointer { pairs in body(slots.baseAddress!, pairs.baseAddress!) }
        }
    }

    /// Calls `body(key, end)` for every key that starts at `start` in `symbols`, `end` being
    /// exclusive, shortest first. `slots` come from `withSlots`; the symbols must end with
    /// `Symbol.end` (`NormalisedText.terminatedSymbols`).
    @inline(__always)
    func walk(
        _ slots: UnsafePointer<UInt64>, _ pairs: UnsafePointer<UInt32>, _ symbols: UnsafePointer<UInt8>, from start: Int,
        _ body: (Int, Int) -> Void
    ) {
        // `start` is before the end, so the symbol after it can be read (perhaps `Symbol.end`).
        let pair = pairs[Int(symbols[start]) &* Self.pairColumns &+ Int(symbols[start &+ 1])]
        if pair == 0 { return }
        var state = 0
        var i = start
        if pair != .max {
            state = Int(pair)
            i = start &+ 2
            if slots[state] & Self.outputBit != 0 { report(state, i, body) }
        }
        while true {
            (state, i) = Self.advance(symbols, slots, state: state, at: i)
            if state < 0 { return }
            report(state, i, body)
        }
    }

    /// Calls `body(key, end)` for the keys ending in the state in slot `state`.
    @inline(__always)
    private func report(_ state: Int, _ end: Int, _ body: (Int, Int) -> Void) {
        outputRange.withUnsafeBufferPointer { outputRange in
            outputs.withUnsafeBufferPointer { outputs in
                let (lo, hi) = outputRange[state]
                for k in Int(lo)..<Int(hi) { body(Int(outputs[k]), end) }
            }
        }
    }

    /// Follows the symbols from the state in slot `state`, position `i`, up to the first state
    /// that keys end in (its slot and the position after it) or to where the walk dies
    /// (slot -1): at the latest at `Symbol.end`, which no state has a child for.
    ///
    /// Not inlined: on its own the loop keeps everything in registers (a step is a load, a
    /// compare and a few adds), where inlined into the matcher's loop it spilled to the stack.
    @inline(never)
    private static func advance(
        _ symbols: UnsafePointer<UInt8>, _ slots: UnsafePointer<UInt64>, state: Int, at i: Int
    ) -> (Int, Int) {
        var state = state
        var base = Int(slots[state] >> 32 & 0x7FFF_FFFF)
        var i = i
        while true {
            // A leaf's base is 0: its "children" land in the front slots, never its own. Any
            // base + any byte is a slot (see `init`), so no bound is checked.
            let t = base &+ Int(symbols[i])
            let word = slots[t]
            if UInt32(truncatingIfNeeded: word) != UInt32(truncatingIfNeeded: state &+ 1) { return (-1, i) }
            state = t
            i &+= 1
            if word & outputBit != 0 { return (state, i) }
            base = Int(word >> 32 & 0x7FFF_FFFF)
        }
    }
}
