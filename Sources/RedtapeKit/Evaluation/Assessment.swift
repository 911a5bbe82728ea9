import Foundation

/// What one procedure costs, computed by the Standard Cost Model (see docs/METHOD.md).
/// Every money figure is in the ruleset's currency, per case unless it says annual.
///
/// A class, immutable: reports sort, group and list a catalog's assessments many times over, and a
/// copy of a value this size retained some twenty references each time.
public final class ProcedureAssessment: Sendable {
    public let procedure: Procedure
    public let currency: Currency
    public let annualCases: Figure
    /// The applicant's hourly tariff after overhead, averaged over segments (zero when none is given).
    public let tariff: Figure
    /// What each item contributes to a case, weighted by the channel mix; they add up to the per-case totals.
    public let terms: [Term]
    public let hours: Figure
    public let outOfPocket: Figure
    public let cost: Figure
    public let annualCost: Figure
    public let annualHours: Figure
    public let channels: [ChannelAssessment]
    public let parties: [PartyBurden]
    /// The administration's own cost per case (agency staff time at the staff tariff).
    public let administrationCost: Figure
    /// Of it, what each step an official works on costs a case (likely values); empty unless the
    /// figures were broken down.
    public let administrationBySteps: [StepCost]
    public let oneOffCost: Figure
    /// Of it, what each `one_off` item costs, for `explain` to trace; empty when only the figures
    /// were kept.
    public let oneOffs: [OneOffCost]
    /// The money a case places and gets back (`deposit`), on average over the cases: held, not spent,
    /// so kept apart from the cost (METHOD.md §9).
    public let deposit: Figure
    public let elapsed: Elapsed
    public let counts: Counts
    public let presentValue: PresentValue?
    /// Things a reader must know to read the figures (a missing tariff, say).
    public let notes: [Note]
    /// The exchange rates its amounts were converted at, by the currency they are written in: none
    /// for most procedures, whose amounts are all in the ruleset's currency. `diff` names a rate that
    /// changed.
    public let exchangeRates: [Currency: Estimate]

    /// A caveat of the figures, for the reports to word in their language.
    public enum Note: String, Sendable {
        /// No tariff: time is counted in hours but not valued in money.
        case noTariff
        /// No staff tariff: the agencies' staff time is not valued in money.
        case noStaffTariff
        /// The steps' time limits add up to more than the statutory limit.
        case limitsExceedStatutory
        /// Some steps' days are outside the statutory limit, which counts fewer days than the elapsed time.
        case daysOutsideLimit
        /// Steps only a share of the cases go through add days to theirs: the elapsed time is that of a
        /// case that goes through every step.
        case someCasesTakeLonger
        /// The steps' time limits add up to more than the statutory limit only for the cases that go
        /// through steps a share of the cases take.
        case limitsExceedStatutoryForSome
    }

    public var id: String { procedure.declared.id }

    /// The money the year's cases place: each case's deposit, on average, times the cases.
    public var annualDeposits: Figure { Figure.each { deposit[$0] * annualCases[$0] } }

    init(procedure: Procedure, currency: Currency, annualCases: Figure, tariff: Figure, terms: [Term], hours: Figure,
         outOfPocket: Figure, cost: Figure, annualCost: Figure, annualHours: Figure, channels: [ChannelAssessment],
         parties: [PartyBurden], administrationCost: Figure, administrationBySteps: [StepCost], oneOffCost: Figure,
         oneOffs: [OneOffCost], deposit: Figure, elapsed: Elapsed, counts: Counts,
         presentValue: PresentValue?, notes: [Note], exchangeRates: [Currency: Estimate]) {
        self.procedure = procedure
        self.currency = currency
        self.annualCases = annualCases
        self.tariff = tariff
        self.terms = terms
        self.hours = hours
        self.outOfPocket = outOfPocket
        self.cost = cost
        self.annualCost = annualCost
        self.annualHours = annualHours
        self.channels = channels
        self.parties = parties
        self.administrationCost = administrationCost
        self.administrationBySteps = administrationBySteps
        self.exchangeRates = exchangeRates
        self.oneOffCost = oneOffCost
        self.oneOffs = oneOffs
        self.deposit = deposit
        self.elapsed = elapsed
        self.counts = counts
        self.presentValue = presentValue
        self.notes = notes
    }
}

