import Foundation
import Testing
@testable import RedtapeKit

/// A claim reviewed in 7 working days, a home visit of 5 to 30% of the applicants, the list posted for
/// 2 and the decision in 3: a case visited waits 7 + 5 + 2 + 3 = 17 working days, the others
/// 7 + 2 + 3 = 12.
@Suite("Steps a share of the cases take")
struct StepsOfSomeCasesTests {
    static let agency = "agency commune \"Commune People's Committee\" {\n  level commune\n}"

    static func procedure(limit: String, visit: String = "    applies 30%\n", correction: String = "") -> String {
        """
          channel in_person
          cases 1_000 per year
          tariff 10_000 VND/h
          \(limit)
          step file "File" {
            effort 30min
          }
          step review "Review" {
            by commune
            within 7 workdays
            after file
          }
          step visit "Visit the applicant at home" {
            by commune
        \(visit)    within 5 workdays
            after review
          }
        \(correction)  step post_list "Post the list" {
            by commune
            within 2 workdays
            after review, visit
          }
          step decide "Decide" {
            by commune
            within 3 workdays
            after post_list
          }
        """
    }

    static func assessed(_ procedure: String) throws -> (ProcedureAssessment, Workspace) {
        try Assess.procedure(body: procedure, beside: agency)
    }

    /// 17 working days for the cases visited, 12 for the others; a limit of 20 holds both, and the
    /// note says whose time the elapsed is.
    @Test("the elapsed time is a visited case's, and a case not visited is timed without the visit")
    func timed() throws {
        let (a, _) = try Self.assessed(Self.procedure(limit: "limit 20 workdays"))
        #expect(a.elapsed.workdays.likely == 17)
        #expect(a.elapsed.byShare.map(\.step) == ["visit", nil])
        #expect(a.elapsed.byShare.map(\.workdays.likely) == [17, 12])
        #expect(a.elapsed.byShare.map(\.share) == [Exact(3) / 10, Exact(7) / 10])
        #expect(a.elapsed.someCasesTakeLonger)
        #expect(!a.elapsed.exceedsLimit)
        #expect(a.notes == [.someCasesTakeLonger])
        // Every case visited: one time for all, and no note.
        let (all, _) = try Self.assessed(Self.procedure(limit: "limit 20 workdays", visit: ""))
        #expect(all.elapsed.byShare.isEmpty)
        #expect(!all.elapsed.someCasesTakeLonger)
        #expect(all.notes.isEmpty)
        // A visit to 30% beside a check of a day for the other 70%: the two may be alternatives, which
        // every case goes through one of, so no case is timed as going through neither; a case checked
        // and not visited before the list is posted takes 7 + 1 + 2 + 3 = 13 working days.
        let check = "  step check \"Check the papers\" {\n    by commune\n    applies 70%\n    within 1 workdays\n    after review\n  }\n"
        let (either, _) = try Self.assessed(Self.procedure(limit: "limit 20 workdays", correction: check)
            .replacingOccurrences(of: "after review, visit", with: "after review, visit, check"))
        #expect(either.elapsed.workdays.likely == 17)
        #expect(either.elapsed.byShare.map(\.step) == ["visit", "check"])
        #expect(either.elapsed.byShare.map(\.workdays.likely) == [17, 13])
        #expect(either.notes == [.someCasesTakeLonger])
    }

