import Foundation
import Testing
@testable import RedtapeKit

/// A fishing licence whose fee depends on the vessel's length: 40,000 VND for small vessels (70% of the
/// cases), 60,000 for medium ones (15%) and 80,000 for large ones (15%). A case pays on average
/// 0.7 × 40,000 + 0.15 × 60,000 + 0.15 × 80,000 = 28,000 + 9,000 + 12,000 = 49,000 VND.
@Suite("Fee amounts by segment")
struct FeeBySegmentTests {
    static func procedure(fee: String = "    amount 40_000 VND\n    amount 60_000 VND medium\n    amount 80_000 VND large\n",
                          channels: String = "  channel in_person") -> String {
        """
        \(channels)
          cases 100 per year
          segment medium "Vessels of 12 to 15 m" {
            share 15%
          }
          segment large "Vessels of 15 m and more" {
            share 15%
          }
          segment small "Vessels under 12 m" {
            share 70%
          }
          fee licence "Licence fee" {
        \(fee)  }
        """
    }

    static func assessed(_ procedure: String) throws -> (ProcedureAssessment, Workspace) {
        try Assess.procedure(body: procedure)
    }

    @Test("each segment pays its own amount, the others the fee's")
    func averaged() throws {
        let (a, workspace) = try Self.assessed(Self.procedure())
        #expect(a.outOfPocket.likely == 49_000)
        #expect(a.annualCost.likely == 4_900_000)
        #expect(workspace.diagnostics.isEmpty, "every segment has an effect: two an amount of their own, the last is the rest")
        // Traced as explain does: each segment's share and what its cases pay.
        let ruleset = try #require(workspace.rootRulesets.first)
        let traced = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(try #require(ruleset.procedures.first))
        let trace = Explanation(traced, workspace: workspace, ruleset: ruleset).text()
        #expect(trace.contains("average over segments (medium 15% × 60,000 VND + large 15% × 80,000 VND + small 70% × 40,000 VND)"))
    }

    /// Waived online, where 40% of the cases file: each segment's cases pay 60% of its amount,
    /// 0.6 × 49,000 = 29,400 VND a case.
    @Test("a waiver by channel applies to every segment's amount")
    func waivedOnline() throws {
        let (a, _) = try Self.assessed(Self.procedure(
            fee: "    amount 40_000 VND\n    amount 60_000 VND medium\n    amount 80_000 VND large\n    waived online\n",
            channels: "  channel in_person 60%\n  channel online 40%"))
        #expect(a.outOfPocket.likely == 29_400)
    }

    /// The large vessels' amount raised from 80,000 to 100,000 VND: 0.15 × 20,000 × 100 cases =
    /// 300,000 VND a year more, named as the large vessels' amount.
    @Test("diff names a segment's amount that changed")
    func diffed() throws {
        let comparison = try DiffTests.compareEdit(of: Self.procedure(), replacing: "amount 80_000 VND large",
                                                   with: "amount 100_000 VND large")
        #expect(comparison.delta.likely == 300_000)
        #expect(DiffReport(comparison, files: []).text().contains("~ fee 'Licence fee': amount large 80,000 VND → 100,000 VND  +300,000 VND"))
    }

    @Test("the editor offers the segments after a fee's amount, beside the channels")
    func completed() throws {
        let path = "/memory/test.ruleset"
        let typed = "    amount 60_000 VND "
        let text = Assess.ruleset(procedure: Self.procedure(fee: typed + "\n"))
        let line = try #require(text.components(separatedBy: "\n").firstIndex(of: typed))
        let offered = JSONWriter().write(EditorSession(path: path, documents: [path: text]).completion(line: line, character: typed.utf16.count))
        #expect(offered.contains("\"label\": \"medium\"") && offered.contains("\"label\": \"online\""))
    }

    @Test("the export gives a fee's amounts by segment")
    func exported() throws {
        let (_, workspace) = try Self.assessed(Self.procedure())
        #expect(ModelExport(workspace).json().contains("\"segment\": \"medium\""))
    }
}
