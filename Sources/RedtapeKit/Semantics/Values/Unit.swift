/// The unit of a quantity. A closed set: the arithmetic between them is spelled out in
/// `Unit+Arithmetic.swift`, so that a mistake such as adding money to hours is caught where it is written.
public enum Unit: Hashable, Sendable {
    /// A plain count or ratio.
    case number
    /// A share; the value is the fraction (20% is 0.2).
    case percent
    case money(Currency)
    /// Effort or travel time, in minutes (kept in minutes so that `10min` stays exact).
    case duration
    /// A time limit in working days.
    case workdays
    /// A time limit in calendar days.
    case days
    /// A period in years (validity, horizon).
    case years
    /// Money per unit of time (`43_750 VND/h`, `350_000 VND/workday`).
    case rate(Currency, per: Period)
    /// Occurrences per year (`150_000 per year`).
    case frequency

    public enum Period: String, Hashable, Sendable {
        case hour = "h", workday, day, year
    }

    /// How the unit is named in messages: `money (VND)`, `a duration`.
    public var description: String {
        switch self {
        case .number: "a plain number"
        case .percent: "a percentage"
        case .money(let currency): "money (\(currency))"
        case .duration: "a duration"
        case .workdays: "working days"
        case .days: "calendar days"
        case .years: "years"
        case .rate(let currency, let period): "a rate (\(currency)/\(period.rawValue))"
        case .frequency: "a count per year"
        }
    }
}
