/// One problem found in a ruleset, as data: rendered later, in one place, for every command.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary message, usually pointing at a related place (`first defined here`).
    public struct Note: Hashable, Sendable {
        public let message: String
        public let location: SourceLocation?
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// A suggested edit: replace the bytes of `range` with `replacement`.
    public struct FixIt: Hashable, Sendable {
        public let message: String
        public let range: SourceRange
        public let replacement: String
        public init(_ message: String, range: SourceRange, replacement: String) {
            self.message = message
            self.range = range
            self.replacement = replacement
        }
    }

    public let severity: Severity
    /// A stable identifier (`E012`), listed in docs/LANGUAGE.md, so that users can look a message up.
    public let code: DiagnosticCode
    public let message: String
    public let location: SourceLocation
    /// What the user can do about it, shown under the caret.
    public let help: String?
    public let notes: [Note]
    public let fixIts: [FixIt]

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
        help: String? = nil, notes: [Note] = [], fixIts: [FixIt] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.help = help
        self.notes = notes
        self.fixIts = fixIts
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
}
