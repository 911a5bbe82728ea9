extension Array where Element: Hashable {
    /// The elements in order, each only the first time it occurs.
    ///
    /// A procedure asks for a handful of documents: comparing each with those kept is cheaper than
    /// hashing them into a set, which is left for longer lists.
    func uniqued() -> [Element] {
        guard count > 16 else {
            var kept: [Element] = []
            kept.reserveCapacity(count)
            for element in self where !kept.contains(element) { kept.append(element) }
            return kept
        }
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
