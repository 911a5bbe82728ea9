/// What kind of quantity an entry takes, for checking and for messages.
enum Expectation: Sendable {
    case duration, timeLimit, money, rate, share, count, frequency, years, exchangeable
    /// A percentage that may exceed 100%, such as an overhead uplift.
    case uplift

    func accepts(_ unit: Unit) -> Bool {
        switch (self, unit) {
        case (.duration, .duration), (.timeLimit, .workdays), (.timeLimit, .days), (.money, .money),
             (.rate, .rate), (.share, .percent), (.uplift, .percent), (.count, .number), (.frequency, .frequency), (.years, .years):
            true
        case (.exchangeable, .money):
            true
        default:
            false
        }
    }

    var description: String {
        switch self {
        case .duration: "a duration"
        case .timeLimit: "a time limit in working or calendar days"
        case .money, .exchangeable: "an amount of money"
        case .rate: "a rate"
        case .share, .uplift: "a percentage"
        case .count: "a plain number"
        case .frequency: "a count per year"
        case .years: "a number of years"
        }
    }

    /// How to write such a quantity.
    var example: String {
        switch self {
        case .duration: "'30min' or '1.5h'"
        case .timeLimit: "'3 workdays' or '15 days'"
        case .money, .exchangeable: "'50_000 VND'"
        case .rate: "'43_750 VND/h'"
        case .share: "'40%'"
        case .uplift: "'25%'"
        case .count: "'10_000'"
        case .frequency: "'150_000 per year'"
        case .years: "'5 years'"
        }
    }

    /// The unit a bare number was most likely meant to have, for the fix-it.
    var suggestedUnit: String? {
        switch self {
        case .duration: "min"
        case .timeLimit: " workdays"
        case .share, .uplift: "%"
        case .frequency: " per year"
        case .years: " years"
        default: nil
        }
    }
}
