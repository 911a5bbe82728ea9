import Foundation

/// The values of `Exact` too wide for sixteen bytes, each kept once for the whole process and named
/// by its number.
///
/// A national catalog holds a handful of them (long chains of discount factors), so the lock is
/// seldom taken. The table only grows: an editing session adds the distinct wide values it computes,
/// a few bytes each.
final class WideValues: @unchecked Sendable {
    static let shared = WideValues()

    private let lock = NSLock()
    private var values: [Exact.Wide] = []
    private var numbers: [Exact.Wide: UInt32] = [:]

    /// The number of a value, the same each time it is asked for.
    func number(of value: Exact.Wide) -> UInt32 {
        lock.withLock {
            if let number = numbers[value] { return number }
            let number = UInt32(values.count)
            values.append(value)
            numbers[value] = number
            return number
        }
    }

    func value(_ number: UInt32) -> Exact.Wide {
        lock.withLock { values[Int(number)] }
    }
}
