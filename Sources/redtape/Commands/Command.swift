/// A subcommand of `redtape`.
protocol Command: Sendable {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus
}

/// Every subcommand, in the order `redtape --help` lists them.
let commands: [any Command.Type] = [CheckCommand.self, FormatCommand.self]

/// Options that several commands share.
extension CommandSpec.Option {
    static let strict = CommandSpec.Option(name: "strict", value: nil, help: "Exit with status 1 when there are warnings.")
}

extension CommandSpec.Argument {
    static let paths = CommandSpec.Argument(name: "paths", help: "Ruleset files, or folders to search for .ruleset files.",
                                            repeating: true)
}

/// Renders a workspace's diagnostics to standard error, caret form, coloured on a terminal.
func reportDiagnostics(_ diagnostics: [Diagnostic], files: [SourceFile]) {
    guard !diagnostics.isEmpty else { return }
    let renderer = DiagnosticRenderer(files: files, style: .caret, colored: Terminal.colorOnStandardError)
    Terminal.writeError(renderer.render(diagnostics))
}

/// `2 errors, 1 warning`.
func countText(errors: Int, warnings: Int) -> String {
    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
    return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
}

import RedtapeKit
