import Foundation

/// An exact number: a fraction of two 128-bit integers in lowest terms.
///
/// Every figure of the cost model is one. Fractions keep `÷ 60` (minutes to hours) and `÷ 3` exact,
/// where a decimal type rounds them to 38 digits, and their arithmetic is integer arithmetic, a
/// hundred times faster than Foundation's `Decimal` on Linux. A result whose numerator or
/// denominator would pass 128 bits (a long chain of discount factors, say) is carried on as a
/// `Decimal` instead, rounded to 38 significant digits, so that no input can make the arithmetic trap.
public struct Exact: Sendable {
    /// Sixteen plain bytes, whatever the value: a 64-bit numerator over a 32-bit denominator for the
    /// values a ruleset holds, and for anything wider its number in the process's table of wide values
    /// (`WideValues`). A figure is copied at every step of the cost model: with no reference in it, a
    /// copy is a copy of bytes, where a reference would be counted in and out on every copy.
    enum Storage: Sendable {
        case small(Int64, UInt32)
        case wide(UInt32)
    }

    /// A value too wide for `small`: never one that `small` could hold.
    enum Wide: Hashable, Sendable {
        /// numerator / denominator: the denominator is positive and shares no factor with the numerator.
        case ratio(Int128, Int128)
        /// A value beyond 128-bit fractions.
        case decimal(Decimal)
    }

    private(set) var storage: Storage

    init(storage: Storage) {
        self.storage = storage
    }

    public init(_ value: Int) {
        // A whole number is already in lowest terms: the cost model starts every sum at `Exact(0)`.
        self.init(storage: Int64(exactly: value).map { .small($0, 1) } ?? Self.reduced(Int128(value), 1))
    }

    /// `numerator / denominator`, reduced; the denominator must not be zero.
    init(numerator: Int128, denominator: Int128) {
        storage = Self.reduced(numerator, denominator)
    }

    /// The value as a fraction in lowest terms, or nil when it is carried as a `Decimal`.
    var ratio: (numerator: Int128, denominator: Int128)? {
        switch storage {
        case .small(let numerator, let denominator): return (Int128(numerator), Int128(denominator))
        case .wide(let number):
            if case .ratio(let numerator, let denominator) = WideValues.shared.value(number) { return (numerator, denominator) }
            return nil
        }
    }

    private static func reduced(_ numerator: Int128, _ denominator: Int128) -> Storage {
        precondition(denominator != 0, "a fraction needs a denominator other than zero")
        if denominator == 1 { return stored(numerator, 1) }
        guard let divisor = gcd(numerator.magnitude, denominator.magnitude).flatMap(Int128.init(exactly:)) else {
            return Exact(decimal(numerator) / decimal(denominator)).storage
        }
        var (top, bottom) = divisor == 1 ? (numerator, denominator) : (numerator / divisor, denominator / divisor)
        if bottom < 0 {
            guard top != .min, bottom != .min else { return Exact(decimal(numerator) / decimal(denominator)).storage }
            (top, bottom) = (-top, -bottom)
        }
        return stored(top, bottom)
    }

    /// A reduced fraction, small when it fits.
    private static func stored(_ numerator: Int128, _ denominator: Int128) -> Storage {
        if let top = Int64(exactly: numerator), let bottom = UInt32(exactly: denominator) { return .small(top, bottom) }
        return .wide(WideValues.shared.number(of: .ratio(numerator, denominator)))
    }

    /// The same value as a `Decimal` holds: a fraction when one can hold it.
    public init(_ decimal: Decimal) {
        if !decimal.isNaN, let parsed = Exact(plain: decimal.description) {
            storage = parsed.storage
        } else {
            storage = .wide(WideValues.shared.number(of: .decimal(decimal)))
        }
    }

    /// `significand × 10^exponent`.
    public init?(significand: Int128, exponent: Int) {
        guard let scale = Self.powerOfTen(abs(exponent)) else { return nil }
        if exponent >= 0 {
            let (value, overflow) = significand.multipliedReportingOverflow(by: scale)
            guard !overflow else { return nil }
            self.init(numerator: value, denominator: 1)
        } else {
            self.init(numerator: significand, denominator: scale)
        }
    }

    /// The value as a `Decimal`, rounded to its 38 significant digits when the fraction does not end.
    public var decimal: Decimal {
        guard let (numerator, denominator) = ratio else {
            if case .wide(let number) = storage, case .decimal(let value) = WideValues.shared.value(number) { return value }
            return .nan
        }
        return denominator == 1 ? Self.decimal(numerator) : Self.decimal(numerator) / Self.decimal(denominator)
    }

    public var isNaN: Bool {
        ratio == nil && decimal.isNaN
    }

    public static let zero = Exact(0)

    // MARK: - Integers

    /// 10^exponent, when it fits.
    static func powerOfTen(_ exponent: Int) -> Int128? {
        guard exponent >= 0, exponent < powersOfTen.count else { return nil }
        return powersOfTen[exponent]
    }

    private static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        while let last = powers.last, case (let next, false) = last.multipliedReportingOverflow(by: 10) {
            powers.append(next)
        }
        return powers
    }()

    /// The greatest common divisor; nil only for gcd(0, 0).
    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128? {
        if a == 0 && b == 0 { return nil }
        if a <= UInt128(UInt64.max) && b <= UInt128(UInt64.max) {
            return UInt128(binaryGCD(UInt64(a), UInt64(b)))
        }
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    /// Stein's algorithm: shifts and subtractions, no division.
    static func binaryGCD(_ a: UInt64, _ b: UInt64) -> UInt64 {
        if a == 0 { return b }
        if b == 0 { return a }
        // Whole numbers have the denominator 1: the common case, and the slowest for the loop below.
        if a == 1 || b == 1 { return 1 }
        // One remainder first brings a large numerator down to the size of a small denominator (a
        // catalog's are minutes, shares and halves), so the loop below takes a few turns, not one for
        // each bit of the numerator: gcd(a, b) = gcd(b, a mod b).
        var (x, y) = a < b ? (a, b % a) : (b, a % b)
        if y == 0 { return x }
        let shift = (x | y).trailingZeroBitCount
        x >>= x.trailingZeroBitCount
        repeat {
            y >>= y.trailingZeroBitCount
            if x > y { swap(&x, &y) }
            y -= x
        } while y != 0
        return x << shift
    }

    private static func decimal(_ value: Int128) -> Decimal {
        if let small = Int64(exactly: value) { return Decimal(small) }
        let magnitude = value.magnitude
        let high = Decimal(UInt64(magnitude >> 64)) * Decimal(sign: .plus, exponent: 0, significand: Decimal(UInt64.max) + 1)
        let total = high + Decimal(UInt64(truncatingIfNeeded: magnitude))
        return value < 0 ? -total : total
    }
}

extension Exact: Hashable {
    /// Equal values have the same stored form: a small value is never stored wide. Wide values are
    /// compared as values, since two `Decimal`s written differently may be equal.
    public static func == (a: Exact, b: Exact) -> Bool {
        switch (a.storage, b.storage) {
        case (.small(let n1, let d1), .small(let n2, let d2)): n1 == n2 && d1 == d2
        case (.wide(let x), .wide(let y)): x == y || WideValues.shared.value(x) == WideValues.shared.value(y)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch storage {
        case .small(let numerator, let denominator):
            hasher.combine(numerator)
            hasher.combine(denominator)
        case .wide(let number):
            hasher.combine(WideValues.shared.value(number))
        }
    }
}

extension Exact: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}

extension Exact: CustomStringConvertible {
    public var description: String { NumberText.plain(self) }
}
