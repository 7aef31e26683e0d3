// Personal-information recognisers for UK comments (issue 3, item 3). This folder holds one
// file per recogniser (PhoneNumbers, EmailAddresses, Postcodes, StreetAddresses, NHSNumbers,
// NationalInsuranceNumbers, PaymentCards, BankDetails, DatesOfBirth, PupilNames), the shared
// machinery (ScanText: bytes and classes; DigitRun: digit groups; ContextWords: words that
// raise or lower confidence; PublishedDetails: the school's own details; Recognisers: the
// one pass that runs them all) and, here, the public API.

/// The kinds of personal detail the scanner recognises. Raw values are stable flag kinds.
public enum PersonalInfoKind: String, Sendable, Hashable, CaseIterable, Codable {
    case ukMobile = "uk-mobile"
    case ukLandline = "uk-landline"
    case ukNonGeographic = "uk-non-geographic"
    case internationalPhone = "international-phone"
    case email
    case postcode
    case streetAddress = "street-address"
    case nhsNumber = "nhs-number"
    case nationalInsurance = "national-insurance"
    case paymentCard = "payment-card"
    case bankDetails = "bank-details"
    case dateOfBirth = "date-of-birth"
    case pupilName = "pupil-name"

    /// For explanations: "UK mobile number".
    public var label: String {
        switch self {
        case .ukMobile: "UK mobile number"
        case .ukLandline: "UK landline number"
        case .ukNonGeographic: "UK non-geographic number"
        case .internationalPhone: "international phone number"
        case .email: "e-mail address"
        case .postcode: "postcode"
        case .streetAddress: "street address"
        case .nhsNumber: "NHS number"
        case .nationalInsurance: "National Insurance number"
        case .paymentCard: "payment card number"
        case .bankDetails: "sort code and account number"
        case .dateOfBirth: "date of birth"
        case .pupilName: "pupil's name"
        }
    }
}

/// One personal detail found in a comment.
public struct PersonalInfoFinding: Hashable, Sendable {
    public var kind: PersonalInfoKind
    /// Code points of the original text, end exclusive.
    public var span: Span
    /// 0...1, after context words raised or lowered it.
    public var confidence: Double

    public init(kind: PersonalInfoKind, span: Span, confidence: Double) {
        self.kind = kind
        self.span = span
        self.confidence = confidence
    }
}

/// What a school tells the scanner: its own published details (never flagged) and, if it
/// gives a roster, its pupils' names.
public struct PersonalInfoConfig: Sendable, Equatable, Codable {
    public var publishedPhones: [String]
    public var publishedEmails: [String]
    public var publishedAddresses: [String]
    /// Full names ("Amelia Jones"); an entry of one word is ignored, since a first name
    /// alone is not enough to say a comment names a pupil.
    public var pupilNames: [String]
    /// Findings below this confidence (0...1) are not returned. At 0.5, the default, a bare
    /// ten-digit number is not an NHS number unless it is grouped 3-3-4 or starts like one,
    /// a number right after "ref", "order", "ISBN" ... is not a phone, and a National
    /// Insurance number without its suffix letter needs "NI" near it.
    public var minimumConfidence: Double

    public init(
        publishedPhones: [String] = [], publishedEmails: [String] = [],
        publishedAddresses: [String] = [], pupilNames: [String] = [],
        minimumConfidence: Double = 0.5
    ) {
        self.publishedPhones = publishedPhones
        self.publishedEmails = publishedEmails
        self.publishedAddresses = publishedAddresses
        self.pupilNames = pupilNames
        self.minimumConfidence = minimumConfidence
    }

    /// Missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        publishedPhones = try c.decodeIfPresent([String].self, forKey: .publishedPhones) ?? []
        publishedEmails = try c.decodeIfPresent([String].self, forKey: .publishedEmails) ?? []
        publishedAddresses = try c.decodeIfPresent([String].self, forKey: .publishedAddresses) ?? []
        pupilNames = try c.decodeIfPresent([String].self, forKey: .pupilNames) ?? []
        minimumConfidence = try c.decodeIfPresent(Double.self, forKey: .minimumConfidence) ?? 0.5
    }
}

/// Finds personal details in UK comments.
///
/// One pass over the UTF-8 bytes with cheap triggers (a digit, '@', a spelled-out "at"),
/// recognisers that judge shape, checksum and the words around a candidate, then the
/// school's published details excluded; spans are code points of the original text.
/// Build one per rule set and share it: scanning does not mutate it.
public struct PersonalInfoScanner: Sendable {
    public let config: PersonalInfoConfig
    private let published: PublishedDetails
    private let roster: PupilRoster?

    public init(config: PersonalInfoConfig = PersonalInfoConfig()) {
        self.config = config
        self.published = PublishedDetails(config)
        self.roster = PupilRoster(names: config.pupilNames)
    }

    /// Every finding in `text`, in order of position.
    public func scan(_ text: String) -> [PersonalInfoFinding] {
        if let found = text.utf8.withContiguousStorageIfAvailable({ scan(utf8: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { scan(utf8: $0) }
    }

    /// Every finding in the UTF-8 bytes of a text, in order of position; spans are in code
    /// points of that text. For callers that already hold the bytes.
    public func scan(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [PersonalInfoFinding] {
        let t = ScanText(bytes: bytes)
        var raw: [RawFinding] = []
        if Recognisers.findAll(t, into: &raw), let folded = FoldedText(t) {
            // Digits written in other forms: scan the folded copy instead.
            raw.removeAll()
            return folded.bytes.withUnsafeBufferPointer { fb in
                let ft = ScanText(bytes: fb)
                Recognisers.findAll(ft, into: &raw)
                roster?.scan(ft, into: &raw)
                return raw.isEmpty ? [] : finish(raw, in: ft, original: t, origin: folded.origin)
            }
        }
        roster?.scan(t, into: &raw)
        if raw.isEmpty { return [] }
        return finish(raw, in: t, original: t, origin: nil)
    }

    /// Drops what is below the threshold or published, keeps the outermost of nested
    /// findings (an e-mail address holding digits, an address holding its postcode),
    /// joins a sort code with its account number, and turns byte offsets of `t` into code
    /// points of `original` (through `origin` when `t` is a folded copy).
    private func finish(_ raw: [RawFinding], in t: ScanText, original: ScanText, origin: [Int]?) -> [PersonalInfoFinding] {
        let kept = raw
            .filter { $0.confidence >= config.minimumConfidence && !(published.isEmpty ? false : published.excludes($0, in: t)) }
            .sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var merged: [RawFinding] = []
        for f in kept {
            if let last = merged.last {
                if last.contains(f) { continue }
                if last.kind == .bankDetails && f.kind == .bankDetails && f.start - last.end <= 40
                    && !(last.end..<f.start).contains(where: { t.bytes[$0] == 0x0A }) {
                    merged[merged.count - 1].end = max(last.end, f.end)
                    merged[merged.count - 1].confidence = max(last.confidence, f.confidence)
                    continue
                }
            }
            merged.append(f)
        }
        var counter = CodePointCounter()
        return merged.map { f in
            let (s, e) = origin.map { ($0[f.start], $0[f.end]) } ?? (f.start, f.end)
            let start = counter.offset(ofByte: s, in: original)
            let end = start + CodePointCounter.count(from: s, to: e, in: original)
            return PersonalInfoFinding(kind: f.kind, span: Span(start: start, end: end), confidence: f.confidence)
        }
    }
}
