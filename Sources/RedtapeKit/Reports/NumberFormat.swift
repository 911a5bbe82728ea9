import Foundation

/// Formats numbers by hand for one language: the same digits on every machine, whatever its locale.
/// English groups thousands with ',' and uses '.' for decimals; Vietnamese uses '.' and ','.
public struct NumberFormat: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private var groupSeparator: String { language == .vi ? "." : "," }
    private var decimalSeparator: String { language == .vi ? "," : "." }

    /// A number rounded to `decimals` places, thousands grouped, trailing zeros kept only up to `decimals`.
    public func number(_ value: Exact, decimals: Int = 0, trimZeros: Bool = true) -> String {
        let rounded = value.rounded(scale: decimals)
        let negative = rounded < 0
        let text = NumberText.plain(negative ? -rounded : rounded)
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        var integer = parts[0]
        var fraction = parts.count > 1 ? parts[1] : ""
        if !trimZeros { fraction += String(repeating: "0", count: max(0, decimals - fraction.count)) }
        var grouped = ""
        while integer.count > 3 {
            grouped = groupSeparator + String(integer.suffix(3)) + grouped
            integer.removeLast(3)
        }
        grouped = integer + grouped
        let sign = negative && (grouped != "0" || !fraction.isEmpty) ? "-" : ""
        return sign + grouped + (fraction.isEmpty ? "" : decimalSeparator + fraction)
    }

    /// Money rounded to the currency's minor unit: `1,234,567 VND`, or `1.234.567 ₫` in Vietnamese.
    public func money(_ value: Exact, _ currency: Currency) -> String {
        let amount = number(value, decimals: Self.minorUnits(currency), trimZeros: false)
        if language == .vi, currency == "VND" { return amount + " ₫" }
        return amount + " " + currency
    }

    /// Large money amounts shortened for headlines: `10.2 billion VND`, `10,2 tỷ ₫`.
    public func compactMoney(_ value: Exact, _ currency: Currency) -> String {
        let scales: [(Exact, String, String)] = [
            (1_000_000_000_000, "trillion", "nghìn tỷ"), (1_000_000_000, "billion", "tỷ"), (1_000_000, "million", "triệu"),
        ]
        for (scale, english, vietnamese) in scales where abs(value) >= scale {
            let shown = number(value / scale, decimals: 1)
            let unit = language == .vi ? vietnamese : english
            return "\(shown) \(unit) " + (language == .vi && currency == "VND" ? "₫" : currency)
        }
        return money(value, currency)
    }

    /// Money for chart labels, as short as it can be: `33.4 bn`, `6.6 m`, `33,4 tỷ`.
    public func shortMoney(_ value: Exact) -> String {
        let scales: [(Exact, String, String)] = [(1_000_000_000_000, "tn", "nghìn tỷ"), (1_000_000_000, "bn", "tỷ"), (1_000_000, "m", "tr"),
                                                   (1_000, "k", "nghìn")]
        for (scale, english, vietnamese) in scales where abs(value) >= scale {
            return number(value / scale, decimals: 1) + " " + (language == .vi ? vietnamese : english)
        }
        return number(value)
    }

    /// Hours with one decimal: `4.4 h`, `4,4 giờ`.
    public func hours(_ value: Exact) -> String {
        number(value, decimals: 1) + (language == .vi ? " giờ" : " h")
    }

    public func percent(_ fraction: Exact, decimals: Int = 0) -> String {
        number(fraction * 100, decimals: decimals) + "%"
    }

    /// How many decimal places a currency's amounts carry (ISO 4217).
    public static func minorUnits(_ currency: Currency) -> Int {
        switch currency {
        case "VND", "JPY", "KRW", "CLP", "ISK", "PYG", "UGX", "XAF", "XOF": 0
        case "BHD", "JOD", "KWD", "OMR", "TND": 3
        default: 2
        }
    }
}
