import ArgumentParser
import Foundation
import VigilEngine

/// `vigil rules show|check`: the rule set in force, and a school's rules file checked.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Show the rules in force, or check a school's rules file.",
        subcommands: [Show.self, Check.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the rules in force as YAML: the built-in rules, or a school's file over them.")

        @Option(name: .long, help: "A school's rules file to apply on top of the built-in rules.")
        var rules: String?

        func run() throws {
            print(try RulesLoading.load(path: rules).yaml, terminator: "")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a school's rules file: every problem with its line number; exit 1 if any.")

        @Argument(help: "The rules file (YAML).")
        var file: String

        func run() throws {
            let rules = try RulesLoading.load(path: file)
            _ = try Detector(rules: rules)
            let entries = rules.lists.filter(\.enabled).reduce(0) { $0 + $1.words.count }
            var line = "\(file): ok — \(rules.lists.filter(\.enabled).count) word lists, \(entries) entries, \(rules.allow.count) allow-list entries"
            if !rules.published.pupilNames.isEmpty { line += ", \(rules.published.pupilNames.count) pupils on the roster" }
            print(line)
        }
    }
}
