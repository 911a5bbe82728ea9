import Foundation
import Testing
@testable import RedtapeKit

/// An inspection of 10 working days, the applicant's correction of 6, outside the limit, and the
/// certificate issued in 3: the applicant waits 10 + 6 + 3 = 19 working days, of which the statutory
/// limit counts 10 + 3 = 13.
@Suite("Steps outside the statutory limit")
struct StepsOutsideTheLimitTests {
    static let agency = "agency office \"Department of Health\" {\n  level province\n}"

    static func procedure(limits: String, channels: String = "  channel in_person", outside: Bool = true) -> String {
        """
        \(channels)
          cases 1 per year
        \(limits)
          step file "File" {
            channels in_person
          }
          step inspect "Inspect" {
            by office
            within 10 workdays
            after file
          }
          step correct "Correct what the inspection found" {
            effort 4h
            within 6 workdays
        \(outside ? "    outside_limit\n" : "")    after inspect
          }
          step issue "Issue" {
            by office
            within 3 workdays
            after correct
          }
        """
    }

    static func assessed(_ procedure: String) throws -> (ProcedureAssessment, Workspace) {
        try Assess.procedure(body: procedure, beside: agency)
    }

    /// 13 counted days fit a limit of 15 working days, though the 19 elapsed do not; without
    /// `outside_limit` the 19 are counted and exceed it.
    @Test("the days of a step outside the limit count in the elapsed time and not against the limit")
    func counted() throws {
        let (a, _) = try Self.assessed(Self.procedure(limits: "  limit 15 workdays"))
        #expect(a.elapsed.workdays.likely == 19)
        #expect(a.elapsed.countedWorkdays.likely == 13)
        #expect(a.elapsed.criticalPath == ["file", "inspect", "correct", "issue"])
        #expect(a.elapsed.stopsClock)
        #expect(!a.elapsed.exceedsLimit)
        #expect(a.notes.contains(.daysOutsideLimit) && !a.notes.contains(.limitsExceedStatutory))
        let (inside, _) = try Self.assessed(Self.procedure(limits: "  limit 15 workdays", outside: false))
        #expect(inside.elapsed.countedWorkdays.likely == 19)
        #expect(!inside.elapsed.stopsClock)
        #expect(inside.elapsed.exceedsLimit)
        #expect(inside.notes.contains(.limitsExceedStatutory) && !inside.notes.contains(.daysOutsideLimit))
    }

    /// Each channel's cases go through every step: 19 elapsed, 13 counted. Online's own limit of 12
    /// is exceeded by the 13; the 15 of those filed in person is not.
    @Test("with limits by channel, each channel's counted days are held to its own limit")
    func byChannel() throws {
        let (a, _) = try Self.assessed(Self.procedure(limits: "  limit 15 workdays\n  limit 12 workdays online",
                                                      channels: "  channel online 50%\n  channel in_person 50%"))
        #expect(a.elapsed.channels.map(\.workdays.likely) == [19, 19])
        #expect(a.elapsed.channels.map(\.countedWorkdays.likely) == [13, 13])
        #expect(a.elapsed.channels.map(\.exceedsLimit) == [true, false])
        #expect(a.elapsed.exceedsLimit)
        // The report's table of channels gives each one's counted days beside its elapsed.
        let html = try ReportTests.catalogReport(Assess.ruleset(assumptions: Self.agency, procedure: Self.procedure(
            limits: "  limit 15 workdays\n  limit 12 workdays online", channels: "  channel online 50%\n  channel in_person 50%")))
        #expect(html.contains("<th scope=\"col\" class=\"n\">Counted against the limit (workdays)</th>"))
        // The CSV's last columns: the counted days, whether they exceed a limit, each channel's time
        // (online, in person, post: none filed by post), the deposit a case (none) and the quickest cases' time (none: no step of a share).
        let csv = ScoreReport(CatalogAssessment(currency: "VND", procedures: [a]), files: []).csv()
        #expect(csv.hasSuffix(",13,yes,19,19,,0,\r\n"))
    }

    @Test("explain, the JSON of score and the report give the counted days beside the elapsed")
    func shown() throws {
        let (a, workspace) = try Self.assessed(Self.procedure(limits: "  limit 15 workdays"))
        let ruleset = try #require(workspace.rootRulesets.first)
        let trace = Explanation(a, workspace: workspace, ruleset: ruleset).text()
        #expect(trace.contains("    correct: within 6 workdays, outside the limit    line 25\n"))
        #expect(trace.contains("""
              elapsed = 19 workdays
              counted against the limit = 13 workdays, without the days of 'correct', outside the limit
              statutory limit = 15 workdays    line 14

            """))
        let catalog = CatalogAssessment(currency: "VND", procedures: [a])
        let html = try ReportTests.catalogReport(Assess.ruleset(assumptions: Self.agency, procedure: Self.procedure(limits: "  limit 15 workdays")))
        #expect(html.contains("19 workdays (limit 15, 13 counted)"))
        // The timeline draws the correction apart, and the limit on the applicant's calendar, 15 + 6 = 21
        // days, at its right end: 220 + 21 days × (720 − 220 − 20) / 21 = 700.
        #expect(html.contains("class=\"critical outside\""))
        #expect(html.contains("Correct what the inspection found (outside the limit)"))
        #expect(html.contains("<line x1=\"700\" x2=\"700\""))
        #expect(html.contains(">21</text>"))
        let json = ScoreReport(catalog, files: workspace.files).json()
        #expect(json.contains("""
                  "countedWorkdays": 13,
                  "countedWorkdaysLow": 13,
                  "countedWorkdaysHigh": 13,
            """))
    }

    @Test("the editor's hover on the procedure gives the counted days beside the limit")
    func hovered() throws {
        let text = Assess.ruleset(assumptions: Self.agency, procedure: Self.procedure(limits: "  limit 15 workdays"))
        #expect(try Assess.hover(text, onLineStartingWith: "procedure p", at: 11).contains("elapsed: 19 workdays (limit 15, 13 counted)"))
    }

    /// The inspection shortened from 10 to 8 working days: elapsed 19 → 17, counted 13 → 11.
    @Test("diff names the counted days beside the elapsed where a draft has steps outside the limit")
    func diffed() throws {
        let report = DiffReport(try DiffTests.compareEdit(of: Self.procedure(limits: "  limit 15 workdays"), beside: Self.agency,
                                                          replacing: "within 10 workdays", with: "within 8 workdays"), files: [])
        #expect(report.text().contains("elapsed 19 workdays → 17 workdays; counted against the limit 13 workdays → 11 workdays"))
        #expect(report.json().contains("\"countedWorkdays\": {\n        \"before\": 13,\n        \"after\": 11\n      }"))
    }

    @Test("a step outside the limit is told when it has no days to leave out")
    func withoutDays() throws {
        let text = Assess.ruleset(assumptions: Self.agency, procedure: Self.procedure(limits: "  limit 15 workdays")
            .replacingOccurrences(of: "    within 6 workdays\n", with: ""))
        let workspace = Workspace.load(["/memory/test.ruleset"], reader: MemoryReader(files: ["/memory/test.ruleset": Array(text.utf8)],
                                                                                        fallback: FileSystemReader()))
        #expect(workspace.diagnostics.map(\.code) == [.outsideLimitWithoutTime])
    }
}
