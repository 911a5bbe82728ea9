/// The fixes a file's diagnostics offer, applied together: what `redtape fmt --fix` writes.
///
/// Only a diagnostic that offers exactly one fix is mended; several are alternatives (a name that
/// may be either of two), for the drafter to choose. Two fixes that touch the same text are never
/// both applied: the first in the file is, and the other is left for the next check to offer again
/// on the mended text.
public struct Fixes: Sendable {
    /// The mended text.
    public let bytes: [UInt8]
    /// The diagnostics whose fix was applied, in the order of the file.
    public let applied: [Diagnostic]

    /// Applies the fixes of `diagnostics` that lie in the file at `path`, whose text is `bytes`.
    public init(_ diagnostics: [Diagnostic], to bytes: [UInt8], path: String) {
        let fileNumber = SourcePaths.shared.number(of: path)
        let offered = diagnostics
            .filter { $0.location.fileNumber == fileNumber && $0.fixIts.count == 1 }
            .sorted { ($0.fixIts[0].range.start, $0.fixIts[0].range.end) < ($1.fixIts[0].range.start, $1.fixIts[0].range.end) }
        var chosen: [Diagnostic] = []
        var end = -1
        for diagnostic in offered {
            let range = diagnostic.fixIts[0].range
            // An insertion at the very point another fix ends still overlaps nothing of it.
            guard range.start > end || (range.start == end && range.end == end),
                  range.end <= bytes.count else { continue }
            chosen.append(diagnostic)
            end = range.end
        }
        var mended = bytes
        for diagnostic in chosen.reversed() {
            let fix = diagnostic.fixIts[0]
            mended.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
        }
        self.bytes = mended
        applied = chosen
    }
}
