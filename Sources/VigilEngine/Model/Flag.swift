/// What a flag is about. The raw values are stable names used in files and output.
public enum Category: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case abuse
    case spam
    case personalInfo = "personal-info"
    case commercial
    case safeguarding
    case extremism
    case complaint

    public static func < (a: Category, b: Category) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How bad a flagged comment is; ordered, so `max()` gives the worst.
public enum Severity: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case low, medium, high, critical

    public var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// What the rules recommend an administrator does with a flagged comment.
public enum RecommendedAction: String, Codable, Sendable, CaseIterable, Hashable {
    case keep, reply, hide, delete, block, escalate
}

/// A range of a comment's original text in Unicode scalars (code points), end exclusive.
public struct Span: Hashable, Codable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// One reason the rules give for looking at a comment.
public struct Flag: Hashable, Codable, Sendable {
    public var category: Category
    /// Finer kind within the category: "profanity", "racist", "uk-mobile", "shortener" ...
    public var kind: String
    /// The id of the rule that fired, e.g. "abuse.profanity".
    public var rule: String
    public var severity: Severity
    public var action: RecommendedAction
    public var spans: [Span]
    /// For a person: the policy clause and what was read, e.g.
    /// "cann-bridge §3.3: personal information — UK mobile number".
    public var explanation: String

    public init(
        category: Category, kind: String, rule: String, severity: Severity,
        action: RecommendedAction, spans: [Span], explanation: String
    ) {
        self.category = category
        self.kind = kind
        self.rule = rule
        self.severity = severity
        self.action = action
        self.spans = spans
        self.explanation = explanation
    }
}

/// Flags comments. Works on a batch because some signals (flooding: the same text from
/// several authors or on several posts) only show across the comments of one scan or import.
public protocol Flagger: Sendable {
    /// The flags for each comment, in the order given.
    func flags(for comments: [ImportedComment]) -> [[Flag]]
}
