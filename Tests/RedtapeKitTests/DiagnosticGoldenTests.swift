import Foundation
import Testing
@testable import RedtapeKit

/// Each invalid fixture is checked and its rendered diagnostics compared with the golden file beside it.
/// A fixture is a `.ruleset` file in Fixtures/invalid, or a folder there whose `main.ruleset` imports
/// others, or, with no `main.ruleset`, whose files are all checked together.
@Suite("Diagnostics of invalid rulesets")
struct DiagnosticGoldenTests {
    static let folder = Paths.fixtures + "/invalid"

    static var fixtures: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".ruleset") || !$0.contains(".") }.sorted()
    }

    /// Renders what `redtape check` prints for a fixture, with machine-specific paths made neutral.
    static func render(_ fixture: String) -> String {
        let (workspace, diagnostics) = check(paths(of: fixture))
        let renderer = DiagnosticRenderer(files: workspace.files)
        return renderer.render(diagnostics)
            .replacingOccurrences(of: folder + "/", with: "")
            .replacingOccurrences(of: Paths.repository, with: "<project>")
    }

    /// The files a fixture checks: the file, a folder's `main.ruleset`, or all of a folder's files.
    static func paths(of fixture: String) -> [String] {
        let path = folder + "/" + fixture
        guard !fixture.hasSuffix(".ruleset") else { return [path] }
        if FileManager.default.fileExists(atPath: path + "/main.ruleset") { return [path + "/main.ruleset"] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".ruleset") }.sorted().map { path + "/" + $0 }
    }

    /// What `check` finds: the problems of the text, and, once the catalog is assessed, those of its
    /// barrier rules, settings and thresholds.
    static func check(_ paths: [String], reader: some SourceReader = FileSystemReader()) -> (Workspace, [Diagnostic]) {
        let scan = CatalogScan.run(paths, keeping: .figures, reader: reader)
        return (scan.workspace, scan.diagnostics)
    }

    @Test("there are at least 40 invalid inputs")
    func enoughFixtures() {
        #expect(Self.fixtures.count >= 40)
    }

    @Test("each invalid input gets its pinned diagnostics", arguments: fixtures)
    func golden(_ fixture: String) {
        let output = Self.render(fixture)
        #expect(output.contains(": error: ") || output.contains(": warning: "), "no diagnostic for \(fixture)")
        let isFolder = !fixture.hasSuffix(".ruleset")
        let golden = Self.folder + "/" + (isFolder ? fixture + "/expected.txt" : fixture.dropLast(8) + ".expected")
        Golden.check(output, against: golden)
    }

    /// A fix offered is one an editor applies blindly: applied alone, it must take its diagnostic away
    /// (the same code no longer on that line) without making the file any worse.
    @Test("each fix, applied, removes the problem it is offered for", arguments: fixtures.filter { $0.hasSuffix(".ruleset") })
    func fixesFix(_ fixture: String) throws {
        let path = Self.folder + "/" + fixture
        let original = try #require(FileManager.default.contents(atPath: path))
        let (_, diagnostics) = Self.check([path])
        for diagnostic in diagnostics where diagnostic.location.fileNumber == SourcePaths.shared.number(of: path) {
            for fix in diagnostic.fixIts {
                var bytes = Array(original)
                bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
                let (_, fixed) = Self.check([path], reader: MemoryReader(files: [path: bytes], fallback: FileSystemReader()))
                let file = SourceFile(path: path, bytes: bytes)
                let line = SourceFile(path: path, bytes: Array(original)).position(of: diagnostic.location.range.start).line
                let remaining = fixed.filter {
                    $0.code == diagnostic.code && file.position(of: $0.location.range.start).line == line
                }
                #expect(remaining.isEmpty, "'\(fix.message)' left \(diagnostic.code.rawValue) on line \(line) of \(fixture)")
                #expect(fixed.count < diagnostics.count, "'\(fix.message)' in \(fixture) did not lessen the problems")
            }
        }
    }
}

@Suite("Diagnostic codes")
struct DiagnosticCodeTests {
    /// Codes produced only outside a ruleset's text, tested through the binary instead.
    static let testedElsewhere: Set<DiagnosticCode> = [.unreadableFile]

    @Test("every code is pinned by at least one golden file")
    func everyCodeHasAFixture() throws {
        var pinned = ""
        for fixture in DiagnosticGoldenTests.fixtures {
            pinned += DiagnosticGoldenTests.render(fixture)
        }
        for code in DiagnosticCode.allCases where !Self.testedElsewhere.contains(code) {
            #expect(pinned.contains("[\(code.rawValue)]"), "no fixture produces \(code.rawValue) (\(code))")
        }
    }

    @Test("every code is explained in docs/LANGUAGE.md")
    func everyCodeIsDocumented() throws {
        let manual = try String(contentsOfFile: Paths.repository + "/docs/LANGUAGE.md", encoding: .utf8)
        for code in DiagnosticCode.allCases {
            #expect(manual.contains("| \(code.rawValue) |"), "docs/LANGUAGE.md does not explain \(code.rawValue)")
        }
    }
}
