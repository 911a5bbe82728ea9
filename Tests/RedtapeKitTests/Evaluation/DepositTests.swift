import Foundation
import Testing
@testable import RedtapeKit

/// A travel firm's licence: the firm places 500,000,000 VND with a bank before it files, and gets it back
/// when it stops trading. 100 licences a year, an hour at 40,000 VND/h to file, a 3,000,000 VND fee:
/// a case costs 40,000 + 3,000,000 = 3,040,000 VND, the year 304,000,000 VND; the deposits placed a year
/// are 500,000,000 × 100 = 50,000,000,000 VND, none of it in the burden.
@Suite("Deposits")
struct DepositTests {
    static func procedure(deposit: String = "    deposit 500_000_000 VND\n", channels: String = "  channel in_person") -> String {
        """
        \(channels)
          cases 100 per year
          tariff 40_000 VND/h
          step deposit "Place the deposit with a bank" {
        \(deposit)  }
          step file "File the dossier" {
            effort 1h
            after deposit
            fee appraisal "Appraisal fee" {
              amount 3_000_000 VND
            }
          }
        """
    }

    @Test("a deposit is held apart from the cost: per case, and placed a year")
    func keptApart() throws {
        let (catalog, workspace) = try Assess.catalog(Assess.ruleset(procedure: Self.procedure()))
        let a = try #require(catalog.procedures.first)
        #expect(workspace.diagnostics.isEmpty)
        #expect(a.cost.likely == 3_040_000)
        #expect(a.annualCost.likely == 304_000_000)
        #expect(a.deposit.likely == 500_000_000)
        #expect(a.annualDeposits.likely == 50_000_000_000)
        #expect(catalog.totalDeposits.likely == 50_000_000_000)
        #expect(catalog.totalAnnualCost.likely == 304_000_000)
        let total = ScoreReport(catalog, files: workspace.files).text()
        #expect(total.contains("annual burden 304,000,000 VND, deposits placed a year 50,000,000,000 VND (returned; not in the burden)"))
        let json = ScoreReport(catalog, files: workspace.files).json()
        #expect(json.contains("\"depositPerCase\": 500000000") && json.contains("\"depositsAYear\": 50000000000"))
    }

    /// Placed by 30% of the cases (a firm that already holds one for another licence places none):
    /// 0.3 × 500,000,000 = 150,000,000 VND a case on average, 15,000,000,000 VND a year.
    @Test("a deposit a share of the cases place is averaged over the cases")
    func share() throws {
        let (a, _) = try Assess.procedure(body: Self.procedure(deposit: "    deposit 500_000_000 VND\n    applies 30%\n"))
        #expect(a.deposit.likely == 150_000_000)
        #expect(a.annualDeposits.likely == 15_000_000_000)
    }

    /// Placed only by those who file in person, 60% of the cases: 300,000,000 VND a case on average.
    @Test("a deposit of one channel's cases takes that channel's share")
    func channel() throws {
        let (a, workspace) = try Assess.procedure(body: Self.procedure(deposit: "    deposit 500_000_000 VND\n    applies in_person\n",
                                                                        channels: "  channel in_person 60%\n  channel online 40%"))
        #expect(a.deposit.likely == 300_000_000)
        let ruleset = try #require(workspace.rootRulesets.first)
        let traced = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(try #require(ruleset.procedures.first))
        #expect(Explanation(traced, workspace: workspace, ruleset: ruleset).text()
            .contains("deposit a case, returned, kept apart = 300,000,000 VND (step 'deposit' 500,000,000 VND × filed in_person 60%, line"))
    }

