/// A text as a dictionary key by its bytes, for the few names met over and over in a catalog.
///
/// Hashing or comparing a `String` that is not ASCII normalises it first, and the names a catalog is
/// grouped by (sectors, in Vietnamese) or documents are known by are met once a procedure or more.
/// Two spellings of one string in other bytes are two keys here: a caller that needs the string's
/// equality merges them after, or works out the same thing for each.
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
