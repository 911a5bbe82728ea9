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

    /// Counts fall while the cost and time of a case do not.
    private static func superficial(_ b: ProcedureAssessment, _ a: ProcedureAssessment) -> ComparisonWarning? {
        let counts: [(String, Int, Int)] = [
            ("documents", b.counts.documents, a.counts.documents), ("steps", b.counts.steps, a.counts.steps),
            ("certified copies", b.counts.certifiedCopies, a.counts.certifiedCopies),
            ("in-person visits", b.counts.visitsInPerson, a.counts.visitsInPerson),
            ("agencies", b.counts.agencies, a.counts.agencies), ("submissions", b.counts.submissions, a.counts.submissions),
        ]
        let fallen = counts.filter { $0.2 < $0.1 }
        guard !fallen.isEmpty, b.cost.likely > 0 else { return nil }
        let costCut = (b.cost.likely - a.cost.likely) / b.cost.likely
        let hoursCut = b.hours.likely > 0 ? (b.hours.likely - a.hours.likely) / b.hours.likely : 0
        guard costCut < negligible, hoursCut < negligible else { return nil }
        let list = fallen.map { "\($0.0) \($0.1) → \($0.2)" }.joined(separator: ", ")
        return ComparisonWarning(kind: .superficial, procedure: a.id,
                                 message: "superficial cut in '\(a.id)': \(list), but the cost of a case goes from "
                                     + "\(money(b.cost.likely, a.currency)) to \(money(a.cost.likely, a.currency)) and its time from "
                                     + "\(hours(b.hours.likely)) to \(hours(a.hours.likely))")
    }

    /// An item removed while others in the same procedure grew by most of what it cost: the work moved.
    private static func movedWork(_ procedure: ProcedureComparison) -> [ComparisonWarning] {
        let removed = procedure.changes.filter { $0.kind == .removed && $0.annualCostDelta.likely < 0 }
        let grown = procedure.changes.filter { [.modified, .moved, .renamed, .added].contains($0.kind) && $0.annualCostDelta.likely > 0 }
        let growth = grown.reduce(Exact(0)) { $0 + $1.annualCostDelta.likely }
        let cut = removed.reduce(Exact(0)) { $0 - $1.annualCostDelta.likely }
        guard cut > 0, growth >= cut * shifted else { return [] }
        return [ComparisonWarning(
            kind: .superficial, procedure: procedure.id,
            message: "in '\(procedure.id)', " + removed.map(\.path).joined(separator: ", ") + " removed, but "
                + grown.map(\.path).joined(separator: ", ") + " grew by \(percent(growth / cut)) of what was removed: "
                + "the work seems to have moved rather than gone")]
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
        return ComparisonWarning(
            kind: .burdenShift, procedure: a.id,
            message: "in '\(a.id)', cost moves from " + falls.map { "\($0.0.rawValue) (\(money($0.1, a.currency)))" }.joined(separator: ", ")
                + " to " + rises.map { "\($0.0.rawValue) (+\(money($0.1, a.currency)))" }.joined(separator: ", "))
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
        func name(_ p: ProcedureComparison) -> String { p.before == nil ? "new procedure '\(p.id)'" : "'\(p.id)'" }
        return ComparisonWarning(
            kind: .burdenShift, procedure: nil,
            message: "cost moves between procedures: " + falls.map { "\(name($0.0)) \(money($0.1, currency))" }.joined(separator: ", ")
                + "; " + rises.map { "\(name($0.0)) +\(money($0.1, currency))" }.joined(separator: ", "))
    }

    private static func money(_ value: Exact, _ currency: Currency) -> String { NumberFormat(.en).money(value, currency) }
    private static func hours(_ value: Exact) -> String { NumberFormat(.en).hours(value) }
    private static func percent(_ value: Exact) -> String { NumberFormat(.en).percent(value) }
}
