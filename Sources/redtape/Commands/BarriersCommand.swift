import RedtapeKit

/// `redtape barriers`: what makes each procedure hard, rule by rule, with the cost attached and the fix.
enum BarriersCommand: Command {
    static let spec = CommandSpec(
        name: "barriers",
        abstract: "Find the barriers in procedures: once-only breaches, visits, missing time limits and more.",
        discussion: "Applies the standard barrier catalogue (print it with --rules) and the rules the rulesets\n"
            + "declare. With --fail-on, exits with status 1 when a finding at or above that severity remains\n"
            + "(findings accepted with 'allow <rule> because \"…\"' do not count).",
        arguments: [.paths],
        options: [
            .format(["text", "markdown", "csv", "json", "sarif"]),
            .init(name: "fail-on", value: "severity", help: "Exit with status 1 on a finding at or above this severity.",
                  choices: Severity.allCases.map(\.rawValue)),
            .init(name: "rules", value: nil, help: "Print the standard barrier catalogue and exit."),
            .language,
        ])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        if arguments.flag("rules") {
            Terminal.write(StandardCatalogue.text)
            return .success
        }
        // Each procedure's figures and each finding kept: a national catalog fits in memory.
        guard let (workspace, catalog, analysis) = try analyse(arguments, keeping: .figures, spec: spec) else { return .failure }
        UntilExit.keep(workspace, catalog, analysis)
        let report = BarrierReport(analysis, currency: catalog.currency, files: workspace.files, language: language(arguments))
        switch arguments.value("format") ?? "text" {
        case "markdown": Terminal.write(report.markdown())
        case "csv": Terminal.write(report.csv())
        case "json": Terminal.write(report.json())
        case "sarif": Terminal.write(report.sarif(toolVersion: version))
        default: report.writeText(Terminal.write(bytes:))
        }
        if let threshold = arguments.value("fail-on").flatMap(Severity.init(rawValue:)),
           analysis.active.contains(where: { $0.severity >= threshold }) {
            return .findings
        }
        return .success
    }
}

/// Reads, checks, assesses and examines for barriers the rulesets named on the command line, a batch
/// of files at a time, keeping as much of each procedure as asked for; nil after printing why not.
func analyse(_ arguments: ParsedArguments, keeping detail: CatalogScan.Detail, spec: CommandSpec) throws(UsageError)
    -> (Workspace, CatalogAssessment, BarrierAnalysis)? {
    guard !arguments.positional.isEmpty else { throw UsageError("Missing expected argument '<paths> ...'.", spec: spec) }
    let scan = CatalogScan.run(arguments.positional, keeping: detail, findingBarriers: true)
    guard reportLoading(scan.workspace), let assessment = scan.assessment, let catalog = assessedOrReport(assessment),
          let analysis = scan.findings else { return nil }
    reportDiagnostics(analysis.diagnostics, files: scan.workspace.files)
    return (scan.workspace, catalog, analysis)
}

/// The catalog's assessment, or nil after explaining why the rulesets cannot be added up.
func assessOrReport(_ workspace: Workspace) -> CatalogAssessment? {
    assessedOrReport(CatalogAssessment.assess(workspace))
}

/// The catalog's assessment, or nil after explaining why the rulesets cannot be added up.
func assessedOrReport(_ assessment: Result<CatalogAssessment, CatalogAssessment.Failure>) -> CatalogAssessment? {
    switch assessment {
    case .success(let catalog):
        return catalog
    case .failure(.mixedCurrencies(let currencies)):
        Terminal.writeError("error: cannot add up rulesets in different currencies: "
                            + currencies.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
                            + "\n  = help: score them separately, or declare one currency with exchange rates\n")
        return nil
    }
}