    @Test("explain gives the deposit, the step that asks for it and what the year's cases place")
    func explained() throws {
        let (_, workspace) = try Assess.procedure(body: Self.procedure())
        let ruleset = try #require(workspace.rootRulesets.first)
        let traced = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(try #require(ruleset.procedures.first))
        let trace = Explanation(traced, workspace: workspace, ruleset: ruleset).text()
        #expect(trace.contains("deposit a case, returned, kept apart = 500,000,000 VND (step 'deposit' 500,000,000 VND, line 14)"))
        #expect(trace.contains("deposits placed a year = 500,000,000 VND × 100 = 50,000,000,000 VND"))
    }

    /// The deposit cut from 500,000,000 to 100,000,000 VND: the step's line names it, with no share of
    /// the burden's change, and the headline gives the deposits placed a year, 50 → 10 billion VND.
    @Test("diff names a deposit that changed, apart from the burden")
    func diffed() throws {
        let comparison = try DiffTests.compareEdit(of: Self.procedure(), replacing: "deposit 500_000_000 VND",
                                                   with: "deposit 100_000_000 VND")
        #expect(comparison.delta.likely == 0)
        let text = DiffReport(comparison, files: []).text()
        #expect(text.contains("~ step 'Place the deposit with a bank': deposit, returned 500,000,000 VND → 100,000,000 VND  0 VND"))
        #expect(text.contains("Deposits placed a year, returned (not in the burden): 50,000,000,000 VND → 10,000,000,000 VND"))
    }

    /// Rulesets/vn/travel-licence: 400–700 licences a year, 550 likely; the deposit of 500,000,000 VND
    /// cut to 100,000,000: 275,000,000,000 → 55,000,000,000 VND placed a year, the burden unchanged.
    @Test("the bundled travel licence: the deposit cut to a fifth, the burden unchanged")
    func travelLicence() throws {
        let comparison = try Assess.bundledDrafts("travel-licence")
        #expect(comparison.delta == .zero)
        #expect(comparison.before.totalDeposits.likely == 275_000_000_000)
        #expect(comparison.after.totalDeposits.likely == 55_000_000_000)
        #expect(comparison.changes.map(\.path) == ["travel_licence/step/deposit"])
    }

    @Test("a deposit on an agency's step counts for nothing, and check says so")
    func agencyStep() throws {
        let body = Self.procedure(deposit: "    by registry_office\n    deposit 500_000_000 VND\n")
        let text = Assess.ruleset(assumptions: "agency registry_office \"Registry office\"", procedure: body)
        let (catalog, workspace) = try Assess.catalog(text)
        #expect(catalog.procedures.first?.deposit.likely == 0)
        #expect(workspace.diagnostics.map(\.code) == [.applicantFactsOnAgencyStep])
        #expect(workspace.diagnostics.first?.message.contains("its deposit counts for nothing") == true)
    }

    @Test("a barrier rule reads a step's deposit")
    func rule() throws {
        let rule = "rule large_deposit \"A large deposit\" {\n  severity low\n  when step.deposit > 100_000_000 VND\n}"
        let (catalog, workspace) = try Assess.catalog(Assess.ruleset(assumptions: rule, procedure: Self.procedure()))
        let findings = BarrierAnalysis.run(workspace, catalog: catalog).findings.filter { $0.rule.declared.id == "large_deposit" }
        #expect(findings.map(\.itemID) == ["deposit"])
    }

    @Test("the editor's hover gives the deposit apart from the cost, on the procedure and on its step")
    func hovered() throws {
        let text = Assess.ruleset(procedure: Self.procedure())
        #expect(try Assess.hover(text, onLineStartingWith: "procedure p", at: 10)
            .contains("- deposit: 500,000,000 VND a case, returned (not in the burden)"))
        #expect(try Assess.hover(text, onLineStartingWith: "  step deposit", at: 8)
            .contains("- deposit 500,000,000 VND, returned (not in the burden)"))
    }

    @Test("the report gives the deposit on the headline and beside the procedure's cost")
    func reported() throws {
        let html = try ReportTests.catalogReport(Assess.ruleset(procedure: Self.procedure()))
        #expect(html.contains("Deposits placed a year, returned (not in the burden)</div><div class=\"v\">50,000,000,000 VND</div>"))
        #expect(html.contains("100 cases a year; 3,040,000 VND a case (and a deposit of 500,000,000 VND, returned); 1 h;"))
    }

    /// The standard catalogue's `deposit_held` on the step, naming the money held, which the cost it
    /// carries (the step's own, here none) leaves out.
    @Test("the standard catalogue finds the deposit and names the money held")
    func standardFinding() throws {
        let (catalog, workspace) = try Assess.catalog(Assess.ruleset(procedure: Self.procedure()))
        let finding = try #require(BarrierAnalysis.run(workspace, catalog: catalog).findings.first { $0.rule.declared.id == "deposit_held" })
        #expect(finding.itemID == "deposit")
        #expect(finding.detail.map(BarrierLabels(language: .en).text) == "deposit held: 500,000,000 VND a case that places it, returned")
        #expect(finding.detail.map(BarrierLabels(language: .vi).text) == "tiền ký quỹ: 500.000.000 ₫ mỗi hồ sơ phải ký quỹ, được hoàn trả")
    }

    @Test("the export gives a step's deposit")
    func exported() throws {
        let (_, workspace) = try Assess.procedure(body: Self.procedure())
        #expect(ModelExport(workspace).json().contains("\"deposit\": {"))
    }
}
