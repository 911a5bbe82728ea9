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

    @Test("variants are ranked by the cost of a case and the lightest practice is named")
    func ranking() throws {
        let comparison = try Self.comparison()
        let group = try #require(comparison.groups.first)
        #expect(group.key == "1.009994")
        #expect(group.variants.map(\.label) == ["da-nang", "hue", "hanoi"])
        #expect(group.variants.first?.assessment.cost.likely == 3_478_000)
        let survey = try #require(group.practices.first { $0.subject == .document(name: "Site survey report") })
        #expect(survey.best == "da-nang")
        let fee = try #require(group.practices.first { $0.subject == .fee(name: "Construction permit fee") })
        #expect(fee.best == "da-nang, hue")
        Golden.check(CompareReport(comparison).text(), against: Self.folder + "/expected/compare.txt")
        Golden.check(CompareReport(comparison, language: .vi).text(), against: Self.folder + "/expected/compare.vi.txt")
    }
}
