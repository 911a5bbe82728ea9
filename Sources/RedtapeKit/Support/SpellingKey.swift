/// A text as a dictionary key by its bytes, for grouping many values under a few names.
///
/// Hashing or comparing a `String` that is not ASCII normalises it first, and the names a catalog is
/// grouped by (sectors, in Vietnamese) are met once a procedure. Two spellings of one string in other
/// bytes are two keys here: a caller that needs the string's equality merges them after, once a name.
struct SpellingKey: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    static func == (a: SpellingKey, b: SpellingKey) -> Bool {
        a.text.hasSameBytes(as: b.text)
    }
}
