import Foundation
import RedtapeKit

/// The version printed by `redtape --version`.
let version = "0.1.0"

let rootHelp: String = {
    var out = "OVERVIEW: Regulation impact and simplification analysis: what procedures cost\n"
        + "the people and firms who follow them, by the Standard Cost Model.\n"
    out += "\nUSAGE: redtape <subcommand>\n"
    out += "\nOPTIONS:\n"
    out += CommandSpec.row("--version", "Show the version.")
    out += CommandSpec.row("-h, --help", "Show help information.")
    out += "\nSUBCOMMANDS:\n"
    for command in commands { out += CommandSpec.row(command.spec.name, command.spec.abstract) }
    out += "\n  See 'redtape help <subcommand>' for detailed help.\n"
    return out
}()

func main(_ arguments: [String]) -> ExitStatus {
    guard let first = arguments.first else {
        Terminal.write(rootHelp)
        return .success
    }
    switch first {
    case "-h", "--help":
        Terminal.write(rootHelp)
        return .success
    case "--version":
        Terminal.write("\(version)\n")
        return .success
    case "help":
        guard arguments.count > 1 else {
            Terminal.write(rootHelp)
            return .success
        }
        guard let command = commands.first(where: { $0.spec.name == arguments[1] }) else {
            return usageFailure(unknownCommand(arguments[1]))
        }
        Terminal.write(command.spec.help)
        return .success
    default:
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            return usageFailure(unknownCommand(first))
        }
        do {
            let parsed = try ParsedArguments(Array(arguments.dropFirst()), spec: command.spec)
            if parsed.wantsHelp {
                Terminal.write(command.spec.help)
                return .success
            }
            if analysesBarriers.contains(first), let problem = StandardCatalogue.problem {
                Terminal.writeError("error: the standard barrier catalogue built into redtape cannot be used: \(problem)\n"
                                    + "  = help: correct Sources/RedtapeKit/Catalogue/barriers.ruleset, from which redtape is built, and build again\n")
                return .failure
            }
            return try command.run(parsed)
        } catch {
            return usageFailure(error)
        }
    }
}

/// The commands whose figures or findings rest on the standard barrier catalogue.
let analysesBarriers: Set = ["check", "score", "explain", "barriers", "diff", "report", "lsp"]

func unknownCommand(_ name: String) -> UsageError {
    let guess = Suggestion.closest(to: name, in: commands.map { $0.spec.name })
    return UsageError("Unknown subcommand '\(name)'.", suggestion: guess, spec: nil)
}

func usageFailure(_ error: UsageError) -> ExitStatus {
    Terminal.writeError(error.rendered)
    return .failure
}

exit(main(Array(CommandLine.arguments.dropFirst())).rawValue)
