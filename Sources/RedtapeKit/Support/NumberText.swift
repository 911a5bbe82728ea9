import Foundation

/// Number formatting by hand: byte-stable on every platform, whatever the locale.
public enum NumberText {
    /// A decimal with a '.' point and no grouping, without trailing zeros (`12.5`, `-3`, `0.125`).
    /// A fraction that does not end in decimals (`1/3`) is written to 38 significant digits.
    public static func plain(_ value: Exact) -> String {
        guard let (numerator, denominator) = value.ratio,
              let (digits, scale) = terminatingDigits(numerator.magnitude, denominator) else {
            return plain(value.decimal.description)
        }
        var text = String(digits)
        if scale > 0 {
            if text.count <= scale { text = String(repeating: "0", count: scale - text.count + 1) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
        }
        return plain((numerator < 0 ? "-" : "") + text)
    }

    /// `numerator / denominator` as digits and a count of decimal places, when the denominator
    /// divides a power of ten (only 2s and 5s) and the digits fit.
    private static func terminatingDigits(_ numerator: UInt128, _ denominator: Int128) -> (UInt128, Int)? {
        var rest = denominator.magnitude
        var twos = 0
        var fives = 0
        while rest % 2 == 0 { rest /= 2; twos += 1 }
        while rest % 5 == 0 { rest /= 5; fives += 1 }
        guard rest == 1 else { return nil }
        let scale = max(twos, fives)
        guard let power = Exact.powerOfTen(scale) else { return nil }
        let (digits, overflow) = numerator.multipliedReportingOverflow(by: UInt128(power) / denominator.magnitude)
        return overflow ? nil : (digits, scale)
    }

    private static func plain(_ written: String) -> String {
        var text = written
        if text.utf8.contains(UInt8(ascii: ".")) {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}

extension Exact {
    /// A number written `[-]digits[.digits]` (no grouping, no exponent), exactly; nil if it is not one
    /// or has more digits than a 128-bit fraction holds.
    public init?(plain text: String) {
        var significand: Int128 = 0
        var fractionDigits = 0
        var inFraction = false
        var sawDigit = false
        var negative = false
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0:
                negative = true
            case UInt8(ascii: ".") where !inFraction:
                inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                let (shifted, overflow) = significand.multipliedReportingOverflow(by: 10)
                let (next, carry) = shifted.addingReportingOverflow(Int128(byte - UInt8(ascii: "0")))
                guard !overflow, !carry else { return nil }
                significand = next
                if inFraction { fractionDigits += 1 }
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        self.init(significand: negative ? -significand : significand, exponent: -fractionDigits)
    }
}
