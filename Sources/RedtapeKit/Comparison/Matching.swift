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
    ///
    /// An item takes a free item of its id; when there are several (a catalog whose files each
    /// declare a procedure of the same id), the one in the same `place` if one is, else the first.
    static func pair<Item>(_ before: [Item], _ after: [Item], id: (Item) -> String, place: ((Item) -> String)? = nil,
                           keys: [(Item) -> String?]) -> [Pair<Item>] {
        var taken = [Bool](repeating: false, count: after.count)
        // A procedure's few documents or steps are searched, which costs less than hashing their ids;
        // a catalog's procedures are hashed: the first item after of each id, and after each item the
        // next one of its id.
        let indexed = after.count > Self.searchedUpTo
        var firstByID: [String: Int] = [:]
        var nextOfID = [Int](repeating: -1, count: indexed ? after.count : 0)
        if indexed {
            for index in after.indices.reversed() {
                let key = id(after[index])
                nextOfID[index] = firstByID[key] ?? -1
                firstByID[key] = index
            }
        }
        func freeMatch(for item: Item) -> Int? {
            let wanted = id(item)
            var first = -1
            // The item's own place, asked only when two free items share its id.
            var home: String?
            var index = indexed ? firstByID[wanted] ?? -1 : 0
            while index >= 0, index < after.count {
                if !taken[index], indexed || id(after[index]) == wanted {
                    guard let place else { return index }
                    if first < 0 {
                        first = index
                    } else {
                        if home == nil {
                            home = place(item)
                            if place(after[first]) == home { return first }
                        }
                        if place(after[index]) == home { return index }
                    }
                }
                index = indexed ? nextOfID[index] : index + 1
            }
            return first < 0 ? nil : first
        }
        var pairs: [Pair<Item>] = []
        pairs.reserveCapacity(max(before.count, after.count))
        var pending: [Int] = []
        for (index, item) in before.enumerated() {
            if let match = freeMatch(for: item) {
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
