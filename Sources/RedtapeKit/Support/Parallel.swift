import Dispatch

/// Maps independent work over all cores, keeping the input's order, so that results are the same
/// bytes whether they were computed on one core or many.
public enum Parallel {
    /// Every caller maps whole files (parsing, checking, assessing one), work enough to share from two
    /// items up: a batch of 32 files on two cores takes half the time it takes on one.
    public static func map<Input: Sendable, Output: Sendable>(_ items: [Input], serial: Bool = false,
                                                            _ transform: @Sendable (Input) -> Output) -> [Output] {
        if serial || items.count < 2 { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            // The slots hold values (syntax trees, assessments): release them, not just the memory.
            _ = results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes its own slot only, so the slots never race.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots[index] = transform(items[index])
        }
        return results.map { $0! }
    }

    /// Maps many small items (a report's rows, say), each too little work to share alone, over all
    /// cores a slice of `size` at a time, keeping the input's order.
    public static func map<Input: Sendable, Output: Sendable>(_ items: [Input], slicesOf size: Int,
                                                            _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard items.count > size else { return items.map(transform) }
        return map(ranges(items.count, size: size)) { items[$0].map(transform) }.flatMap { $0 }
    }

    /// `0..<count` cut into consecutive ranges of `size` (the last one shorter): the same slices
    /// whatever the number of cores, so that work summed slice by slice gives the same result.
    public static func ranges(_ count: Int, size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}
