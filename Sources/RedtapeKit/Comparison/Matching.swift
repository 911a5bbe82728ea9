/// Pairs what stands in two drafts: procedures by id, then by code, then by name; documents, steps
/// and fees by id, then by name (or a document's form), so that a renamed item reads as a rename.
enum Matching {
    struct Pair<Item> {
        let before: Item?
        let after: Item?
        /// Paired by something other than the id: a rename.
        let renamed: Bool
    }

    /// Pairs two lists in order: every item appears once, paired or alone.
    static func pair<Item>(_ before: [Item], _ after: [Item], id: (Item) -> String,
                           keys: [(Item) -> String?]) -> [Pair<Item>] {
        var pairs: [Pair<Item>] = []
        var unmatchedAfter = Array(after.indices)
        var afterByID: [String: Int] = [:]
        for index in after.indices where afterByID[id(after[index])] == nil { afterByID[id(after[index])] = index }
        var pending: [Int] = []
        for (index, item) in before.enumerated() {
            if let match = afterByID[id(item)], let position = unmatchedAfter.firstIndex(of: match) {
                unmatchedAfter.remove(at: position)
                pairs.append(Pair(before: item, after: after[match], renamed: false))
            } else {
                pending.append(index)
            }
        }
        var stillPending: [Int] = []
        for index in pending {
            let item = before[index]
            let match = keys.lazy.compactMap { key -> Int? in
                guard let value = key(item) else { return nil }
                return unmatchedAfter.first { key(after[$0]) == value }
            }.first
            if let match, let position = unmatchedAfter.firstIndex(of: match) {
                unmatchedAfter.remove(at: position)
                pairs.append(Pair(before: item, after: after[match], renamed: true))
            } else {
                stillPending.append(index)
            }
        }
        pairs += stillPending.map { Pair(before: before[$0], after: nil, renamed: false) }
        pairs += unmatchedAfter.map { Pair(before: nil, after: after[$0], renamed: false) }
        return pairs
    }

    static func normalised(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
