/// Scores flags against labelled comments: precision, recall and F1 per category, and the
/// misses and false alarms behind them. The same code serves `vigil eval` and the tests.
///
/// Scoring (../shared/eval/README.md): a comment counts for a category when any of its flags
/// has it; a `commercial` flag also satisfies `spam`.
public struct Evaluation: Sendable, Equatable {
    public struct Score: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        /// 1 when nothing was flagged (no false alarm was made).
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// 1 when there was nothing to find.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        /// Comments labelled with the category.
        public var labelled: Int { truePositives + falseNegatives }
    }

    /// A comment a category was wrongly given to (false alarm) or wrongly denied (miss).
    public struct Error: Sendable, Equatable {
        public var id: String
        public var category: Category
        /// For a false alarm, the rules whose flags gave the category.
        public var rules: [String]
        public var text: String
    }

    public var comments: Int
    /// Categories that were labelled or flagged at least once, in `Category` order.
    public var scores: [(category: Category, score: Score)]
    public var misses: [Error]
    public var falseAlarms: [Error]

    public static func == (a: Evaluation, b: Evaluation) -> Bool {
        a.comments == b.comments && a.misses == b.misses && a.falseAlarms == b.falseAlarms
            && a.scores.map(\.category) == b.scores.map(\.category) && a.scores.map(\.score) == b.scores.map(\.score)
    }

    /// The categories a comment's flags count for.
    public static func categories(of flags: [Flag]) -> Set<Category> {
        var set = Set(flags.map(\.category))
        if set.contains(.commercial) { set.insert(.spam) }
        return set
    }

    /// Scores `flags[i]` against `labelled[i]`.
    public init(labelled: [LabelledComment], flags: [[Flag]]) {
        precondition(labelled.count == flags.count, "one list of flags per labelled comment")
        var scores: [Category: Score] = [:]
        var misses: [Error] = []
        var falseAlarms: [Error] = []
        for (item, found) in zip(labelled, flags) {
            let predicted = Self.categories(of: found)
            for c in Category.allCases {
                let said = predicted.contains(c)
                let truth = item.categories.contains(c)
                switch (said, truth) {
                case (true, true): scores[c, default: Score()].truePositives += 1
                case (true, false):
                    scores[c, default: Score()].falsePositives += 1
                    let rules = found.filter { $0.category == c || (c == .spam && $0.category == .commercial) }.map(\.rule)
                    falseAlarms.append(Error(id: item.id, category: c, rules: rules, text: item.text))
                case (false, true):
                    scores[c, default: Score()].falseNegatives += 1
                    misses.append(Error(id: item.id, category: c, rules: [], text: item.text))
                case (false, false): break
                }
            }
        }
        self.comments = labelled.count
        self.scores = Category.allCases.compactMap { c in scores[c].map { (c, $0) } }
        self.misses = misses
        self.falseAlarms = falseAlarms
    }

    /// The score for one category (all zeros when it was neither labelled nor flagged).
    public func score(_ category: Category) -> Score {
        scores.first { $0.category == category }?.score ?? Score()
    }
}
