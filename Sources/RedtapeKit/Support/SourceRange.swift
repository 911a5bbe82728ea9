/// A half-open range of byte offsets in one file.
///
/// The offsets are kept in 32 bits: every token, expression, item and finding carries a range, and
/// half the bytes are half the copying. A file is read only up to `SourceRange.largestFile` bytes.
public struct SourceRange: Hashable, Sendable {
    private let first: UInt32
    private let last: UInt32

    /// The largest file whose offsets a range can hold.
    public static let largestFile = Int(UInt32.max)

    public init(start: Int, end: Int) {
        first = UInt32(clamping: start)
        last = UInt32(clamping: max(start, end))
    }

    public var start: Int { Int(first) }
    public var end: Int { Int(last) }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public static func at(_ offset: Int) -> SourceRange { SourceRange(start: offset, end: offset) }
}

/// Where an item of the model was written: which file, and which bytes of it.
///
/// The file is held by its number in `SourcePaths`, so that a location is plain bytes to copy.
public struct SourceLocation: Hashable, Sendable {
    let fileNumber: UInt32
    public let range: SourceRange

    public init(file: String, range: SourceRange) {
        self.init(fileNumber: SourcePaths.shared.number(of: file), range: range)
    }

    init(fileNumber: UInt32, range: SourceRange) {
        self.fileNumber = fileNumber
        self.range = range
    }

    /// The path as the user named it.
    public var file: String { SourcePaths.shared.value(fileNumber) }

    /// Whether both were written in the same file.
    func isInSameFile(as other: SourceLocation) -> Bool { fileNumber == other.fileNumber }
}
