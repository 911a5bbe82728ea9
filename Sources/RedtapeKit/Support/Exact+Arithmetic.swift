import Foundation

/// Fraction arithmetic, exact while numerators and denominators fit in 128 bits; past that, the
/// operands are carried on as `Decimal` (see `Exact`).
extension Exact: SignedNumeric, Comparable {
    public init?<T: BinaryInteger>(exactly source: T) {
        guard let value = Int128(exactly: source) else { return nil }
        self.init(numerator: value, denominator: 1)
    }

    public var magnitude: Exact { self < 0 ? -self : self }

    public static func + (a: Exact, b: Exact) -> Exact {
        if case .small(let n1, let d1) = a.storage, case .small(let n2, let d2) = b.storage {
            // Half the sums of the cost model add a zero: a term has minutes or money, seldom both.
            if n2 == 0 { return a }
            if n1 == 0 { return b }
            if let sum = smallSum(n1, d1, n2, d2) { return sum }
        }
        guard let (n1, d1) = a.ratio, let (n2, d2) = b.ratio else {
            return Exact(a.decimal + b.decimal)
        }
        if d1 == d2 {
            let (sum, overflow) = n1.addingReportingOverflow(n2)
            if !overflow { return Exact(numerator: sum, denominator: d1) }
        } else if let left = product(n1, d2), let right = product(n2, d1), let denominator = product(d1, d2) {
            let (sum, overflow) = left.addingReportingOverflow(right)
            if !overflow { return Exact(numerator: sum, denominator: denominator) }
        }
        return Exact(a.decimal + b.decimal)
    }

    public static prefix func - (value: Exact) -> Exact {
        // A fraction in lowest terms stays so with its sign changed: every difference takes one.
        if case .small(let numerator, let denominator) = value.storage, numerator != .min {
            return Exact(storage: .small(-numerator, denominator))
        }
        if let (numerator, denominator) = value.ratio, numerator != .min {
            return Exact(numerator: -numerator, denominator: denominator)
        }
        return Exact(-value.decimal)
    }

    public static func - (a: Exact, b: Exact) -> Exact {
        a + -b
    }

    public static func * (a: Exact, b: Exact) -> Exact {
        if case .small(let n1, let d1) = a.storage, case .small(let n2, let d2) = b.storage,
           let product = smallProduct(n1, d1, n2, d2) {
            return product
        }
        guard let (n1, d1) = a.ratio, let (n2, d2) = b.ratio else {
            return Exact(a.decimal * b.decimal)
        }
        if d1 == 1 && d2 == 1, let value = product(n1, n2) { return Exact(numerator: value, denominator: 1) }
        // Cross-cancelling first keeps the products small: (n1/d2)·(n2/d1) over (d1/g2)·(d2/g1).
        let g1 = Int128(gcd(n1.magnitude, d2.magnitude) ?? 1)
        let g2 = Int128(gcd(n2.magnitude, d1.magnitude) ?? 1)
        if let numerator = product(n1 / g1, n2 / g2), let denominator = product(d1 / g2, d2 / g1) {
            return Exact(numerator: numerator, denominator: denominator)
        }
        return Exact(a.decimal * b.decimal)
    }

    /// Division; dividing by zero gives NaN, as `Decimal` does — callers check divisors first.
    public static func / (a: Exact, b: Exact) -> Exact {
        if case .small(let n2, let d2) = b.storage, n2 != 0, let bottom = UInt32(exactly: n2.magnitude) {
            // The reciprocal of a fraction in lowest terms is in lowest terms.
            return a * Exact(storage: .small(n2 < 0 ? -Int64(d2) : Int64(d2), bottom))
        }
        guard let (n2, d2) = b.ratio else { return Exact(a.decimal / b.decimal) }
        if n2 == 0 { return Exact(Decimal.nan) }
        return a * Exact(numerator: d2, denominator: n2)
    }

    public static func += (a: inout Exact, b: Exact) { a = a + b }
    public static func -= (a: inout Exact, b: Exact) { a = a - b }
    public static func *= (a: inout Exact, b: Exact) { a = a * b }
    public static func /= (a: inout Exact, b: Exact) { a = a / b }

    public static func < (a: Exact, b: Exact) -> Bool {
        if case .small(let n1, let d1) = a.storage, case .small(let n2, let d2) = b.storage {
            // Every range and every non-negative check compares: 64 bits by 32 fit in 128 without overflow.
            return d1 == d2 ? n1 < n2 : Int128(n1) * Int128(d2) < Int128(n2) * Int128(d1)
        }
        guard let (n1, d1) = a.ratio, let (n2, d2) = b.ratio else {
            return a.decimal < b.decimal
        }
        if d1 == d2 { return n1 < n2 }
        // n1/d1 < n2/d2 ⇔ n1·d2 < n2·d1 (denominators are positive), compared at full width.
        let left = n1.multipliedFullWidth(by: d2)
        let right = n2.multipliedFullWidth(by: d1)
        return (left.high, left.low) < (right.high, right.low)
    }

