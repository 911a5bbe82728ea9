import Foundation
import Testing
@testable import RedtapeKit

/// A fire safety design appraisal whose fee is 0.05% of the project's investment, at least 500,000 and
/// at most 150,000,000 VND (Circular 258/2016/TT-BTC). A project of 5 billion VND pays 0.05% × 5 bn =
/// 2,500,000 VND; one of 500 billion would pay 250,000,000 and pays the ceiling, 150,000,000; one of
/// 500 million would pay 250,000 and pays the floor, 500,000.
@Suite("Fee bounds")
struct FeeBoundsTests {
    static let assumptions = """
        assume fee_rate "Fee rate on the investment" = 0.05% {
          estimate
        }
        """

    static func procedure(amount: String, bounds: String = "    at_least 500_000 VND\n    at_most 150_000_000 VND\n") -> String {
        """
          channel in_person
          cases 100 per year
          fee appraisal "Appraisal fee" {
            amount \(amount)
        \(bounds)  }
        """
    }

    static func paid(_ amount: String, bounds: String? = nil) throws -> Exact {
        let body = bounds.map { procedure(amount: amount, bounds: $0) } ?? procedure(amount: amount)
        return try Assess.procedure(body: body, beside: assumptions).0.outOfPocket.likely
    }

    @Test("an amount within the bounds is paid as it is; one outside them, at the bound it passes")
    func bounded() throws {
        #expect(try Self.paid("5_000_000_000 VND * fee_rate") == 2_500_000)
        #expect(try Self.paid("500_000_000_000 VND * fee_rate") == 150_000_000)
        #expect(try Self.paid("500_000_000 VND * fee_rate") == 500_000)
        #expect(try Self.paid("500_000_000 VND * fee_rate", bounds: "    at_most 150_000_000 VND\n") == 250_000)
    }

    /// Investment 1 to 500 billion VND (likely 250.5): the fee's bounds are 500,000 (0.05% × 1 bn) and
    /// 150,000,000 (0.05% × 500 bn = 250,000,000, held to the ceiling); likely 125,250,000.
    @Test("each bound of a range is held to the bounds on its own")
    func ranged() throws {
        let (a, _) = try Assess.procedure(body: Self.procedure(amount: "(1_000_000_000 VND..500_000_000_000 VND) * fee_rate"),
                                          beside: Self.assumptions)
        #expect([a.outOfPocket.low, a.outOfPocket.likely, a.outOfPocket.high] == [500_000, 125_250_000, 150_000_000])
    }

    /// At 25,000 VND to the dollar: 10 USD in person (250,000 VND) is raised to the floor of 500,000 VND;
    /// 100 USD online (2,500,000 VND) is held to the ceiling of 40 USD (1,000,000 VND); half the cases
    /// each, 750,000 VND a case. Bounds in two currencies are compared once converted, not as written.
    @Test("bounds in another currency are converted before they hold the amount")
    func currencies() throws {
        let body = "  channel online 50%\n  channel in_person 50%\n  cases 10 per year\n"
            + "  fee f \"Fee\" {\n    amount 10 USD\n    amount 100 USD online\n    at_least 500_000 VND\n    at_most 40 USD\n  }"
        let (catalog, workspace) = try Assess.catalog(Assess.ruleset(header: "  exchange 1 USD = 25_000 VND", procedure: body))
        #expect(workspace.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(catalog.procedures.first?.outOfPocket.likely == 750_000)
    }

    @Test("explain shows the amount paid, and the bounds after the working")
    func explained() throws {
        let (_, workspace) = try Assess.procedure(body: Self.procedure(amount: "500_000_000_000 VND * fee_rate"), beside: Self.assumptions)
        let ruleset = try #require(workspace.rootRulesets.first)
        let traced = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(try #require(ruleset.procedures.first))
        #expect(Explanation(traced, workspace: workspace, ruleset: ruleset).text().contains(
            "amount 150,000,000 VND × share of cases charged 100% (at least 500,000 VND, at most 150,000,000 VND)"))
    }

    /// The ceiling lowered from 150,000,000 to 100,000,000 VND on a fee of 250,000,000 held to it:
    /// −50,000,000 VND a case, × 100 cases = −5,000,000,000 VND a year, named as the ceiling.
    @Test("diff names a bound that changed, with its effect")
    func diffed() throws {
        let comparison = try DiffTests.compareEdit(of: Self.procedure(amount: "500_000_000_000 VND * fee_rate"), beside: Self.assumptions,
                                                   replacing: "at_most 150_000_000 VND", with: "at_most 100_000_000 VND")
        #expect(comparison.delta.likely == -5_000_000_000)
        #expect(DiffReport(comparison, files: []).text()
            .contains("~ fee 'Appraisal fee': at most 150,000,000 VND → 100,000,000 VND  -5,000,000,000 VND"))
    }

    @Test("a barrier rule reads the amount a case pays, within the bounds")
    func rule() throws {
        let rule = "rule large_fee \"A large fee\" {\n  severity low\n  when fee.amount > 200_000_000 VND\n}"
        let (catalog, workspace) = try Assess.catalog(Assess.ruleset(assumptions: Self.assumptions + "\n\n" + rule,
                                                                     procedure: Self.procedure(amount: "500_000_000_000 VND * fee_rate")))
        #expect(BarrierAnalysis.run(workspace, catalog: catalog).findings.filter { $0.rule.declared.id == "large_fee" }.isEmpty)
    }

    @Test("the report's table of fees gives the bounds beside the amount")
    func reported() throws {
        let html = try ReportTests.catalogReport(Assess.ruleset(assumptions: Self.assumptions,
                                                                procedure: Self.procedure(amount: "500_000_000_000 VND * fee_rate")))
        #expect(html.contains("250,000,000 VND; at least 500,000 VND; at most 150,000,000 VND"))
    }

    @Test("the export gives a fee's bounds")
    func exported() throws {
        let (_, workspace) = try Assess.procedure(body: Self.procedure(amount: "5_000_000_000 VND * fee_rate"), beside: Self.assumptions)
        let json = ModelExport(workspace).json()
        #expect(json.contains("\"atLeast\": {") && json.contains("\"atMost\": {"))
    }
}
