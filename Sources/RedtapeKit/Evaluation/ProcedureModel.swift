import Foundation

/// One procedure's inputs read at every bound, and the per-item arithmetic of the cost model.
///
/// A class: each term's recipe is a closure over the model, which then holds one reference, not a
/// copy of every field.
final class ProcedureModel {
    let procedure: Procedure
    let context: AssessmentContext
    /// Channel and its share of cases (likely values: shares are proportions, not uncertain inputs).
    let mix: [(channel: Channel, share: Exact)]
    /// Whether the shares add up to one, as the checker requires of a ruleset without errors.
    let sharesAddUp: Bool
    let segments: [SegmentModel]
    /// The applicant's hourly tariff after overhead, weighted over segments.
    let tariff: Figure
    let annualCases: Figure
    /// The steps the applicant takes, asked for by several of the figures.
    let applicantSteps: [Step]
    /// Whether each term carries the factors and assumptions behind it (see `Assessor.tracing`).
    let tracing: Bool

    struct SegmentModel {
        let id: String?
        let share: Exact
        let tariff: Figure
        let subject: Subject
    }

    init(_ procedure: Procedure, context: AssessmentContext, tracing: Bool) {
        self.procedure = procedure
        self.context = context
        self.tracing = tracing
        applicantSteps = procedure.steps.filter { $0.actor == .applicant }
        mix = procedure.channels.map { ($0.channel, $0.share.value.likely) }
        sharesAddUp = mix.reduce(Exact(0)) { $0 + $1.share } == 1
        func uplift(_ overhead: Amount?) -> Figure { Figure.each { 1 + (overhead?.value[$0] ?? 0) } }
        let overhead = uplift(procedure.overhead)
        let defaultSubject = procedure.subjects.first ?? .citizen
        if procedure.segments.isEmpty {
            segments = [SegmentModel(id: nil, share: 1,
                                     tariff: Figure.each { context.hourlyRate(procedure.tariff, $0) * overhead[$0] },
                                     subject: defaultSubject)]
        } else {
            segments = procedure.segments.map { segment in
                let overhead = segment.overhead.map(uplift) ?? overhead
                return SegmentModel(id: segment.declared.id, share: segment.share.value.likely,
                                    tariff: Figure.each { context.hourlyRate(segment.tariff ?? procedure.tariff, $0) * overhead[$0] },
                                    subject: segment.subject ?? defaultSubject)
            }
        }
        let segments = self.segments
        tariff = Figure.each { bound in segments.reduce(0) { $0 + $1.share * $1.tariff[bound] } }
        switch procedure.volume {
        case .cases(let cases):
            annualCases = Figure.each { cases.value[$0] }
        case .population(let population, let frequency):
            annualCases = Figure.each { population.value[$0] * frequency.value[$0] }
        }
    }

    // MARK: - Steps

    func applies(_ amount: Amount?, _ bound: Bound) -> Exact {
        amount?.value[bound] ?? 1
    }

    // MARK: - Fees

    /// The fee on a channel, for the cases of one segment: zero where waived.
    func fee(_ fee: Fee, on channel: Channel, segment: String?, _ bound: Bound) -> Exact {
        let waived = fee.waivedFor.contains { $0.name == channel.rawValue || $0.name == segment }
        if waived { return 0 }
        return context.bounded(context.money(fee.amount(for: segment, on: channel), bound), by: fee, bound)
    }

    func step(named id: String?) -> Step? {
        id.flatMap { id in procedure.steps.first { $0.declared.id == id } }
    }

    /// A fee per case over the channel mix, for one segment (nil: weighted over all segments).
    func feePerCase(_ fee: Fee, segment: SegmentModel?, _ bound: Bound) -> Exact {
        feeOverChannels(fee, segment: segment, bound) * applies(step(named: fee.step)?.applies, bound)
    }

    /// What a case pays of a fee over the channel mix, before the `applies` of the step it is paid at.
    func feeOverChannels(_ fee: Fee, segment: SegmentModel?, _ bound: Bound) -> Exact {
        let paidAt = step(named: fee.step)
        var total: Exact = 0
        for (channel, channelShare) in mix where paidAt?.concerns(channel) ?? true {
            let actual = paidAt.map { $0.channel(for: channel) } ?? channel
            if let segment {
                total += channelShare * self.fee(fee, on: actual, segment: segment.id, bound)
            } else {
                for group in segments { total += group.share * channelShare * self.fee(fee, on: actual, segment: group.id, bound) }
            }
        }
        return total
    }
}
