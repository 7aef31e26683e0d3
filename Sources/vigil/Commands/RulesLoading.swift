import Foundation
import VigilEngine

/// Loads the rules in force for a command: the built-in set, or a school's file over it,
/// with the pupils' names from the roster the file names (relative to the rules file).
/// Any problem is an error naming the file and line: never a silent fall-back.
/// `vigil scan` and `vigil import` take `--rules FILE` through this too.
enum RulesLoading {
    /// `label` is how an unreadable file is named in the error: the path, or the option that
    /// gave it ("--rules PATH").
    static func load(path: String?, label: String? = nil) throws -> RuleSet {
        guard let path else { return RuleSet.builtIn() }
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try FileBytes.read(path)
        } catch {
            throw CLIError("\(label ?? path): cannot read the rules file: \(error)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(label ?? path): is not UTF-8 text; save the rules file as UTF-8")
        }
        var rules: RuleSet
        do {
            rules = try RuleSet.load(yaml: text, fileName: path)
        } catch {
            throw CLIError(error.description)
        }
        if let roster = rules.rosterPath {
            let rosterURL = URL(fileURLWithPath: roster, relativeTo: url.deletingLastPathComponent())
            guard let rosterData = try? Data(contentsOf: rosterURL), let rosterText = String(data: rosterData, encoding: .utf8) else {
                throw CLIError("\(path): the roster '\(roster)' (\(rosterURL.path)) cannot be read as UTF-8 text")
            }
            rules = rules.withPupilNames(rosterNames(rosterText))
        }
        return rules
    }

    /// One full name a line; blank lines and lines starting '#' are skipped.
    static func rosterNames(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
