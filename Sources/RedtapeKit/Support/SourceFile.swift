import Foundation

/// The bytes of one ruleset file, with the table that turns byte offsets into lines and columns.
///
/// Tokens and syntax nodes carry byte offsets only; line and column are worked out here,
/// when a diagnostic or a report needs them, so lexing stays a single pass over bytes.
public struct SourceFile: Sendable {
    /// The path as the user named it (relative paths stay relative, so messages match what they typed).
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; line 1 starts at 0.
    public let lineStarts: [Int]
    /// The path's number in `SourcePaths`, which every location in the file carries.
    let pathNumber: UInt32

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.pathNumber = SourcePaths.shared.number(of: path)
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        // Every file of a catalog is read so: `memchr` steps over a line many bytes at a time.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
                offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
                starts.append(offset)
            }
        }
        self.lineStarts = starts
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Where a range of the file is, as the model records it.
    public func location(_ range: SourceRange) -> SourceLocation {
        SourceLocation(fileNumber: pathNumber, range: range)
    }

    /// The 1-based line and column of a byte offset; columns count Unicode scalars, as editors do.
    public func position(of offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        var column = 1
        var index = lineStart
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: low + 1, column: column)
    }

    /// The text of a 1-based line, without its line break (and without a trailing carriage return).
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The source text between two byte offsets.
    public func text(_ range: SourceRange) -> String {
        let start = max(0, min(range.start, bytes.count))
        let end = max(start, min(range.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A 1-based line and column.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}
