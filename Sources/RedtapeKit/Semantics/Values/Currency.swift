/// An ISO 4217 currency code such as `VND` or `EUR`: three capital letters.
///
/// Held as its three bytes rather than as a `String`, so that a `Unit`, and so every `Estimate` of
/// the cost model, is plain bytes: copied as bytes, with no reference to count in and out, at every
/// step of a national catalog's arithmetic.
public struct Currency: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The letters, the first in the high byte, so that codes compare in alphabetical order.
    private let letters: UInt32

    /// The code written in `bytes`; nil unless they are three capital letters.
    public init?(_ bytes: some Collection<UInt8>) {
        guard UnitWords.isCurrencyCode(bytes) else { return nil }
        letters = bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    public init?(_ text: String) {
        self.init(text.utf8)
    }

    /// A code written in the source: `"VND"`. Anything but three capital letters is a mistake there.
    public init(stringLiteral code: StaticString) {
        guard let currency = code.withUTF8Buffer({ Currency($0) }) else {
            preconditionFailure("'\(code)' is not a currency code")
        }
        self = currency
    }

    public var description: String {
        String(decoding: [UInt8(letters >> 16), UInt8(truncatingIfNeeded: letters >> 8), UInt8(truncatingIfNeeded: letters)],
               as: UTF8.self)
    }

    public static func < (a: Currency, b: Currency) -> Bool {
        a.letters < b.letters
    }
}
