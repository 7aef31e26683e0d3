import Foundation

/// The school's own published phone numbers, e-mail addresses and postal addresses, which
/// are never flagged however a comment writes them: numbers are compared by their national
/// digits ("+44 (0)113 496 0000" is "0113-496-0000"), e-mail addresses spelled out or not and
/// in any case, addresses by house number and street (abbreviations expanded) and postcode.
struct PublishedDetails: Sendable {
    private var phones: Set<String> = []
    private var emails: Set<String> = []
    private var postcodes: Set<String> = []
    /// Canonical "house number + street" of each published address.
    private var streets: Set<String> = []
    /// Each published address, canonical, between spaces, for token-bounded containment.
    private var addresses: [String] = []

    init(_ config: PersonalInfoConfig) {
        for p in config.publishedPhones {
            let key = PublishedDetails.phoneKey(Array(p.utf8))
            if !key.isEmpty { phones.insert(key) }
        }
        for e in config.publishedEmails {
            emails.insert(PublishedDetails.emailKey(Array(e.utf8)))
        }
        for a in config.publishedAddresses {
            addresses.append(" " + PublishedDetails.addressKey(Array(a.utf8)) + " ")
            var found: [RawFinding] = []
            let bytes = Array(a.utf8)
            bytes.withUnsafeBufferPointer { buf in
                let t = ScanText(bytes: buf)
                Recognisers.findAll(t, into: &found)
                for f in found {
                    if f.kind == .postcode {
                        postcodes.insert(PublishedDetails.postcodeKey(t, f.start, f.end))
                    } else if f.kind == .streetAddress {
                        streets.insert(PublishedDetails.addressKey(Array(buf[f.start..<f.streetEnd])))
                        if f.postcodeStart >= 0 {
                            postcodes.insert(PublishedDetails.postcodeKey(t, f.postcodeStart, f.end))
                        }
                    }
                }
            }
        }
    }

    var isEmpty: Bool { phones.isEmpty && emails.isEmpty && postcodes.isEmpty && addresses.isEmpty }

    /// Whether `f` is one of the school's own published details.
    func excludes(_ f: RawFinding, in t: ScanText) -> Bool {
        let bytes = Array(t.bytes[f.start..<f.end])
        switch f.kind {
        case .ukMobile, .ukLandline, .ukNonGeographic, .internationalPhone:
            return phones.contains(PublishedDetails.phoneKey(bytes))
        case .email:
            return emails.contains(PublishedDetails.emailKey(bytes))
        case .postcode:
            return postcodes.contains(PublishedDetails.postcodeKey(t, f.start, f.end))
        case .streetAddress:
            let street = PublishedDetails.addressKey(Array(t.bytes[f.start..<f.streetEnd]))
            if f.postcodeStart >= 0 && !postcodes.isEmpty
                && !postcodes.contains(PublishedDetails.postcodeKey(t, f.postcodeStart, f.end)) {
                return false
            }
            if streets.contains(street) { return true }
            let whole = " " + PublishedDetails.addressKey(bytes) + " "
            return addresses.contains { $0.contains(" " + street + " ") || $0.contains(whole) }
        default:
            return false
        }
    }

    /// A phone number's national digits ("01134960000"), or "+" and all its digits for a
    /// number outside the UK. The letter o counts as 0; a trunk "(0)" is dropped.
    static func phoneKey(_ bytes: [UInt8]) -> String {
        var digits: [UInt8] = []
        var plus = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x2B { plus = true }
            if b == 0x28 && i + 2 < bytes.count && bytes[i + 1] == 0x30 && bytes[i + 2] == 0x29 && !digits.isEmpty {
                i += 3  // "(0)" after a country code
                continue
            }
            if isDigit(b) { digits.append(b) } else if (b == 0x6F || b == 0x4F) { digits.append(0x30) }
            i += 1
        }
        if !plus && digits.starts(with: [0x30, 0x30]) {
            digits.removeFirst(2)
            plus = true
        }
        var key = digits
        if plus {
            if digits.starts(with: [0x34, 0x34]) {
                key = Array(digits.dropFirst(2))
                if key.first == 0x30 { key.removeFirst() }
                key.insert(0x30, at: 0)
            } else {
                key.insert(0x2B, at: 0)
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// An e-mail address in lower case with spelled-out "at" and "dot" turned back.
    static func emailKey(_ bytes: [UInt8]) -> String {
        var s = String(decoding: bytes, as: UTF8.self).lowercased()
        for (from, to) in [
            ("[at]", "@"), ("(at)", "@"), ("{at}", "@"), ("<at>", "@"),
            ("[dot]", "."), ("(dot)", "."), ("{dot}", "."), ("<dot>", "."),
            (" at ", "@"), (" dot ", "."),
        ] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        return String(s.unicodeScalars.filter { $0 != " " })
    }

    /// A postcode in capitals without its space.
    static func postcodeKey(_ t: ScanText, _ s: Int, _ e: Int) -> String {
        String(decoding: (s..<e).compactMap { isAlnum(t[$0]) ? upperASCII(t[$0]) : nil }, as: UTF8.self)
    }

    /// An address as lower-case words and numbers separated by single spaces, street
    /// abbreviations written out ("Rd" is "road"), punctuation dropped.
    static func addressKey(_ bytes: [UInt8]) -> String {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            let w = String(decoding: current, as: UTF8.self)
            words.append(abbreviations[w] ?? w)
            current.removeAll(keepingCapacity: true)
        }
        for b in bytes {
            if isAlnum(b) { current.append(lowerASCII(b)) } else if b != 0x27 { flush() }
        }
        flush()
        return words.joined(separator: " ")
    }

    static let abbreviations: [String: String] = [
        "rd": "road", "st": "street", "ave": "avenue", "av": "avenue", "ln": "lane",
        "cl": "close", "dr": "drive", "cres": "crescent", "gdns": "gardens", "ct": "court",
        "pl": "place", "sq": "square", "terr": "terrace", "gr": "grove", "pde": "parade",
    ]
}
