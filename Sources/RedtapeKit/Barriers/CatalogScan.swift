/// What `check`, `score`, `barriers`, `diff` and `report` need from a catalog, read a batch of files
/// at a time: every diagnostic, each procedure's figures, and the number of barrier findings or the
/// findings themselves.
///
/// Each file is checked, assessed and examined for barriers on one core, and then only what was asked
/// for of each of its procedures is kept (`Detail`): a national catalog is scanned in the memory its
/// figures take, not the memory its checked rulesets would. The figures, totals and counts are the
/// same as loading the whole catalog at once (a test holds them to it).
public struct CatalogScan: Sendable {
    /// How much of each procedure's assessment a scan keeps.
    public enum Detail: Sendable {
        /// None of it: whether the catalog's figures add up, and its barrier findings counted, are all
        /// `check` reports. The catalog's assessment then holds no procedure.
        case nothing
        /// Its figures, and what places it in the catalog's groups (`ProcedureAssessment.summary`), without
        /// their breakdown by term, channel and party.
        case figures
        /// Its figures and their breakdown by term, channel and party, which take as much again (the
        /// JSON form of `score`).
        case terms
        /// Its figures, terms, parties and items, with the rulesets of the files named: what comparing
        /// drafts and the HTML report need. Not its breakdown by channel, which neither shows.
        case items
    }

    /// Every file read and every diagnostic; of the rulesets, only those other files import, unless
    /// items were kept.
    public let workspace: Workspace
    /// The procedures of the files named.
    public let procedureCount: Int
    /// The catalog's figures, or why they cannot be added up; nil when a file has errors, as nothing
    /// is assessed then. Without its procedures when `.nothing` was kept.
    public let assessment: Result<CatalogAssessment, CatalogAssessment.Failure>?
    /// The barrier findings counted; the findings themselves, when built, are in `findings`.
    public let barriers: BarrierTally
    /// The barrier findings, when asked for; nil when the catalog could not be assessed, as nothing
    /// is examined then.
    public let findings: BarrierAnalysis?

    /// Whether the catalog was assessed: it has procedures, no file has errors, and its figures add up.
    public var isAssessed: Bool {
        procedureCount > 0 && !workspace.diagnostics.hasErrors && (try? assessment?.get()) != nil
    }

    /// Every problem `check` reports: those of the files' text and, once the catalog is assessed,
    /// those of its barrier rules, their settings and its assumptions no rule reads.
    public var diagnostics: [Diagnostic] {
        isAssessed ? workspace.diagnostics + barriers.diagnostics : workspace.diagnostics
    }

    /// The date the procedures' elapsed times are counted from, when every file of the catalog with
    /// procedures counts from the same one (`AssessmentContext.start(of:in:)`); nil when they differ,
    /// or when no ruleset was kept (`.items`).
    public var start: CalendarDate? {
        let starts = Set(workspace.rootRulesets.filter { !$0.procedures.isEmpty }.map { AssessmentContext.start(of: $0, in: workspace) })
        return starts.count == 1 ? starts.first : nil
    }

    /// Scans the catalog, counting its barrier findings, or with `findingBarriers`, building them;
    /// with `timedFrom`, counting every procedure's elapsed time from that date rather than its file's.
    public static func run(_ paths: [String], keeping detail: Detail, findingBarriers: Bool = false, timedFrom: CalendarDate? = nil,
                           reader: some SourceReader = FileSystemReader(), batchSize: Int = Workspace.batch) -> CatalogScan {
        var procedureCount = 0
        var hasErrors = false
        var failure: CatalogAssessment.Failure?
        var currencies: [Currency: String] = [:]
        var procedures: [ProcedureAssessment] = []
        var barriers = BarrierTally()
        var kept: [String: Ruleset] = [:]
        let standardRules = StandardCatalogue.load()?.ruleset.rules ?? []
        // Each file assessed, examined and summarised on the core that checked it: what is let go is let go there.
        // A file with errors is not assessed; nor is anything once a file has errors, which is known a
        // batch later, so what the rest of that batch gives is not used.
        let streamed = Workspace.stream(paths, reader: reader, batchSize: batchSize, examine: { file in
            Examined(file, keeping: detail, findingBarriers: findingBarriers, timedFrom: timedFrom, standardRules: standardRules)
        }, eachBatch: { examined, diagnostics in
            procedureCount += examined.reduce(0) { $0 + $1.procedureCount }
            for file in examined {
                if let ruleset = file.ruleset { kept[ruleset.path] = ruleset }
                if let library = file.library { barriers.add(library: library) }
            }
            hasErrors = hasErrors || diagnostics.hasErrors
            guard !hasErrors, failure == nil else { return }
            let assessed = examined.compactMap(\.assessed)
            for file in assessed where currencies[file.currency] == nil { currencies[file.currency] = file.path }
            if currencies.count > 1 {
                failure = .mixedCurrencies(currencies)
                return
            }
            for file in assessed {
                if detail != .nothing { procedures += file.assessments }
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
        barriers = barriers.counting()
        let workspace = kept.isEmpty ? streamed
            : Workspace(files: streamed.files, rulesets: streamed.rulesets.merging(kept) { first, _ in first },
                        roots: streamed.roots, diagnostics: streamed.diagnostics)
        return CatalogScan(workspace: workspace, procedureCount: procedureCount, assessment: assessment, barriers: barriers,
                           findings: findings)
    }

    /// What one file of the catalog gives: its procedures, and, unless it has errors or none, what is
    /// kept of their assessments and their barrier findings; its ruleset when items are kept.
    private struct Examined: Sendable {
        struct Assessed: Sendable {
            let path: String
            let currency: Currency
            /// As much of each procedure's assessment as was asked for.
            let assessments: [ProcedureAssessment]
            let barriers: BarrierAnalysis.Outcome
        }

        let procedureCount: Int
        let assessed: Assessed?
        let ruleset: Ruleset?
        /// W067, for a file of rules with no procedure, should no other file import it.
        let library: Diagnostic?

        init(_ file: Workspace, keeping detail: Detail, findingBarriers: Bool, timedFrom: CalendarDate?, standardRules: [Rule]) {
            let ruleset = file.rootRulesets[0]
            procedureCount = ruleset.procedures.count
            self.ruleset = detail == .items ? ruleset : nil
            library = BarrierAnalysis.ruleLibrary(ruleset)
            guard !file.diagnostics.hasErrors, !ruleset.procedures.isEmpty else {
                assessed = nil
                return
            }
            let context = AssessmentContext(for: ruleset, in: file, timedFrom: timedFrom)
            let breakdown: Assessor.Breakdown = switch detail {
            case .nothing, .figures: findingBarriers ? .terms : .none
            case .terms: .full
            case .items: .parties
            }
            let assessor = Assessor(context: context, tracing: false, breakdown: breakdown)
            let assessments = ruleset.procedures.map(assessor.assess)
            let outcome = findingBarriers
                ? BarrierAnalysis.collect(ruleset, in: file, assessments: assessments, standardRules: standardRules)
                : BarrierAnalysis.tally(ruleset, in: file, assessments: assessments, standardRules: standardRules)
            assessed = Assessed(path: ruleset.path, currency: context.currency,
                                assessments: detail == .nothing ? [] : assessments.map { $0.kept(detail) },
                                barriers: outcome)
        }
    }
}
