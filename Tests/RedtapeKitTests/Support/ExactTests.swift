import Foundation
import Testing
@testable import RedtapeKit

@Suite("Exact numbers")
struct ExactTests {
    static func exact(_ text: String) -> Exact { Exact(plain: text)! }

    /// Short decimals (up to 6 digits, up to 3 places), as rulesets write them.
    static func randomDecimalText(_ random: inout SeededRandom) -> String {
        let digits = String(random.next(below: 1_000_000))
        let places = random.next(below: 4)
        let sign = random.next(below: 4) == 0 ? "-" : ""
        guard places > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        return sign + padded.dropLast(places) + "." + padded.suffix(places)
    }

    @Test("sums, differences and products of short decimals equal Foundation's exact results")
    func agreesWithDecimal() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<2_000 {
            let (a, b) = (Self.randomDecimalText(&random), Self.randomDecimalText(&random))
            let (x, y) = (Self.exact(a), Self.exact(b))
            let (p, q) = (Decimal(string: a)!, Decimal(string: b)!)
            #expect((x + y).decimal == p + q, "\(a) + \(b)")
            #expect((x - y).decimal == p - q, "\(a) - \(b)")
            #expect((x * y).decimal == p * q, "\(a) × \(b)")
            #expect((x < y) == (p < q), "\(a) < \(b)")
            #expect(NumberText.plain(x * y) == NumberText.plain(Exact(p * q)), "\(a) × \(b) written")
        }
    }

    /// A fraction in lowest terms that fits the sixteen-byte form, drawn from the values that stress it:
    /// zero, small numbers, and numerators and denominators at the edge of 64 and 32 bits.
    static func randomSmallFraction(_ random: inout SeededRandom) -> (Int128, Int128) {
        let numerators: [Int128] = [0, 1, -1, 7, 60, 1_000_000, Int128(Int64.max), Int128(Int64.min), Int128(Int64.max) / 3,
                                    Int128(random.next(below: 1 << 62)) * (random.next(below: 2) == 0 ? 1 : -1)]
        let denominators: [Int128] = [1, 2, 3, 60, 1 << 31, Int128(UInt32.max), Int128(UInt32.max) - 2,
                                      Int128(random.next(below: Int(UInt32.max)) + 1)]
        let numerator = numerators[random.next(below: numerators.count)]
        let denominator = denominators[random.next(below: denominators.count)]
        let reduced = Exact(numerator: numerator, denominator: denominator)
        return reduced.ratio!
    }

    @Test("sixteen-byte fractions add, subtract, negate, multiply, divide and compare as 128-bit fractions do, to the same stored form")
    func smallArithmeticAgreesWithWide() {
        var random = SeededRandom(seed: 13)
        for _ in 0..<5_000 {
            let (n1, d1) = Self.randomSmallFraction(&random)
            let (n2, d2) = Self.randomSmallFraction(&random)
            let (x, y) = (Exact(numerator: n1, denominator: d1), Exact(numerator: n2, denominator: d2))
            // 64-bit numerators over 32-bit denominators: every product and cross-sum fits in 128 bits.
            #expect(x + y == Exact(numerator: n1 * d2 + n2 * d1, denominator: d1 * d2), "\(x) + \(y)")
            #expect(x - y == Exact(numerator: n1 * d2 - n2 * d1, denominator: d1 * d2), "\(x) - \(y)")
            #expect(-x == Exact(numerator: -n1, denominator: d1) && -(-x) == x, "-\(x)")
            #expect(x * y == Exact(numerator: n1 * n2, denominator: d1 * d2), "\(x) × \(y)")
            #expect((x < y) == (n1 * d2 < n2 * d1), "\(x) < \(y)")
            if n2 != 0 {
                #expect(x / y == Exact(numerator: n1 * d2, denominator: d1 * n2), "\(x) ÷ \(y)")
            }
        }
    }

    @Test("the greatest common divisor is Euclid's, for large numerators over small denominators and the other way round")
    func greatestCommonDivisor() {
        var random = SeededRandom(seed: 17)
        func euclid(_ a: UInt64, _ b: UInt64) -> UInt64 { b == 0 ? a : euclid(b, a % b) }
        let edges: [UInt64] = [0, 1, 2, 3, 60, 3_600, 1 << 32, UInt64(UInt32.max), UInt64.max, UInt64.max - 1, 1 << 63]
        for _ in 0..<5_000 {
            let pick = { (random: inout SeededRandom) -> UInt64 in
                random.next(below: 3) == 0 ? edges[random.next(below: edges.count)]
                    : UInt64(random.next(below: 1 << 62)) >> UInt64(random.next(below: 62))
            }
            let (a, b) = (pick(&random), pick(&random))
            #expect(Exact.binaryGCD(a, b) == euclid(a, b), "gcd(\(a), \(b))")
        }
        // gcd(2^63, 6) = 2 and gcd(6, 2^63) = 2: the remainder is taken of whichever is larger.
        #expect(Exact.binaryGCD(1 << 63, 6) == 2)
        #expect(Exact.binaryGCD(6, 1 << 63) == 2)
    }

    @Test("division is exact: dividing and multiplying back gives the number again")
    func divisionRoundTrips() {
        var random = SeededRandom(seed: 12)
        for _ in 0..<2_000 {
            let x = Self.exact(Self.randomDecimalText(&random))
            let y = Self.exact(Self.randomDecimalText(&random))
            guard y != 0 else { continue }
            #expect(x / y * y == x, "\(x) ÷ \(y) × \(y)")
        }
        // A third three times is one; 10 minutes is exactly a sixth of an hour.
        #expect(Exact(1) / 3 + Exact(1) / 3 + Exact(1) / 3 == 1)
        #expect(Exact(10) / 60 * 6 == 1)
    }

    @Test("rounding takes halves away from zero, on exact values")
    func rounding() {
        // 435 minutes is 7.25 h exactly: one decimal shows 7.3 h (a decimal type holds 7.2499…).
        #expect((Exact(435) / 60).rounded(scale: 1) == Self.exact("7.3"))
        #expect(Self.exact("389187.5").rounded(scale: 0) == 389_188)
        #expect(Self.exact("-2.5").rounded(scale: 0) == -3)
        #expect(Self.exact("-2.4").rounded(scale: 0) == -2)
        #expect(Self.exact("1234.5678").rounded(scale: 2) == Self.exact("1234.57"))
        #expect(Exact(1_250).rounded(scale: -2) == 1_300)
        #expect((Exact(2) / 3).rounded(scale: 4) == Self.exact("0.6667"))
        #expect(Self.exact("2.01").ceilingInt == 3)
        #expect(Self.exact("-2.5").ceilingInt == -2)
        #expect(Self.exact("-2.5").integerValue == -2)
    }

    @Test("numbers are written plainly: no grouping, no trailing zeros, 38 digits for a fraction that never ends")
    func writing() {
        #expect(NumberText.plain(Self.exact("12.50")) == "12.5")
        #expect(NumberText.plain(Self.exact("-3")) == "-3")
        #expect(NumberText.plain(Self.exact("0.125")) == "0.125")
        #expect(NumberText.plain(Self.exact("-0.000")) == "0")
        #expect(NumberText.plain(Exact(1) / 3) == "0.33333333333333333333333333333333333333")
        #expect(Exact(plain: "1.2.3") == nil)
        #expect(Exact(plain: "-") == nil)
        #expect(Exact(plain: "12a") == nil)
    }

    @Test("equal values are equal and hash alike, however they were reached")
    func equality() {
        let values: Set<Exact> = [Self.exact("0.50"), Exact(1) / 2, Exact(3) / 6, Self.exact("0.5")]
        #expect(values.count == 1)
        #expect(Exact(Decimal(string: "0.25")!) == Exact(1) / 4)
    }

    @Test("values past 128 bits carry on as decimals instead of trapping")
    func overflow() {
        let big = Exact(Int.max)
        let product = big * big * big
        #expect(product > big)
        #expect(product.decimal == Decimal(Int.max) * Decimal(Int.max) * Decimal(Int.max))
        // (107/100)^40 has a 40-digit denominator: a discount factor over a long horizon.
        var factor: Exact = 1
        for _ in 0..<40 { factor /= Self.exact("1.07") }
        #expect(factor.rounded(scale: 6) == Self.exact("0.066780"))
        #expect(factor.integerValue == 0 && factor.ceilingInt == 1)
        #expect((factor * 100).integerValue == 6 && (-factor * 100).integerValue == -6 && (-factor * 100).ceilingInt == -6)
        #expect((Exact(1) / 0).isNaN)
    }

    @Test("wide values reached two ways are one value: equal, hashed alike, stored once")
    func wideEquality() {
        // 2^64 / 3 and (2^63 × 2) / 3: both past a 64-bit numerator, so both stored wide.
        let first = Exact(numerator: Int128(1) << 64, denominator: 3)
        let second = Exact(numerator: Int128(1) << 63, denominator: 3) * 2
        guard case .wide(let a) = first.storage, case .wide(let b) = second.storage else {
            Issue.record("2^64 / 3 should be stored wide")
            return
        }
        #expect(a == b)
        #expect(first == second && Set([first, second]).count == 1)
        #expect(first != first + 1 && first > Exact(Int.max / 2) && first < Exact(Int.max))
        let decimal = Exact(Decimal(Int.max) * Decimal(Int.max) * Decimal(Int.max))
        #expect(decimal == Exact(Int.max) * Exact(Int.max) * Exact(Int.max))
    }

    @Test("a value takes sixteen plain bytes, so a large catalog's figures stay small and copy without counting references")
    func size() {
        #expect(MemoryLayout<Exact>.size <= 16)
        #expect(_isPOD(Exact.self))
        if case .small = Self.exact("123456.789").storage {} else { Issue.record("a short decimal should be stored small") }
    }
}
