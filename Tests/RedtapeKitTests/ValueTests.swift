import Foundation
import Testing
@testable import RedtapeKit

@Suite("Values and units")
struct ValueTests {
    struct Refused: Error, Equatable {
        let codes: [String]
    }

    /// Evaluates `assume x = <text>` and returns its value, or the codes of the errors.
    static func value(_ text: String) -> Result<Estimate, Refused> {
        let path = "/memory/value.ruleset"
        let reader = MemoryReader(files: [path: Array("assume x = \(text) {\n  estimate\n}\n".utf8)], fallback: FileSystemReader())
        let workspace = Workspace.load([path], reader: reader)
        if !workspace.diagnostics.hasErrors, let assumption = workspace.rulesets[path]?.assumptions.first {
            return .success(assumption.value.value)
        }
        return .failure(Refused(codes: workspace.diagnostics.map(\.code.rawValue)))
    }

    static func point(_ text: String) -> Exact? {
        guard case .success(let estimate) = value(text), estimate.isPoint else { return nil }
        return estimate.likely
    }

    @Test("number literals are exact", arguments: [
        ("150_000", "150000"), ("1.5", "1.5"), ("0.0001", "0.0001"), ("007", "7"),
        ("1_000.250", "1000.25"), ("1234567890123456789012345678", "1234567890123456789012345678"),
    ])
    func numbers(_ written: String, _ expected: String) {
        #expect(Self.point(written) == Exact(plain: expected))
    }

    @Test("'_' must stand between two digits", arguments: [
        ("1_000", true), ("150_000_000", true), ("1_000.250", true), ("1.000_5", true), ("1000", true),
        ("_1000", false), ("1000_", false), ("1__000", false), ("1_.5", false), ("1._5", false),
    ])
    func underscores(_ written: String, _ accepted: Bool) {
        #expect(Checker.underscoresBetweenDigits(written.utf8) == accepted)
    }

    @Test("a point followed by exactly three digits reads as grouped thousands", arguments: [
        ("200.000", true), ("1.500", true), ("12.345", true), ("1.5", false), ("0.500", false), ("1234.000", false),
        ("1.5000", false), ("1.500.000", false), ("1_0.500", false), ("200", false), (".500", false),
    ])
    func thousands(_ written: String, _ looksLikeThousands: Bool) {
        #expect(Checker.looksLikeThousands(written) == looksLikeThousands)
    }

    @Test("29 digits are refused rather than rounded")
    func tooManyDigits() {
        #expect(Self.value("12345678901234567890123456789") == .failure(Refused(codes: ["E013"])))
    }

    @Test("units convert to their base: durations in minutes, percentages as fractions")
    func units() throws {
        #expect(Self.point("1.5h") == 90)
        #expect(Self.point("25%") == Exact(plain: "0.25"))
        #expect(Self.point("2 per month") == 24)
        #expect(try Self.value("3 workdays").get().unit == Unit.workdays)
        #expect(try Self.value("43_750 VND/h").get().unit == Unit.rate("VND", per: .hour))
    }

    /// 7,700,000 VND a month ÷ 176 hours = 43,750 VND an hour exactly.
    @Test("money divided by hours is an hourly rate")
    func hourlyRate() throws {
        let rate = try Self.value("7_700_000 VND / 176h").get()
        #expect(rate.unit == Unit.rate("VND", per: .hour))
        #expect(rate.likely == 43_750)
    }

    /// 43,750 VND/h × 20 min = 43,750 × 20 / 60 = 14,583.33… VND; shown to the dong, 14,583.
    @Test("a rate times a duration is money, divided by 60 only at the end")
    func rateTimesDuration() throws {
        let cost = try Self.value("43_750 VND/h * 20min").get()
        #expect(cost.unit == Unit.money("VND"))
        #expect(cost.likely.rounded(scale: 0) == 14_583)
        #expect(try Self.value("43_750 VND/h * 90min").get().likely == 65_625)
    }

    /// (1h..2h) × 2 = 2h..4h, likely 3h; 2h..4h − 30min..1h = 1h..3.5h (low − high, high − low).
    @Test("ranges propagate through arithmetic")
    func ranges() throws {
        let doubled = try Self.value("(1h..2h) * 2").get()
        #expect([doubled.low, doubled.likely, doubled.high] == [120, 180, 240])
        let difference = try Self.value("(2h..4h) - (30min..1h)").get()
        #expect([difference.low, difference.likely, difference.high] == [60, 135, 210])
        let threePoint = try Self.value("1h..1.5h..4h").get()
        #expect([threePoint.low, threePoint.likely, threePoint.high] == [60, 90, 240])
        let unitOnHigh = try Self.value("2_000_000..5_000_000 VND").get()
        #expect(unitOnHigh.unit == Unit.money("VND") && unitOnHigh.low == 2_000_000)
    }

