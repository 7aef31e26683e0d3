import ArgumentParser
import Foundation
import VigilEngine

@main
struct Vigil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Moderate a school's official social media: import, flag, decide with two-administrator sign-off.",
        subcommands: [
            ConsoleCommand.self,
            RulesCommand.self,
            EvalCommand.self,
        ]
    )

    /// Runs the command, with the project's exit codes: 0 ok, 1 refused or bad input,
    /// 2 usage (ArgumentParser's own is 64), 3 integrity failure.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error).rawValue
            let message = fullMessage(for: error)
            if code == 0 {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == ExitCode.validationFailure.rawValue ? 2 : code)
        }
    }
}
