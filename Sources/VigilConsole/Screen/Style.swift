import VigilEngine

/// What a cell means, for the terminal to choose a colour; never a colour itself.
///
/// Views also set attributes (bold, reverse, underline) that carry the same meaning without
/// colour, so a monochrome or `NO_COLOR` terminal, which ignores roles, loses nothing.
public enum ColorRole: UInt8, Sendable, Hashable, CaseIterable {
    case normal
    case critical, high, medium, low
    /// Title and status bars.
    case bar
    /// The selected row.
    case selection
    /// A flagged span inside comment text.
    case flagged
    /// Headings and keys in hints.
    case accent
    /// Secondary information (dates, ids).
    case muted
    case good, warning, error

    /// The role of a severity's colour.
    public static func severity(_ s: Severity) -> ColorRole {
        switch s {
        case .critical: .critical
        case .high: .high
        case .medium: .medium
        case .low: .low
        }
    }
}

/// Text attributes that work on every terminal, colour or not.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1)
    public static let reverse = TextAttributes(rawValue: 2)
    public static let underline = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)
}

/// How one cell is drawn: a foreground and background role and attributes.
public struct Style: Sendable, Hashable {
    public var foreground: ColorRole
    public var background: ColorRole
    public var attributes: TextAttributes

    public init(_ foreground: ColorRole = .normal, on background: ColorRole = .normal, _ attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()
    static let bold = Style(.normal, on: .normal, .bold)
    static let muted = Style(.muted, on: .normal, .dim)
    static let accent = Style(.accent, on: .normal, .bold)
    static let bar = Style(.normal, on: .bar, .reverse)
    static let barAccent = Style(.accent, on: .bar, [.reverse, .bold])
    static let heading = Style(.accent, on: .normal, [.bold, .underline])
    static let selection = Style(.normal, on: .selection, .reverse)
    static let warning = Style(.warning, on: .normal, .bold)
    static let error = Style(.error, on: .normal, .bold)
    static let good = Style(.good, on: .normal, [])
    static let flaggedSpan = Style(.flagged, on: .normal, [.underline, .bold])

    /// The style of a severity label; critical is also reversed so it stands out in monochrome.
    static func severity(_ s: Severity) -> Style {
        switch s {
        case .critical: Style(.critical, on: .normal, [.bold, .reverse])
        case .high: Style(.high, on: .normal, .bold)
        case .medium: Style(.medium, on: .normal, [])
        case .low: Style(.low, on: .normal, .dim)
        }
    }

    /// This style with a row's selection laid over it (reverse, selection background).
    func selected() -> Style {
        var s = self
        s.background = .selection
        // A label that is already reversed (critical) turns back, so it still stands out.
        s.attributes.formSymmetricDifference(.reverse)
        return s
    }
}
