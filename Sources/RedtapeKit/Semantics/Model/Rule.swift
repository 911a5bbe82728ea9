public enum Severity: String, CaseIterable, Hashable, Sendable, Comparable {
    case low, medium, high

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A barrier rule: a condition over one kind of item, and what to tell the drafting team when it holds.
public struct Rule: Sendable {
    /// Which part of a finding's cost to attach to it.
    public enum Attachment: String, CaseIterable, Sendable {
        /// The item's own cost (for a procedure: its whole burden).
        case item
        /// The procedure's travel and waiting time and travel costs.
        case travel
    }

    public let declared: Declared
    public let severity: Severity
    public let subject: ItemKind
    public let condition: Condition
    public let principle: String?
    public let explanation: String?
    public let fix: String?
    public let attach: Attachment
}
