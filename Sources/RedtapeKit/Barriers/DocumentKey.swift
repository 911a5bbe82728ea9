/// A document's identity across procedures (`ItemFacts.key`), hashed once, where it is worked out.
///
/// Which procedures ask for each document is gathered over the whole catalog on one thread, while the
/// other core waits: hundreds of thousands of documents for a national catalog, named in Vietnamese,
/// and a string that is not ASCII is normalised each time it is hashed or compared. The hash is taken
/// on the core that examined the file, and keys that are the same bytes are equal without normalising;
/// keys written differently are compared as strings are, so that equality is still the string's.
struct DocumentKey: Hashable, Sendable {
    let text: String
    private let hash: Int

    init(_ text: String) {
        self.text = text
        hash = text.hashValue
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    static func == (a: DocumentKey, b: DocumentKey) -> Bool {
        a.hash == b.hash && (a.text.hasSameBytes(as: b.text) || a.text == b.text)
    }
}
