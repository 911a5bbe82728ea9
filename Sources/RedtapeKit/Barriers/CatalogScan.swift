/// What `check`, `score` and `barriers` need from a catalog, read a batch of files at a time: every
/// diagnostic, each procedure's figures, and the number of barrier findings or the findings themselves.
///
/// Each batch is checked, assessed and examined for barriers, and then only a summary of each of its
/// procedures is kept (`ProcedureAssessment.summary`): a national catalog is scanned in the memory
/// its figures take, not the memory its checked rulesets would. The terms behind each figure take
/// as much again, so they are kept only when asked for (the JSON form of `score` prints them). The figures, totals and counts are
/// the same as loading the whole catalog at once (a test holds them to it).
public struct CatalogScan: Sendable {
    /// Every file read and every diagnostic; of the rulesets, only those other files import.
    public let workspace: Workspace
    /// The procedures of the files named.
    public let procedureCount: Int
    /// The catalog's figures, or why they cannot be added up; nil when a file has errors, as nothing
    /// is assessed then.
    public let assessment: Result<CatalogAssessment, CatalogAssessment.Failure>?
    /// The barrier findings counted, and built when asked for.
    public let barriers: BarrierTally
    /// The barrier findings, when asked for; nil when the catalog could not be assessed, as nothing
    /// is examined then.
    public let findings: BarrierAnalysis?

    /// Scans the catalog, counting its barrier findings, or with `findingBarriers`, building them.
    public static func run(_ paths: [String], keepingTerms: Bool, findingBarriers: Bool = false,
                           reader: some SourceReader = FileSystemReader(), batchSize: Int = Workspace.batch) -> CatalogScan {
        var procedureCount = 0
        var hasErrors = false
        var failure: CatalogAssessment.Failure?
        var currencies: [Currency: String] = [:]
        var procedures: [ProcedureAssessment] = []
        var barriers = BarrierTally()
        let standardRules = StandardCatalogue.load()?.ruleset.rules ?? []
        // Each file assessed, examined and summarised on the core that checked it: what is let go is let go there.
        // A file with errors is not assessed; nor is anything once a file has errors, which is known a
        // batch later, so what the rest of that batch gives is not used.
        let workspace = Workspace.stream(paths, reader: reader, batchSize: batchSize, examine: { file in
            Examined(file, keepingTerms: keepingTerms, findingBarriers: findingBarriers, standardRules: standardRules)
        }, eachBatch: { examined, diagnostics in
            procedureCount += examined.reduce(0) { $0 + $1.procedureCount }
            hasErrors = hasErrors || diagnostics.hasErrors
            guard !hasErrors, failure == nil else { return }
            let assessed = examined.compactMap(\.assessed)
            for file in assessed where currencies[file.currency] == nil { currencies[file.currency] = file.path }
            if currencies.count > 1 {
                failure = .mixedCurrencies(currencies)
                return
            }
            for file in assessed {
                procedures += file.summaries
                barriers.add(file.barriers)
            }
        })
        let assessment: Result<CatalogAssessment, CatalogAssessment.Failure>? = if hasErrors {
            nil
        } else if let failure {
            .failure(failure)
        } else {
            .success(CatalogAssessment(currency: currencies.keys.first ?? "VND", procedures: procedures))
        }
        let findings: BarrierAnalysis? = if findingBarriers, case .success? = assessment { barriers.analysis() } else { nil }
        return CatalogScan(workspace: workspace, procedureCount: procedureCount, assessment: assessment, barriers: barriers,
                           findings: findings)
    }

    /// What one file of the catalog gives: its procedures, and, unless it has errors or none, their
    /// summaries and barrier findings.
    private struct Examined: Sendable {
        struct Assessed: Sendable {
            let path: String
            let currency: Currency
            let summaries: [ProcedureAssessment]
            let barriers: BarrierAnalysis.Outcome
        }

        let procedureCount: Int
        let assessed: Assessed?

        init(_ file: Workspace, keepingTerms: Bool, findingBarriers: Bool, standardRules: [Rule]) {
            let ruleset = file.rootRulesets[0]
            procedureCount = ruleset.procedures.count
            guard !file.diagnostics.hasErrors, !ruleset.procedures.isEmpty else {
                assessed = nil
                return
            }
            let context = AssessmentContext(for: ruleset, in: file)
            let assessor = Assessor(context: context)
            let assessments = ruleset.procedures.map(assessor.assess)
            let outcome = findingBarriers
                ? BarrierAnalysis.collect(ruleset, in: file, assessments: assessments, standardRules: standardRules)
                : BarrierAnalysis.tally(ruleset, in: file, assessments: assessments, standardRules: standardRules)
            assessed = Assessed(path: ruleset.path, currency: context.currency,
                                summaries: assessments.map { $0.summary(keepingTerms: keepingTerms) }, barriers: outcome)
        }
    }
}
