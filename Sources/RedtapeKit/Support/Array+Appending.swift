extension Array {
    /// `self + other`, without a new array when either side is empty: `+` makes one even for
    /// `[] + []`, and the checker and the cost model join a few short lists for every item of a catalog.
    func appending(_ other: [Element]) -> [Element] {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return self + other
    }
}

extension Array {
    /// Appends, making room for a procedure's usual few items at the first: an array grown from
    /// empty is made anew at one, two, four and eight elements, and a catalog has a million of them.
    mutating func appendMakingRoom(_ element: Element) {
        if isEmpty { reserveCapacity(8) }
        append(element)
    }
}
