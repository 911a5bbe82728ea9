/// The barrier findings of a catalog read a batch of files at a time: how many are active, the
/// problems with rule settings, and, when the outcomes added were collected with their findings
/// (`BarrierAnalysis.collect`), the findings themselves, as `BarrierAnalysis.run` finds them on the
/// catalog loaded whole.
///
/// Whether another procedure asks for the same document is known only once the whole catalog is
/// read, so a finding whose answer turns on it waits, with its answer either way, until `active` or
/// `analysis()` is asked for; every other finding is settled, with its cost and place, as its batch
/// is added.
public struct BarrierTally: Sendable {
    /// A finding that holds for a shared document and not for one no other procedure asks for, or the reverse.
    struct Undecided: Sendable {
        /// The document's identity across procedures (`ItemFacts.key`).
        let document: DocumentKey
        let holdsWhenShared: Bool
    }

    /// The problems with rule settings, and the assumptions nothing reads and the rules that apply to
    /// nothing in files no other imports.
    public var diagnostics: [Diagnostic] { settings + BarrierAnalysis.unused(unused + libraries, importedPaths: imported) }
    private var settings: [Diagnostic] = []
    /// Whether another file imports a file is known only once every file is read.
    private var unused: [Diagnostic] = []
    private var imported: Set<String> = []
    private var libraries: [Diagnostic] = []
    private var decided = 0
    /// What each file added waits on, and the findings it built, a file at a time: a national catalog
    /// has a million findings, and gathering them into one array as they come copied it over and over,
    /// on the one core that adds while the other waits.
    private var undecided: [[Undecided]] = []
    private var built: [Built] = []
    /// Every procedure added so far, by the documents it asks for.
    private var askers = DocumentAskers()

    /// One file's findings, and those among them that wait on other procedures' documents.
    private struct Built: Sendable {
        let findings: [Finding]
        let pending: [BarrierAnalysis.Pending]
    }

    public init() {}

    /// Adds what one ruleset's procedures give.
    mutating func add(_ outcome: BarrierAnalysis.Outcome) {
        decided += outcome.active
        if !outcome.undecided.isEmpty { undecided.append(outcome.undecided) }
        if !outcome.findings.isEmpty { built.append(Built(findings: outcome.findings, pending: outcome.pending)) }
        settings += outcome.diagnostics
        unused += outcome.unused
        imported.formUnion(outcome.imports)
        for (procedure, keys) in outcome.documents { askers.add(procedure, asking: keys) }
    }

    /// A file of rules with no procedure (W067), which stands if no file added imports it.
    mutating func add(library: Diagnostic) {
        libraries.append(library)
    }

    /// The findings not accepted with `allow`, over everything added.
    public var active: Int {
        let shared = askers.shared()
        return undecided.reduce(decided) { total, file in
            total + file.count { (shared[$0.document] != nil) == $0.holdsWhenShared }
        }
    }

    /// The same counts without the findings, once `analysis()` has settled them: a scan that kept
    /// both would hold every finding twice, and the first version of each one that waited.
    func counting() -> BarrierTally {
        var counts = self
        counts.built = []
        return counts
    }

    /// The findings of everything added, settled against the whole catalog's documents: those that
    /// turn on other procedures kept or dropped, and their detail ("also asked for by …") written.
    public func analysis() -> BarrierAnalysis {
        let documents = askers.shared()
        // Each file's settled on its own, on all cores: a national catalog has hundreds of thousands waiting.
        // A file's waiting findings are in the order of its findings, one each: walked side by side, a
        // finding that stands as it was built is kept as it is, not copied.
        let settled = Parallel.map(built) { file -> [Finding] in
            var settled: [Finding] = []
            settled.reserveCapacity(file.findings.count)
            var pending = file.pending.makeIterator()
            var waiting = pending.next()
            for (index, finding) in file.findings.enumerated() {
                guard let current = waiting, current.finding == index else {
                    settled.append(finding)
                    continue
                }
                waiting = pending.next()
                let shared = documents[current.document]
                if let holdsWhenShared = current.holdsWhenShared, (shared != nil) != holdsWhenShared { continue }
                let detail = shared?.others(than: current.procedure)
                settled.append(detail == nil && finding.detail == nil ? finding : finding.with(detail: detail))
            }
            return settled
        }
        let kept = Array(settled.joined())
        return BarrierAnalysis(findings: kept, diagnostics: diagnostics, rules: BarrierAnalysis.rules(of: kept),
                               catalogueFile: StandardCatalogue.load()?.file)
    }
}
