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
        guard var q = houseNumberEnd(t, p) else { return nil }
        var start = p
        var flat = false
        if let (ws, we) = ContextWords.previousWord(t, before: p) {
            let w = lowerWord(t, ws, we)
            if flatWords.contains(w) {
                start = ws
                flat = true
            } else if ContextWords.mask(t, ws, we).contains(.notHouseNumber) {
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
        q = streetEnd
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
        let types = flatBuilding ? buildingWords : typeWords(capitals)
        var best: Int?
        for k in 0..<(capitals ? 6 : 4) {
            let ws = q
            let we = t.wordEnd(from: ws)
            guard we > ws, isLetter(t[ws]), !isDigit(t[we]) else { break }
            let w = lowerWord(t, ws, we)
            if capitals {
                if !isUpper(t[ws]) && !connectors.contains(w) { break }
            } else if isUpper(t[ws]) {
                break
            }
            if k > 0 && types.contains(w) { best = we }
            if !capitals && stopWords.contains(w) { break }
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
                let w = lowerWord(t, r, we)
                if isLower(t[r]) && !connectors.contains(w) { break }
                if words == 0 && (stopWords.contains(w) || typeWords(true).contains(w)) { break }
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

    private static func lowerWord(_ t: ScanText, _ s: Int, _ e: Int) -> String {
        let n = min(e - s, 24)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { buf in
            for k in 0..<n { buf[k] = lowerASCII(t[s + k]) }
            return String(decoding: UnsafeBufferPointer(buf), as: UTF8.self)
        }
    }

    private static func typeWords(_ capitals: Bool) -> Set<String> {
        capitals ? allTypeWords : plainTypeWords
    }

    static let flatWords: Set<String> = ["flat", "apartment", "apt", "unit", "suite", "maisonette"]

    /// Street type words, full and abbreviated.
    static let allTypeWords: Set<String> = words("""
        road rd street st avenue ave av lane ln close cl drive dr way crescent cres gardens \
        gdns court ct place pl terrace terr grove gr row mews hill park view walk rise square \
        sq green parade pde boulevard vale wharf yard drove gate meadow meadows fields \
        approach bank brow chase croft dale garth hollow lea mount nook orchard path quay \
        ridge wynd villas circus embankment esplanade promenade broadway end side heights \
        crest link loop passage cottages buildings hey fold gardens
        """)

    /// The type words that stay unmistakable in lower case.
    static let plainTypeWords: Set<String> = words("""
        road rd street st avenue ave lane ln crescent terrace mews gardens grove close drive \
        court place square
        """)

    /// What ends a building's name after "Flat 3": "Windsor House", "Acacia Court".
    static let buildingWords: Set<String> = allTypeWords.union(words("""
        house lodge mansions tower towers apartments block hall point building
        """))

    /// Lower-case words allowed inside a capitalised name: "Newcastle upon Tyne".
    static let connectors: Set<String> = words("upon on under in by the de la le en of")

    /// Everyday words that never make up a street name written in lower case, nor start a town.
    static let stopWords: Set<String> = words("""
        the a an and or but to of in on at for with from by my your our their his her its \
        we you i they he she it is are was were be been more less very so too this that \
        these those some any all no not just only also then than please thanks thank hi \
        hello dear if when where what who why how come call ring text see meet near up down \
        off out over into about after before around every each other new old big small \
        little long short hours hour mins minutes miles mile km kids children people times \
        years days weeks points goals cars different same next last first second third \
        get got go went going have has had do did done will would can could should may \
        might must lovely great good nice best brilliant amazing well done today tomorrow \
        tonight yesterday week weekend morning afternoon evening night
        """)

    private static func words(_ s: String) -> Set<String> {
        Set(s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
