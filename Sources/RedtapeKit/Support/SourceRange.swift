/// A half-open range of byte offsets in one file.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public static func at(_ offset: Int) -> SourceRange { SourceRange(start: offset, end: offset) }
}

/// Where an item of the model was written: which file, and which bytes of it.
public struct SourceLocation: Hashable, Sendable {
    public let file: String
    public let range: SourceRange
    public init(file: String, range: SourceRange) {
        self.file = file
        self.range = range
    }
}
