import Dispatch

/// Maps independent work over all cores, keeping the input's order, so that results are the same
/// bytes whether they were computed on one core or many.
public enum Parallel {
    /// Below this many items the work runs on the calling thread: starting threads would cost more.
    static let threshold = 64

    public static func map<Input: Sendable, Output: Sendable>(_ items: [Input], serial: Bool = false,
                                                            _ transform: @Sendable (Input) -> Output) -> [Output] {
        if serial || items.count < threshold { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        // Each iteration writes its own slot only, so the slots never race.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots[index] = transform(items[index])
        }
        return results.map { $0! }
    }
}
