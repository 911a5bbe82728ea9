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
    /// How far the assessment breaks its figures down. The sums are the same at every level.
    public let breakdown: Breakdown

    /// How far an assessment breaks its figures down.
    public enum Breakdown: Sendable {
        /// The sums alone: all a scan that keeps each procedure's figures, and counts its barrier
        /// findings rather than building them, reads.
        case none
        /// Term by term: what barrier findings are costed from.
        case terms
        /// Term by term, party by party and, for the administration, step by step: what `diff` and
        /// the report show.
        case parties
        /// All of that, and channel by channel: what the JSON of `score` and `explain` show.
        case full
    }

    public init(context: AssessmentContext, tracing: Bool = true, breakdown: Breakdown = .full) {
        self.context = context
        self.tracing = tracing
        self.breakdown = breakdown
    }

    public func assess(_ procedure: Procedure) -> ProcedureAssessment {
        let model = ProcedureModel(procedure, context: context, tracing: tracing)
        let evaluation = model.evaluate()
        let (terms, hours, outOfPocket, cost) = model.terms(evaluation, listed: breakdown != .none)
        let byParty = breakdown == .parties || breakdown == .full
        let cases = model.annualCases
        let annualCost = Figure.each { cost[$0] * cases[$0] }
        let oneOffs = model.oneOffCosts()
        let oneOff = oneOffs.reduce(Figure.zero) { $0 + $1.total }
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
            notes.append(elapsed.exceedsLimitForSome ? .limitsExceedStatutoryForSome : .limitsExceedStatutory)
        } else if elapsed.someCasesTakeLonger {
            notes.append(.someCasesTakeLonger)
        }
        if elapsed.stopsClock, elapsed.statutoryWorkdays != nil {
            notes.append(.daysOutsideLimit)
        }
        return ProcedureAssessment(
            procedure: procedure, currency: context.currency, annualCases: cases, tariff: model.tariff,
            terms: terms, hours: hours, outOfPocket: outOfPocket, cost: cost, annualCost: annualCost,
            annualHours: Figure.each { hours[$0] * cases[$0] }, channels: breakdown == .full ? model.channels(evaluation) : [],
            parties: byParty ? model.parties(evaluation, hours: hours, cost: cost, cases: cases, administration: administration) : [],
            administrationCost: administration, administrationBySteps: byParty ? model.administrationCostBySteps() : [],
            oneOffCost: oneOff, oneOffs: oneOffs, deposit: model.deposit(), elapsed: elapsed, counts: model.counts(),
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
