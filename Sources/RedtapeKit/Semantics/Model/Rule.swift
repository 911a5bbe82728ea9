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

/// A barrier rule: a condition over the model's items, and what to tell the drafting team when it holds.
public struct Rule: Sendable {
    public let declared: Declared
    public let severity: Severity
    public let condition: ExpressionSyntax
    public let principle: String?
    public let explanation: String?
    public let fix: String?
}