    @Test("meaningless arithmetic is refused", arguments: [
        ("5 VND + 3h", "E051"), ("5 VND * 3 VND", "E055"), ("5 VND + 3 EUR", "E052"), ("1h / (0h..1h)", "E053"),
        ("2h..1h", "E054"), ("3 fortnights", "E050"),
    ])
    func refused(_ text: String, _ code: String) {
        guard case .failure(let refused) = Self.value(text) else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(refused.codes.contains(code))
    }

    @Test("a currency is three capital letters, read back as written and ordered as the alphabet orders them")
    func currencies() throws {
        for refused in ["", "VN", "VNDX", "vnd", "Vnd", "V1D", "ĐỒN"] {
            #expect(Currency(refused) == nil, "'\(refused)'")
        }
        let codes = try ["VND", "EUR", "USD", "AZZ", "ZAA"].map { try #require(Currency($0)) }
        #expect(codes.map(\.description) == ["VND", "EUR", "USD", "AZZ", "ZAA"])
        #expect(codes.sorted().map(\.description) == ["AZZ", "EUR", "USD", "VND", "ZAA"])
        #expect(Currency("VND") == "VND")
        #expect(Currency("EUR") != "VND")
        guard case .success(let fee) = Self.value("50_000 EUR") else {
            Issue.record("'50_000 EUR' was refused")
            return
        }
        #expect(fee.unit == .money("EUR"))
    }
}

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("real days only, leap years included")
    func validity() {
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2025-02-29") == nil)
        #expect(CalendarDate("1900-02-29") == nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2025-13-01") == nil)
    }

    /// 1970-01-01 was a Thursday; 2025-09-02 (National Day) is a Tuesday.
    @Test("weekdays")
    func weekdays() throws {
        #expect(try #require(CalendarDate("1970-01-01")).weekday == 4)
        #expect(try #require(CalendarDate("2025-09-02")).weekday == 2)
        #expect(try #require(CalendarDate("2025-09-02")).dayNumber - (try #require(CalendarDate("2024-09-02"))).dayNumber == 365)
    }
}

@Suite("Suggestions")
struct SuggestionTests {
    @Test("typos, swaps and case get a suggestion; short or distant names do not")
    func suggestions() {
        #expect(Suggestion.closest(to: "levle", in: ["level", "limit"]) == "level")
        #expect(Suggestion.closest(to: "Tariff", in: ["tariff"]) == "tariff")
        #expect(Suggestion.closest(to: "worker_hours", in: ["worker_hour", "citizen_hour"]) == "worker_hour")
        #expect(Suggestion.closest(to: "c", in: ["a", "b"]) == nil)
        #expect(Suggestion.closest(to: "colour", in: ["code", "cases"]) == nil)
    }

    @Test("a misspelt unit gets the spelling redtape knows; a word that is no unit gets none", arguments: [
        ("mins", "min"), ("minutes", "min"), ("hours", "h"), ("hr", "h"), ("wrokdays", "workdays"), ("dyas", "days"),
        ("yrs", "years"), ("per yaer", "per year"), ("per months", "per month"), ("VND/hr", "VND/h"),
        ("VND/wrokday", "VND/workday"), ("VND/hours", "VND/h"), ("EUR/yrs", "EUR/year"),
    ])
    func unitSuggestions(_ written: String, _ meant: String) {
        #expect(UnitWords.suggestion(for: written) == meant)
    }

    /// 30% is 3/10, however the sign is spaced.
    @Test("a percent sign may stand apart from its number")
    func spacedPercent() throws {
        let spaced = try ValueTests.value("30 %").get()
        #expect(spaced.unit == Unit.percent && spaced.likely == Exact(numerator: 3, denominator: 10))
        #expect(try ValueTests.value("30%").get() == spaced)
    }

    /// A time word is recognised from its bytes by its first letter and length: every one of them,
    /// and nothing of the same letter and length, or a prefix, or another case.
    @Test("time words are recognised from their bytes")
    func timeWords() {
        for word in UnitWords.TimeWord.allCases { #expect(UnitWords.timeWord(word.rawValue.utf8) == word) }
        for other in ["", "m", "mix", "Min", "hh", "H", "workdax", "workdayz", "dax", "dayz", "yeas", "yearz", "s"] {
            #expect(UnitWords.timeWord(other.utf8) == nil, "\(other)")
        }
    }

    @Test("words that are not units are not taken for one", arguments: ["and", "or", "not", "per week", "Vnd/h", "VND/cases", "held_by"])
    func notUnits(_ written: String) {
        #expect(UnitWords.suggestion(for: written) == nil)
        #expect(!UnitWords.isLikelyUnit(written))
    }
}
