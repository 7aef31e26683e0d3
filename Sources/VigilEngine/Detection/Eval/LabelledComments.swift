import Foundation

/// One labelled comment: `{"id", "text", "categories": [...], "spans"?: [...]}` a line.
public struct LabelledComment: Sendable, Equatable {
    public var id: String
    public var text: String
    /// What a correct flagger raises for the text; empty: nothing to flag.
    public var categories: Set<Category>

    public init(id: String, text: String, categories: Set<Category>) {
        self.id = id
        self.text = text
        self.categories = categories
    }

    /// Reads a labelled JSONL file. Blank lines are skipped; any other line that is not such
    /// an object fails the whole file with its line number.
    public static func read(jsonl data: Data, fileName: String) throws(LabelledFileError) -> [LabelledComment] {
        var out: [LabelledComment] = []
        var lineNumber = 0
        var seen = Set<String>()
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            func fail(_ message: String) -> LabelledFileError {
                LabelledFileError(fileName: fileName, line: lineNumber, message: message)
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw fail("not a JSON object; each line is {\"id\": ..., \"text\": ..., \"categories\": [...]}")
            }
            guard let id = object["id"] as? String, !id.isEmpty else { throw fail("\"id\" is missing or not text") }
            guard let text = object["text"] as? String else { throw fail("\"text\" of \(id) is missing or not text") }
            guard let names = object["categories"] as? [String] else { throw fail("\"categories\" of \(id) is missing or not a list of names") }
            var categories = Set<Category>()
            for name in names {
                guard let c = Category(rawValue: name) else {
                    throw fail("\(id) has the category '\(name)'; categories are \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                categories.insert(c)
            }
            guard seen.insert(id).inserted else { throw fail("the id \(id) appears twice") }
            out.append(LabelledComment(id: id, text: text, categories: categories))
        }
        return out
    }
}

/// A labelled file that cannot be read, naming the line.
public struct LabelledFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var fileName: String
    public var line: Int
    public var message: String
    public var description: String { "\(fileName):\(line): \(message)" }
}
