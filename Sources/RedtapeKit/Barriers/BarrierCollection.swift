/// The barrier findings of a catalog read a batch of files at a time, as `BarrierAnalysis.run` finds
/// them on the catalog loaded whole.
///
/// Each batch's findings are built with their costs and places while its procedures are in memory.
/// Whether another procedure asks for the same document, and which, is known only once every batch
/// is read: a finding that turns on it is built if it holds either way, and kept or dropped, and
/// its detail written, by `analysis()`.
public struct BarrierCollection: Sendable {
    private var findings: [Finding] = []
    private var pending: [BarrierAnalysis.Pending] = []
    private var diagnostics: [Diagnostic] = []
    /// Every procedure added so far, by the documents it asks for.
    private var documents: [String: SharedDocument] = [:]

    public init() {}

    /// Adds what one ruleset's procedures give.
    mutating func add(_ outcome: BarrierAnalysis.Outcome) {
        let offset = findings.count
        findings += outcome.findings
        for var waiting in outcome.pending {
            waiting.finding += offset
            pending.append(waiting)
        }
        diagnostics += outcome.diagnostics
        for (procedure, keys) in outcome.documents { documents.add(procedure, asking: keys) }
    }

    /// The findings of everything added, settled against the whole catalog's documents.
    public func analysis() -> BarrierAnalysis {
        var settled = findings.map(Optional.some)
        for waiting in pending {
            let shared = documents[waiting.document].flatMap { $0.count > 1 ? $0 : nil }
            if let holdsWhenShared = waiting.holdsWhenShared, (shared != nil) != holdsWhenShared {
                settled[waiting.finding] = nil
            } else {
                settled[waiting.finding] = findings[waiting.finding].with(detail: shared?.others(than: waiting.procedure))
            }
        }
        let kept = settled.compactMap { $0 }
        return BarrierAnalysis(findings: kept, diagnostics: diagnostics, rules: BarrierAnalysis.rules(of: kept),
                               catalogueFile: StandardCatalogue.load()?.file)
    }
}
