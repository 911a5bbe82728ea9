import Foundation
import Testing
@testable import RedtapeKit

/// A criminal record certificate's fee, a table by segment and by channel (Circular 244/2016/TT-BTC,
/// with the online amounts of Circular 16/2025/TT-BTC): 200,000 VND, students 100,000, online 170,000,
/// students online 80,000; waived for the exempt. 30% of the cases file in person, 70% online.
///
///     others   (85%): 0.3 × 200,000 + 0.7 × 170,000 = 60,000 + 119,000 = 179,000 VND
///     students (10%): 0.3 × 100,000 + 0.7 ×  80,000 = 30,000 +  56,000 =  86,000 VND
///     exempt    (5%): 0
///     a case        : 0.85 × 179,000 + 0.1 × 86,000 = 152,150 + 8,600 = 160,750 VND
@Suite("Fee amounts by segment and by channel")
struct FeeTableTests {
    static let cells = """
            amount 200_000 VND
            amount 100_000 VND students
            amount 170_000 VND online
            amount 80_000 VND students online

        """

    static func procedure(fee: String = cells) -> String {
        """
          channel in_person 30%
          channel online 70%
          cases 100 per year
          segment students "Students" {
            share 10%
          }
          segment exempt "The elderly, people with disabilities, poor households" {
            share 5%
          }
          segment others "Everyone else" {
            share 85%
          }
          fee certificate "Certificate fee" {
        \(fee)    waived exempt
          }
        """
    }

    static func diagnostics(_ procedure: String) -> [Diagnostic] {
        let path = "/memory/test.ruleset"
        let reader = MemoryReader(files: [path: Array(Assess.ruleset(procedure: procedure).utf8)], fallback: FileSystemReader())
        return Workspace.load([path], reader: reader).diagnostics
    }

