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
        number(value, decimals: decimals, trimZeros: trimZeros, then: "")
    }

    /// The number with `suffix` after it (a unit: ` h`, ` VND`), written as one text: a score writes a
    /// million of them, and joining two texts costs as much again as writing one.
    func number(_ value: Exact, decimals: Int = 0, trimZeros: Bool = true, then suffix: String) -> String {
        let rounded = value.rounded(scale: decimals)
        if case .small(let whole, 1) = rounded.storage, trimZeros || decimals == 0 {
            return text(negative: whole < 0, whole: whole.magnitude, fraction: 0, places: 0, suffix: suffix)
        }
        if case .small(let numerator, let denominator) = rounded.storage,
           let text = decimal(numerator, denominator, decimals: decimals, trimZeros: trimZeros, suffix: suffix) {
            return text
        }
        return written(rounded, decimals: decimals, trimZeros: trimZeros) + suffix
    }

    /// A rounded value written from the digits of its plain text: any value at all.
    func written(_ rounded: Exact, decimals: Int, trimZeros: Bool) -> String {
        let negative = rounded < 0
        let digits = Array(NumberText.plain(negative ? -rounded : rounded).utf8)
        let point = digits.firstIndex(of: UInt8(ascii: ".")) ?? digits.count
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3 + decimals + 2)
        for index in 0..<point {
            if index > 0 && (point - index) % 3 == 0 { out += groupSeparator.utf8 }
            out.append(digits[index])
        }
        var fraction = point < digits.count ? Array(digits[(point + 1)...]) : []
        if !trimZeros, fraction.count < decimals { fraction += Array(repeating: UInt8(ascii: "0"), count: decimals - fraction.count) }
        if !fraction.isEmpty { out += decimalSeparator.utf8 + fraction }
        let sign = negative && out != [UInt8(ascii: "0")] ? "-" : ""
        return sign + String(decoding: out, as: UTF8.self)
    }

    /// A value rounded to `decimals` places and held small has a denominator that divides 10^decimals:
    /// its whole part and its decimals are worked out in 64 bits, without writing its plain text
    /// first (a score writes hours with a decimal for every procedure). Nil when they do not fit.
    private func decimal(_ numerator: Int64, _ denominator: UInt32, decimals: Int, trimZeros: Bool, suffix: String) -> String? {
        guard (1...18).contains(decimals) else { return nil }
        var power: Int64 = 1
        for _ in 0..<decimals { power *= 10 }
        guard power % Int64(denominator) == 0 else { return nil }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: power / Int64(denominator))
        guard !overflow else { return nil }
        let magnitude = scaled.magnitude
        var fraction = magnitude % UInt64(power)
        var places = decimals
        if trimZeros {
            while places > 0, fraction % 10 == 0 { fraction /= 10; places -= 1 }
        }
        return text(negative: numerator < 0, whole: magnitude / UInt64(power), fraction: fraction, places: places,
                    suffix: suffix)
    }

    /// `-1,234.05 h`: the whole part grouped by thousands, `places` decimals (zeros in front kept),
    /// and the suffix, written from a buffer on the stack into one text.
    private func text(negative: Bool, whole: UInt64, fraction: UInt64, places: Int, suffix: String) -> String {
        let separator = language == .vi ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let point = language == .vi ? UInt8(ascii: ",") : UInt8(ascii: ".")
        var suffix = suffix
        return suffix.withUTF8 { suffix in
            // A sign, 20 digits, 6 separators, a decimal point and 18 decimals.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 46 + suffix.count) { buffer in
                // The number is written backwards from its last decimal, and the suffix after it.
                var start = 46
                var rest = fraction
                for _ in 0..<places {
                    start -= 1
                    buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                if places > 0 {
                    start -= 1
                    buffer[start] = point
                }
                var magnitude = whole
                var digits = 0
                repeat {
                    if digits > 0 && digits % 3 == 0 {
                        start -= 1
                        buffer[start] = separator
                    }
                    start -= 1
                    buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                    digits += 1
                } while magnitude > 0
                if negative {
                    start -= 1
                    buffer[start] = UInt8(ascii: "-")
                }
                var end = 46
                for byte in suffix {
                    buffer[end] = byte
                    end += 1
                }
                return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
            }
        }
    }

    /// Money rounded to the currency's minor unit: `1,234,567 VND`, or `1.234.567 ₫` in Vietnamese.
    public func money(_ value: Exact, _ currency: Currency) -> String {
        number(value, decimals: Self.minorUnits(currency), trimZeros: false, then: " " + symbol(currency))
    }

    /// How a currency is written after an amount: its code, but the đồng as `₫` in Vietnamese.
    func symbol(_ currency: Currency) -> String {
        language == .vi && currency == "VND" ? "₫" : currency.description
    }

    /// Large money amounts shortened for headlines: `10.2 billion VND`, `10,2 tỷ ₫`.
    public func compactMoney(_ value: Exact, _ currency: Currency) -> String {
        let scales: [(Exact, String, String)] = [
            (1_000_000_000_000, "trillion", "nghìn tỷ"), (1_000_000_000, "billion", "tỷ"), (1_000_000, "million", "triệu"),
        ]
        for (scale, english, vietnamese) in scales where abs(value) >= scale {
            let shown = number(value / scale, decimals: 1)
            let unit = language == .vi ? vietnamese : english
            return "\(shown) \(unit) " + symbol(currency)
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
        number(value, decimals: 1, then: language == .vi ? " giờ" : " h")
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
