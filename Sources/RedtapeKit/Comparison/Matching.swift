/// Pairs what stands in two drafts: procedures by id, then by code, then by name; documents, steps
/// and fees by id, then by name (or a document's form), so that a renamed item reads as a rename.
enum Matching {
    struct Pair<Item> {
        let before: Item?
        let after: Item?
        /// Paired by something other than the id: a rename.
        let renamed: Bool
    }

    /// Pairs two lists in order: every item appears once, paired or alone. Linear in the items, so that
    /// two national catalogs pair as quickly as two files.
    static func pair<Item>(_ before: [Item], _ after: [Item], id: (Item) -> String,
                           keys: [(Item) -> String?]) -> [Pair<Item>] {
        var taken = [Bool](repeating: false, count: after.count)
        // The first item after of each id. A procedure's few documents or steps are searched, which
        // costs less than hashing their ids; a catalog's procedures are hashed.
        let afterByID: [String: Int]? = after.count <= Self.searchedUpTo ? nil
            : after.indices.reduce(into: [:]) { byID, index in
                if byID[id(after[index])] == nil { byID[id(after[index])] = index }
            }
        func firstAfter(withID wanted: String) -> Int? {
            if let afterByID { return afterByID[wanted] }
            return after.firstIndex { id($0) == wanted }
        }
        var pairs: [Pair<Item>] = []
        pairs.reserveCapacity(max(before.count, after.count))
        var pending: [Int] = []
        for (index, item) in before.enumerated() {
            if let match = firstAfter(withID: id(item)), !taken[match] {
                taken[match] = true
                pairs.append(Pair(before: item, after: after[match], renamed: false))
            } else {
                pending.append(index)
            }
        }
        // What the ids did not pair, each other key tries in turn, first come first served.
        for key in keys where !pending.isEmpty {
            var afterByKey: [String: [Int]] = [:]
            for index in after.indices where !taken[index] {
                if let value = key(after[index]) { afterByKey[value, default: []].append(index) }
            }
            var stillPending: [Int] = []
            for index in pending {
                let candidates = key(before[index]).flatMap { afterByKey[$0] } ?? []
                if let match = candidates.first(where: { !taken[$0] }) {
                    taken[match] = true
                    pairs.append(Pair(before: before[index], after: after[match], renamed: true))
                } else {
                    stillPending.append(index)
                }
            }
            pending = stillPending
        }
        pairs += pending.map { Pair(before: before[$0], after: nil, renamed: false) }
        pairs += after.indices.filter { !taken[$0] }.map { Pair(before: nil, after: after[$0], renamed: false) }
        return pairs
    }

    /// Lists up to this long are searched for an id rather than indexed.
    static let searchedUpTo = 16

    static func normalised(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Matching.Pair: Sendable where Item: Sendable {}
