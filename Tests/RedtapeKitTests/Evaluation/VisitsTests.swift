import Foundation
import Testing
@testable import RedtapeKit

/// A monthly report on job seeking, one visit a month of benefit: 3 to 5 months, 4 likely, each
/// visit 1 h of travel and 30 min of waiting, at 40,000 VND/h. By hand: 4 × 1.5 h = 6 h, 240,000 VND
/// a case (3 × 1.5 h × 40,000 = 180,000 low; 5 × 1.5 h × 40,000 = 300,000 high); with the claim
/// filed in person once, 5 visits a case filed in person.
@Suite("visits that vary from case to case")
struct VisitsTests {
    static let assumptions = "assume benefit_months \"Months of benefit on average\" = 3..5 {\n  estimate\n}"

    static func procedure(visits: String) -> String {
        """
          cases 10 per year
          tariff 40_000 VND/h
          channel in_person
          step file "File the claim" {
            effort 30min
          }
          step report "Report on job seeking, each month" {
            visits \(visits)
            travel 1h
            wait 30min
            after file
          }
        """
    }

    @Test("visits given by an assumption or a range are taken at each bound")
    func ranged() throws {
        let (catalog, workspace) = try Assess.catalog(Assess.ruleset(assumptions: Self.assumptions,
                                                                     procedure: Self.procedure(visits: "benefit_months")))
        let a = try #require(catalog.procedures.first)
        // The filing's effort, 30 min at 40,000 VND/h, is 20,000 VND at every bound.
        #expect([a.cost.low, a.cost.likely, a.cost.high] == [200_000, 260_000, 320_000])
        #expect(a.counts.visitsInPerson == 5)
        let ruleset = try #require(workspace.rootRulesets.first)
        let trace = Explanation(a, workspace: workspace, ruleset: ruleset).text()
        #expect(trace.contains("benefit_months = 4 (3 – 5)  (estimate)"))
        let range = try Assess.procedure(Assess.ruleset(procedure: Self.procedure(visits: "3..5")))
        #expect([range.cost.low, range.cost.likely, range.cost.high] == [200_000, 260_000, 320_000])
    }

    /// 1.5 visits: 2.25 h, 90,000 VND, and 2.5 visits a case filed in person, not 2.
    @Test("an average number of visits is counted as it is, not cut to a whole number")
    func average() throws {
        let a = try Assess.procedure(Assess.ruleset(procedure: Self.procedure(visits: "1.5")))
        #expect(a.cost.likely == 110_000)
        #expect(a.counts.visitsInPerson == Exact(plain: "2.5"))
    }

    @Test("visits past a hundred are taken for a slip")
    func tooMany() throws {
        let text = Assess.ruleset(procedure: Self.procedure(visits: "150"))
        let workspace = Workspace.load(["/memory/test.ruleset"], reader: MemoryReader(files: ["/memory/test.ruleset": Array(text.utf8)],
                                                                                        fallback: FileSystemReader()))
        #expect(workspace.diagnostics.map(\.code) == [.outOfRange])
    }

    /// Visits from 2 to 3..5 are named on the step's line; 1 written out is what no visits means.
    @Test("diff names a change of visits, a range included, and not one written out")
    func diffed() throws {
        func file(_ visits: String) -> String { Assess.ruleset(procedure: Self.procedure(visits: visits)) }
        let change = try DiffTests.compareFiles(file("2"), file("3..5")).changes.first { $0.path == "p/step/report" }
        #expect(change?.summary == "step 'Report on job seeking, each month': visits 2 → 3–5")
        let same = try DiffTests.compareFiles(file("1"), file("1").replacingOccurrences(of: "    visits 1\n", with: ""))
        #expect(same.changes.isEmpty)
    }
}