/// One item's contribution to the cost of a case.
public struct Term: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case preparation, documentCost, effort, visit, fare, stepCost, fee
    }
    public let kind: Kind
    /// The document, step or fee it comes from.
    public let item: String
    /// The item's name, or its id when it has none.
    public let itemName: String
    public let hours: Figure
    public let outOfPocket: Figure
    public let cost: Figure
    /// The likely values multiplied to form the figure, for `explain` to show.
    public let factors: [Factor]
    public let location: SourceLocation
    public let assumptions: [String]
}

/// One factor of a term: `prepare 1.5 h`, `applies 30%`, `visits per case 0.7`.
public struct Factor: Hashable, Sendable {
    /// What the factor is, for the reports to word in their language.
    public enum Name: Hashable, Sendable {
        case prepare, cost, effort, travelAndWait, visitsPerCase, fare, applies
        /// The share of cases filed on the channels an item `applies` to, which it names.
        case filedOn([Channel])
        /// A fee's amount, and the share of cases that pay it.
        case amount, shareCharged
        /// A fee whose amount differs by channel, as the average a case pays: what a case filed on
        /// each channel pays, weighted by the channel's share of cases.
        case averageOverChannels([ChannelFee])
        /// A fee whose amount differs by segment, as the average a case pays: what a case of each
        /// segment pays, weighted by the segment's share of cases.
        case averageOverSegments([SegmentFee])
        /// The header's rate for an amount written in another currency.
        case exchangeRate
    }
    public enum Kind: Hashable, Sendable {
        /// A duration, in minutes.
        case duration
        case money
        /// An amount as written in another currency than the ruleset's.
        case moneyIn(Currency)
        /// How much of the ruleset's currency one unit of another buys.
        case exchangeRate(Currency)
        case share
        case count
    }
    public let name: Name
    public let value: Exact
    public let kind: Kind

    public init(_ name: Name, _ value: Exact, _ kind: Kind) {
        self.name = name
        self.value = value
        self.kind = kind
    }
}

/// What a `one_off` item costs: its time at the tariff and its money for each subject it affects, times
/// the subjects (the procedure's annual cases, when it names none).
public struct OneOffCost: Hashable, Sendable {
    public let item: Declared
    public let hours: Figure
    public let money: Figure
    public let affected: Figure
    public let tariff: Figure

    public var perSubject: Figure { Figure.each { hours[$0] * tariff[$0] + money[$0] } }
    public var total: Figure { Figure.each { perSubject[$0] * affected[$0] } }
}

/// What a step an official works on costs the administration a case.
public struct StepCost: Hashable, Sendable {
    public let step: String
    public let cost: Exact
}

/// What a case filed on a channel pays of a fee, and the channel's share of cases.
public struct ChannelFee: Hashable, Sendable {
    public let channel: Channel
    public let share: Exact
    public let amount: Exact
}

/// What a case of a segment pays of a fee, over the channels, and the segment's share of cases.
public struct SegmentFee: Hashable, Sendable {
    public let segment: String
    public let share: Exact
    public let amount: Exact
    /// What its cases pay on each channel, when that differs from one channel to another; else empty.
    public let channels: [ChannelFee]
}

public struct ChannelAssessment: Hashable, Sendable {
    public let channel: Channel
    public let share: Exact
    public let hours: Figure
    public let outOfPocket: Figure
    public let cost: Figure
    public let visits: Exact
}

/// Who bears the annual cost.
public struct PartyBurden: Hashable, Sendable {
    public enum Party: String, CaseIterable, Hashable, Sendable {
        case citizens, businesses, organisations, administration
    }
    public let party: Party
    public let annualCost: Figure
}

