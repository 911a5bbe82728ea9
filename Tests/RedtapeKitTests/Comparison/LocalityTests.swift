import Foundation
import Testing
@testable import RedtapeKit

/// Three provinces' versions of the house construction permit (Fixtures/localities). By hand, for
/// Da Nang: hours 1 + 8 + 0.5 + 60% in person × 2 h = 10.7 h; × 40,000 = 428,000; out of pocket
/// 3,000,000 drawings + 50,000 fee = 3,050,000; a case 3,478,000 VND — the lightest of the three.
@Suite("compare localities")
struct LocalityTests {
    static let folder = Paths.fixtures + "/localities"

    static func comparison() throws -> LocalityComparison {
        let variants = try ["hanoi", "da-nang", "hue"].map { name -> (label: String, procedures: [ProcedureAssessment]) in
            let workspace = Workspace.load([folder + "/\(name).ruleset"])
            return (name, try CatalogAssessment.assess(workspace).get().procedures)
        }
        return LocalityComparison.compare(variants)
    }

    /// One locality's procedure p: 10 cases a year at 40,000 VND/h, with the channels and items given.
    static func variant(_ label: String, _ body: String) throws -> (label: String, procedures: [ProcedureAssessment]) {
        let text = "ruleset \"T\" {\n  currency VND\n}\n\nprocedure p \"P\" {\n  cases 10 per year\n"
            + "  tariff 40_000 VND/h\n  basis \"T\"\n" + body + "}\n"
        return (label, try Assess.catalog(text, path: "/memory/\(label).ruleset").0.procedures)
    }

    @Test("variants are ranked by the cost of a case and the lightest practice is named")
    func ranking() throws {
        let comparison = try Self.comparison()
        let group = try #require(comparison.groups.first)
        #expect(group.key == "1.009994")
        #expect(group.variants.map(\.label) == ["da-nang", "hue", "hanoi"])
        #expect(group.variants.first?.assessment.cost.likely == 3_478_000)
        let survey = try #require(group.practices.first { $0.subject == .document(name: "Site survey report") })
        #expect(survey.best == "da-nang")
        let fee = try #require(group.practices.first { $0.subject == .fee(name: "Construction permit fee", sameCharges: false) })
        #expect(fee.best == "da-nang, hue")
        Golden.check(CompareReport(comparison).text(), against: Self.folder + "/expected/compare.txt")
        Golden.check(CompareReport(comparison, language: .vi).text(), against: Self.folder + "/expected/compare.vi.txt")
        Golden.check(CompareReport(comparison).markdown(), against: Self.folder + "/expected/compare.md")
    }

    /// The same work, promised in 15 working days in one locality and 20 in the other: the sooner
    /// promise is named though the steps' times, and so the cases' elapsed time, are the same (5 days).
    /// A variant without a limit leaves the measure out, as nothing is promised there to compare.
    @Test("a statutory limit promised sooner is named as a practice")
    func limitPromisedSooner() throws {
        func variant(_ label: String, limit: String?) throws -> (label: String, procedures: [ProcedureAssessment]) {
            try Self.variant(label, "  channel in_person\n" + (limit.map { "  limit \($0)\n" } ?? "")
                + "  step decide \"Decide\" {\n    within 5 workdays\n  }\n")
        }
        let comparison = LocalityComparison.compare([try variant("a", limit: "20 workdays"), try variant("b", limit: "15 workdays")])
        let group = try #require(comparison.groups.first)
        let limit = try #require(group.practices.first { $0.subject == .limit })
        #expect(limit.best == "b")
        #expect(!group.practices.contains { $0.subject == .measure(.elapsed) })
        #expect(CompareReport(comparison).text().contains("statutory limit: best b — b 15 workdays; a 20 workdays"))
        let unpromised = LocalityComparison.compare([try variant("a", limit: "20 workdays"), try variant("c", limit: nil)])
        #expect(try #require(unpromised.groups.first).practices.allSatisfy { $0.subject != .limit })
    }

