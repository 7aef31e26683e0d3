import ArgumentParser
import Foundation
import VigilEngine

@main
struct Vigil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Moderate a school's official social media: import, flag, decide with two-administrator sign-off.",
        discussion: "Without a subcommand, opens the console on the store (--store PATH, --as NAME).",
        subcommands: [
            ConsoleCommand.self,
            RulesCommand.self,
            EvalCommand.self,
            ImportCommand.self,
            ScanCommand.self,
            StatusCommand.self,
            QueueCommand.self,
            ShowCommand.self,
            DemoCommand.self,
            InitCommand.self,
            ProposeCommand.self,
            SignCommand.self,
            WithdrawCommand.self,
            ProposalsCommand.self,
            ActionsCommand.self,
            DoneCommand.self,
            AdminCommand.self,
            CoverCommand.self,
            AuditCommand.self,
            ReportCommand.self,
            EvidenceCommand.self,
            RetentionCommand.self,
            HandoverCommand.self,
            ExportAuthorCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )

    /// Runs the command and maps every error to Vigil's exit codes: 0 ok, 1 refused or bad
    /// input, 2 usage, 3 integrity failure (the argument parser's own usage code is 64).
    static func main() async {
        do {
            var command = try ManyOperands.parse(Self.self, Array(CommandLine.arguments.dropFirst()))
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            standardOutput.flush()
            standardError.flush()  // warnings written on the way to success
        } catch let error as CLIError {
            standardOutput.flush()
            standardError.line("vigil: " + safe(error.message))
            standardError.flush()
            Foundation.exit(error.exitCode)
        } catch {
            standardOutput.flush()
            let code = exitCode(for: error)
            if code.rawValue == ExitCode.validationFailure.rawValue {
                standardError.line(fullMessage(for: error))
                standardError.flush()
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
