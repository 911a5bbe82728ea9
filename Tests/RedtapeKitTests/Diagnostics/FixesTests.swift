import Testing
@testable import RedtapeKit

@Suite("Fixes applied together")
struct FixesTests {
    static let path = "/fixes/a.ruleset"
    static let text = Array("abcdefghij".utf8)

    static func diagnostic(_ start: Int, _ end: Int, _ replacements: String..., path: String = path) -> Diagnostic {
        Diagnostic(.error, .wrongArguments, "m", at: SourceLocation(file: path, range: SourceRange(start: start, end: end)),
                   fixIts: replacements.map { Diagnostic.FixIt("f", range: SourceRange(start: start, end: end), replacement: $0) })
    }

    /// Offsets in "abcdefghij": 1..<3 is "bc", 6..<8 "gh". Applied from the end, so that the first
    /// fix's offsets still hold: "a" + "X" + "def" + "YY" + "ij".
    @Test("fixes apart are all applied, in the file's order, whatever order they came in")
    func apart() {
        let fixes = Fixes([Self.diagnostic(6, 8, "YY"), Self.diagnostic(1, 3, "X")], to: Self.text, path: Self.path)
        #expect(String(decoding: fixes.bytes, as: UTF8.self) == "aXdefYYij")
        #expect(fixes.applied.map(\.location.range.start) == [1, 6])
    }

    /// 2..<5 overlaps 1..<3: only the first in the file is applied. An insertion at 3, where the
    /// first ends, touches none of it. A diagnostic offering two fixes, and one in another file,
    /// are left alone.
    @Test("of fixes that overlap, only the first is applied; alternatives and other files are left")
    func overlapping() {
        let fixes = Fixes([Self.diagnostic(1, 3, "X"), Self.diagnostic(2, 5, "Z"), Self.diagnostic(3, 3, "+"),
                           Self.diagnostic(8, 9, "P", "Q"), Self.diagnostic(0, 1, "W", path: "/fixes/b.ruleset")],
                          to: Self.text, path: Self.path)
        #expect(String(decoding: fixes.bytes, as: UTF8.self) == "aX+defghij")
        #expect(fixes.applied.count == 2)
    }
}
