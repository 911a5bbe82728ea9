/// One barrier found in a procedure: which rule, where, what it costs, and what to do.
///
/// Immutable, and shared by reference: a national catalog has close to a million findings, which
/// an analysis lists whole, active and accepted, and each copy of one retained a dozen strings.
public final class Finding: Sendable {
    public let rule: Rule
    /// The rule's severity after the ruleset's own `severity` settings.
    public let severity: Severity
    /// The procedure the finding is in: its id, name and where it is declared.
    public let procedure: Declared
    public let item: ItemKind
    public let itemID: String
    public let itemName: String?
    /// Where the offending item is declared.
    public let location: SourceLocation
    /// The annual cost attached to the finding (the item's cost, or the travel it causes).
    public let annualCost: Figure?
    /// Extra facts for the reader, such as the other procedures asking for the same document.
    public let detail: Detail?
    /// Set when the ruleset accepts this finding with `allow … because "…"`.
    public let suppression: Allowance?
    /// True when the rule comes from the standard catalogue.
    public let isStandard: Bool

    init(rule: Rule, severity: Severity, procedure: Declared, item: ItemKind, itemID: String, itemName: String?,
         location: SourceLocation, annualCost: Figure?, detail: Detail?, suppression: Allowance?, isStandard: Bool) {
        self.rule = rule
        self.severity = severity
        self.procedure = procedure
        self.item = item
        self.itemID = itemID
        self.itemName = itemName
        self.location = location
        self.annualCost = annualCost
        self.detail = detail
        self.suppression = suppression
        self.isStandard = isStandard
    }

    public var isSuppressed: Bool { suppression != nil }

    /// The same finding with its extra facts written.
    func with(detail: Detail?) -> Finding {
        Finding(rule: rule, severity: severity, procedure: procedure, item: item, itemID: itemID, itemName: itemName,
                location: location, annualCost: annualCost, detail: detail, suppression: suppression, isStandard: isStandard)
    }
}

extension Finding {
    /// Facts a finding adds to its rule's text, for the reports to word in their language. One
    /// reference in each finding: a national catalog has a million findings.
    public enum Detail: Hashable, Sendable {
        /// Other procedures that ask for the same document.
        case askedBy(OtherAskers)
        /// The channels whose cases take longer than the limit they are promised (§10 of METHOD.md).
        case overLimit([ChannelElapsed])
        /// Only the cases that go through some of the steps a share of the cases take are over the limit:
        /// each group's time (see `Elapsed.byShare`), and the limit, in working days. Boxed, as few findings
        /// have it: a catalog holds close to a million findings, each as wide as the widest detail held in place.
        indirect case overLimitForSome([ShareElapsed], limit: Exact)
        /// The money a step asks the applicant to place and get back, as written (likely), in the
        /// ruleset's currency: no part of the cost the finding carries. Boxed, as few findings have it.
        indirect case depositHeld(Exact, Currency)

        /// The other procedures asking for a document: the first few ids, joined with commas, and
        /// how many more there are.
        static func alsoAskedBy(_ names: String, more: Int) -> Detail {
            .askedBy(OtherAskers(names: names, more: more))
        }
    }

    /// The other procedures asking for a document, as a finding names them: shared by every finding
    /// on the document of a procedure not among those named, as most are.
    public final class OtherAskers: Hashable, Sendable {
        /// The first few ids, joined with commas.
        public let names: String
        /// How many more ask for it.
        public let more: Int

        init(names: String, more: Int) {
            self.names = names
            self.more = more
        }

        public static func == (a: OtherAskers, b: OtherAskers) -> Bool {
            a === b || (a.names == b.names && a.more == b.more)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(names)
            hasher.combine(more)
        }
    }
}
