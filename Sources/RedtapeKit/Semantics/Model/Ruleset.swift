/// One checked ruleset file.
public struct Ruleset: Sendable {
    public let path: String
    public let header: Header?
    public let imports: [Import]
    public let assumptions: [Assumption]
    public let agencies: [Agency]
    public let registries: [Registry]
    public let procedures: [Procedure]
    public let rules: [Rule]
    public let ruleSettings: [RuleSetting]
    /// Assumptions declared here whose value could not be worked out (an error was reported for each):
    /// files importing this one know the names exist, and do not report them as unknown.
    public let unevaluatedAssumptions: [String]
    /// In a file of procedures, its own assumptions nothing in it refers to. A barrier rule may still
    /// read one as its threshold (`assume max_step_workdays = …`), which the barrier analysis, knowing
    /// the rules, tells apart (W065).
    public let unreferencedAssumptions: [Declared]

    public var isEmpty: Bool {
        header == nil && imports.isEmpty && assumptions.isEmpty && agencies.isEmpty && registries.isEmpty
            && procedures.isEmpty && rules.isEmpty && ruleSettings.isEmpty
    }
}

/// The `ruleset` block: what the file is, where it applies, and the law behind it.
public struct Header: Hashable, Sendable {
    public let title: String
    public let jurisdiction: String?
    public let currency: Currency?
    public let version: String?
    public let effective: String?
    public let basis: [String]
    /// Public holidays (`YYYY-MM-DD`) that the working-day calendar skips.
    public let holidays: [String]
    public let exchangeRates: [ExchangeRate]
    /// How recurring costs are turned into a present value, if the ruleset asks for one.
    public let discounting: Discounting?
    public let location: SourceLocation
}

/// `discount 7%`, `horizon 10 years`, `timing end_of_year`: the present-value convention.
public struct Discounting: Hashable, Sendable {
    public enum Timing: String, CaseIterable, Hashable, Sendable {
        /// Each year's cost is counted at the end of that year: year 1 is discounted once.
        case endOfYear = "end_of_year"
        /// Each year's cost is counted at its start: year 1 is not discounted.
        case startOfYear = "start_of_year"
    }
    public let rate: Amount
    public let horizon: Amount
    public let timing: Timing
}

/// `exchange 1 EUR = 27_000 VND`: how many units of the ruleset's currency one unit of another is worth.
public struct ExchangeRate: Hashable, Sendable {
    public let from: Currency
    public let to: Currency
    /// Units of `to` per one unit of `from`.
    public let rate: Estimate
    public let location: SourceLocation
}

/// `import "path"`, resolved to the file it names.
public struct Import: Hashable, Sendable {
    public let written: String
    public let resolvedPath: String
    public let location: SourceLocation
}

/// A named input with its cited source: a tariff, a rate, a population, a threshold.
public struct Assumption: Hashable, Sendable {
    public let declared: Declared
    public let value: Amount
    public let source: String?
    /// Set when the figure is the modeller's own estimate rather than a published one.
    public let isEstimate: Bool
    public let date: String?
    public let note: String?
}

public struct Agency: Hashable, Sendable {
    public let declared: Declared
    public let level: Level?
}

/// A state register or database that already holds some data (the once-only principle).
public struct Registry: Hashable, Sendable {
    public let declared: Declared
}

public enum Level: String, CaseIterable, Hashable, Sendable {
    case central, ministry, province, district, commune
}

/// `disable rule` or `severity rule low` at the top of a ruleset.
public struct RuleSetting: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        case disable
        case severity(Severity)
    }
    public let rule: Reference
    public let change: Change
}
