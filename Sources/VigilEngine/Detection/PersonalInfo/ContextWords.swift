/// What the words around a candidate say about it: "call me on" makes a number a phone,
/// "ref" or "ISBN" makes it something else.
struct ContextMask: OptionSet {
    let rawValue: UInt32

    static let phone = ContextMask(rawValue: 1 << 0)
    /// "number", "no": raises a phone only next to a possessive ("my number").
    static let numberWord = ContextMask(rawValue: 1 << 1)
    static let possessive = ContextMask(rawValue: 1 << 2)
    static let nhs = ContextMask(rawValue: 1 << 3)
    static let nationalInsurance = ContextMask(rawValue: 1 << 4)
    static let card = ContextMask(rawValue: 1 << 5)
    static let bank = ContextMask(rawValue: 1 << 6)
    static let sortCode = ContextMask(rawValue: 1 << 7)
    static let dateOfBirth = ContextMask(rawValue: 1 << 8)
    static let address = ContextMask(rawValue: 1 << 9)
    static let postcode = ContextMask(rawValue: 1 << 10)
    /// Reference, order, invoice, ISBN, room, score ...: the number is an identifier of a thing.
    static let reference = ContextMask(rawValue: 1 << 11)
    /// "Year 7", "Class 4", "Room 12", "Top 10": the number that follows is not a house number.
    static let notHouseNumber = ContextMask(rawValue: 1 << 12)

    /// Whether these words make a number a phone number.
    var raisesPhone: Bool {
        contains(.phone) || (contains(.numberWord) && contains(.possessive))
    }
}

/// The context words read around a candidate, as two masks: the words right before it
/// (lowering words count only there: "ref 0770..." but not "ref below, call 0770...") and a
/// wider window before and after (raising words: "call me on", "... is my mobile").
struct Context {
    /// Up to three words before the candidate.
    var near: ContextMask
    /// Up to six words before and three after.
    var wide: ContextMask

    var lowered: Bool { near.contains(.reference) }

    /// Reads the words around the candidate at bytes `start..<end`.
    init(_ t: ScanText, _ start: Int, _ end: Int) {
        var near = ContextMask()
        var wide = ContextMask()
        var i = start
        for k in 0..<6 {
            guard let (ws, we) = ContextWords.previousWord(t, before: i) else { break }
            let m = ContextWords.mask(t, ws, we)
            if k < 3 { near.formUnion(m) }
            wide.formUnion(m)
            i = ws
        }
        var j = end
        for _ in 0..<3 {
            guard let (ws, we) = ContextWords.nextWord(t, after: j) else { break }
            wide.formUnion(ContextWords.mask(t, ws, we))
            j = we
        }
        self.near = near
        self.wide = wide
    }

    /// `base` raised when `raise` holds and lowered when a reference word stands right
    /// before; 0...0.99.
    func confidence(_ base: Double, raised raise: Bool, by up: Double = 0.15) -> Double {
        var c = base
        if raise { c += up }
        if lowered { c -= 0.4 }
        return min(max(c, 0), 0.99)
    }
}

enum ContextWords {
    /// Bytes that belong to a context word: letters, digits and the inner marks of
    /// "d.o.b", "a/c", "mum's", "b-day", "e-mail".
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        isAlnum(b) || b == 0x2E || b == 0x2F || b == 0x27 || b == 0x2D
    }

    /// The word ending before `i` (skipping spaces and punctuation), trimmed of outer marks.
    static func previousWord(_ t: ScanText, before i: Int) -> (Int, Int)? {
        var e = i
        var skipped = 0
        while e > 0 && !isWordByte(t[e - 1]) {
            e -= 1
            skipped += 1
            if skipped > 8 { return nil }
        }
        guard e > 0 else { return nil }
        var s = e
        while s > 0 && isWordByte(t[s - 1]) && e - s < 24 { s -= 1 }
        return trimmed(t, s, e)
    }

    /// The word starting after `i` (skipping spaces and punctuation), trimmed of outer marks.
    static func nextWord(_ t: ScanText, after i: Int) -> (Int, Int)? {
        var s = i
        var skipped = 0
        while s < t.count && !isWordByte(t[s]) {
            s += 1
            skipped += 1
            if skipped > 8 { return nil }
        }
        guard s < t.count else { return nil }
        var e = s
        while e < t.count && isWordByte(t[e]) && e - s < 24 { e += 1 }
        return trimmed(t, s, e)
    }

    private static func trimmed(_ t: ScanText, _ s0: Int, _ e0: Int) -> (Int, Int)? {
        var s = s0
        var e = e0
        while s < e && !isAlnum(t[s]) { s += 1 }
        while e > s && !isAlnum(t[e - 1]) { e -= 1 }
        return s < e ? (s, e) : (s0, s0)
    }

    /// The mask of the word at bytes `s..<e`.
    static func mask(_ t: ScanText, _ s: Int, _ e: Int) -> ContextMask {
        let n = e - s
        guard n > 0 && n <= 15 else { return [] }
        let word = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { buf in
            for k in 0..<n { buf[k] = lowerASCII(t.bytes[s + k]) }
            return String(decoding: UnsafeBufferPointer(buf), as: UTF8.self)
        }
        return lexicon[word] ?? []
    }

    static let lexicon: [String: ContextMask] = {
        var d: [String: ContextMask] = [:]
        func add(_ m: ContextMask, _ words: String) {
            for w in words.split(separator: " ") { d[String(w), default: []].formUnion(m) }
        }
        add(.phone, """
            call calls called calling ring rang ringing text texts texted txt phone phoned \
            phoning tel telephone mobile mob whatsapp contact reach dial landline cell \
            sms fone ph cellphone
            """)
        add(.numberWord, "number numbers no num nr numb")
        add(.possessive, "my his her our their your mum dad mums dads mum's dad's new home work personal")
        add(.nhs, "nhs chi health hospital gp")
        add(.nationalInsurance, "ni n.i nino insurance")
        add(.card, "card cards visa mastercard amex debit credit cvv cvc expiry exp")
        add(.bank, "sort account acc acct a/c bank banking iban bacs transfer payee")
        add(.sortCode, "sort")
        add(.dateOfBirth, "dob d.o.b birth birthday born bday b'day b-day birthdate dateofbirth")
        add(.address, """
            address addr live lives living lived moved house home staying stays round visit \
            deliver delivered postcode
            """)
        add(.postcode, "postcode post postal address live lives living lived")
        add(.reference, """
            ref refs reference order orders invoice isbn isbn-10 isbn-13 room rm score \
            scored scores tracking booking ticket case receipt transaction serial product \
            item page candidate policy membership flight model part sku batch id barcode \
            voucher ucas upn exam result results points pts total edition book catalogue \
            lot doi ean upc imei vin parcel consignment claim application
            """)
        add(.notHouseNumber, """
            year years yr class room rm page pages top under u group form set team chapter \
            bus route platform gate level grade stage size part step day days week weeks \
            term ks key aged age score scored won lost beat vs v plus minus about nearly \
            over only just by times x the our a an my your his her their these those first \
            last next every all sat sats gcse
            """)
        return d
    }()
}
