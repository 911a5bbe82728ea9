import RedtapeKit

/// `redtape explain`: the trace behind one procedure's figures, term by term, with sources.
enum ExplainCommand: Command {
    static let spec = CommandSpec(
        name: "explain",
        abstract: "Show how a procedure's figures are computed, term by term, with their sources.",
        discussion: "Every term names the line it comes from and the assumptions it used, so that the\n"
            + "total can be recomputed by hand. A file with one procedure needs no procedure named.",
        arguments: [
            .init(name: "file", help: "The ruleset file.", repeating: false),
            .init(name: "procedure", help: "The procedure's name (its id in the ruleset); not needed when the file has one.",
                  repeating: false, optional: true),
        ],
        options: [.language])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        guard (1...2).contains(arguments.positional.count) else {
            throw UsageError(arguments.positional.isEmpty ? "Missing expected argument '<file>'."
                             : "Unexpected argument '\(arguments.positional[2])'.", spec: spec)
        }
        var fileOnly = arguments
        fileOnly.positional = [arguments.positional[0]]
        guard let workspace = try loadChecked(fileOnly, spec: spec), let ruleset = workspace.rootRulesets.first else {
            return .failure
        }
        let names = ruleset.procedures.map(\.declared.id)
        guard !names.isEmpty else {
            Terminal.writeError("error: \(ruleset.path) declares no procedure to explain\n"
                                + "  = help: name a file that declares one (procedure id \"…\" { … })\n")
            return .failure
        }
        guard arguments.positional.count == 2 || names.count == 1 else {
            Terminal.writeError("error: name the procedure to explain: \(ruleset.path) has \(names.count): "
                                + names.joined(separator: ", ") + "\n"
                                + "  = help: redtape explain \(arguments.positional[0]) \(names[0])\n")
            return .failure
        }
        let id = arguments.positional.count == 2 ? arguments.positional[1] : names[0]
        guard let procedure = ruleset.procedures.first(where: { $0.declared.id == id }) else {
            let guess = Suggestion.closest(to: id, in: names)
            Terminal.writeError("error: no procedure '\(id)' in \(ruleset.path)\n"
                                + "  = help: " + (guess.map { "did you mean '\($0)'? " } ?? "")
                                + "the procedures are: " + names.joined(separator: ", ") + "\n")
            return .failure
        }
        let context = AssessmentContext(for: ruleset, in: workspace)
        let assessment = Assessor(context: context).assess(procedure)
        let catalog = CatalogAssessment(currency: context.currency, procedures: [assessment])
        let findings = BarrierAnalysis.run(workspace, catalog: catalog).findings.filter { $0.procedure.id == id }
        let explanation = Explanation(assessment, workspace: workspace, ruleset: ruleset, findings: findings,
                                      language: language(arguments))
        Terminal.write(explanation.text())
        return .success
    }
}
