import Foundation
import Testing
@testable import RedtapeKit

/// Golden text, Markdown and JSON of `diff` on a real-looking pair (Fixtures/diff). Checked by hand once:
/// before 5.6 h × 40,000 + 110,000 = 334,000 VND a case × 100,000 = 33.4 billion; after 1.9 h × 40,000
/// + 40,000 = 116,000 × 110,000 = 12.76 billion; the changes: volume +10,000 × 334,000 = +3.34 billion,
/// id copy −50,000 × 110,000 = −5.5 billion, filing −1.2 h × 40,000 × 110,000 = −5.28 billion, tax step
/// −1.5 h × 40,000 × 110,000 = −6.6 billion, fee −60,000 × 110,000 = −6.6 billion; total −20.64 billion.
@Suite("diff output")
struct DiffGoldenTests {
    static let folder = Paths.fixtures + "/diff"

    static func report(target: Exact? = Exact(plain: "0.2"), language: Language = .en) throws -> DiffReport {
        let before = Workspace.load([folder + "/before.ruleset"])
        let after = Workspace.load([folder + "/after.ruleset"])
        let b = try CatalogAssessment.assess(before).get()
        let a = try CatalogAssessment.assess(after).get()
        let comparison = DraftComparison.compare(before: b, after: a,
                                                 barriersBefore: BarrierAnalysis.run(before, catalog: b).findings,
                                                 barriersAfter: BarrierAnalysis.run(after, catalog: a).findings)
        return DiffReport(comparison, files: before.files + after.files, target: target, language: language)
    }

    static func neutral(_ text: String) -> String { text.replacingOccurrences(of: folder + "/", with: "") }

    @Test("text, Markdown, JSON and CSV")
    func formats() throws {
        let report = try Self.report()
        #expect(report.comparison.delta.likely == -20_640_000_000)
        #expect(report.targetMet == true)
        Golden.check(Self.neutral(report.text()), against: Self.folder + "/expected/diff.txt")
        Golden.check(Self.neutral(report.markdown()), against: Self.folder + "/expected/diff.md")
        Golden.check(Self.neutral(report.json()), against: Self.folder + "/expected/diff.json")
        Golden.check(Self.neutral(report.csv()), against: Self.folder + "/expected/diff.csv")
    }

    /// The CSV's column of shares adds up to the change in the burden, −20,640,000,000 VND, as the
    /// text's lines do.
    @Test("the CSV's rows add up to the change")
    func csvAddsUp() throws {
        let report = try Self.report()
        let lines = report.csv().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0].components(separatedBy: ",").suffix(7).first == "annual_cost_delta")
        // The changes' words hold commas in quotes: the share is read from the end, past the four cells of the places.
        let shares = lines.dropFirst().map { row in Int(row.components(separatedBy: ",").reversed().dropFirst(6).first!)! }
        #expect(shares.count == report.comparison.changes.count)
        #expect(shares.reduce(0, +) == -20_640_000_000)
    }

    /// In Vietnamese the frame is translated and numbers written the Vietnamese way; the description
    /// of each change stays as the comparison writes it.
    @Test("text and Markdown in Vietnamese")
    func vietnamese() throws {
        let report = try Self.report(language: .vi)
        Golden.check(Self.neutral(report.text()), against: Self.folder + "/expected/diff.vi.txt")
        Golden.check(Self.neutral(report.markdown()), against: Self.folder + "/expected/diff.vi.md")
        #expect(!report.text().contains("Annual burden") && !report.markdown().contains("Look twice"))
    }

    @Test("the JSON contract: totals, delta, and changes with kind, path, delta and locations")
    func jsonContract() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(try Self.report().json().utf8)) as? [String: Any])
        let before = try #require((root["before"] as? [String: Any])?["total"] as? [String: Any])
        let after = try #require((root["after"] as? [String: Any])?["total"] as? [String: Any])
        let delta = try #require(root["delta"] as? [String: Any])
        #expect(before["annualCost"] as? Int == 33_400_000_000)
        #expect(after["annualCost"] as? Int == 12_760_000_000)
        #expect(delta["annualCost"] as? Int == -20_640_000_000)
        #expect((delta["percent"] as? Double).map { abs($0 - -61.8) < 0.01 } == true)
        let changes = try #require(root["changes"] as? [[String: Any]])
        let sum = changes.compactMap { $0["annualCostDelta"] as? Int }.reduce(0, +)
        #expect(sum == -20_640_000_000)
        for change in changes {
            for key in ["kind", "path", "annualCostDelta", "before", "after"] { #expect(change[key] != nil, "missing \(key)") }
        }
    }
}