    /// The same fee, 200,000 VND and 100,000 VND online, where 70% file online (30% × 200,000 + 70% ×
    /// 100,000 = 130,000 a case) and where 20% do (80% × 200,000 + 20% × 100,000 = 180,000): the
    /// practice names the first, and says the charges are the same, so that no one reads it as a lower fee.
    @Test("a fee charged alike, paid differently for the channels cases file on, says the charges are the same")
    func feeChargedAlike() throws {
        func variant(_ label: String, online: Int) throws -> (label: String, procedures: [ProcedureAssessment]) {
            try Self.variant(label, "  channel online \(online)%\n  channel in_person \(100 - online)%\n"
                + "  fee f \"Certificate fee\" {\n    amount 200_000 VND\n    amount 100_000 VND online\n  }\n")
        }
        let comparison = LocalityComparison.compare([try variant("a", online: 70), try variant("b", online: 20)])
        let group = try #require(comparison.groups.first)
        let fee = try #require(group.practices.first { $0.subject == .fee(name: "Certificate fee", sameCharges: true) })
        #expect(fee.best == "a")
        #expect(CompareReport(comparison).text().contains(
            "fee 'Certificate fee', paid a case on average (the same charges: the cases differ in how they file or in their "
                + "segments): best a — a 130,000 VND; b 180,000 VND"))
    }

    /// A fee of 1,000,000 VND, 500,000 VND in areas of hardship: where 90% of the cases are in them,
    /// 90% × 500,000 + 10% × 1,000,000 = 550,000 a case; where 10% are, 950,000. The 400,000 between
    /// them is who the cases are, not how the locality works: the line says so, rather than that
    /// "in similar conditions" one does better.
    @Test("localities whose cases fall in other shares of the segments are not said to be alike")
    func segmentsDiffer() throws {
        func variant(_ label: String, hardship: Int) throws -> (label: String, procedures: [ProcedureAssessment]) {
            try Self.variant(label, "  channel in_person\n"
                + "  segment hardship \"Areas of hardship\" {\n    share \(hardship)%\n  }\n"
                + "  segment others \"Elsewhere\" {\n    share \(100 - hardship)%\n  }\n"
                + "  fee f \"Fee\" {\n    amount 1_000_000 VND\n    waived hardship\n  }\n"
                + "  fee g \"Fee, areas of hardship\" {\n    amount 500_000 VND\n    waived others\n  }\n")
        }
        let comparison = LocalityComparison.compare([try variant("north", hardship: 90), try variant("south", hardship: 10)])
        let text = CompareReport(comparison).text()
        #expect(text.contains("A case costs 400,000 VND less in north than in south, but their cases are not alike: the segments' "
                              + "shares differ (north: hardship 90%, others 10%; south: hardship 10%, others 90%), and part of "
                              + "the difference is theirs, not the practice's."))
        #expect(!text.contains("In similar conditions"))
    }

    /// `LimitsByChannel` in two localities, with a courier for the cases filed online: in a, 70% file
    /// online, examined in 3 days (1 + 3 = 4), and the courier costs 30,000 VND; in b, 30%, in 4 days
    /// (1 + 4 = 5), at 45,000. Out of pocket a case, a pays more (70% × 30,000 = 21,000 VND against 30%
    /// × 45,000 = 13,500) though its courier costs less: the courier's price, and online's time, are
    /// named apart.
    @Test("a step's cost to the cases that go through it, and each channel's time under its own limit, are compared")
    func stepCostAndChannelTime() throws {
        func variant(_ label: String, online share: Int, days: Int, courier: String) throws -> (label: String, procedures: [ProcedureAssessment]) {
            try Self.variant(label, "  channel online \(share)%\n  channel in_person \(100 - share)%\n"
                + LimitsByChannel.facts(online: days)
                + "\n  step courier \"Courier\" {\n    applies online\n    cost \(courier) VND\n  }\n")
        }
        let comparison = LocalityComparison.compare([try variant("a", online: 70, days: 3, courier: "30_000"),
                                                     try variant("b", online: 30, days: 4, courier: "45_000")])
        let group = try #require(comparison.groups.first)
        #expect(group.practices.first { $0.subject == .measure(.outOfPocket) }?.best == "b")
        #expect(group.practices.first { $0.subject == .stepCost(name: "Courier") }?.best == "a")
        #expect(group.practices.first { $0.subject == .elapsed(filed: .online) }?.best == "a")
        #expect(group.practices.first { $0.subject == .elapsed(filed: .inPerson) } == nil)
        let text = CompareReport(comparison).text()
        #expect(text.contains("    elapsed, filed online: best a — a 4 workdays; b 5 workdays\n"))
        #expect(text.contains("    cost of step 'Courier', a case that goes through it: best a — a 30,000 VND; b 45,000 VND\n"))
    }

    /// The same filing step in two localities, every case in person: 30 min of effort and 1 h of travel
    /// and waiting in a (1.5 h), 30 min and 3 h in b (3.5 h); the step's hours are named apart from the
    /// procedure's, with the lighter locality first.
    @Test("the applicant's hours on a step of the same name are compared")
    func stepHours() throws {
        func variant(_ label: String, travel: String) throws -> (label: String, procedures: [ProcedureAssessment]) {
            try Self.variant(label, "  channel in_person\n  step file \"File the dossier\" {\n    effort 30min\n    travel \(travel)\n  }\n")
        }
        let comparison = LocalityComparison.compare([try variant("a", travel: "1h"), try variant("b", travel: "3h")])
        let group = try #require(comparison.groups.first)
        let practice = try #require(group.practices.first { $0.subject == .stepHours(name: "File the dossier") })
        #expect(practice.best == "a")
        #expect(CompareReport(comparison).text()
            .contains("    hours on step 'File the dossier', a case on average: best a — a 1.5 h; b 3.5 h\n"))
    }

    /// A locality's document is another's when they share an id, a form or a name, from one locality to the
    /// next: a new form of the same declaration, or another id for the same certificate, is not a
    /// document that locality does without. Only the ID copy, which b and c no longer ask for, is named (the lighter first).
    @Test("the same document under a new form or another id is matched, not named as not asked")
    func documentsMatched() throws {
        func variant(_ label: String, _ documents: String) throws -> (label: String, procedures: [ProcedureAssessment]) {
            try Self.variant(label, "  channel in_person\n" + documents)
        }
        let comparison = LocalityComparison.compare([
            try variant("a", "  document form \"Declaration\" {\n    form \"Form 1\"\n    prepare 1h\n  }\n"
                        + "  document status \"Marital status certificate\" {\n    prepare 2h\n  }\n"
                        + "  document id_copy \"ID copy\" {\n    prepare 1h\n  }\n"),
            try variant("b", "  document form \"Electronic declaration\" {\n    form \"Form 2\"\n    prepare 30min\n  }\n"
                        + "  document certificate \"Marital status certificate\" {\n    prepare 2h\n  }\n"),
            try variant("c", "  document declaration \"Declaration\" {\n    form \"form  1\"\n    prepare 30min\n  }\n"
                        + "  document status \"Marital status certificate\" {\n    prepare 1h\n  }\n"),
        ])
        let group = try #require(comparison.groups.first)
        let documents = group.practices.compactMap { practice -> String? in
            guard case .document(let name) = practice.subject else { return nil }
            return "\(name): \(practice.best)"
        }
        #expect(documents == ["ID copy: c, b"])
    }
}
