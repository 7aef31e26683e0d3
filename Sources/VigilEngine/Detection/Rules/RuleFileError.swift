/// A rules file that cannot be used, with every problem found in it. `description` prints
/// one line a problem, `file:line:column: message`, ready for the terminal.
public struct RuleFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public struct Problem: Equatable, Sendable {
        /// 1-based; 0 when the problem has no single place (an empty file).
        public var line: Int
        public var column: Int
        public var message: String

        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }
    }

    public var fileName: String
    /// In order of position in the file.
    public var problems: [Problem]

    public init(fileName: String, problems: [Problem]) {
        self.fileName = fileName
        self.problems = problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    public var description: String {
        problems.map { p in
            p.line > 0 ? "\(fileName):\(p.line):\(p.column): \(p.message)" : "\(fileName): \(p.message)"
        }.joined(separator: "\n")
    }
}
