import Foundation

extension Decimal {
    /// Rounded to `scale` decimal places, halves away from zero (the rounding of invoices and official tables).
    public func rounded(scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }

    var isWhole: Bool { rounded(scale: 0) == self }
}
