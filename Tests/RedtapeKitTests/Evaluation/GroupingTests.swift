import Foundation
import Testing
@testable import RedtapeKit

/// A catalog review totals procedures by sector, agency and level; the names are compared as text.
@Suite("groupings")
struct GroupingTests {
    /// A procedure of `cases` a year, each taking one hour at 40,000 VND an hour: 40,000 × cases a year.
    static func procedure(_ id: String, sector: String, cases: Int) -> String {
        """
        procedure \(id) "Procedure \(id)" {
          sector "\(sector)"
          basis "Test"
          cases \(cases) per year
          tariff hour
          channel in_person
          document form "Form" {
            prepare 1h
          }
        }

        """
    }

    /// "Hộ tịch" written composed (NFC) and decomposed (NFD) is one sector: three procedures with
    /// 100, 200 and 400 cases, 40,000 VND a case, make 700 cases and 28,000,000 VND; "Đất đai" with
    /// 1,000 cases makes 40,000,000 VND and comes first, the largest.
    @Test("two spellings of one sector in other bytes are one group, its sums those of its members")
    func spellingsOfOneName() throws {
        let composed = "H\u{1ED9} t\u{1ECB}ch"
        let decomposed = "Ho\u{323}\u{302} ti\u{323}ch"
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        #expect(composed == decomposed)
        let text = """
            ruleset "Groups" {
              currency VND
            }

            assume hour "An hour" = 40_000 VND/h {
              source "Test"
            }


            """ + Self.procedure("a", sector: composed, cases: 100) + Self.procedure("b", sector: "Đất đai", cases: 1_000)
            + Self.procedure("c", sector: decomposed, cases: 200) + Self.procedure("d", sector: composed, cases: 400)
        let (catalog, _) = try Assess.catalog(text)
        let sectors = catalog.groups(by: [.sector])[0]
        #expect(sectors.map(\.key) == ["Đất đai", composed])
        #expect(sectors.map(\.procedures) == [1, 3])
        #expect(sectors.map(\.cases.likely) == [1_000, 700])
        #expect(sectors.map(\.annualCost.likely) == [40_000_000, 28_000_000])
    }
}
