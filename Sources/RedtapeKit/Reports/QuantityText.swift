import Foundation

/// Short text for a quantity as a ruleset states it: `30 min`, `1–2 h`, `50,000 VND`, `3 workdays`;
/// in Vietnamese `30 phút`, `1–2 giờ`, `50.000 ₫`, `3 ngày làm việc`.
struct QuantityText {
    let language: Language

    init(_ language: Language = .en) {
        self.language = language
    }

    var format: NumberFormat { NumberFormat(language) }

    func text(_ estimate: Estimate?) -> String {
        guard let estimate else { return language.pick("none", "không có") }
        let values = estimate.isPoint ? [estimate.likely] : [estimate.low, estimate.high]
        func numbers(_ scale: Exact = 1, decimals: Int = 2) -> String {
            values.map { format.number($0 * scale, decimals: decimals) }.joined(separator: "–")
        }
        switch estimate.unit {
        case .duration:
            if estimate.high < 60 { return numbers(decimals: 1) + language.pick(" min", " phút") }
            return numbers(Exact(numerator: 1, denominator: 60)) + language.pick(" h", " giờ")
        case .money(let code): return numbers() + money(code)
        case .rate(let code, let period): return numbers() + money(code) + "/" + self.period(period)
        case .workdays: return counted(values, "workday", "ngày làm việc")
        case .days: return counted(values, "day", "ngày")
        case .years: return counted(values, "year", "năm")
        case .percent: return numbers(100, decimals: 1) + "%"
        case .frequency: return numbers() + language.pick(" a year", " mỗi năm")
        case .number: return numbers()
        }
    }

    /// ` VND`, or ` ₫` in Vietnamese, as the reports write the đồng.
    private func money(_ code: Currency) -> String {
        " " + format.symbol(code)
    }

    /// `h`, `workday`: the period of a rate as a ruleset writes it; in Vietnamese `giờ`, `ngày làm việc`.
    func period(_ period: Unit.Period) -> String {
        guard language == .vi else { return period.rawValue }
        return switch period {
        case .hour: "giờ"
        case .workday: "ngày làm việc"
        case .day: "ngày"
        case .year: "năm"
        }
    }

    /// `1 workday`, `3 workdays`, `1–2 workdays`; Vietnamese has one form for both.
    private func counted(_ values: [Exact], _ english: String, _ vietnamese: String) -> String {
        values.map { format.number($0, decimals: 1) }.joined(separator: "–") + " "
            + language.pick(english + (values == [1] ? "" : "s"), vietnamese)
    }
}
