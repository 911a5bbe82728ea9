import Foundation

/// Results a command keeps until the process ends instead of freeing them.
///
/// The assessments, findings and comparisons of a national catalog are millions of objects: freeing
/// them one by one as a command returned took seconds of a `diff`, just before the process ended
/// and the system took its memory back at once.
enum UntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ values: Any...) {
        lock.withLock { kept += values }
    }
}
