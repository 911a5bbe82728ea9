/// A checked procedure: everything the cost model and the barrier rules read.
///
/// Immutable, and shared by reference: assessments, findings and reports each hold the procedure
/// they are about.
public final class Procedure: Sendable {
    public let declared: Declared
    public let code: String?
    public let sector: String?
    public let level: Level?
    public let agencies: [Reference]
    public let subjects: [Subject]
    public let volume: Volume
    public let segments: [Segment]
    public let tariff: Amount?
    public let overhead: Amount?
    public let staffTariff: Amount?
    public let channels: [ChannelShare]
    /// The statutory time limit for the whole procedure.
    public let limit: Amount?
    /// Time limits of the cases filed on a channel, where the law gives that channel its own
    /// (`limit 5 workdays online`); the others have `limit`.
    public let channelLimits: [ChannelLimit]
    public let basis: [String]
    public let results: [ProcedureResult]
    public let documents: [Document]
    public let steps: [Step]
    public let fees: [Fee]
    public let oneOffs: [OneOff]
    public let allowances: [Allowance]
    /// How often the result must be renewed, if it expires.
    public let validity: Amount?

    public init(declared: Declared, code: String?, sector: String?, level: Level?, agencies: [Reference],
                subjects: [Subject], volume: Volume, segments: [Segment], tariff: Amount?, overhead: Amount?,
                staffTariff: Amount?, channels: [ChannelShare], limit: Amount?, channelLimits: [ChannelLimit], basis: [String],
                results: [ProcedureResult], documents: [Document], steps: [Step], fees: [Fee], oneOffs: [OneOff],
                allowances: [Allowance], validity: Amount?) {
        self.declared = declared
        self.code = code
        self.sector = sector
        self.level = level
        self.agencies = agencies
        self.subjects = subjects
        self.volume = volume
        self.segments = segments
        self.tariff = tariff
        self.overhead = overhead
        self.staffTariff = staffTariff
        self.channels = channels
        self.limit = limit
        self.channelLimits = channelLimits
        self.basis = basis
        self.results = results
        self.documents = documents
        self.steps = steps
        self.fees = fees
        self.oneOffs = oneOffs
        self.allowances = allowances
        self.validity = validity
    }
}

/// `limit 5 workdays online`: the time limit of the cases filed on one channel.
public struct ChannelLimit: Hashable, Sendable {
    public let channel: Channel
    public let limit: Amount
}

public enum Subject: String, CaseIterable, Hashable, Sendable {
    case citizen, business, organisation
}

public enum Channel: String, CaseIterable, Hashable, Sendable {
    case online, inPerson = "in_person", post
}

public struct ChannelShare: Hashable, Sendable {
    public let channel: Channel
    public let share: Amount
}

/// How many cases a year: given directly, or as population × frequency.
public enum Volume: Hashable, Sendable {
    case cases(Amount)
    case population(Amount, frequency: Amount)
}

/// A part of the population with its own share of cases and, optionally, its own tariff and subject.
public struct Segment: Hashable, Sendable {
    public let declared: Declared
    public let share: Amount
    public let tariff: Amount?
    /// The segment's own uplift for overheads, in place of the procedure's: households beside firms take none.
    public let overhead: Amount?
    public let subject: Subject?
}

public struct ProcedureResult: Hashable, Sendable {
    public enum Form: String, CaseIterable, Hashable, Sendable {
        case paper, electronic, both
    }
    public let name: String
    public let form: Form
    public let location: SourceLocation
}

/// A cost borne once when a rule changes (familiarisation, new equipment), kept apart from recurring costs.
public struct OneOff: Hashable, Sendable {
    public let declared: Declared
    public let effort: Amount?
    public let cost: Amount?
    /// How many subjects bear it; the procedure's yearly cases if not stated.
    public let affected: Amount?
}

/// `allow rule because "reason"`: a barrier finding accepted on purpose, with the reason on record.
public struct Allowance: Hashable, Sendable {
    public let rule: Reference
    public let reason: String
    public let location: SourceLocation
}
