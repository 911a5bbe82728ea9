/// A dossier component the applicant must provide.
///
/// Immutable, and shared by reference, as `Step` is.
public final class Document: Sendable {
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
    /// The channels whose cases need it (`applies post`); every channel's when empty.
    public let appliesOn: [Channel]
    /// "Other documents as requested": a requirement without a fixed content.
    public let openEnded: Bool
    public let basis: [String]
    public let allowances: [Allowance]

    public init(declared: Declared, form: String?, originals: Int, copies: Int, certified: Bool, notarised: Bool,
                heldBy: Reference?, prepare: Amount?, cost: Amount?, applies: Amount?, appliesOn: [Channel], openEnded: Bool,
                basis: [String], allowances: [Allowance]) {
        self.declared = declared
        self.form = form
        self.originals = originals
        self.copies = copies
        self.certified = certified
        self.notarised = notarised
        self.heldBy = heldBy
        self.prepare = prepare
        self.cost = cost
        self.applies = applies
        self.appliesOn = appliesOn
        self.openEnded = openEnded
        self.basis = basis
        self.allowances = allowances
    }
}
