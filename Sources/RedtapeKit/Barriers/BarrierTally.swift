/// The number of active barrier findings in a catalog read a batch of files at a time, and the
/// problems with rule settings, without building the findings.
///
/// Whether another procedure asks for the same document is known only once the whole catalog is
/// read, so a finding whose answer turns on it waits, with its answer either way, until `active`
/// is asked for; every other finding is counted as its batch is added.
public struct BarrierTally: Sendable {
    /// A finding that holds for a shared document and not for one no other procedure asks for, or the reverse.
    struct Undecided: Sendable {
        /// The document's identity across procedures (`ItemFacts.key`).
        let document: String
        let holdsWhenShared: Bool
    }

    public private(set) var diagnostics: [Diagnostic] = []
    private var decided = 0
    private var undecided: [Undecided] = []
    /// Every procedure added so far, by the documents it asks for.
    private var documents: [String: SharedDocument] = [:]

    public init() {}

    /// Counts the findings of one batch: the workspace's root rulesets, assessed in `catalog`.
    public mutating func add(_ workspace: Workspace, catalog: CatalogAssessment) {
        for outcome in BarrierAnalysis.tally(workspace, catalog: catalog) { add(outcome) }
    }

    /// Counts what one ruleset's procedures give.
    mutating func add(_ outcome: BarrierAnalysis.Outcome) {
        decided += outcome.active
        undecided += outcome.undecided
        diagnostics += outcome.diagnostics
        for (procedure, keys) in outcome.documents { documents.add(procedure, asking: keys) }
    }

    /// The findings not accepted with `allow`, over everything added.
    public var active: Int {
        decided + undecided.count { ((documents[$0.document]?.count ?? 0) > 1) == $0.holdsWhenShared }
    }
}
