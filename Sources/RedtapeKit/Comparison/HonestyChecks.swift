import Foundation

/// The two ways a simplification can look better than it is: *superficial* cuts (counts fall, the
/// burden does not) and *burden shifting* (cost moved to another procedure, party or segment).
enum HonestyChecks {
    /// A cut smaller than this share of the cost a case counts as no cut at all.
    static let negligible = Exact(numerator: 1, denominator: 100)
    /// A rise elsewhere larger than this share of a cut counts as the cut moving, not vanishing.
    static let shifted = Exact(numerator: 1, denominator: 2)

    static func warnings(_ procedures: [ProcedureComparison]) -> [ComparisonWarning] {
        // Each procedure's own, on all cores, in the procedures' order; then the one across procedures.
        var warnings = Parallel.map(procedures, slicesOf: 512, warnings(of:)).flatMap { $0 }
        if let warning = procedureShift(procedures) { warnings.append(warning) }
        return warnings
    }

    private static func warnings(of procedure: ProcedureComparison) -> [ComparisonWarning] {
        guard let b = procedure.before, let a = procedure.after else { return [] }
        var warnings: [ComparisonWarning] = []
        if let warning = superficial(b, a) { warnings.append(warning) }
        warnings += movedWork(procedure)
        if let warning = partyShift(b, a) { warnings.append(warning) }
        return warnings
    }

    /// Counts fall while the cost and time of a case do not, nor the burden a year: a draft that files
    /// once a year what was filed each quarter makes a case of four quarters' work, and cuts the burden
    /// though a case costs more.
    private static func superficial(_ b: ProcedureAssessment, _ a: ProcedureAssessment) -> ComparisonWarning? {
        typealias Change = ComparisonWarning.CountChange
        let counts: [Change] = [
            Change(count: .documents, before: Exact(b.counts.documents), after: Exact(a.counts.documents)),
            Change(count: .steps, before: Exact(b.counts.steps), after: Exact(a.counts.steps)),
            Change(count: .certifiedCopies, before: Exact(b.counts.certifiedCopies), after: Exact(a.counts.certifiedCopies)),
            Change(count: .visitsInPerson, before: b.counts.visitsInPerson, after: a.counts.visitsInPerson),
            Change(count: .agencies, before: Exact(b.counts.agencies), after: Exact(a.counts.agencies)),
            Change(count: .submissions, before: Exact(b.counts.submissions), after: Exact(a.counts.submissions)),
        ]
        let fallen = counts.filter { $0.after < $0.before }
        guard !fallen.isEmpty, b.cost.likely > 0 else { return nil }
        let costCut = (b.cost.likely - a.cost.likely) / b.cost.likely
        let hoursCut = b.hours.likely > 0 ? (b.hours.likely - a.hours.likely) / b.hours.likely : 0
        guard costCut < negligible, hoursCut < negligible else { return nil }
        if b.annualCost.likely > 0, (b.annualCost.likely - a.annualCost.likely) / b.annualCost.likely >= negligible { return nil }
        return ComparisonWarning(kind: .superficial, procedure: a.id, concern: .countsOnly(
            procedure: a.id, counts: fallen, cost: (b.cost.likely, a.cost.likely), hours: (b.hours.likely, a.hours.likely),
            currency: a.currency))
    }

    /// An item removed while others in the same procedure grew by most of what it cost: the work moved.
    private static func movedWork(_ procedure: ProcedureComparison) -> [ComparisonWarning] {
        let removed = procedure.changes.filter { $0.kind == .removed && $0.annualCostDelta.likely < 0 }
        let grown = procedure.changes.filter { [.modified, .moved, .renamed, .added].contains($0.kind) && $0.annualCostDelta.likely > 0 }
        let growth = grown.reduce(Exact(0)) { $0 + $1.annualCostDelta.likely }
        let cut = removed.reduce(Exact(0)) { $0 - $1.annualCostDelta.likely }
        guard cut > 0, growth >= cut * shifted else { return [] }
        return [ComparisonWarning(kind: .superficial, procedure: procedure.id, concern: .workMoved(
            procedure: procedure.id, removed: removed.map(ComparisonWarning.Item.init), grown: grown.map(ComparisonWarning.Item.init),
            share: growth / cut))]
    }

    /// One party's cost falls while another's rises (citizens to the administration, say).
    private static func partyShift(_ b: ProcedureAssessment, _ a: ProcedureAssessment) -> ComparisonWarning? {
        var deltas: [(PartyBurden.Party, Exact)] = []
        for party in PartyBurden.Party.allCases {
            let before = b.parties.first { $0.party == party }?.annualCost.likely ?? 0
            let after = a.parties.first { $0.party == party }?.annualCost.likely ?? 0
            if before != after { deltas.append((party, after - before)) }
        }
        let falls = deltas.filter { $0.1 < 0 }
        let rises = deltas.filter { $0.1 > 0 }
        let cut = falls.reduce(Exact(0)) { $0 - $1.1 }
        let rise = rises.reduce(Exact(0)) { $0 + $1.1 }
        guard cut > 0, rise >= cut * shifted else { return nil }
        return ComparisonWarning(kind: .burdenShift, procedure: a.id,
                                 concern: .partyShift(procedure: a.id, falls: falls, rises: rises, currency: a.currency))
    }

    /// Procedures whose burden rises (new ones included) by most of what others cut.
    private static func procedureShift(_ procedures: [ProcedureComparison]) -> ComparisonWarning? {
        let deltas = procedures.map { ($0, $0.annualCostDelta.likely) }
        let falls = deltas.filter { $0.1 < 0 && $0.0.after != nil }
        let rises = deltas.filter { $0.1 > 0 }
        let cut = falls.reduce(Exact(0)) { $0 - $1.1 }
        let rise = rises.reduce(Exact(0)) { $0 + $1.1 }
        guard cut > 0, rise >= cut * shifted else { return nil }
        let currency = procedures.compactMap { $0.after?.currency ?? $0.before?.currency }.first ?? "VND"
        func delta(_ entry: (ProcedureComparison, Exact)) -> ComparisonWarning.ProcedureDelta {
            ComparisonWarning.ProcedureDelta(id: entry.0.id, isNew: entry.0.before == nil, delta: entry.1)
        }
        return ComparisonWarning(kind: .burdenShift, procedure: nil,
                                 concern: .procedureShift(falls: falls.map(delta), rises: rises.map(delta), currency: currency))
    }
}
