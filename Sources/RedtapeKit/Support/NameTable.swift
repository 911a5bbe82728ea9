/// The names of one procedure's items, in the order first given: its documents, steps and fees.
///
/// A procedure declares a handful of items, and hashing a name costs more than comparing it with
/// ten others, so the names are searched in order; past `indexedFrom` names a dictionary is kept
/// too, so that a procedure of thousands of items is not searched quadratically.
struct NameSet {
    static var indexedFrom: Int { 32 }

    private(set) var names: [String] = []
    private var index: [String: Int]?

    func contains(_ name: String) -> Bool {
        position(of: name) != nil
    }

    func position(of name: String) -> Int? {
        if let index { return index[name] }
        return names.firstIndex(of: name)
    }

    /// Adds the name unless it is there; whether it was added, and its position either way.
    @discardableResult
    mutating func insert(_ name: String) -> (inserted: Bool, position: Int) {
        if let position = position(of: name) { return (false, position) }
        names.appendMakingRoom(name)
        if index != nil {
            index![name] = names.count - 1
        } else if names.count == Self.indexedFrom {
            index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return (true, names.count - 1)
    }
}

/// Values by name, for the few names of one procedure (see `NameSet`).
struct NameTable<Value> {
    private var keys = NameSet()
    private(set) var values: [Value] = []

    var names: [String] { keys.names }

    subscript(name: String) -> Value? {
        keys.position(of: name).map { values[$0] }
    }

    func contains(_ name: String) -> Bool {
        keys.contains(name)
    }

    /// Adds the name with its value, or replaces the value of a name already there.
    mutating func set(_ name: String, _ value: Value) {
        let (inserted, position) = insert(name, value)
        if !inserted { values[position] = value }
    }

    /// Adds the name with `value` unless it is there, and where it is either way: one search, where
    /// reading a name's value and then setting it takes two. The position reads and changes the value
    /// in place (`self[position:]`).
    mutating func insert(_ name: String, _ value: @autoclosure () -> Value) -> (inserted: Bool, position: Int) {
        let (inserted, position) = keys.insert(name)
        if inserted { values.appendMakingRoom(value()) }
        return (inserted, position)
    }

    subscript(position position: Int) -> Value {
        get { values[position] }
        set { values[position] = newValue }
    }
}

extension NameSet: Sendable {}
extension NameTable: Sendable where Value: Sendable {}
