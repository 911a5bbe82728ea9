/// Which procedures ask for each document, gathered a procedure at a time and settled once all are in.
///
/// A document every procedure asks for (an identity card, say) is asked for a hundred thousand times
/// in a national catalog. Each asking is recorded as the procedure's number appended to the
/// document's list, and the procedures are told apart once, when the lists are settled, instead of
/// in a set per document that grows with every procedure added.
struct DocumentAskers: Sendable {
    /// Each procedure id's number, in the order first added, and the ids by number.
    private var numbers: [String: Int] = [:]
    private var ids: [String] = []
    /// The numbers of the procedures asking for each document, in the order added.
    private var askers: [DocumentKey: [Int]] = [:]

    /// Records that a procedure asks for the documents with these identities, each named once
    /// (as `uniqued()` gives them).
    mutating func add(_ procedure: String, asking keys: [DocumentKey]) {
        guard !keys.isEmpty else { return }
        let number = numbers[procedure] ?? {
            ids.append(procedure)
            numbers[procedure] = ids.count - 1
            return ids.count - 1
        }()
        for key in keys { askers[key, default: []].append(number) }
    }

    /// The documents that more than one procedure asks for.
    func shared() -> [DocumentKey: SharedDocument] {
        // The document last counting each procedure: a procedure is counted once for a document
        // however many drafts of it ask for the document.
        var lastCounted = Array(repeating: -1, count: ids.count)
        var shared: [DocumentKey: SharedDocument] = [:]
        for (index, (key, numbers)) in askers.enumerated() where numbers.count > 1 {
            var count = 0
            var sample: [String] = []
            for number in numbers where lastCounted[number] != index {
                lastCounted[number] = index
                count += 1
                if sample.count < SharedDocument.sampleSize { sample.append(ids[number]) }
            }
            if count > 1 { shared[key] = SharedDocument(count: count, sample: sample) }
        }
        return shared
    }
}

/// The procedures of a catalog that ask for one document: how many, and the first few of them
/// (enough to name some in a message). Procedures are told apart by id, so two drafts of one
/// procedure (before and after) do not count as two procedures asking.
struct SharedDocument: Sendable {
    static let sampleSize = 6

    let count: Int
    let sample: [String]
    /// What `others(than:)` says for a procedure outside the sample, as most are: written once, for
    /// every finding on the document (a document every procedure asks for has a finding in each).
    private let othersThanUnsampled: Finding.Detail?

    init(count: Int, sample: [String]) {
        self.count = count
        self.sample = sample
        othersThanUnsampled = Self.others(count: count, named: sample.prefix(5))
    }

    /// The other procedures asking for the document (`also asked for by: a, b and 12 more`), leaving
    /// out `procedure` itself.
    func others(than procedure: String) -> Finding.Detail? {
        guard sample.contains(procedure) else { return othersThanUnsampled }
        return Self.others(count: count, named: sample.filter { $0 != procedure }.prefix(5))
    }

    private static func others(count: Int, named: ArraySlice<String>) -> Finding.Detail? {
        guard !named.isEmpty else { return nil }
        return .alsoAskedBy(named.joined(separator: ", "), more: count - 1 - named.count)
    }
}
