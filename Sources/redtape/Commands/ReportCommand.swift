import Foundation
import RedtapeKit

/// `redtape report`: the HTML impact report, one self-contained file.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Write the HTML impact report of a draft, or of a before/after comparison.",
        discussion: "One self-contained HTML file: no script, no external request; it prints to PDF and reads\n"
            + "on a phone. Give rulesets for a single draft, or --before and --after to compare two drafts.",
        arguments: [.init(name: "paths", help: "Ruleset files or folders (for a single draft).", repeating: true)],
        options: [
            .init(name: "before", value: "path", help: "The draft before: a file, a folder or REV:PATH."),
            .init(name: "after", value: "path", help: "The draft after: a file, a folder or REV:PATH."),
            .init(name: "output", value: "file", help: "Where to write the report (default: redtape-report.html).", short: "o"),
            .init(name: "target", value: "percent", help: "The cut the comparison should reach (e.g. 20%)."),
            .language,
        ])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        let output = arguments.value("output") ?? "redtape-report.html"
        guard output.hasSuffix(".html") || output.hasSuffix(".htm") else {
            throw UsageError("The report is HTML: name the output file '….html'.", spec: spec)
        }
        let lang = language(arguments)
        let target = try parseTarget(arguments.value("target"), spec: spec)
        let report: ImpactReport
        switch (arguments.value("before"), arguments.value("after")) {
        case (let before?, let after?):
            guard arguments.positional.isEmpty else { throw UsageError("Give either paths, or --before and --after.", spec: spec) }
            guard let (comparison, workspaces, analysis) = compareDrafts(before, after) else { return .failure }
            UntilExit.keep(comparison, workspaces, analysis)
            let title = titleOf(workspaces[1]) ?? "Impact report"
            report = ImpactReport(.comparison(comparison, after: analysis), workspaces: workspaces,
                                  title: (lang == .vi ? "Đánh giá tác động: " : "Impact of the change: ") + title, language: lang, target: target)
        case (nil, nil):
            guard let (workspace, catalog, analysis) = try analyse(arguments, keeping: .items, spec: spec) else { return .failure }
            UntilExit.keep(workspace, catalog, analysis)
            report = ImpactReport(.catalog(catalog, analysis), workspaces: [workspace], title: titleOf(workspace) ?? "Impact report",
                                  language: lang, target: target)
            noteRepeatedProcedures(catalog, paths: arguments.positional)
        default:
            throw UsageError("Give both --before and --after.", spec: spec)
        }
        let html = report.html()
        if let failure = writeAtomically(output, html) {
            Terminal.writeError("error: cannot write '\(output)': \(failure)\n")
            return .failure
        }
        Terminal.write("wrote \(output) (\(html.utf8.count / 1024) KB)\n")
        return .success
    }

    /// Two drafts given as the paths of one (`report before.ruleset after.ruleset`, as `diff` takes
    /// them) are reported as one catalog counting both: said on the terminal too, where the report's
    /// own notice is not read until it is opened.
    private static func noteRepeatedProcedures(_ catalog: CatalogAssessment, paths: [String]) {
        var seen = Set<String>()
        var repeated: [String] = []
        for id in catalog.procedures.map(\.id) where !seen.insert(id).inserted && !repeated.contains(id) { repeated.append(id) }
        guard let first = repeated.first else { return }
        let named = "'\(first)'" + (repeated.count > 1 ? " and \(repeated.count - 1) more are" : " is")
        let fix = paths.count == 2 ? "redtape report --before \(paths[0]) --after \(paths[1])" : "redtape report --before … --after …"
        Terminal.writeError("note: \(named) declared in several files; the report counts each of them. "
                            + "To compare two drafts: \(fix)\n")
    }

    private static func titleOf(_ workspace: Workspace) -> String? {
        let titles = workspace.rootRulesets.filter { !$0.procedures.isEmpty }.compactMap(\.header?.title)
        return titles.count == 1 ? titles[0] : titles.isEmpty ? nil : titles[0] + " (+\(titles.count - 1))"
    }
}

/// `20%` or `20` as the fraction 0.2.
func parseTarget(_ text: String?, spec: CommandSpec) throws(UsageError) -> Exact? {
    guard let text else { return nil }
    guard let value = Exact(plain: text.replacingOccurrences(of: "%", with: "")) else {
        throw UsageError("The value '\(text)' is invalid for '--target <percent>'; write a percentage such as 20%.", spec: spec)
    }
    guard value >= 0, value <= 100 else {
        throw UsageError("The value '\(text)' is invalid for '--target <percent>': the target is the share of the burden "
                         + "to cut, from 0% to 100%.", spec: spec)
    }
    return value / 100
}

/// Reads, checks, assesses and compares two drafts; nil after printing why not.
func compareDrafts(_ beforePath: String, _ afterPath: String) -> (DraftComparison, [Workspace], BarrierAnalysis)? {
    let sides = scanDrafts(beforePath, afterPath)
    return compareScans(sides.before, sides.after)
}

/// Two drafts named on the command line (each a file, a folder, or `REV:PATH` read from git), read a
/// batch of files at a time, with every procedure's assessment and every barrier finding kept; the
/// draft before timed from the draft after's start, so that their elapsed times share a calendar.
func scanDrafts(_ beforePath: String, _ afterPath: String) -> (before: CatalogScan, after: CatalogScan) {
    let after = scanDraft(afterPath, timedFrom: nil)
    return (scanDraft(beforePath, timedFrom: after.start), after)
}

private func scanDraft(_ argument: String, timedFrom: CalendarDate?) -> CatalogScan {
    if let git = GitRevisionReader.parse(argument) {
        return CatalogScan.run([argument], keeping: .items, findingBarriers: true, timedFrom: timedFrom, reader: git)
    }
    return CatalogScan.run([argument], keeping: .items, findingBarriers: true, timedFrom: timedFrom)
}

func compareScans(_ before: CatalogScan, _ after: CatalogScan) -> (DraftComparison, [Workspace], BarrierAnalysis)? {
    let workspaces = [before.workspace, after.workspace]
    for workspace in workspaces { reportDiagnostics(workspace.diagnostics, files: workspace.files) }
    guard !before.workspace.diagnostics.hasErrors, !after.workspace.diagnostics.hasErrors else {
        Terminal.writeError("the drafts have errors; run 'redtape check' on each, fix them and try again\n")
        return nil
    }
    guard let beforeCatalog = before.assessment.flatMap(assessedOrReport),
          let afterCatalog = after.assessment.flatMap(assessedOrReport),
          let beforeAnalysis = before.findings, let afterAnalysis = after.findings else { return nil }
    guard beforeCatalog.procedures.isEmpty || afterCatalog.procedures.isEmpty || beforeCatalog.currency == afterCatalog.currency else {
        Terminal.writeError("error: the drafts are in different currencies (\(beforeCatalog.currency), \(afterCatalog.currency))\n")
        return nil
    }
    let retimed = after.start.flatMap { from in before.start == from ? nil : DraftComparison.Retimed(from: from, own: before.start) }
    let comparison = DraftComparison.compare(before: beforeCatalog, after: afterCatalog,
                                             barriersBefore: beforeAnalysis.findings, barriersAfter: afterAnalysis.findings,
                                             retimed: retimed)
    return (comparison, workspaces, afterAnalysis)
}