    /// A limit of 15: the visited cases' 17 days exceed it, the others' 12 do not. The finding says
    /// so with both times, and carries the cost of the visited cases: 30 min at 10,000 VND/h × 1,000
    /// cases = 5,000,000 VND a year, of which their 30% is 1,500,000. A limit of 10, which the 12 exceed
    /// as well, is an excess for every case, and carries the whole burden.
    @Test("a limit only the cases of a share exceed is told as theirs")
    func overForSome() throws {
        let (a, workspace) = try Self.assessed(Self.procedure(limit: "limit 15 workdays"))
        #expect(a.elapsed.exceedsLimit)
        #expect(a.notes == [.limitsExceedStatutoryForSome])
        let (catalog, _) = try Assess.catalog(Assess.ruleset(assumptions: Self.agency, procedure: Self.procedure(limit: "limit 15 workdays")))
        let late = try #require(BarrierAnalysis.run(workspace, catalog: catalog).findings.first { $0.rule.declared.id == "limits_exceed_statutory" })
        #expect(late.detail.map(BarrierLabels(language: .en).text)
                == "the cases that go through 'visit': 17 workdays against a limit of 15 workdays; the others 12 workdays")
        #expect(late.detail.map(BarrierLabels(language: .vi).text)
                == "hồ sơ phải qua 'visit': 17 ngày làm việc, thời hạn 15 ngày làm việc; hồ sơ khác 12 ngày làm việc")
        #expect(late.annualCost?.likely == 1_500_000)
        let trace = Explanation(a, workspace: workspace, ruleset: try #require(workspace.rootRulesets.first)).text()
        #expect(trace.contains("    visit: within 5 workdays, applies 30%    line 27\n"))
        #expect(trace.contains("""
              elapsed = 17 workdays
              a case that goes through none of 'visit' (applies 30%) = 12 workdays
              statutory limit = 15 workdays    line 15  — the steps take longer than the limit for the cases that go through 'visit' (applies 30%)

            """))
        let (every, _) = try Self.assessed(Self.procedure(limit: "limit 10 workdays"))
        #expect(every.notes == [.limitsExceedStatutory])
        let (everyCatalog, everyWorkspace) = try Assess.catalog(Assess.ruleset(assumptions: Self.agency, procedure: Self.procedure(limit: "limit 10 workdays")))
        let all = try #require(BarrierAnalysis.run(everyWorkspace, catalog: everyCatalog).findings.first { $0.rule.declared.id == "limits_exceed_statutory" })
        #expect(all.annualCost?.likely == 5_000_000)
    }

    /// A correction of 4 working days outside the limit, by every case before the list is posted:
    /// 21 elapsed and 17 counted for a visited case, 16 and 12 for the others.
    @Test("with a step outside the limit, a case not visited is counted without both")
    func withCorrection() throws {
        let correction = "  step correct \"Correct\" {\n    effort 1h\n    within 4 workdays\n    outside_limit\n    after visit\n  }\n"
        let text = Self.procedure(limit: "limit 15 workdays", correction: correction)
            .replacingOccurrences(of: "after review, visit", with: "after review, correct")
        let (a, _) = try Self.assessed(text)
        #expect(a.elapsed.workdays.likely == 21)
        #expect(a.elapsed.countedWorkdays.likely == 17)
        #expect(a.elapsed.byShare.map(\.workdays.likely) == [21, 16])
        #expect(a.elapsed.byShare.map(\.countedWorkdays.likely) == [17, 12])
        #expect(a.notes.contains(.limitsExceedStatutoryForSome))
        let json = ScoreReport(CatalogAssessment(currency: "VND", procedures: [a]), files: []).json()
        #expect(json.contains("""
                  "elapsedByShare": [
                    {
                      "step": "visit",
                      "share": 0.3,
                      "workdays": 21,
                      "workdaysLow": 21,
                      "workdaysHigh": 21,
                      "countedWorkdays": 17,
                      "countedWorkdaysLow": 17,
                      "countedWorkdaysHigh": 17
                    },
                    {
                      "step": null,
                      "share": 0.7,
                      "workdays": 16,
            """))
        // The CSV's last column: the quickest cases' time.
        #expect(ScoreReport(CatalogAssessment(currency: "VND", procedures: [a]), files: []).csv().hasSuffix(",16\r\n"))
    }

    @Test("the report's procedure line gives the time of the quickest cases beside the elapsed")
    func reported() throws {
        let html = try ReportTests.catalogReport(Assess.ruleset(assumptions: Self.agency, procedure: Self.procedure(limit: "limit 20 workdays")))
        #expect(html.contains("17 workdays, 12 for some cases (limit 20)"))
        #expect(html.contains("<td>Visit the applicant at home (30% of the cases)</td>"))
    }

    @Test("the editor's hover on the procedure gives the quickest cases' time beside the elapsed")
    func hovered() throws {
        let text = Assess.ruleset(assumptions: Self.agency, procedure: Self.procedure(limit: "limit 20 workdays"))
        #expect(try Assess.hover(text, onLineStartingWith: "procedure p", at: 11).contains("elapsed: 17 workdays, 12 for some cases (limit 20)"))
    }

    /// The visit shortened from 5 working days to 3: the visited cases' time 17 → 15, the others' 12 unchanged.
    @Test("diff names the time of each group of cases that changed")
    func diffed() throws {
        let report = DiffReport(try DiffTests.compareEdit(of: Self.procedure(limit: "limit 20 workdays"), beside: Self.agency,
                                                          replacing: "within 5 workdays", with: "within 3 workdays"), files: [])
        #expect(report.text().contains("elapsed 17 workdays → 15 workdays; elapsed, through 'visit' 17 workdays → 15 workdays"))
        #expect(!report.text().contains("through none"))
        // Its JSON gives the quickest cases' time, unchanged at 12.
        #expect(report.json().contains("""
                  "quickestWorkdays": {
                    "before": 12,
                    "after": 12
                  }
            """))
    }

    /// Rulesets/vn/residence-registration: before, the movers (60% likely) fetched a removal certificate
    /// from the police of their previous residence: effort 30 min, and travel 2–6 h (4 likely) with
    /// waiting 1–2 h (1.5 likely) on each of 2 visits, (0.5 + 5.5 × 2) × 0.6 = 6.9 h a case, at
    /// 30,175 VND/h 208,207.5 VND, for 2,500,000 cases a year: 520,518,750,000 VND, which the draft
    /// after saves by removing the step. A case cost 541,940 VND before (16.8 h × 30,175 + 35,000).
    @Test("the bundled residence registration: the movers' removal certificate removed")
    func residenceRegistration() throws {
        let comparison = try Assess.bundledDrafts("residence-registration")
        #expect(comparison.before.procedures.first?.cost.likely == 541_940)
        let removal = try #require(comparison.changes.first { $0.path == "permanent_residence/step/removal_certificate" })
        #expect(removal.kind == .removed)
        #expect(removal.annualCostDelta.likely == -520_518_750_000)
        #expect(comparison.beforeTotal.likely == 1_354_850_000_000)
    }
}
