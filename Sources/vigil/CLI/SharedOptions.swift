import ArgumentParser
import Foundation
import VigilEngine
import VigilStore

/// `--store PATH`, shared by every command that uses the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store file (default: $VIGIL_STORE, else $XDG_DATA_HOME/vigil/vigil.sqlite, else ~/.local/share/vigil/vigil.sqlite).",
        valueName: "path"))
    var store: String?

    var path: String { store ?? StoreLocation.defaultPath(environment: ProcessInfo.processInfo.environment) }

    /// Opens the store; `create` makes it when missing (only `import` and `demo` do).
    func open(create: Bool) throws -> SQLiteStore {
        do {
            return try SQLiteStore.open(path: path, create: create)
        } catch let error as StoreError {
            throw CLIError(error)
        }
    }
}

/// `--rules FILE`, for the commands that flag.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A school's rules file (YAML) extending the built-in rules.", valueName: "file"))
    var rules: String?

    /// The flagger for these rules. A rules file that cannot be used is an error, never a
    /// silent fall-back to the built-in rules.
    func flagger() throws -> any Flagger { try Self.flagger(rulesFile: rules) }

    static func flagger(rulesFile rules: String?) throws -> any Flagger {
        let ruleSet = try RulesLoading.load(path: rules, label: rules.map { "--rules \($0)" })
        do {
            return try Detector(rules: ruleSet)
        } catch {
            throw CLIError("the rules cannot be used: \(error)")
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension VigilEngine.Category: ExpressibleByArgument {}
