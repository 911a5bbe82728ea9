import Foundation

/// A quantity known as a low, a likely and a high value (all equal for a point value).
///
/// Every figure redtape computes carries its range, so that an uncertain input shows as an
/// uncertain result rather than as a single number that looks exact.
public struct Estimate: Hashable, Sendable {
    public var low: Decimal
    public var likely: Decimal
    public var high: Decimal
    public var unit: Unit

    public init(low: Decimal, likely: Decimal, high: Decimal, unit: Unit) {
        self.low = low
        self.likely = likely
        self.high = high
        self.unit = unit
    }

    public init(_ value: Decimal, _ unit: Unit) {
        self.init(low: value, likely: value, high: value, unit: unit)
    }

    public var isPoint: Bool { low == likely && likely == high }

    /// Applies a monotone operation bound by bound; for multiplication and division the caller
    /// picks the extreme products, so ranges that cross zero stay correct.
    func map(_ transform: (Decimal) -> Decimal, unit: Unit? = nil) -> Estimate {
        Estimate(low: transform(low), likely: transform(likely), high: transform(high), unit: unit ?? self.unit)
    }
}
