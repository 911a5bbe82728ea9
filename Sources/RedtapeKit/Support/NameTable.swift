/// Values by name, for the few names of one procedure: its documents, steps and fees.
///
/// A procedure declares a handful of items, and hashing a name costs more than comparing it with
/// ten others, so a small table is searched in order; past `indexedFrom` entries it keeps a
/// dictionary too, so that a procedure of thousands of items is not searched quadratically.
struct NameTable<Value> {
    static var indexedFrom: Int { 32 }

    private(set) var names: [String] = []
    private(set) var values: [Value] = []
    private var index: [String: Int]?

    subscript(name: String) -> Value? {
        position(of: name).map { values[$0] }
    }

    func contains(_ name: String) -> Bool {
        position(of: name) != nil
    }

    /// Adds the name with its value, or replaces the value of a name already there.
    mutating func set(_ name: String, _ value: Value) {
        if let position = position(of: name) {
            values[position] = value
            return
        }
        if names.isEmpty {
            // Room for a procedure's usual few items at once, rather than growing through 1, 2, 4 and 8.
            names.reserveCapacity(8)
            values.reserveCapacity(8)
        }
        names.append(name)
        values.append(value)
        if index != nil {
            index![name] = names.count - 1
        } else if names.count == Self.indexedFrom {
            index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private func position(of name: String) -> Int? {
        if let index { return index[name] }
        return names.firstIndex(of: name)
    }
}

extension NameTable: Sendable where Value: Sendable {}

extension NameTable where Value == Void {
    /// Names alone, as a set of them.
    mutating func insert(_ name: String) {
        set(name, ())
    }
}
