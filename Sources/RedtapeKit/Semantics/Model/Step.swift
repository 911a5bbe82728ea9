/// One step of a procedure, by the applicant or by an agency.
public struct Step: Hashable, Sendable {
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
    public let visits: Int?
    /// The step's processing time limit, in working or calendar days.
    public let within: Amount?
    public let after: [Reference]
    public let submits: [Reference]
    public let applies: Amount?
    public let basis: [String]
    public let allowances: [Allowance]
}
