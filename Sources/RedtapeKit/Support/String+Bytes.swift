import Foundation

extension String {
    /// Whether the two strings are the same bytes: a sufficient test of equality, and a quick one
    /// where `==` would normalise a text that is not ASCII before comparing.
    func hasSameBytes(as other: String) -> Bool {
        let compared: Bool?? = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
        return compared.flatMap { $0 } ?? utf8.elementsEqual(other.utf8)
    }
}

extension Array where Element == UInt8 {
    /// A text's UTF-8 bytes, copied at once where the string holds them side by side, as native
    /// strings do. Reports write millions of pieces: appending to a `String` checks and updates its
    /// count and flags at every piece, which costs several times the copy.
    mutating func append(text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }

    /// A whole number's decimal digits, without a text made for them.
    mutating func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        repeat {
            append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }
}
