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
        guard !arguments.positional.isEmpty else { throw UsageError("Missing expected argument '<paths> ...'.", spec: spec) }
        // A batch of files at a time, keeping each procedure's figures: a national catalog fits in memory.
        let format = arguments.value("format") ?? "text"
        let scan = CatalogScan.run(arguments.positional, keeping: format == "json" ? .terms : .figures)
        UntilExit.keep(scan)
        let files = scan.workspace.files
        guard reportLoading(scan.workspace), let assessment = scan.assessment, let catalog = assessedOrReport(assessment) else {
            return .failure
        }
        reportDiagnostics(scan.barriers.diagnostics, files: files)
        let report = ScoreReport(catalog, files: files, language: language(arguments), findingsCount: scan.barriers.active)
        switch format {
        case "json": Terminal.write(report.json())
        case "csv": Terminal.write(report.csv())
        case "markdown": Terminal.write(report.markdown())
        default: Terminal.write(report.text())
        }
        return .success
    }
}
