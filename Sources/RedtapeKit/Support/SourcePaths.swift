import Foundation

/// The paths of the files a process reads, each kept once and named by its number.
///
/// Every item, amount and reference of the model says where it was written; a path held as a
/// `String` in each was a reference counted on every copy and release, millions of times over a
/// national catalog. A location holds the number instead. The numbers are handed out in whatever
/// order the cores reach the files, so nothing is ever ordered by them; equal paths share one.
final class SourcePaths: @unchecked Sendable {
    static let shared = SourcePaths()

    private let lock = NSLock()
    private var paths: [String] = []
    private var numbers: [String: UInt32] = [:]

    /// The number of a path, the same each time it is asked for.
    func number(of path: String) -> UInt32 {
        lock.withLock {
            if let number = numbers[path] { return number }
            let number = UInt32(paths.count)
            paths.append(path)
            numbers[path] = number
            return number
        }
    }

    func path(_ number: UInt32) -> String {
        lock.withLock { paths[Int(number)] }
    }
}
