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
