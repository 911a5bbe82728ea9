/// A subcommand of `redtape`.
protocol Command: Sendable {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus
}

/// Every subcommand, in the order `redtape --help` lists them.
let commands: [any Command.Type] = [CheckCommand.self, FormatCommand.self, ScoreCommand.self, ExplainCommand.self, BarriersCommand.self, DiffCommand.self, CompareCommand.self, ReportCommand.self, ImportCommand.self, ExportCommand.self, LSPCommand.self]

/// Options that several commands share.
extension CommandSpec.Option {
    static let strict = CommandSpec.Option(name: "strict", value: nil, help: "Exit with status 1 when there are warnings.")

    static func format(_ choices: [String]) -> CommandSpec.Option {
        CommandSpec.Option(name: "format", value: "format", help: "The output format (default: \(choices[0])).",
                           choices: choices)
    }

    static let language = CommandSpec.Option(name: "lang", value: "lang",
                                             help: "The language of labels and number formats (default: en).",
                                             choices: Language.allCases.map(\.rawValue))
}

func language(_ arguments: ParsedArguments) -> Language {
    arguments.value("lang").flatMap(Language.init(rawValue:)) ?? .en
}

/// Loads the rulesets named on the command line; on errors, prints them and returns nil (exit 2).
/// Warnings are printed and do not stop the command.
func loadChecked(_ arguments: ParsedArguments, spec: CommandSpec) throws(UsageError) -> Workspace? {
    guard !arguments.positional.isEmpty else { throw UsageError("Missing expected argument '<paths> ...'.", spec: spec) }
    let workspace = Workspace.load(arguments.positional)
    return reportLoading(workspace) ? workspace : nil
}

/// Prints the diagnostics of loading a workspace; false, after saying what to do, when there are errors.
func reportLoading(_ workspace: Workspace) -> Bool {
    reportDiagnostics(workspace.diagnostics, files: workspace.files)
    guard workspace.diagnostics.hasErrors else { return true }
    Terminal.writeError("\(countText(errors: workspace.diagnostics.errorCount, warnings: workspace.diagnostics.warningCount)); "
                        + "run 'redtape check' for details, fix them and try again\n")
    return false
}

extension CommandSpec.Argument {
    static let paths = CommandSpec.Argument(name: "paths", help: "Ruleset files, or folders to search for .ruleset files.",
                                            repeating: true)
}

/// Renders a workspace's diagnostics to standard error, caret form, coloured on a terminal.
func reportDiagnostics(_ diagnostics: [Diagnostic], files: [SourceFile], style: DiagnosticRenderer.Style = .caret) {
    guard !diagnostics.isEmpty else { return }
    let renderer = DiagnosticRenderer(files: files, style: style, colored: Terminal.colorOnStandardError)
    Terminal.writeError(renderer.render(diagnostics))
}

/// `2 errors, 1 warning`.
func countText(errors: Int, warnings: Int) -> String {
    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
    return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
}

import RedtapeKit
