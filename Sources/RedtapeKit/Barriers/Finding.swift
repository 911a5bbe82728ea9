/// One barrier found in a procedure: which rule, where, what it costs, and what to do.
public struct Finding: Sendable {
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
    public let detail: String?
    /// Set when the ruleset accepts this finding with `allow … because "…"`.
    public let suppression: Allowance?
    /// True when the rule comes from the standard catalogue.
    public let isStandard: Bool

    public var isSuppressed: Bool { suppression != nil }

    /// The same finding with its extra facts written.
    func with(detail: String?) -> Finding {
        Finding(rule: rule, severity: severity, procedure: procedure, item: item, itemID: itemID, itemName: itemName,
                location: location, annualCost: annualCost, detail: detail, suppression: suppression, isStandard: isStandard)
    }

    /// `document 'owner_id' (Copy of the owner's identity card) in procedure 'llc'`.
    public var subjectText: String {
        let own = "\(item.rawValue) '\(itemID)'" + (itemName.map { " (\($0))" } ?? "")
        return item == .procedure ? own : own + " in procedure '\(procedure.id)'"
    }
}
