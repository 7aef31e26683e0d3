/// What a word is to the recognisers: a context word ("call", "ref", "DOB"), a street type
/// ("Road"), a month, an everyday word ... One word can be several.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    // Context words (see `Context`).
    static let phone = WordClass(rawValue: 1 << 0)
    /// "number", "no": raises a phone only next to a possessive ("my number").
    static let numberWord = WordClass(rawValue: 1 << 1)
    static let possessive = WordClass(rawValue: 1 << 2)
    static let nhs = WordClass(rawValue: 1 << 3)
    static let nationalInsurance = WordClass(rawValue: 1 << 4)
    static let card = WordClass(rawValue: 1 << 5)
    static let bank = WordClass(rawValue: 1 << 6)
    static let sortCode = WordClass(rawValue: 1 << 7)
    static let dateOfBirth = WordClass(rawValue: 1 << 8)
    static let address = WordClass(rawValue: 1 << 9)
    static let postcode = WordClass(rawValue: 1 << 10)
    /// Reference, order, invoice, ISBN, room, score ...: the number is an identifier of a thing.
    static let reference = WordClass(rawValue: 1 << 11)
    /// "Year 7", "Class 4", "Room 12", "Top 10": the number that follows is not a house number.
    static let notHouseNumber = WordClass(rawValue: 1 << 12)

    // Street addresses.
    static let streetType = WordClass(rawValue: 1 << 20)
    /// Street types unmistakable in lower case ("road", not "walk").
    static let plainStreetType = WordClass(rawValue: 1 << 21)
    /// What ends a building's name after "Flat 3" ("House", "Court").
    static let building = WordClass(rawValue: 1 << 22)
    /// Lower-case words inside a capitalised name ("upon" in "Newcastle upon Tyne").
    static let connector = WordClass(rawValue: 1 << 23)
    /// Everyday words that are never part of a street name in lower case, nor start a town.
    static let stop = WordClass(rawValue: 1 << 24)
    static let flat = WordClass(rawValue: 1 << 25)

    // E-mail addresses and dates.
    /// Words read before "at" in ordinary sentences, not local parts ("look at ...").
    static let everyday = WordClass(rawValue: 1 << 30)
    /// Words before a local part that make "x at y.com" a link ("more info at ...").
    static let leadIn = WordClass(rawValue: 1 << 31)
    static let topLevelDomain = WordClass(rawValue: 1 << 32)
    static let month = WordClass(rawValue: 1 << 33)

    /// Whether these context words make a number a phone number.
    var raisesPhone: Bool {
        contains(.phone) || (contains(.numberWord) && contains(.possessive))
    }
}

/// A hash table from 64-bit word hashes to 64-bit values, with open addressing and no
/// hashing beyond the key: lookups on the scanning path must not build a String or run SipHash.
struct WordTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private let shift: UInt64

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds `value`'s bits to the key's value. Key 0 is reserved for empty slots.
    mutating func insert(_ key: UInt64, or value: UInt64) {
        let k = key == 0 ? 1 : key
        var i = slot(k)
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & (keys.count - 1) }
        keys[i] = k
        values[i] |= value
    }

    /// The key's value, or 0.
    @inline(__always) func value(_ key: UInt64) -> UInt64 {
        let k = key == 0 ? 1 : key
        var i = slot(k)
        while true {
            let s = keys[i]
            if s == k { return values[i] }
            if s == 0 { return 0 }
            i = (i + 1) & (keys.count - 1)
        }
    }
}

/// The words the recognisers know, looked up by the bytes of the text.
enum Lexicon {
    /// FNV-1a of bytes `s..<e` in ASCII lower case.
    @inline(__always) static func hash(_ t: ScanText, _ s: Int, _ e: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in s..<e { h = (h ^ UInt64(lowerASCII(t.bytes[i]))) &* 0x100_0000_01b3 }
        return h
    }

    /// FNV-1a of bytes already folded.
    static func hash<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The classes of the word at bytes `s..<e` (any case).
    @inline(__always) static func classes(_ t: ScanText, _ s: Int, _ e: Int) -> WordClass {
        guard e > s && e - s <= 24 else { return [] }
        return WordClass(rawValue: table.value(hash(t, s, e)))
    }

