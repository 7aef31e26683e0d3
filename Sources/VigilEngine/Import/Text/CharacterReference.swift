/// HTML character references: `&amp;`, `&#8217;`, `&#x1F600;` and the named ones that comment
/// text meets (punctuation, currency, accented Latin letters).
enum CharacterReference {
    /// The scalars a reference at `i` (`&`) stands for and the index after its `;`, or nil when
    /// it is not one (then the `&` is text).
    static func decode(_ s: [Unicode.Scalar], at i: Int) -> ([Unicode.Scalar], Int)? {
        var j = i + 1
        guard j < s.count else { return nil }
        if s[j] == "#" {
            j += 1
            var hex = false
            if j < s.count, s[j] == "x" || s[j] == "X" { hex = true; j += 1 }
            var value: UInt32 = 0
            let start = j
            while j < s.count, j - start < 8, let d = digitValue(s[j], hex: hex) {
                value = value * (hex ? 16 : 10) + d
                j += 1
            }
            guard j > start, j < s.count, s[j] == ";" else { return nil }
            return ([numeric(value)], j + 1)
        }
        var name = ""
        while j < s.count, j - i <= 10, s[j].isASCIILetter || ("0"..."9").contains(s[j]) {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ";", let scalar = named[name] else { return nil }
        return ([scalar], j + 1)
    }

    private static func digitValue(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c {
        case "0"..."9": c.value - 0x30
        case "a"..."f" where hex: c.value - 0x61 + 10
        case "A"..."F" where hex: c.value - 0x41 + 10
        default: nil
        }
    }

    /// What HTML makes of a numeric reference: 128–159 as Windows-1252, invalid values U+FFFD.
    private static func numeric(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80, value <= 0x9F, let mapped = Windows1252.scalar(forByte: UInt8(value)) { return mapped }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    static let named: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
            "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "sbquo": "‚",
            "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹",
            "rsaquo": "›", "pound": "£", "euro": "€", "yen": "¥", "cent": "¢", "copy": "©",
            "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
            "middot": "·", "bull": "•", "para": "¶", "sect": "§", "frac12": "½", "frac14": "¼",
            "frac34": "¾", "iexcl": "¡", "iquest": "¿", "shy": "\u{AD}", "zwj": "\u{200D}",
            "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}", "thinsp": "\u{2009}",
            "ensp": "\u{2002}", "emsp": "\u{2003}", "dagger": "†", "Dagger": "‡", "permil": "‰",
            "prime": "′", "Prime": "″", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
            "hearts": "♥", "szlig": "ß", "micro": "µ", "ordf": "ª", "ordm": "º", "not": "¬",
            "macr": "¯", "acute": "´", "cedil": "¸", "uml": "¨", "sup1": "¹", "sup2": "²", "sup3": "³",
            "curren": "¤", "brvbar": "¦", "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š",
            "Yuml": "Ÿ", "fnof": "ƒ", "circ": "ˆ", "tilde": "˜", "eth": "ð", "ETH": "Ð",
            "thorn": "þ", "THORN": "Þ",
        ]
        // Accented Latin letters: the name is the letter and the accent (`eacute`, `Uuml`).
        let accents: [(String, [(Character, Unicode.Scalar)])] = [
            ("grave", [("a", "à"), ("e", "è"), ("i", "ì"), ("o", "ò"), ("u", "ù")]),
            ("acute", [("a", "á"), ("e", "é"), ("i", "í"), ("o", "ó"), ("u", "ú"), ("y", "ý")]),
            ("circ", [("a", "â"), ("e", "ê"), ("i", "î"), ("o", "ô"), ("u", "û")]),
            ("tilde", [("a", "ã"), ("n", "ñ"), ("o", "õ")]),
            ("uml", [("a", "ä"), ("e", "ë"), ("i", "ï"), ("o", "ö"), ("u", "ü"), ("y", "ÿ")]),
            ("ring", [("a", "å")]), ("cedil", [("c", "ç")]), ("slash", [("o", "ø")]),
        ]
        for (accent, letters) in accents {
            for (letter, scalar) in letters {
                table[String(letter) + accent] = scalar
                let upper = String(scalar).uppercased().unicodeScalars
                if upper.count == 1 { table[String(letter).uppercased() + accent] = upper.first! }
            }
        }
        table["AElig"] = "Æ"
        table["aelig"] = "æ"
        return table
    }()
}

/// Windows-1252, the code page most "Latin-1" text really is: bytes 0x80–0x9F hold
/// punctuation (’ “ ” – — …) and a few letters where ISO-8859-1 has control codes.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The character byte 0x80–0x9F stands for, or nil for the five unassigned bytes.
    static func scalar(forByte b: UInt8) -> Unicode.Scalar? {
        guard b >= 0x80, b <= 0x9F, high[Int(b - 0x80)] != 0 else { return nil }
        return Unicode.Scalar(high[Int(b - 0x80)])
    }

    /// The byte that stands for `scalar` in Windows-1252 or ISO-8859-1 (which agree outside
    /// 0x80–0x9F; there, an unassigned Windows-1252 byte passes through as its C1 control).
    static let byteForScalar: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (i, v) in high.enumerated() where v != 0 { table[v] = UInt8(0x80 + i) }
        return table
    }()
}
