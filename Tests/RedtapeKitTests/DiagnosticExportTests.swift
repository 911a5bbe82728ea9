import Foundation
import Testing
@testable import RedtapeKit

/// `check --format json|sarif` on two invalid fixtures: one with a note (a name declared twice), one
/// with fixes (thousands between commas). The goldens were read once; the SARIF is also validated
/// against the SARIF 2.1.0 schema in CI.
@Suite("check as JSON and SARIF")
struct DiagnosticExportTests {
    static let folder = Paths.fixtures + "/invalid"

    static func export() -> DiagnosticExport {
        let workspace = Workspace.load([folder + "/duplicate-declaration.ruleset", folder + "/thousands-with-commas.ruleset"])
        return DiagnosticExport(workspace.diagnostics, files: workspace.files)
    }

    static func neutral(_ text: String) -> String {
        text.replacingOccurrences(of: folder + "/", with: "")
    }

    @Test("JSON and SARIF")
    func formats() {
        let export = Self.export()
        Golden.check(Self.neutral(export.json(files: 2, procedures: 1)), against: Paths.fixtures + "/check/expected/check.json")
        Golden.check(Self.neutral(export.sarif(toolVersion: "test")), against: Paths.fixtures + "/check/expected/check.sarif")
    }

    /// thousands-with-commas.ruleset:6:9: `1,200,000 per year` (columns 9–27) is replaced by
    /// `1_200_000 per year`; the declaration's note points at line 1.
    @Test("a fix is a replacement of the region it covers; a note is a related location")
    func fixesAndNotes() throws {
        let data = Data(Self.export().sarif(toolVersion: "test").utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        let duplicate = try #require(results.first { $0["ruleId"] as? String == "E040" })
        let related = try #require((duplicate["relatedLocations"] as? [[String: Any]])?.first)
        let relatedRegion = try #require(((related["physicalLocation"] as? [String: Any])?["region"]) as? [String: Any])
        #expect(relatedRegion["startLine"] as? Int == 1 && relatedRegion["startColumn"] as? Int == 8)
        let cases = try #require(results.first { (($0["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("'1,200,000") == true })
        let fix = try #require((cases["fixes"] as? [[String: Any]])?.first)
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        let deleted = try #require(replacement["deletedRegion"] as? [String: Int])
        #expect(deleted == ["startLine": 6, "startColumn": 9, "endLine": 6, "endColumn": 27])
        #expect((replacement["insertedContent"] as? [String: String])?["text"] == "1_200_000 per year")
    }
}
