import ArgumentParser
import VigilEngine

@main
struct Vigil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Moderate a school's official social media: import, flag, decide with two-administrator sign-off.",
        subcommands: [
            RulesCommand.self,
            EvalCommand.self,
        ]
    )
}
