import Foundation

/// Computes what a procedure costs, by the Standard Cost Model: time × tariff + out-of-pocket, per
/// case and per channel, weighted by the channel mix, times the annual cases. Every figure is
/// computed at the low, likely and high end of its inputs. docs/METHOD.md gives every formula.
public struct Assessor: Sendable {
    public let context: AssessmentContext
    /// Whether each term carries the factors and assumptions it was worked out from, for `explain`
    /// and the editor to show. Reports over a catalog show none, and leave them out: the figures are
    /// the same either way.
    public let tracing: Bool
    /// Whether the assessment breaks its figures down: term by term, channel by channel and party by
    /// party. A scan that keeps each procedure's figures only, and counts its barrier findings rather
    /// than building them, reads none of these: it needs the sums alone, which are the same without
    /// each term's, channel's and party's figures worked out.
    public let breakingDown: Bool

    public init(context: AssessmentContext, tracing: Bool = true, breakingDown: Bool = true) {
        self.context = context
        self.tracing = tracing
        self.breakingDown = breakingDown
    }

    public func assess(_ procedure: Procedure) -> ProcedureAssessment {
        let model = ProcedureModel(procedure, context: context, tracing: tracing)
        let evaluation = model.evaluate()
        let (terms, hours, outOfPocket, cost) = model.terms(evaluation, listed: breakingDown)
        let cases = model.annualCases
        let annualCost = Figure.each { cost[$0] * cases[$0] }
        let oneOff = model.oneOffCost()
        let administration = model.administrationCost()
        var notes: [ProcedureAssessment.Note] = []
        if procedure.tariff == nil && procedure.segments.allSatisfy({ $0.tariff == nil }) {
            notes.append(.noTariff)
        }
        if procedure.staffTariff == nil, procedure.steps.contains(where: { $0.staffEffort != nil }) {
            notes.append(.noStaffTariff)
        }
        let elapsed = CriticalPath(procedure: procedure, calendar: context.calendar, start: context.startDay).elapsed()
        if elapsed.exceedsLimit {
            notes.append(.limitsExceedStatutory)
        }
        return ProcedureAssessment(
            procedure: procedure, currency: context.currency, annualCases: cases, tariff: model.tariff,
            terms: terms, hours: hours, outOfPocket: outOfPocket, cost: cost, annualCost: annualCost,
            annualHours: Figure.each { hours[$0] * cases[$0] }, channels: breakingDown ? model.channels(evaluation) : [],
            parties: breakingDown ? model.parties(evaluation, hours: hours, cost: cost, cases: cases, administration: administration) : [],
            administrationCost: administration, administrationBySteps: breakingDown ? model.administrationCostBySteps() : [],
            oneOffCost: oneOff, elapsed: elapsed, counts: model.counts(),
            presentValue: context.discounting.map { PresentValueCalculator(discounting: $0).value(annual: annualCost, oneOff: oneOff) },
            notes: notes, exchangeRates: exchangeRates(of: procedure))
    }

    /// The rates of the currencies the procedure's amounts are written in; looked for only when the
    /// header declares any.
    private func exchangeRates(of procedure: Procedure) -> [Currency: Estimate] {
        guard !context.exchangeRates.isEmpty else { return [:] }
        let written = procedure.currencies
        return context.exchangeRates.filter { written.contains($0.key) }.mapValues(\.rate)
    }
}
