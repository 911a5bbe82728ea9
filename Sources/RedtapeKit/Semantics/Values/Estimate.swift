import Foundation

/// A quantity known as a low, a likely and a high value (all equal for a point value).
///
/// Every figure redtape computes carries its range, so that an uncertain input shows as an
/// uncertain result rather than as a single number that looks exact.
public struct Estimate: Hashable, Sendable {
    public var low: Exact
    public var likely: Exact
    public var high: Exact
    public var unit: Unit

    public init(low: Exact, likely: Exact, high: Exact, unit: Unit) {
        self.low = low
        self.likely = likely
        self.high = high
        self.unit = unit
    }

    public init(_ value: Exact, _ unit: Unit) {
        self.init(low: value, likely: value, high: value, unit: unit)
    }

    public var isPoint: Bool { low == likely && likely == high }

    /// Applies a monotone operation bound by bound; for multiplication and division the caller
    /// picks the extreme products, so ranges that cross zero stay correct.
    func map(_ transform: (Exact) -> Exact, unit: Unit? = nil) -> Estimate {
        Estimate(low: transform(low), likely: transform(likely), high: transform(high), unit: unit ?? self.unit)
    }
}
