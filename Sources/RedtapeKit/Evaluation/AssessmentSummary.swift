/// Assessments kept for a whole catalog, without what only one procedure's detail needs.
///
/// A checked procedure with its assessment takes about 15 KB; a national catalog has 100,000 and
/// more. Reports over a whole catalog (`score`) print each procedure's figures, some print
/// its terms, and they group procedures by sector, agency and level; comparing drafts and the HTML
/// report also need each procedure's items. No report over a catalog shows how each term was worked
/// out (`explain` does, for one file).
extension ProcedureAssessment {
    /// The assessment with as much as `detail` asks for: without the procedure's items (documents,
    /// steps, fees and the rest) unless it asks for them, and with its terms unless it asks for figures
    /// only. A catalog is assessed without tracing (`Assessor.tracing`), so the terms carry no factors;
    /// one scanned for its figures only is assessed without its breakdown (`Assessor.breakdown`).
    public func kept(_ detail: CatalogScan.Detail) -> ProcedureAssessment {
        if detail == .items { return self }
        let figuresOnly = detail == .figures || detail == .nothing
        return ProcedureAssessment(
            procedure: procedure.summary, currency: currency, annualCases: annualCases,
            tariff: tariff, terms: figuresOnly ? [] : terms, hours: hours, outOfPocket: outOfPocket, cost: cost, annualCost: annualCost,
            annualHours: annualHours, channels: channels, parties: parties, administrationCost: administrationCost,
            administrationBySteps: figuresOnly ? [] : administrationBySteps,
            oneOffCost: oneOffCost, oneOffs: figuresOnly ? [] : oneOffs, deposit: deposit, elapsed: elapsed, counts: counts,
            presentValue: presentValue, notes: notes,
            exchangeRates: exchangeRates)
    }
}

extension Procedure {
    /// What names the procedure and places it in the catalog's groups, without its items.
    var summary: Procedure {
        Procedure(declared: declared, code: code, sector: sector, level: level, agencies: agencies, subjects: subjects,
                  volume: volume, segments: [], tariff: tariff, overhead: overhead, staffTariff: staffTariff, channels: [],
                  limit: limit, channelLimits: channelLimits, basis: basis, results: [], documents: [], steps: [], fees: [], oneOffs: [], allowances: [],
                  validity: validity)
    }
}
