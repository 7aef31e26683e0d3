// PLACEHOLDER: the API the detector builds against. The pii branch replaces the scanner's
// body and adds the recognisers; it finds nothing yet.

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
public struct PersonalInfoConfig: Sendable, Equatable {
    public var publishedPhones: [String]
    public var publishedEmails: [String]
    public var publishedAddresses: [String]
    public var pupilNames: [String]

    public init(
        publishedPhones: [String] = [], publishedEmails: [String] = [],
        publishedAddresses: [String] = [], pupilNames: [String] = []
    ) {
        self.publishedPhones = publishedPhones
        self.publishedEmails = publishedEmails
        self.publishedAddresses = publishedAddresses
        self.pupilNames = pupilNames
    }
}

/// Finds personal details in UK comments.
public struct PersonalInfoScanner: Sendable {
    public let config: PersonalInfoConfig

    public init(config: PersonalInfoConfig = PersonalInfoConfig()) {
        self.config = config
    }

    /// Every finding in `text`, in order of position.
    public func scan(_ text: String) -> [PersonalInfoFinding] { [] }
}
