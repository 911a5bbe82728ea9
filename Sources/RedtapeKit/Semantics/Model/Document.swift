/// A dossier component the applicant must provide.
public struct Document: Hashable, Sendable {
    public let declared: Declared
    public let form: String?
    public let originals: Int
    public let copies: Int
    public let certified: Bool
    public let notarised: Bool
    /// The registry that already holds this data, if any.
    public let heldBy: Reference?
    public let prepare: Amount?
    public let cost: Amount?
    /// The share of cases that need it (all, if not stated).
    public let applies: Amount?
    /// "Other documents as requested": a requirement without a fixed content.
    public let openEnded: Bool
    public let basis: [String]
    public let allowances: [Allowance]
}
