import Testing
@testable import RedtapeKit

@Suite("Pairing the items of two drafts")
struct MatchingTests {
    struct Item: Equatable {
        let id: String
        let name: String?
        var place = ""
    }

    /// Pairs as the definition says: each item before takes, of the free items after of its id, the
    /// first in its own place (when places are compared), else the first; what is left, the first free
    /// item after of the same name.
    static func expected(_ before: [Item], _ after: [Item], places: Bool) -> [(Item?, Item?, Bool)] {
        var taken = [Bool](repeating: false, count: after.count)
        var pairs: [(Item?, Item?, Bool)] = []
        var pending: [Item] = []
        for item in before {
            let free = after.indices.filter { !taken[$0] && after[$0].id == item.id }
            if let match = (places ? free.first { after[$0].place == item.place } : nil) ?? free.first {
                taken[match] = true
                pairs.append((item, after[match], false))
            } else {
                pending.append(item)
            }
        }
        var left: [Item] = []
        for item in pending {
            if let name = item.name, let match = after.indices.first(where: { !taken[$0] && after[$0].name == name }) {
                taken[match] = true
                pairs.append((item, after[match], true))
            } else {
                left.append(item)
            }
        }
        return pairs + left.map { ($0, nil, false) } + after.indices.filter { !taken[$0] }.map { (nil, after[$0], false) }
    }

    /// Lists short enough to be searched and long enough to be indexed, with ids and names repeated.
    @Test("pairs are the same whether the ids are searched or indexed", arguments: [0, 1, 5, 16, 17, 40])
    func searchedOrIndexed(_ size: Int) {
        var random = SeededRandom(seed: UInt64(size) + 3)
        for _ in 0..<50 {
            func items() -> [Item] {
                (0..<size).map { _ in
                    Item(id: "i\(random.next(below: max(size, 1) + 2))",
                         name: random.next(below: 4) == 0 ? nil : "n\(random.next(below: max(size / 2, 1) + 1))",
                         place: "f\(random.next(below: 3))")
                }
            }
            let (before, after) = (items(), items())
            for places in [false, true] {
                let pairs = Matching.pair(before, after, id: \.id, place: places ? { $0.place } : nil, keys: [{ $0.name }])
                let wanted = Self.expected(before, after, places: places)
                #expect(pairs.count == wanted.count)
                for (pair, want) in zip(pairs, wanted) {
                    #expect(pair.before == want.0 && pair.after == want.1 && pair.renamed == want.2)
                }
            }
        }
    }
}