public struct Elapsed: Hashable, Sendable {
    /// Working days from filing to the last step, along the critical path.
    public let workdays: Figure
    /// The working days the statutory limit counts: `workdays` without the days of the steps outside
    /// the limit (`outside_limit`), during which the clock stops; `workdays` when there are none.
    public let countedWorkdays: Figure
    /// Where steps only a share of the cases take (`applies 30%`) have days of their own, the time of the
    /// cases that go through each of them, and of those that go through none; empty when there are
    /// none, or every such group of cases takes `workdays`.
    public let byShare: [ShareElapsed]
    /// The steps on the critical path (likely values), in order.
    public let criticalPath: [String]
    public let statutoryWorkdays: Figure?
    /// When each step starts and finishes, in working days from filing (likely values), for timelines.
    public let schedule: [ScheduledStep]
    /// Each channel's time and limit, where some channel has a limit of its own; empty otherwise.
    public let channels: [ChannelElapsed]

    /// The likely elapsed time of some case exceeds the limit it is promised.
    public var exceedsLimit: Bool {
        guard channels.isEmpty else { return channels.contains(where: \.exceedsLimit) }
        guard let statutoryWorkdays else { return false }
        return countedWorkdays.likely > statutoryWorkdays.likely
    }

    /// Whether some step's days are outside the statutory limit, so that the limit counts fewer days
    /// than the elapsed time.
    public var stopsClock: Bool { countedWorkdays != workdays }

    /// Whether steps that only a share of the cases go through make their time longer than the others'.
    public var someCasesTakeLonger: Bool { !byShare.isEmpty }

    /// The time of the cases that take least, where steps only some of the cases take lengthen the others'.
    public var quickestWorkdays: Exact? { byShare.map(\.workdays.likely).min() }

    /// Whether only the cases of some share exceed the limit, the others' time being within it.
    public var exceedsLimitForSome: Bool {
        guard exceedsLimit, channels.isEmpty, let statutoryWorkdays else { return false }
        return byShare.contains { $0.countedWorkdays.likely <= statutoryWorkdays.likely }
    }
}

/// The time of the cases that go through one of the steps only a share of the cases take and none of
/// the others, or through none of them.
public struct ShareElapsed: Hashable, Sendable {
    /// The step these cases go through; nil for the cases that go through none of them.
    public let step: String?
    /// Their share of the cases (likely value).
    public let share: Exact
    public let workdays: Figure
    /// Their working days as the statutory limit counts them (see `Elapsed.countedWorkdays`).
    public let countedWorkdays: Figure
}

/// The time the cases filed on one channel take, along the steps they go through, and their limit.
public struct ChannelElapsed: Hashable, Sendable {
    public let channel: Channel
    public let workdays: Figure
    /// The working days their limit counts (see `Elapsed.countedWorkdays`).
    public let countedWorkdays: Figure
    /// The steps of these cases' critical path (likely values), in order.
    public let criticalPath: [String]
    /// The channel's own limit, or the procedure's; nil when neither is given.
    public let statutoryWorkdays: Figure?

    public var exceedsLimit: Bool {
        guard let statutoryWorkdays else { return false }
        return countedWorkdays.likely > statutoryWorkdays.likely
    }
}

public struct ScheduledStep: Hashable, Sendable {
    public let step: String
    public let start: Int
    public let finish: Int
}

public struct Counts: Hashable, Sendable {
    public let steps: Int
    public let documents: Int
    public let originals: Int
    public let copies: Int
    public let certifiedCopies: Int
    /// Expected in-person visits per case, over the channel mix.
    public let visits: Exact
    /// In-person visits for a case filed in person (likely value: a step's visits may be an estimate).
    public let visitsInPerson: Exact
    public let agencies: Int
    public let submissions: Int
    public let documentsHeldByState: Int
}

/// The recurring annual cost over a horizon, discounted, and the equivalent annual figure.
public struct PresentValue: Hashable, Sendable {
    public let rate: Exact
    public let years: Int
    public let timing: Discounting.Timing
    /// One-off costs (at the start, undiscounted) plus the discounted recurring costs.
    public let value: Figure
    /// The constant annual amount with the same present value (capital recovery factor).
    public let annualised: Figure
}
