import Foundation

/// Short English text for a quantity in a change summary: `30 min`, `1–2 h`, `50,000 VND`, `3 workdays`.
enum QuantityText {
    static let format = NumberFormat(.en)

    static func text(_ amount: Amount?) -> String {
        guard let amount else { return "none" }
        return text(amount.value)
    }

    static func text(_ estimate: Estimate) -> String {
        let values = estimate.isPoint ? [estimate.likely] : [estimate.low, estimate.high]
        switch estimate.unit {
        case .duration:
            if estimate.high < 60 { return values.map { format.number($0, decimals: 1) }.joined(separator: "–") + " min" }
            return values.map { format.number($0 / 60, decimals: 2) }.joined(separator: "–") + " h"
        case .money(let code): return values.map { format.number($0, decimals: 2) }.joined(separator: "–") + " " + code
        case .rate(let code, let period): return values.map { format.number($0, decimals: 2) }.joined(separator: "–") + " \(code)/\(period.rawValue)"
        case .workdays: return counted(values, "workday")
        case .days: return counted(values, "day")
        case .years: return counted(values, "year")
        case .percent: return values.map { format.number($0 * 100, decimals: 1) }.joined(separator: "–") + "%"
        case .frequency: return values.map { format.number($0, decimals: 2) }.joined(separator: "–") + " a year"
        case .number: return values.map { format.number($0, decimals: 2) }.joined(separator: "–")
        }
    }

    /// `1 workday`, `3 workdays`, `1–2 workdays`.
    private static func counted(_ values: [Exact], _ unit: String) -> String {
        values.map { format.number($0, decimals: 1) }.joined(separator: "–") + " " + unit + (values == [1] ? "" : "s")
    }
}