    @Test("a case pays its segment's amount on its channel")
    func averaged() throws {
        let (a, workspace) = try Assess.procedure(body: Self.procedure())
        #expect(a.outOfPocket.likely == 160_750)
        #expect(a.annualCost.likely == 16_075_000)
        #expect(workspace.diagnostics.isEmpty)
        let ruleset = try #require(workspace.rootRulesets.first)
        let traced = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(try #require(ruleset.procedures.first))
        let trace = Explanation(traced, workspace: workspace, ruleset: ruleset).text()
        #expect(trace.contains("average over segments (students 10% × 86,000 VND [in_person 30% × 100,000 VND + online 70% × 80,000 VND]"
            + " + exempt 5% × 0 VND + others 85% × 179,000 VND [in_person 30% × 200,000 VND + online 70% × 170,000 VND])"))
    }

    @Test("a cell's channel may come first")
    func eitherOrder() throws {
        let (a, _) = try Assess.procedure(body: Self.procedure(
            fee: Self.cells.replacingOccurrences(of: "students online", with: "online students")))
        #expect(a.outOfPocket.likely == 160_750)
    }

    /// Without the cell, a student filing online would pay 100,000 VND by the segment's row or 170,000
    /// by the channel's: the law's table says which, and the draft must too.
    @Test("a segment and a channel with amounts of their own need the cell of the two")
    func cellMissing() {
        let found = Self.diagnostics(Self.procedure(fee: Self.cells.replacingOccurrences(of: "    amount 80_000 VND students online\n", with: "")))
        #expect(found.map(\.code) == [.missingFact])
        #expect(found.first?.message == "fee 'certificate' does not say what segment 'students' pays on 'online'")
        #expect(found.first?.help?.contains("'amount <amount> students online'") == true)
    }

    @Test("a cell whose segment is misspelt is told as that alone")
    func cellMisspelt() {
        let found = Self.diagnostics(Self.procedure(fee: Self.cells.replacingOccurrences(of: "students online", with: "studnets online")))
        #expect(found.map(\.code) == [.unknownReference])
    }

    @Test("a cell is one segment on one channel")
    func cellShape() {
        let twoChannels = Self.diagnostics(Self.procedure(fee: Self.cells.replacingOccurrences(of: "students online", with: "online post")))
        #expect(twoChannels.map(\.message) == ["'amount' names two channels"])
        let twoSegments = Self.diagnostics(Self.procedure(fee: Self.cells.replacingOccurrences(of: "students online", with: "students others")))
        #expect(twoSegments.map(\.message) == ["'amount' names two segments"])
    }

    @Test("a cell charged on a channel the fee waives, or given twice, is refused")
    func cellConflicts() {
        let waived = Self.diagnostics(Self.procedure(fee: Self.cells + "    waived online\n"))
        #expect(waived.map(\.message) == ["fee 'certificate' both charges 'students online' an amount and waives 'online'"])
        let twice = Self.diagnostics(Self.procedure(fee: Self.cells + "    amount 90_000 VND online students\n"))
        #expect(twice.map(\.message) == ["the amount of segment 'students online' is given twice"])
        let channelTwice = Self.diagnostics(Self.procedure(fee: Self.cells + "    amount 160_000 VND online\n"))
        #expect(channelTwice.map(\.message) == ["the amount on 'online' is given twice"])
    }

    /// The students' online amount cut from 80,000 to 60,000 VND: 10% × 70% × 20,000 × 100 cases =
    /// 140,000 VND a year less, named as that cell's amount.
    @Test("diff names a cell's amount that changed")
    func diffed() throws {
        let comparison = try DiffTests.compareEdit(of: Self.procedure(), replacing: "amount 80_000 VND students online",
                                                   with: "amount 60_000 VND students online")
        #expect(comparison.delta.likely == -140_000)
        #expect(DiffReport(comparison, files: []).text().contains(
            "~ fee 'Certificate fee': amount students online 80,000 VND → 60,000 VND  -140,000 VND"))
        #expect(DiffReport(comparison, files: [], language: .vi).text().contains("mức thu students trực tuyến 80.000 ₫ → 60.000 ₫"))
    }

    /// A cell added where the channel's amount was paid: the students online paid 170,000 VND before,
    /// 80,000 after, 10% × 70% × 90,000 × 100 cases = 630,000 VND a year less.
    @Test("diff compares a new cell with what its cases paid before")
    func cellAdded() throws {
        let without = Self.procedure(fee: "    amount 200_000 VND\n    amount 170_000 VND online\n")
        let comparison = try DiffTests.compareEdit(of: without, replacing: "    amount 170_000 VND online\n",
                                                   with: "    amount 170_000 VND online\n    amount 80_000 VND students online\n")
        #expect(comparison.delta.likely == -630_000)
        #expect(DiffReport(comparison, files: []).text().contains("amount students online 170,000 VND → 80,000 VND"))
    }

    @Test("the export gives a cell's channel")
    func exported() throws {
        let (_, workspace) = try Assess.procedure(body: Self.procedure())
        let json = ModelExport(workspace).json()
        #expect(json.contains("\"segment\": \"students\",\n                  \"channel\": \"online\""))
        #expect(json.contains("\"segment\": \"students\",\n                  \"channel\": null"))
    }

    /// Rulesets/vn/criminal-record, 1,250,000 certificates a year likely. Before, 180,000 VND a case
    /// of the fee (0.85 × 200,000 + 0.1 × 100,000) and 12,000 of copies: 192,000 out of pocket. After,
    /// the table above, 160,750, and no copies: the fee's line is (160,750 − 180,000) × 1,250,000 =
    /// −24,062,500,000 VND.
    @Test("the bundled criminal record certificate: the fee cut online, by the table")
    func criminalRecord() throws {
        let comparison = try Assess.bundledDrafts("criminal-record")
        #expect(comparison.before.procedures.first?.outOfPocket.likely == 192_000)
        #expect(comparison.after.procedures.first?.outOfPocket.likely == 160_750)
        let fee = try #require(comparison.changes.first { $0.path == "criminal_record/fee/certificate" })
        #expect(fee.annualCostDelta.likely == -24_062_500_000)
    }
}
