import Foundation
import Testing
@testable import RedtapeKit

/// Golden text, JSON and SARIF of `barriers` on a fixture with barriers of every kind (Fixtures/barriers).
@Suite("barriers output")
struct BarrierGoldenTests {
    static let folder = Paths.fixtures + "/barriers"

    static func report(language: Language = .en) throws -> BarrierReport {
        let workspace = Workspace.load([folder + "/permits.ruleset"])
        #expect(!workspace.diagnostics.hasErrors)
        let catalog = try CatalogAssessment.assess(workspace).get()
        return BarrierReport(BarrierAnalysis.run(workspace, catalog: catalog), currency: catalog.currency, files: workspace.files,
                             language: language)
    }

    static func neutral(_ text: String) -> String {
        text.replacingOccurrences(of: folder + "/", with: "")
    }

    @Test("text, Markdown, CSV, JSON and SARIF")
    func formats() throws {
        let report = try Self.report()
        Golden.check(Self.neutral(report.text()), against: Self.folder + "/expected/barriers.txt")
        Golden.check(Self.neutral(report.markdown()), against: Self.folder + "/expected/barriers.md")
        Golden.check(Self.neutral(report.csv()), against: Self.folder + "/expected/barriers.csv")
        Golden.check(Self.neutral(report.json()), against: Self.folder + "/expected/barriers.json")
        Golden.check(Self.neutral(report.sarif(toolVersion: "test")), against: Self.folder + "/expected/barriers.sarif")
    }

    /// The CSV has a row for every finding, accepted ones too, and its counts are the text's.
    @Test("the CSV and the Markdown count what the text counts")
    func tablesAgree() throws {
        let report = try Self.report()
        let rows = report.csv().components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(rows.count == report.analysis.findings.count)
        #expect(rows.count { $0.contains(",yes,") } == report.analysis.suppressed.count)
        #expect(report.markdown().contains("\n" + report.summary() + "\n"))
        #expect(report.markdown().contains("<summary>Each of the \(report.analysis.active.count) findings</summary>"))
    }

    /// In Vietnamese the frame of each finding, the accepted ones and the count are translated and
    /// money written the Vietnamese way; what each rule says is the catalogue's own text.
    @Test("text in Vietnamese")
    func vietnamese() throws {
        let text = Self.neutral(try Self.report(language: .vi).text())
        Golden.check(text, against: Self.folder + "/expected/barriers.vi.txt")
        Golden.check(Self.neutral(try Self.report(language: .vi).markdown()), against: Self.folder + "/expected/barriers.vi.md")
        #expect(!text.contains("  why: ") && !text.contains("cost attached") && text.contains("  lý do: "))
    }

    @Test("SARIF results carry physical locations and the accepted finding as a suppression")
    func sarifShape() throws {
        let data = Data(try Self.report().sarif(toolVersion: "test").utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 18)
        let once = try #require(results.first { $0["ruleId"] as? String == "once_only" })
        let region = try #require(((once["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 44)
        #expect(region["startColumn"] as? Int == 12)
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.map { $0["ruleId"] as? String } == ["open_ended_requirement"])
    }
}
