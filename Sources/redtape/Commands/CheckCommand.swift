import RedtapeKit

/// `redtape check`: read, parse and check rulesets, and report every problem.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Check rulesets and report every problem found.",
        discussion: "Reads each ruleset with the files it imports. Problems are printed as\n"
            + "'file:line:column: error: message' with the source line. Exit status: 0 when\n"
            + "no errors were found, 1 when warnings were found under --strict, 2 on errors.",
        arguments: [.paths],
        options: [.format(["text", "json", "sarif"]), .strict,
                  .init(name: "brief", value: nil, help: "One line a problem, without the source lines (for logs).")])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        guard !arguments.positional.isEmpty else { throw UsageError("Missing expected argument '<paths> ...'.", spec: spec) }
        // A batch of files at a time, keeping none of each procedure's figures, which check does not show.
        let scan = CatalogScan.run(arguments.positional, keeping: .nothing)
        UntilExit.keep(scan)
        let workspace = scan.workspace
        let diagnostics = scan.diagnostics
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        let procedures = scan.procedureCount
        let fileCount = workspace.files.count
        switch arguments.value("format") ?? "text" {
        case "json": Terminal.write(DiagnosticExport(diagnostics, files: workspace.files).json(files: fileCount, procedures: procedures))
        case "sarif": Terminal.write(DiagnosticExport(diagnostics, files: workspace.files).sarif(toolVersion: version))
        default: reportDiagnostics(diagnostics, files: workspace.files, style: arguments.flag("brief") ? .oneLine : .caret)
        }
        var summary = "checked \(fileCount) file\(fileCount == 1 ? "" : "s"), \(procedures) procedure"
            + "\(procedures == 1 ? "" : "s"): \(countText(errors: errors, warnings: warnings))"
        if scan.isAssessed {
            let findings = scan.barriers.active
            summary += ", \(findings) barrier finding\(findings == 1 ? "" : "s")" + (findings > 0 ? " (see 'redtape barriers')" : "")
        }
        Terminal.writeError(summary + "\n")
        if errors > 0 { return .failure }
        if warnings > 0, arguments.flag("strict") { return .findings }
        return .success
    }
}
