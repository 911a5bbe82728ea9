import Testing
@testable import RedtapeKit

@Suite("Number formatting")
struct NumberFormatTests {
    static let english = NumberFormat(.en)
    static let vietnamese = NumberFormat(.vi)

    @Test("whole numbers are grouped by thousands, in each language's way", arguments: [
        (Exact(0), "0", "0"), (Exact(7), "7", "7"), (Exact(999), "999", "999"), (Exact(1_000), "1,000", "1.000"),
        (Exact(-1_234_567), "-1,234,567", "-1.234.567"), (Exact(100_000_000), "100,000,000", "100.000.000"),
        (Exact(Int(Int64.min)), "-9,223,372,036,854,775,808", "-9.223.372.036.854.775.808"),
    ])
    func whole(_ value: Exact, _ english: String, _ vietnamese: String) {
        #expect(Self.english.number(value) == english)
        #expect(Self.vietnamese.number(value) == vietnamese)
    }

    /// 2/3 to one place is 0.7; 1234.5 to none is 1,235 (halves away from zero); -0.4 to none is 0,
    /// without a sign; 12 with two places kept is 12.00.
    @Test("fractions are rounded, and zeros kept only when asked")
    func fractions() {
        #expect(Self.english.number(Exact(numerator: 2, denominator: 3), decimals: 1) == "0.7")
        #expect(Self.vietnamese.number(Exact(numerator: 2, denominator: 3), decimals: 1) == "0,7")
        #expect(Self.english.number(Exact(numerator: 12_345, denominator: 10)) == "1,235")
        #expect(Self.english.number(Exact(numerator: -2, denominator: 5)) == "0")
        #expect(Self.english.number(Exact(12), decimals: 2, trimZeros: false) == "12.00")
        #expect(Self.english.number(Exact(12), decimals: 2) == "12")
        #expect(Self.english.money(Exact(1_234_567), "VND") == "1,234,567 VND")
        #expect(Self.vietnamese.money(Exact(1_234_567), "VND") == "1.234.567 ₫")
        #expect(Self.english.money(Exact(numerator: 5, denominator: 2), "EUR") == "2.50 EUR")
    }

    /// Any whole number reads back as itself once its separators are taken out, and has a separator
    /// before every third digit from the right.
    @Test("grouping keeps every digit", arguments: Array(UInt64(1)...20))
    func roundTrip(_ seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<200 {
            let value = Int64(bitPattern: random.next()) >> (random.next() % 63)
            let text = Self.english.number(Exact(Int(value)))
            #expect(text.replacingOccurrences(of: ",", with: "") == String(value))
            let groups = text.drop { $0 == "-" }.split(separator: ",")
            #expect(groups.dropFirst().allSatisfy { $0.count == 3 } && (1...3).contains(groups.first?.count ?? 0))
        }
    }

    /// Values held as small fractions are written by a quicker way than the digits of their plain
    /// text; both must give the same text, in both languages, with zeros kept or trimmed, for values
    /// that end in decimals (n / 2^i·5^j) and values that do not (n / 3, n / 7).
    @Test("a small value is written as the general way writes it", arguments: Array(UInt64(1)...10))
    func quickWay(_ seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let denominators: [Int128] = [1, 2, 4, 5, 8, 10, 16, 20, 25, 40, 100, 1_000, 3, 7, 60, 90]
        for _ in 0..<300 {
            let numerator = Int128(Int64(bitPattern: random.next()) >> (random.next() % 63))
            let value = Exact(numerator: numerator, denominator: denominators[Int(random.next() % UInt64(denominators.count))])
            let decimals = Int(random.next() % 5)
            for format in [Self.english, Self.vietnamese] {
                for trim in [true, false] {
                    #expect(format.number(value, decimals: decimals, trimZeros: trim)
                        == format.written(value.rounded(scale: decimals), decimals: decimals, trimZeros: trim))
                }
            }
        }
        #expect(Self.english.number(Exact(numerator: -1, denominator: 20), decimals: 2) == "-0.05")
        #expect(Self.vietnamese.number(Exact(numerator: 12_345_678_901, denominator: 100), decimals: 1) == "123.456.789")
        #expect(Self.english.number(Exact(numerator: 7, denominator: 4), decimals: 3, trimZeros: false) == "1.750")
    }
}
