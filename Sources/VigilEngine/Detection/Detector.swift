// PLACEHOLDER: the API the store and the command line build against. The detection branch
// replaces this file (and adds the rule set, normaliser and matcher); it flags nothing yet.

/// The rules in force: the built-in set, possibly extended by a school's YAML file.
public struct RuleSet: Sendable {
    /// The default rules, following POLICY.md, built into the program.
    public static func builtIn() -> RuleSet { RuleSet() }
}

/// Flags comments by a rule set.
public final class Detector: Flagger {
    public let rules: RuleSet

    public init(rules: RuleSet) throws {
        self.rules = rules
    }

    public func flags(for comments: [ImportedComment]) -> [[Flag]] {
        comments.map { _ in [] }
    }
}
