/// Entries that name a term list, `kill all {groups}`, stand for one entry per term.
enum TermExpansion {
    /// The most entries one entry may stand for, so that two large term lists in one
    /// entry cannot blow the matcher up.
    static let limit = 5_000

    /// The names inside braces, in order.
    static func placeholders(in entry: String) -> [String] {
        var names: [String] = []
        var rest = entry[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The entry with each `{name}` replaced by every term of that list (all combinations);
    /// the entry itself when it names none. Unknown names expand to nothing.
    static func expand(_ entry: String, terms: [String: [String]]) -> [String] {
        guard let open = entry.firstIndex(of: "{"), let close = entry[open...].firstIndex(of: "}") else { return [entry] }
        let name = String(entry[entry.index(after: open)..<close])
        let head = entry[..<open]
        let tail = String(entry[entry.index(after: close)...])
        var out: [String] = []
        for term in terms[name] ?? [] {
            for rest in expand(tail, terms: terms) {
                out.append(head + term + rest)
                if out.count >= limit { return out }
            }
        }
        return out
    }
}

/// The conditions found by code that a list can `require`.
enum ConditionSignals {
    /// `staff`: a member of staff named by title ("Mr Hughes", "Mrs. Patel");
    /// `price`: an amount of money (£5, $20, 50p, 10 pounds); `link`: a web address.
    static let names = ["staff", "price", "link"]
    /// Their bits in the detector's condition masks, in the order of `names`.
    static let staffBit: UInt64 = 1, priceBit: UInt64 = 2, linkBit: UInt64 = 4
}
