import Foundation
import Testing
@testable import RedtapeKit

@Suite("Lines and columns of a source file")
struct SourceFileTests {
    /// "a\n" ends line 1 at offset 2; "bé\r\n" is 5 bytes (é is two), so line 3 starts at 7; the
    /// empty line 3 ends at 8, and the last line, "c", has no line break.
    @Test("each line starts after a line break, whatever the bytes before it")
    func lineStarts() {
        let file = SourceFile(path: "t", text: "a\nbé\r\n\nc")
        #expect(file.lineStarts == [0, 2, 7, 8])
        #expect(file.lineText(2) == "bé")
        #expect(file.lineText(3) == "")
        #expect(file.position(of: 8) == SourcePosition(line: 4, column: 1))
        #expect(file.position(of: 5) == SourcePosition(line: 2, column: 3))
        #expect(SourceFile(path: "t", text: "").lineStarts == [0])
        #expect(SourceFile(path: "t", text: "\n").lineStarts == [0, 1])
        #expect(SourceFile(path: "t", text: "x\n\n").lineStarts == [0, 2, 3])
    }

    /// A line of 10,000 bytes between two short ones: the search for breaks must not stop short.
    @Test("a long line is stepped over whole")
    func longLine() {
        let file = SourceFile(path: "t", text: "a\n" + String(repeating: "x", count: 10_000) + "\nb")
        #expect(file.lineStarts == [0, 2, 10_003])
    }

    /// A location names its file by number: the same path, read twice, is one file; another path is
    /// another; and the path comes back as it was named, accents and all.
    @Test("locations name their file by a number shared by equal paths")
    func locationsByPathNumber() {
        let range = SourceRange(start: 3, end: 7)
        let first = SourceFile(path: "tỉnh/a.ruleset", text: "x").location(range)
        let again = RedtapeKit.SourceLocation(file: "tỉnh/a.ruleset", range: range)
        let other = RedtapeKit.SourceLocation(file: "tỉnh/b.ruleset", range: range)
        #expect(first == again)
        #expect(first.hashValue == again.hashValue)
        #expect(first != other)
        #expect(!first.isInSameFile(as: other))
        #expect(first.file == "tỉnh/a.ruleset")
        #expect(other.file == "tỉnh/b.ruleset")
        #expect(_isPOD(RedtapeKit.SourceLocation.self))
    }

    /// Offsets are kept in 32 bits: a range is 8 bytes and a token 12. An offset past 4 GiB cannot
    /// come from a file that was read, but a range made from one stays a range instead of trapping.
    @Test("ranges and tokens keep their offsets in 32 bits")
    func offsetsIn32Bits() {
        #expect(MemoryLayout<SourceRange>.size == 8)
        #expect(MemoryLayout<Token>.stride == 12)
        let range = SourceRange(start: 5, end: 3)
        #expect(range.start == 5 && range.end == 5)
        let far = SourceRange(start: SourceRange.largestFile + 10, end: SourceRange.largestFile + 20)
        #expect(far.start == SourceRange.largestFile && far.end == SourceRange.largestFile)
    }

    /// A sparse file just past the limit takes no space on disk: it is refused before it is read,
    /// with what to do.
    @Test("a file past 4 GiB is refused before it is read")
    func fileTooLarge() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("huge-\(UUID().uuidString).ruleset").path
        try Data().write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(SourceRange.largestFile) + 1)
        try handle.close()
        guard case .failure(let failure) = FileSystemReader().read(path) else {
            Issue.record("a file past the limit was read")
            return
        }
        #expect(failure.reason == "it is larger than 4 GiB")
        #expect(failure.help == "split its procedures into several files")
    }
}
