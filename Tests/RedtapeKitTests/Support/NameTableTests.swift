import Testing
@testable import RedtapeKit

@Suite("Name tables")
struct NameTableTests {
    /// The table answers as a dictionary would, below and past the size at which it starts indexing,
    /// for names set once, set again, and never set; a set of the same names, as a set of the keys would.
    @Test("a name table agrees with a dictionary", arguments: [0, 5, 31, 32, 33, 100])
    func agreesWithDictionary(_ size: Int) {
        var random = SeededRandom(seed: UInt64(size) + 1)
        var table = NameTable<Int>()
        var dictionary: [String: Int] = [:]
        for step in 0..<(size * 2) {
            let name = "n\(random.next() % UInt64(max(size, 1)))"
            table.set(name, step)
            dictionary[name] = step
        }
        #expect(table.names.count == dictionary.count)
        for probe in 0..<(size + 10) {
            let name = "n\(probe)"
            #expect(table[name] == dictionary[name])
            #expect(table.contains(name) == (dictionary[name] != nil))
        }
        #expect(Set(table.names) == Set(dictionary.keys))
        var set = NameSet()
        for name in table.names.reversed() { set.insert(name) }
        for probe in 0..<(size + 10) {
            let name = "n\(probe)"
            #expect(set.contains(name) == (dictionary[name] != nil))
            #expect(set.position(of: name).map { set.names[$0] } == (dictionary[name] != nil ? name : nil))
        }
        #expect(set.names == table.names.reversed())
    }

    /// Counting by `insert` and the position it gives: a name added starts at 1, a name found is
    /// counted up in place; the counts are a dictionary's, the flags say which names were new.
    @Test("a name inserted or found is counted in place as a dictionary counts it", arguments: [5, 40])
    func countsInPlace(_ size: Int) {
        var random = SeededRandom(seed: UInt64(size))
        var table = NameTable<Int>()
        var set = NameSet()
        var dictionary: [String: Int] = [:]
        for _ in 0..<(size * 3) {
            let name = "n\(random.next() % UInt64(size))"
            let (inserted, position) = table.insert(name, 1)
            #expect(inserted == (dictionary[name] == nil))
            #expect(set.insert(name) == (inserted, position))
            if !inserted { table[position: position] += 1 }
            dictionary[name, default: 0] += 1
        }
        for name in dictionary.keys { #expect(table[name] == dictionary[name]) }
        #expect(table.names == set.names)
    }

    @Test("names keep the order they were first set in")
    func order() {
        var table = NameTable<String>()
        for name in ["b", "a", "c", "a"] { table.set(name, name.uppercased()) }
        #expect(table.names == ["b", "a", "c"])
        #expect(table.values == ["B", "A", "C"])
    }
}
