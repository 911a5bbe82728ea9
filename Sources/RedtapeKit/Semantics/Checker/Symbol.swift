/// A top-level name visible in a file: declared there or brought in by an import.
struct Symbol: Sendable {
    enum Kind: String, Sendable {
        case assumption, agency, registry, procedure, rule
    }
    let kind: Kind
    let location: SourceLocation
    /// The value, for an assumption from an imported file (own assumptions are evaluated on demand).
    let value: Estimate?
}

extension Symbol.Kind {
    var article: String {
        switch self {
        case .assumption, .agency: "an \(rawValue)"
        default: "a \(rawValue)"
        }
    }
}
