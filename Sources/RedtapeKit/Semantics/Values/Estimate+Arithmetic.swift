import Foundation

/// Why two quantities cannot be combined.
public enum ArithmeticError: Error, Hashable, Sendable {
    /// Adding or comparing different kinds of quantity (money and a duration).
    case mismatch(Unit, Unit)
    /// Money in two currencies without an exchange rate.
    case mixedCurrencies(Currency, Currency)
    /// An operation that has no meaning for these units (money times money).
    case unsupported(BinaryOperator, Unit, Unit)
    case divisionByZero
}

extension Estimate {
    public static func combine(_ op: BinaryOperator, _ left: Estimate, _ right: Estimate) -> Result<Estimate, ArithmeticError> {
        switch op {
        case .add, .subtract:
            if case .money(let a) = left.unit, case .money(let b) = right.unit, a != b {
                return .failure(.mixedCurrencies(a, b))
            }
            guard left.unit == right.unit else { return .failure(.mismatch(left.unit, right.unit)) }
            if op == .add {
                return .success(Estimate(low: left.low + right.low, likely: left.likely + right.likely,
                                         high: left.high + right.high, unit: left.unit))
            }
            return .success(Estimate(low: left.low - right.high, likely: left.likely - right.likely,
                                     high: left.high - right.low, unit: left.unit))
        case .multiply:
            guard let (unit, scale) = productUnit(left.unit, right.unit) else {
                return .failure(.unsupported(op, left.unit, right.unit))
            }
            return .success(extremes(left, right, unit: unit) { $0 * $1 / scale })
        case .divide:
            if right.low <= 0 && right.high >= 0 { return .failure(.divisionByZero) }
            guard let (unit, scale) = quotientUnit(left.unit, right.unit) else {
                return .failure(.unsupported(op, left.unit, right.unit))
            }
            return .success(extremes(left, right, unit: unit) { $0 * scale / $1 })
        default:
            return .failure(.unsupported(op, left.unit, right.unit))
        }
    }

    /// Interval arithmetic: the likely values combine directly, the bounds are the extremes of
    /// the four corner results.
    private static func extremes(_ a: Estimate, _ b: Estimate, unit: Unit,
                                 _ f: (Exact, Exact) -> Exact) -> Estimate {
        let corners = [f(a.low, b.low), f(a.low, b.high), f(a.high, b.low), f(a.high, b.high)]
        return Estimate(low: corners.min()!, likely: f(a.likely, b.likely), high: corners.max()!, unit: unit)
    }

    /// The unit of a product, and the divisor that converts it (minutes to hours for a rate per hour).
    private static func productUnit(_ a: Unit, _ b: Unit) -> (Unit, Exact)? {
        if let result = scaledBy(a, b) { return (result, 1) }
        if let result = scaledBy(b, a) { return (result, 1) }
        if let result = rateTimesTime(a, b) { return result }
        if let result = rateTimesTime(b, a) { return result }
        switch (a, b) {
        case (.frequency, .years), (.years, .frequency): return (.number, 1)
        case (.money(let c), .frequency), (.frequency, .money(let c)): return (.rate(c, per: .year), 1)
        default: return nil
        }
    }

    /// A plain number or percentage scales any quantity.
    private static func scaledBy(_ quantity: Unit, _ factor: Unit) -> Unit? {
        switch factor {
        case .number: quantity
        case .percent: quantity == .number ? .number : quantity
        default: nil
        }
    }

    private static func rateTimesTime(_ rate: Unit, _ time: Unit) -> (Unit, Exact)? {
        guard case .rate(let currency, let period) = rate else { return nil }
        switch (period, time) {
        case (.hour, .duration): return (.money(currency), 60)
        case (.workday, .workdays), (.day, .days), (.year, .years): return (.money(currency), 1)
        default: return nil
        }
    }

    /// The unit of a quotient, and the factor that converts it (minutes to hours for money per duration).
    private static func quotientUnit(_ a: Unit, _ b: Unit) -> (Unit, Exact)? {
        if b == .number || b == .percent { return (a, 1) }
        if a == b { return (.number, 1) }
        switch (a, b) {
        case (.money(let c), .duration): return (.rate(c, per: .hour), 60)
        case (.money(let c), .workdays): return (.rate(c, per: .workday), 1)
        case (.money(let c), .days): return (.rate(c, per: .day), 1)
        case (.money(let c), .years): return (.rate(c, per: .year), 1)
        case (.number, .years): return (.frequency, 1)
        default: return nil
        }
    }
}
