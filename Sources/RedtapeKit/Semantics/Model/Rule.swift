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
///
/// Immutable, and shared by reference: every finding names its rule, and a national catalog has
/// close to a million findings.
public final class Rule: Sendable {
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
    /// The rule's texts in other languages (`translation vi { … }`), by language code.
    public let translations: [String: Text]

    /// What a rule tells the drafting team: its title, the principle, why it matters and the fix.
    public struct Text: Sendable {
        public let name: String?
        public let principle: String?
        public let explanation: String?
        public let fix: String?
    }

    init(declared: Declared, severity: Severity, subject: ItemKind, condition: Condition, principle: String?,
         explanation: String?, fix: String?, attach: Attachment, translations: [String: Text] = [:]) {
        self.declared = declared
        self.severity = severity
        self.subject = subject
        self.condition = condition
        self.principle = principle
        self.explanation = explanation
        self.fix = fix
        self.attach = attach
        self.translations = translations
    }

    /// The rule's texts in a language (`vi`), each one the rule's own where its translation leaves it out.
    public func text(in language: String) -> Text {
        let translated = translations[language]
        return Text(name: translated?.name ?? declared.name, principle: translated?.principle ?? principle,
                    explanation: translated?.explanation ?? explanation, fix: translated?.fix ?? fix)
    }
}
