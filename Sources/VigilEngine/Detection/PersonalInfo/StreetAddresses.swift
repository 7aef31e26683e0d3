/// Street addresses: a house number ("12", "12a", "Flat 3, 12") and a street name ending in
/// a street type word ("Acacia Avenue", "St Mary's Road", "The Green"), then an optional
/// town and postcode; the finding covers the whole address.
///
/// Written in capitals ("12 Acacia Avenue") any type word will do; in lower case only the
/// unmistakable ones ("12 acacia avenue", not "2 more for the walk"), with no everyday word
/// in the name. A number after "Year", "Class", "Room", "Top" ... is not a house number.
enum StreetAddresses {
    /// The address whose house number starts at byte `p`.
    static func match(_ t: ScanText, at p: Int) -> RawFinding? {
        guard let q = houseNumberEnd(t, p) else { return nil }
        // Most numbers are followed by something other than a word: "7:30", "£5", "4-2".
        let gap = t[q] == 0x2C ? q + 1 : q
        guard isAlnum(t[gap + t.spaceLength(at: gap)]), t.spaceLength(at: gap) > 0 || gap > q else { return nil }
        var start = p
        var flat = false
        if let (ws, we) = ContextWords.previousWord(t, before: p) {
            let w = Lexicon.classes(t, ws, we)
            if w.contains(.flat) {
                start = ws
                flat = true
            } else if w.contains(.notHouseNumber) {
                return nil
            }
        }
        // "£12 Acacia", "#5 Main Street", "No.5": a price or a label, not a house number.
        let before = t[p - 1]
        if before == 0xA3 || before == 0x24 || before == 0x23 || before == 0x2E || before == 0x2F || before == 0x3A {
            return nil
        }
        var streetEnd: Int
        var capitals: Bool
        if flat {
            // "Flat 3, 12 Acacia Avenue", "Flat 3 Acacia Court", "Flat 3B, Windsor House, 12 Park Road".
            let r = skipComma(t, q)
            if isDigit(t[r]), let n = houseNumberEnd(t, r), let (e, caps) = street(t, after: n) {
                (streetEnd, capitals) = (e, caps)
            } else if let (e, caps) = street(t, after: q, flatBuilding: true) {
                (streetEnd, capitals) = (e, caps)
                let r2 = skipComma(t, e)
                if isDigit(t[r2]), let n = houseNumberEnd(t, r2), let (e2, _) = street(t, after: n) {
                    streetEnd = e2
                }
            } else {
                return nil
            }
        } else {
            guard let (e, caps) = street(t, after: q) else { return nil }
            (streetEnd, capitals) = (e, caps)
        }
        var f = RawFinding(.streetAddress, start, streetEnd, capitals ? 0.8 : 0.6)
        f.streetEnd = streetEnd
        tail(t, &f)
        let ctx = Context(t, start, f.end)
        f.confidence = ctx.confidence(f.confidence, raised: ctx.wide.contains(.address))
        return f
    }

    /// The end of a house number at `p`: 1-4 digits, not 0, with at most one letter ("12a").
    private static func houseNumberEnd(_ t: ScanText, _ p: Int) -> Int? {
        var q = p
        var v = 0
        while isDigit(t[q]) && q - p < 5 { v = v * 10 + Int(t[q] &- 0x30); q += 1 }
        guard q > p, q - p <= 4, v > 0 else { return nil }
        if isLetter(t[q]) { q += 1 }
        guard !isAlnum(t[q]) else { return nil }
        return q
    }

    private static func skipComma(_ t: ScanText, _ q0: Int) -> Int {
        var q = q0
        if t[q] == 0x2C { q += 1 }
        q += t.spaceLength(at: q)
        return q
    }

    /// The end of the street name after a house number ending at `q`, and whether it was
    /// written in capitals.
    private static func street(_ t: ScanText, after q0: Int, flatBuilding: Bool = false) -> (Int, Bool)? {
        var q = q0
        if t[q] == 0x2C { q += 1 }
        let sl = t.spaceLength(at: q)
        guard sl > 0 else { return nil }
        q += sl
        guard isLetter(t[q]) else { return nil }
        let capitals = isUpper(t[q])
        let types: WordClass = flatBuilding ? [.streetType, .building] : (capitals ? .streetType : .plainStreetType)
        var best: Int?
        for k in 0..<(capitals ? 6 : 4) {
            let ws = q
            let we = t.wordEnd(from: ws)
            guard we > ws, isLetter(t[ws]), !isDigit(t[we]) else { break }
            let w = Lexicon.classes(t, ws, we)
            if capitals {
                if !isUpper(t[ws]) && !w.contains(.connector) {
                    // "10 Downing st", "4 Acacia rd": a type word in lower case ends the name.
                    if k > 0 && w.contains(.plainStreetType) { best = we }
                    break
                }
            } else if isUpper(t[ws]) {
                break
            }
            if k > 0 && !w.isDisjoint(with: types) { best = we }
            if !capitals && w.contains(.stop) { break }
            // One space to the next word, after an abbreviation's dot too ("St. John's Road").
            let dot = t[we] == 0x2E && we - ws <= 3 && isLetter(t[we + 1 + t.spaceLength(at: we + 1)]) ? 1 : 0
            let sp = t.spaceLength(at: we + dot)
            guard sp > 0, isLetter(t[we + dot + sp]) else { break }
            q = we + dot + sp
        }
        guard let e = best else { return nil }
        return (e, capitals)
    }

    /// Extends `f` over a town and postcode after the street: ", Leeds LS1 4AP",
    /// " LS1 4AP", ", Newcastle upon Tyne, NE1 4XF", ", Exampleton".
    private static func tail(_ t: ScanText, _ f: inout RawFinding) {
        var q = f.end
        let comma = t[q] == 0x2C
        if comma { q += 1 }
        let sl = t.spaceLength(at: q)
        guard sl > 0 else { return }
        q += sl
        if let pc = Postcodes.shape(t, at: q) {
            f.postcodeStart = q
            f.end = pc.end
            f.confidence = 0.95
            return
        }
        // Up to two comma-separated parts of capitalised words (town, county).
        var partEnd = -1
        var lastComma = comma
        for _ in 0..<2 {
            guard isUpper(t[q]) else { break }
            var e = q
            var words = 0
            var r = q
            while words < 3, isUpper(t[r]) || (words > 0 && isLower(t[r])) {
                let we = t.wordEnd(from: r)
                if isDigit(t[we]) { break }
                let w = Lexicon.classes(t, r, we)
                if isLower(t[r]) && !w.contains(.connector) { break }
                if words == 0 && !w.isDisjoint(with: [.stop, .streetType]) { break }
                // A town never ends on a connector: "Newcastle upon Tyne", not "Anytown and".
                if isUpper(t[r]) { e = we }
                words += 1
                let sp = t.spaceLength(at: we)
                guard sp > 0, isLetter(t[we + sp]) else { break }
                r = we + sp
            }
            guard words > 0 else { break }
            var next = e
            let c = t[next] == 0x2C
            if c { next += 1 }
            let s2 = t.spaceLength(at: next)
            if s2 > 0, let pc = Postcodes.shape(t, at: next + s2) {
                f.postcodeStart = next + s2
                f.end = pc.end
                f.confidence = 0.95
                return
            }
            if lastComma { partEnd = e }
            guard c, s2 > 0 else { break }
            lastComma = true
            q = next + s2
        }
        if partEnd > 0 {
            f.end = partEnd
            f.confidence += 0.05
        }
    }
}
