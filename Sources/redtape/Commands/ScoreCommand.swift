import RedtapeKit

/// `redtape score`: what each procedure costs, by the Standard Cost Model, with totals.
enum ScoreCommand: Command {
    static let spec = CommandSpec(
        name: "score",
        abstract: "Compute what procedures cost: hours, out-of-pocket, cost a case, annual burden, elapsed time.",
        discussion: "Figures follow the Standard Cost Model (docs/METHOD.md). Ranged inputs give ranged\n"
            + "figures; tables show the likely value, JSON and CSV also the low and high ones.",
        arguments: [.paths],
        options: [.format(["text", "json", "csv", "markdown"]), .language])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        guard let workspace = try loadChecked(arguments, spec: spec), let catalog = assessOrReport(workspace) else { return .failure }
        let barriers = BarrierAnalysis.count(workspace, catalog: catalog)
        reportDiagnostics(barriers.diagnostics, files: workspace.files)
        let report = ScoreReport(catalog, files: workspace.files, language: language(arguments), findingsCount: barriers.active)
        switch arguments.value("format") ?? "text" {
        case "json": Terminal.write(report.json())
        case "csv": Terminal.write(report.csv())
        case "markdown": Terminal.write(report.markdown())
        default: Terminal.write(report.text())
        }
        return .success
    }
}