    /// The sum of two fractions held in 64 bits, computed in 64 bits; nil when it would overflow them.
    /// Whole numbers, the most common case, need no common denominator.
    private static func smallSum(_ n1: Int64, _ d1: UInt32, _ n2: Int64, _ d2: UInt32) -> Exact? {
        if d1 == 1 && d2 == 1 {
            let (sum, overflow) = n1.addingReportingOverflow(n2)
            return overflow ? nil : Exact(storage: .small(sum, 1))
        }
        if d1 == d2 {
            // Hours from minutes and shares of one mix: fractions of one denominator need no common one.
            let (sum, overflow) = n1.addingReportingOverflow(n2)
            guard !overflow else { return nil }
            if sum == 0 { return .zero }
            let divisor = binaryGCD(sum.magnitude, UInt64(d1))
            return Exact(storage: .small(sum / Int64(divisor), UInt32(UInt64(d1) / divisor)))
        }
        let (left, leftOverflow) = n1.multipliedReportingOverflow(by: Int64(d2))
        let (right, rightOverflow) = n2.multipliedReportingOverflow(by: Int64(d1))
        guard !leftOverflow, !rightOverflow else { return nil }
        let (numerator, overflow) = left.addingReportingOverflow(right)
        guard !overflow else { return nil }
        if numerator == 0 { return .zero }
        let denominator = UInt64(d1) * UInt64(d2)
        let divisor = binaryGCD(numerator.magnitude, denominator)
        guard let bottom = UInt32(exactly: denominator / divisor), let common = Int64(exactly: divisor) else { return nil }
        return Exact(storage: .small(numerator / common, bottom))
    }

    /// The product of two fractions held in 64 bits, computed in 64 bits; nil when it would overflow
    /// them. Cancelling each numerator against the other's denominator first leaves the product in
    /// lowest terms, so it needs no reducing after.
    private static func smallProduct(_ n1: Int64, _ d1: UInt32, _ n2: Int64, _ d2: UInt32) -> Exact? {
        if n1 == 0 || n2 == 0 { return .zero }
        // Most factors are whole numbers, and many are 1 (an item that applies to every case).
        if d1 == 1 && d2 == 1 {
            let (product, overflow) = n1.multipliedReportingOverflow(by: n2)
            return overflow ? nil : Exact(storage: .small(product, 1))
        }
        if n2 == 1 && d2 == 1 { return Exact(storage: .small(n1, d1)) }
        if n1 == 1 && d1 == 1 { return Exact(storage: .small(n2, d2)) }
        let g1 = binaryGCD(n1.magnitude, UInt64(d2))
        let g2 = binaryGCD(n2.magnitude, UInt64(d1))
        let (numerator, overflow) = (n1 / Int64(g1)).multipliedReportingOverflow(by: n2 / Int64(g2))
        guard !overflow, let bottom = UInt32(exactly: UInt64(d1) / g2 * (UInt64(d2) / g1)) else { return nil }
        return Exact(storage: .small(numerator, bottom))
    }

    private static func product(_ a: Int128, _ b: Int128) -> Int128? {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : value
    }
}

extension Exact {
    /// The number as an `Int`, its fraction dropped (towards zero); clamped to the range of `Int`.
    public var integerValue: Int {
        // A whole number held small is its numerator: counts, copies and visits, read at every item.
        if case .small(let numerator, 1) = storage { return Int(clamping: numerator) }
        return whole(self < 0 ? .up : .down)
    }

    /// The smallest whole number not below this one.
    public var ceilingInt: Int {
        whole(.up)
    }

    /// The whole number next to this one: `.down` towards minus infinity, `.up` towards plus infinity.
    private func whole(_ direction: NSDecimalNumber.RoundingMode) -> Int {
        guard let (numerator, denominator) = ratio else {
            // A value past 128-bit fractions: rounded as a decimal, whose whole part a fraction holds.
            guard !isNaN else { return 0 }
            let result = decimalRounded(scale: 0, direction)
            return Exact(result).ratio.map { Int(clamping: $0.numerator / $0.denominator) } ?? (result < 0 ? .min : .max)
        }
        var (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        if direction == .up && remainder > 0 { quotient += 1 }
        if direction == .down && remainder < 0 { quotient -= 1 }
        return Int(clamping: quotient)
    }

    public var isWhole: Bool {
        if case .small(_, let denominator) = storage { return denominator == 1 }
        return ratio?.denominator == 1
    }

    /// Rounded to `scale` decimal places, halves away from zero (the rounding of invoices and official tables).
    public func rounded(scale: Int) -> Exact {
        guard let (numerator, denominator) = ratio else {
            return Exact(decimalRounded(scale: scale, .plain))
        }
        if denominator == 1 && scale >= 0 { return self }
        guard let power = Self.powerOfTen(abs(scale)) else { return self }
        // At a negative scale (tens, hundreds), divide by the power instead of multiplying.
        let (top, topOverflow) = scale >= 0 ? numerator.multipliedReportingOverflow(by: power) : (numerator, false)
        let (bottom, bottomOverflow) = scale >= 0 ? (denominator, false) : denominator.multipliedReportingOverflow(by: power)
        guard !topOverflow, !bottomOverflow else {
            return Exact(decimalRounded(scale: scale, .plain))
        }
        var (quotient, remainder) = top.quotientAndRemainder(dividingBy: bottom)
        if remainder.magnitude >= bottom.magnitude - remainder.magnitude {
            quotient += numerator < 0 ? -1 : 1
        }
        return scale >= 0 ? Exact(numerator: quotient, denominator: power) : Exact(numerator: quotient, denominator: 1) * Exact(numerator: power, denominator: 1)
    }
}

extension Exact {
    /// Rounding done by Foundation, for a value carried as a `Decimal` or one whose rounding would
    /// pass 128 bits.
    private func decimalRounded(scale: Int, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var source = decimal
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, mode)
        return result
    }
}
