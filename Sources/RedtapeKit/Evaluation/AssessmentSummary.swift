/// Assessments kept for a whole catalog's figures, without what only one procedure's detail needs.
///
/// A checked procedure with its assessment takes about 15 KB; a national catalog has 100,000 and
/// more. Reports over a whole catalog (`score`, `check`) print each procedure's figures, some print
/// its terms, and they group procedures by sector, agency and level: that is what a summary keeps.
extension ProcedureAssessment {
    /// The assessment of the procedure without its items (documents, steps, fees and the rest), with
    /// its terms when asked for, and then without their factors and assumptions (what `explain` shows).
    public func summary(keepingTerms: Bool) -> ProcedureAssessment {
        ProcedureAssessment(
            procedure: procedure.summary, currency: currency, annualCases: annualCases, tariff: tariff,
            terms: keepingTerms ? terms.map(\.summary) : [], hours: hours, outOfPocket: outOfPocket, cost: cost, annualCost: annualCost,
            annualHours: annualHours, channels: channels, parties: parties, administrationCost: administrationCost,
            oneOffCost: oneOffCost, elapsed: elapsed, counts: counts, presentValue: presentValue, notes: notes)
    }
}

extension Procedure {
    /// What names the procedure and places it in the catalog's groups, without its items.
    var summary: Procedure {
        Procedure(declared: declared, code: code, sector: sector, level: level, agencies: agencies, subjects: subjects,
                  volume: volume, segments: [], tariff: tariff, overhead: overhead, staffTariff: staffTariff, channels: [],
                  limit: limit, basis: basis, results: [], documents: [], steps: [], fees: [], oneOffs: [], allowances: [],
                  validity: validity)
    }
}

extension Term {
    var summary: Term {
        Term(kind: kind, item: item, label: label, hours: hours, outOfPocket: outOfPocket, cost: cost, factors: [],
             location: location, assumptions: [])
    }
}
