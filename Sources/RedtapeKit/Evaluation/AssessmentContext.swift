import Foundation

/// What a ruleset's figures are computed against: its currency and exchange rates, its working-day
/// calendar and its present-value convention, taken from its own header or, failing that, from
/// the headers of the files it imports.
public struct AssessmentContext: Sendable {
    public let currency: Currency
    /// The rate of each other currency, the first header's that gives one, with the line it is on.
    public let exchangeRates: [Currency: ExchangeRate]
    public let calendar: WorkingCalendar
    /// The day elapsed time is counted from: the effective date, else the first working day of 2025.
    public let startDay: Int
    public let discounting: Discounting?

    static let defaultStart = CalendarDate("2025-01-02")!

    /// The context of a root ruleset within a workspace; its elapsed times counted from `timedFrom`
    /// rather than its own start, when two drafts are compared on one calendar.
    public init(for ruleset: Ruleset, in workspace: Workspace, timedFrom: CalendarDate? = nil) {
        let headers = Self.headers(of: ruleset, in: workspace)
        currency = headers.lazy.compactMap(\.currency).first ?? "VND"
        var rates: [Currency: ExchangeRate] = [:]
        for rate in headers.flatMap(\.exchangeRates) where rates[rate.from] == nil { rates[rate.from] = rate }
        exchangeRates = rates
        calendar = WorkingCalendar(holidays: headers.flatMap(\.holidays).compactMap(CalendarDate.init))
        startDay = calendar.workingDay(onOrAfter: (timedFrom ?? Self.start(of: headers)).dayNumber)
        discounting = headers.lazy.compactMap(\.discounting).first
    }

    /// The date a ruleset's elapsed times are counted from: its `effective` date, or that of the first
    /// file it imports that gives one, else the first working day of 2025.
    public static func start(of ruleset: Ruleset, in workspace: Workspace) -> CalendarDate {
        start(of: headers(of: ruleset, in: workspace))
    }

    private static func start(of headers: [Header]) -> CalendarDate {
        headers.lazy.compactMap(\.effective).compactMap(CalendarDate.init).first ?? defaultStart
    }

    private static func headers(of ruleset: Ruleset, in workspace: Workspace) -> [Header] {
        ([ruleset] + workspace.importedRulesets(of: ruleset)).compactMap(\.header)
    }

    /// An amount of money in the ruleset's currency, at one bound.
    /// An amount of a fee held between its `at_least` and `at_most`, at one bound.
    func bounded(_ value: Exact, by fee: Fee, _ bound: Bound) -> Exact {
        var value = value
        if let least = fee.atLeast { value = max(value, money(least, bound)) }
        if let most = fee.atMost { value = min(value, money(most, bound)) }
        return value
    }

    func money(_ amount: Amount?, _ bound: Bound) -> Exact {
        guard let amount else { return 0 }
        return convert(amount.value, bound)
    }

    /// A money or rate estimate converted into the ruleset's currency.
    func convert(_ estimate: Estimate, _ bound: Bound) -> Exact {
        let value = estimate[bound]
        switch estimate.unit {
        case .money(let code) where code != currency, .rate(let code, _) where code != currency:
            return value * (exchangeRates[code]?.rate[bound] ?? 1)
        default:
            return value
        }
    }

    /// An hourly rate in the ruleset's currency; rates per working day count eight hours a day.
    func hourlyRate(_ amount: Amount?, _ bound: Bound) -> Exact {
        guard let amount else { return 0 }
        let value = convert(amount.value, bound)
        if case .rate(_, let period) = amount.value.unit, period == .workday { return value / 8 }
        return value
    }
}

extension Workspace {
    /// The rulesets a ruleset imports, directly or through other imports.
    public func importedRulesets(of ruleset: Ruleset) -> [Ruleset] {
        var seen: Set<String> = [ruleset.path]
        var order: [Ruleset] = []
        var stack = ruleset.imports.map(\.resolvedPath)
        while let path = stack.popLast() {
            guard seen.insert(path).inserted, let imported = rulesets[path] else { continue }
            order.append(imported)
            stack += imported.imports.map(\.resolvedPath)
        }
        return order
    }
}
