/// The rules in force: the built-in set (`DefaultRules`, following POLICY.md), possibly
/// extended or overridden by a school's YAML file (`RuleSet.load(yaml:fileName:)`).
///
/// A value: the engine reads no files. The roster of pupils' names is read by the command
/// line from `rosterPath` and handed back with `withPupilNames(_:)`.
public struct RuleSet: Sendable, Equatable {
    /// Word and phrase lists, in the order they were defined.
    public var lists: [WordList]
    /// Entries whose matches hide every word-list match inside them (Scunthorpe, cocktail).
    public var allow: [String]
    /// Named term lists that entries use as `{name}` (e.g. `{groups}` in "kill all {groups}").
    public var terms: [String: [String]]
    /// Signals found by code rather than word lists (links, flooding, ...), by id.
    public var signals: [SignalRule]
    /// How personal-information findings become flags.
    public var personalInfo: PersonalInfoRules
    /// The school's own published contact details (never flagged) and pupils' names.
    public var published: SchoolContacts
    /// Domains whose links are never flagged (the school's own site); the domains of the
    /// published e-mail addresses count too.
    public var allowedLinkDomains: [String]
    /// The roster file named by the rules (relative to the rules file), if any.
    public var rosterPath: String?
    /// Settings other features read.
    public var settings: RuleSettings
    /// Where the rules came from: "built-in" or the school's file name.
    public var source: String

    /// The default rules, following POLICY.md, built into the program.
    public static func builtIn() -> RuleSet { DefaultRules.ruleSet }

    /// The built-in rules extended and overridden by a school's rules file. Throws a
    /// `RuleFileError` naming every problem with its line; never falls back to the defaults.
    public static func load(yaml: String, fileName: String) throws(RuleFileError) -> RuleSet {
        try RuleFileReader.read(yaml: yaml, fileName: fileName, over: builtIn())
    }

    /// The same rules with the pupils' names from the roster (one full name a line).
    public func withPupilNames(_ names: [String]) -> RuleSet {
        var copy = self
        copy.published.pupilNames = names
        return copy
    }

    /// What the personal-information scanner needs from these rules.
    public var personalInfoConfig: PersonalInfoConfig {
        PersonalInfoConfig(
            publishedPhones: published.phones, publishedEmails: published.emails,
            publishedAddresses: published.addresses, pupilNames: published.pupilNames)
    }

    /// The word list with this id.
    public func list(_ id: String) -> WordList? { lists.first { $0.id == id } }

    /// The signal rule with this id.
    public func signal(_ id: String) -> SignalRule? { signals.first { $0.id == id } }
}

/// What a flag from one rule says: category, kind, severity, action and the policy clause.
public struct FlagTemplate: Sendable, Equatable {
    public var category: Category
    public var kind: String
    public var severity: Severity
    public var action: RecommendedAction
    /// The policy clause, e.g. "cann-bridge §3.3".
    public var clause: String
    /// What the rule finds, for explanations: "abusive language — profanity".
    public var description: String
    /// What a dressed-up match is read as: "profanity" gives "'f.u.c.k' read as a profanity".
    public var label: String
}

/// One word or phrase list of the rules.
public struct WordList: Sendable, Equatable {
    /// "abuse.profanity": the flag's rule id.
    public var id: String
    public var flag: FlagTemplate
    /// Entries: `word`, `prefix*`, `*infix*`, `*suffix`, "a phrase", "kill all {groups}".
    public var words: [String]
    /// The list counts only when one of these conditions holds for the comment: a signal
    /// (`staff`, `price`, `link`) or the id of a list that `sets` a condition.
    public var requires: [String]
    /// When true the list raises no flag of its own; its matches only satisfy the
    /// `requires` of other lists (e.g. the words that name a member of staff).
    public var isCondition: Bool
    /// How many different entries must match before the list counts.
    public var minimumMatches: Int
    public var enabled: Bool

    public init(
        id: String, flag: FlagTemplate, words: [String], requires: [String] = [],
        isCondition: Bool = false, minimumMatches: Int = 1, enabled: Bool = true
    ) {
        self.id = id
        self.flag = flag
        self.words = words
        self.requires = requires
        self.isCondition = isCondition
        self.minimumMatches = minimumMatches
        self.enabled = enabled
    }
}

/// A signal found by code (links, flooding, ...): which flag it raises.
public struct SignalRule: Sendable, Equatable {
    /// One of `SignalRule.knownIDs`.
    public var id: String
    public var flag: FlagTemplate
    public var enabled: Bool

    /// The signals the detector knows how to find.
    public static let knownIDs = [
        "spam.link", "spam.shortener", "spam.messaging-invite", "spam.flooding",
    ]
}

/// How personal-information findings become flags.
public struct PersonalInfoRules: Sendable, Equatable {
    public var clause: String
    public var action: RecommendedAction
    /// Severity by finding kind; kinds not listed take `defaultSeverity`.
    public var severities: [PersonalInfoKind: Severity]
    public var defaultSeverity: Severity
    public var enabled: Bool

    public func severity(for kind: PersonalInfoKind) -> Severity { severities[kind] ?? defaultSeverity }
}

/// The school's own published contact details and its pupils' names.
public struct SchoolContacts: Sendable, Equatable {
    public var phones: [String] = []
    public var emails: [String] = []
    public var addresses: [String] = []
    /// From the roster file; never written in a rules file.
    public var pupilNames: [String] = []
}

/// Settings the rules carry for later features, with the names they have in the YAML.
public struct RuleSettings: Sendable, Equatable {
    /// `sign_off.overdue_hours`: a proposal waiting longer than this is overdue.
    public var signOffOverdueHours = 72
    /// `blocking.threshold`: upheld abuse flags within the window that suggest a block.
    public var blockingThreshold = 3
    /// `blocking.window_days`.
    public var blockingWindowDays = 90
    /// `retention.unflagged_days`: how long comments without flags are kept.
    public var retentionUnflaggedDays = 90
    /// `retention.evidence_days`: how long evidence of decisions is kept.
    public var retentionEvidenceDays = 365
    /// `flooding.min_copies`: copies of one text, from several authors or on several posts,
    /// that make flooding.
    public var floodingMinimumCopies = 3
    /// `flooding.min_letters`: shorter texts ("well done!") are never flooding.
    public var floodingMinimumLetters = 24

    public init() {}
}
