import Foundation

/// A computed figure with its range: the result with every input at its low bound, at its likely
/// value, and at its high bound. Every input enters the cost model with a non-negative weight, so
/// these are the true lowest and highest results, not an approximation.
public struct Figure: Hashable, Sendable {
    public var low: Exact
    public var likely: Exact
    public var high: Exact

    public init(low: Exact, likely: Exact, high: Exact) {
        self.low = low
        self.likely = likely
        self.high = high
    }

    public init(_ value: Exact) { self.init(low: value, likely: value, high: value) }

    public static let zero = Figure(0)

    public var isPoint: Bool { low == likely && likely == high }

    public subscript(bound: Bound) -> Exact {
        get {
            switch bound {
            case .low: low
            case .likely: likely
            case .high: high
            }
        }
        set {
            switch bound {
            case .low: low = newValue
            case .likely: likely = newValue
            case .high: high = newValue
            }
        }
    }

    /// Builds a figure by computing the same thing at each bound.
    public static func each(_ compute: (Bound) -> Exact) -> Figure {
        Figure(low: compute(.low), likely: compute(.likely), high: compute(.high))
    }

    public static func + (a: Figure, b: Figure) -> Figure {
        Figure(low: a.low + b.low, likely: a.likely + b.likely, high: a.high + b.high)
    }

    public static func - (a: Figure, b: Figure) -> Figure {
        Figure(low: a.low - b.low, likely: a.likely - b.likely, high: a.high - b.high)
    }

    public static func * (a: Figure, b: Exact) -> Figure {
        Figure(low: a.low * b, likely: a.likely * b, high: a.high * b)
    }

    public static func += (a: inout Figure, b: Figure) { a = a + b }
}

/// Which end of every input's range a computation uses.
public enum Bound: CaseIterable, Sendable {
    case low, likely, high
}

extension Estimate {
    public subscript(bound: Bound) -> Exact {
        switch bound {
        case .low: low
        case .likely: likely
        case .high: high
        }
    }
}

extension Sequence where Element == Figure {
    public func sum() -> Figure { reduce(.zero, +) }
}
