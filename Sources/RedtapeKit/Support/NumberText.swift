import Foundation

/// Number formatting by hand: byte-stable on every platform, whatever the locale.
public enum NumberText {
    /// A decimal with a '.' point and no grouping, without trailing zeros (`12.5`, `-3`, `0.125`).
    public static func plain(_ value: Decimal) -> String {
        var text = value.description
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