    static let table: WordTable = {
        var entries: [(String, WordClass)] = []
        func add(_ c: WordClass, _ words: String) {
            for w in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) { entries.append((String(w), c)) }
        }
        add(.phone, """
            call calls called calling ring rang ringing text texts texted txt phone phoned \
            phoning tel telephone mobile mob whatsapp contact reach dial landline cell sms \
            fone ph cellphone
            """)
        add(.numberWord, "number numbers no num nr numb")
        add(.possessive, "my his her our their your mum dad mums dads mum's dad's new home work personal")
        add(.nhs, "nhs chi health hospital gp")
        add(.nationalInsurance, "ni n.i nino insurance")
        add(.card, "card cards visa mastercard amex debit credit cvv cvc expiry exp")
        add(.bank, "sort s/c account acc acct a/c bank banking iban bacs transfer payee")
        add(.sortCode, "sort s/c")
        add(.dateOfBirth, "dob d.o.b birth birthday born bday b'day b-day birthdate dateofbirth")
        add(.address, """
            address addr live lives living lived moved house home staying stays round visit \
            deliver delivered postcode
            """)
        add(.postcode, "postcode post postal address live lives living lived")
        add(.reference, """
            ref refs reference order orders invoice isbn isbn-10 isbn-13 room rm score scored \
            scores tracking booking ticket case receipt transaction serial product item page \
            candidate policy membership flight model part sku batch id barcode voucher ucas \
            upn exam result results points pts total edition book catalogue lot doi ean upc \
            imei vin parcel consignment claim application
            """)
        add(.notHouseNumber, """
            year years yr class room rm page pages top under u group form set team chapter \
            bus route platform gate level grade stage size part step day days week weeks term \
            ks key aged age score scored won lost beat vs v plus minus about nearly over only \
            just by times x the our a an my your his her their these those first last next \
            every all sat sats gcse
            """)
        add(.streetType, """
            road rd street st avenue ave av lane ln close cl drive dr way crescent cres gardens \
            gdns court ct place pl terrace terr grove gr row mews hill park view walk rise \
            square sq green parade pde boulevard vale wharf yard drove gate meadow meadows \
            fields approach bank brow chase croft dale garth hollow lea mount nook orchard path \
            quay ridge wynd villas circus embankment esplanade promenade broadway end side \
            heights crest link loop passage cottages buildings hey fold
            """)
        add(.plainStreetType, """
            road rd street st avenue ave lane ln crescent terrace mews gardens grove close drive \
            court place square
            """)
        add(.building, """
            house lodge mansions tower towers apartments block hall point building court \
            gardens place view heights buildings cottages mews
            """)
        add(.connector, "upon on under in by the de la le en of")
        add(.stop, """
            the a an and or but to of in on at for with from by my your our their his her its \
            we you i they he she it is are was were be been more less very so too this that \
            these those some any all no not just only also then than please thanks thank hi \
            hello dear if when where what who why how come call ring text see meet near up \
            down off out over into about after before around every each other new old big \
            small little long short hours hour mins minutes miles mile km kids children people \
            times years days weeks points goals cars different same next last first second \
            third get got go went going have has had do did done will would can could should \
            may might must lovely great good nice best brilliant amazing well today tomorrow \
            tonight yesterday week weekend morning afternoon evening night way
            """)
        add(.flat, "flat apartment apt unit suite maisonette")
        add(.everyday, """
            i me us you him her them it we they he she this that these those here there look \
            looking looked arrive arrived arriving meet meeting met see seen saw stay staying \
            sale sales deal deals offer offers available online shop shopping buy bought sold \
            info information details more find found visit website site page tickets book \
            booking apply register live lives based open opens school home work everyone all \
            out up in on is are was were be been and or but the a an just only even still \
            also now then people kids children parents staff click link go come came get got \
            party event events fair pick drop collect collected starts start started finish \
            ends kickoff today tomorrow tonight day night lunch dinner breakfast class \
            assembly gate gates door doors office reception photos pictures pics video post posted
            """)
        add(.leadIn, "more further for full find see visit")
        add(.topLevelDomain, """
            com org net uk co ac sch gov nhs edu io me info biz ie fr de es it nl eu us ca au \
            in scot wales cymru london email online test example invalid localhost mail app \
            dev tv live
            """)
        add(.month, """
            january february march april may june july august september october november \
            december jan feb mar apr jun jul aug sep sept oct nov dec
            """)
        var table = WordTable(capacity: entries.count)
        for (w, c) in entries { table.insert(hash(Array(w.utf8)), or: c.rawValue) }
        return table
    }()
}
