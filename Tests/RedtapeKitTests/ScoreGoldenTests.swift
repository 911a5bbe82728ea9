import Foundation
import Testing
@testable import RedtapeKit

/// Golden outputs of `score` in every format and of `explain`, for a small catalog of two procedures
/// (Fixtures/score). The figures were checked by hand once: see the comments in CostModelTests for the
/// arithmetic, e.g. permanent_residence: 3.2 h × 31,175 VND/h + 23,000 VND = 122,760 VND a case.
@Suite("score and explain output")
struct ScoreGoldenTests {
    static let folder = Paths.fixtures + "/score"

    static func workspace() -> Workspace {
        Workspace.load([folder + "/residence.ruleset", folder + "/birth.ruleset"])
    }

    static func neutral(_ text: String) -> String {
        text.replacingOccurrences(of: folder + "/", with: "")
    }

    static func report(_ language: Language = .en) throws -> ScoreReport {
        let workspace = workspace()
        #expect(!workspace.diagnostics.hasErrors)
        let catalog = try CatalogAssessment.assess(workspace).get()
        return ScoreReport(catalog, files: workspace.files, language: language)
    }

    @Test("text, markdown, CSV and JSON, in English and Vietnamese")
    func formats() throws {
        let english = try Self.report()
        Golden.check(Self.neutral(english.text()), against: Self.folder + "/expected/score.txt")
        Golden.check(Self.neutral(english.markdown()), against: Self.folder + "/expected/score.md")
        Golden.check(Self.neutral(english.csv()), against: Self.folder + "/expected/score.csv")
        Golden.check(Self.neutral(english.json()), against: Self.folder + "/expected/score.json")
        Golden.check(Self.neutral(try Self.report(.vi).text()), against: Self.folder + "/expected/score.vi.txt")
    }

    @Test("explain traces each procedure", arguments: ["permanent_residence", "birth"])
    func explain(_ id: String) throws {
        let workspace = Self.workspace()
        let ruleset = try #require(workspace.rootRulesets.first { $0.procedures.contains { $0.declared.id == id } })
        let procedure = try #require(ruleset.procedures.first { $0.declared.id == id })
        let assessment = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(procedure)
        let catalog = try CatalogAssessment.assess(workspace).get()
        let findings = BarrierAnalysis.run(workspace, catalog: catalog).findings.filter { $0.procedure.id == id }
        let text = Explanation(assessment, workspace: workspace, ruleset: ruleset, findings: findings).text()
        Golden.check(Self.neutral(text), against: Self.folder + "/expected/explain-\(id).txt")
        let vietnamese = Explanation(assessment, workspace: workspace, ruleset: ruleset, findings: findings, language: .vi).text()
        Golden.check(Self.neutral(vietnamese), against: Self.folder + "/expected/explain-\(id).vi.txt")
    }

    @Test("the JSON has the documented fields")
    func jsonContract() throws {
        let data = Data(try Self.report().json().utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["currency"] as? String == "VND")
        let procedures = try #require(root["procedures"] as? [[String: Any]])
        let first = try #require(procedures.first)
        for key in ["id", "name", "file", "line", "perCase", "annual", "elapsedWorkdays", "statutoryWorkdays"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        let perCase = try #require(first["perCase"] as? [String: Any])
        for key in ["hours", "outOfPocket", "cost", "costLow", "costHigh"] { #expect(perCase[key] != nil, "missing perCase.\(key)") }
        let annual = try #require(first["annual"] as? [String: Any])
        #expect(annual["cases"] as? Int == 800_000)
        #expect(annual["cost"] as? Int == 98_208_000_000)
        let total = try #require(root["total"] as? [String: Any])
        for key in ["annualCost", "cases", "hours"] { #expect(total[key] != nil, "missing total.\(key)") }
    }

    /// Two drafts of one procedure scored together: every line that names a procedure names its file,
    /// the top burdens and the ranges as well as the table, or the reader cannot tell them apart.
    @Test("a procedure whose id another file shares is named with its file wherever it is listed")
    func repeatedIDs() throws {
        let draft = Assess.ruleset(procedure: "  cases 1_000 per year\n  tariff 10_000 VND/h..20_000 VND/h\n  channel in_person\n"
                                       + "  step file \"File\" {\n    effort 1h\n  }")
        let (catalog, workspace) = try Assess.catalog(files: ["/memory/before.ruleset": draft, "/memory/after.ruleset": draft])
        let text = ScoreReport(catalog, files: workspace.files).text()
        let lines = text.split(separator: "\n").filter { $0.contains("  p ") || $0.contains(". p ") || $0.hasPrefix("  p") }
        #expect(lines.count == 6, "\(text)")
        for line in lines { #expect(line.contains("[memory/before.ruleset]") || line.contains("[memory/after.ruleset]"), "\(line)") }
    }

    /// 1,000 cases at 1 h and 10,000–20,000 VND/h (likely 15,000): 10,000,000 – 20,000,000 VND a year, likely
    /// 15,000,000, which the total line gives; a table of ranges would repeat it on a row of its own.
    @Test("one procedure's range is given on the total line, without a table of one row")
    func oneProcedureRange() throws {
        let draft = Assess.ruleset(procedure: "  cases 1_000 per year\n  tariff 10_000 VND/h..20_000 VND/h\n  channel in_person\n"
                                       + "  step file \"File\" {\n    effort 1h\n  }")
        let (catalog, workspace) = try Assess.catalog(draft)
        let text = ScoreReport(catalog, files: workspace.files).text()
        #expect(text.contains("annual burden 15,000,000 VND (10,000,000 VND – 20,000,000 VND)"))
        #expect(!text.contains("ranges"))
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        #expect(try Self.report().json() == Self.report().json())
        #expect(try Self.report().text() == Self.report().text())
    }
}
