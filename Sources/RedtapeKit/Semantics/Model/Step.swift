/// One step of a procedure, by the applicant or by an agency.
///
/// Immutable, and shared by reference: the cost model, the critical path and the barrier rules each
/// walk a procedure's steps, and a copy of a value this size retained every field it holds.
public final class Step: Sendable {
    public enum Actor: Hashable, Sendable {
        case applicant
        case agency(Reference)
    }

    public let declared: Declared
    public let actor: Actor
    /// The channels on which the step can be done; all of the procedure's when not stated.
    public let channels: [Channel]?
    public let effort: Amount?
    /// The agency's own working time on the step (cost to the administration).
    public let staffEffort: Amount?
    public let travel: Amount?
    public let wait: Amount?
    public let fare: Amount?
    /// Money the applicant pays for the step that is no fee of the state's: postage, a courier, copies made on the spot.
    public let cost: Amount?
    /// Money the applicant must place for the step and gets back — a deposit held by a bank while a
    /// licence stands, a bond: no cost (METHOD.md §9), and kept apart from the burden as money held.
    public let deposit: Amount?
    /// In-person visits the step takes a case done in person: a count, as an estimate (`visits 2`, the
    /// months of benefit a monthly report takes, `visits benefit_months`); one when not written, none
    /// for `visits 0`.
    public let visits: Amount?
    /// The step's processing time limit, in working or calendar days.
    public let within: Amount?
    /// Whether the law stops the clock of the statutory limit while the step runs (`outside_limit`): the
    /// applicant correcting the dossier, a sample at a laboratory. Its days still count in the elapsed
    /// time, which is what the applicant waits.
    public let outsideLimit: Bool
    /// Whether the step has days the statutory limit does not count: `outside_limit` with a `within`
    /// (W066 tells of one without).
    var stopsClock: Bool { outsideLimit && within != nil }
    /// Whether the step's days are those of a share of the cases only (`applies 30%` with a `within`): a
    /// home visit to some applicants, an inspection of a sample. The elapsed time is that of the cases
    /// that take longest; the others' is worked out without these days (`CriticalPath.byShare`).
    var takesDaysOfSome: Bool {
        guard within != nil, let applies else { return false }
        return applies.value.likely < 1
    }
    public let after: [Reference]
    public let submits: [Reference]
    /// The share of cases that go through the step (all, if not stated).
    public let applies: Amount?
    /// The channels whose cases go through it (`applies online`: a result posted to those who filed
    /// online); every channel's when empty. Unlike `channels`, which says how the step can be done.
    public let appliesOn: [Channel]
    public let basis: [String]
    public let allowances: [Allowance]

    public init(declared: Declared, actor: Actor, channels: [Channel]?, effort: Amount?, staffEffort: Amount?,
                travel: Amount?, wait: Amount?, fare: Amount?, cost: Amount?, deposit: Amount?, visits: Amount?, within: Amount?, outsideLimit: Bool,
                after: [Reference],
                submits: [Reference], applies: Amount?, appliesOn: [Channel], basis: [String], allowances: [Allowance]) {
        self.declared = declared
        self.actor = actor
        self.channels = channels
        self.effort = effort
        self.staffEffort = staffEffort
        self.travel = travel
        self.wait = wait
        self.fare = fare
        self.cost = cost
        self.deposit = deposit
        self.visits = visits
        self.within = within
        self.outsideLimit = outsideLimit
        self.after = after
        self.submits = submits
        self.applies = applies
        self.appliesOn = appliesOn
        self.basis = basis
        self.allowances = allowances
    }
}
