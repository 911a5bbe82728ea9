import Foundation

/// Values kept once for the whole process, each named by a number: what holds the number holds four
/// plain bytes, copied without counting a reference. Equal values share a number.
///
/// The numbers are handed out in whatever order the cores ask, so nothing may be ordered by them.
/// The table only grows, by what a process meets: a few thousand paths, a handful of wide figures.
final class Interned<Value: Hashable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value] = []
    private var numbers: [Value: UInt32] = [:]

    /// The number of a value, the same each time it is asked for.
    func number(of value: Value) -> UInt32 {
        lock.withLock {
            if let number = numbers[value] { return number }
            let number = UInt32(values.count)
            values.append(value)
            numbers[value] = number
            return number
        }
    }

    func value(_ number: UInt32) -> Value {
        lock.withLock { values[Int(number)] }
    }
}
