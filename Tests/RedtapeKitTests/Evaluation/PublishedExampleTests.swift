import Foundation
import Testing
@testable import RedtapeKit

/// Published worked examples of compliance-cost and present-value arithmetic, reproduced in the language.
@Suite("Published worked examples")
struct PublishedExampleTests {
    /// US EPA information-collection request, "Burden Calculation Tables", OMB control number 2009-0004
    /// (Federal Implementation Plan for contingency measures, San Joaquin Valley, 2023), annual respondent
    /// costs, reporting: a clerical wage of $33.01/h loaded by 110% for benefits (= $69.321/h), half an hour
    /// per activity, once a year, 3,546 respondents:
    ///   hours  = 0.5 × 3,546            = 1,773 h
    ///   cost   = 1,773 × 69.321         = $122,906.13 (the table's total)
    @Test("EPA burden table: loaded wage × hours × respondents")
    func epaBurdenTable() throws {
        let text = Assess.ruleset(
            currency: "USD",
            assumptions: "assume clerical \"Clerical wage\" = 33.01 USD/h {\n  source \"US BLS, as used in OMB 2009-0004\"\n}",
            procedure: """
                  cases 3_546 per year
                  tariff clerical
                  overhead 110%
                  channel online
                  step report "Report" {
                    effort 30min
                  }
                """)
        let a = try Assess.procedure(text)
        #expect(a.tariff.likely == Exact(plain: "69.321"))
        #expect(a.annualHours.likely == 1_773)
        #expect(a.annualCost.likely.places(2) == Exact(plain: "122906.13"))
    }

    /// Canada's one-for-one rule annualises administrative costs over 10 years at a 7% discount rate
    /// (Treasury Board Secretariat, "Controlling Administrative Burden That Regulations Impose on Business:
    /// Guide for the 'One-for-One' Rule"; the capital recovery factor 0.07 / (1 − 1.07^−10) = 0.142378).
    /// A one-off cost of 1,000,000 annualises to 1,000,000 × 0.1423775 = 142,377.50.
    @Test("Canada: annualising over 10 years at 7% (capital recovery factor 0.142378)")
    func canadaAnnualisation() throws {
        let text = Assess.ruleset(
            currency: "CAD", header: "  discount 7%\n  horizon 10 years\n  timing end_of_year",
            procedure: """
                  cases 1 per year
                  channel online
                  one_off setup "Set up" {
                    cost 1_000_000 CAD
                    affected 1
                  }
                """)
        let a = try Assess.procedure(text)
        let value = try #require(a.presentValue)
        #expect(value.value.likely == 1_000_000)
        #expect(value.annualised.likely.places(2) == Exact(plain: "142377.50"))
        let factor = PresentValueCalculator(discounting: try discounting(text)).factor(rate: Exact(plain: "0.07")!, years: 10)
        #expect((1 / factor).places(6) == Exact(plain: "0.142378"))
    }

    /// Australia's Regulatory Burden Measurement framework discounts the ongoing cost of year n by
    /// 1/(1.07)^(n−1): the first year undiscounted (start-of-year timing). 100 a year for 10 years:
    ///   Σ_{n=1..10} 100 / 1.07^(n−1) = 100 × 7.5152323… = 751.52
    @Test("Australia: start-of-year discounting at 7%")
    func australiaDiscounting() throws {
        let text = Assess.ruleset(
            currency: "AUD", header: "  discount 7%\n  horizon 10 years\n  timing start_of_year",
            procedure: """
                  cases 1 per year
                  channel online
                  document d "D" {
                    cost 100 AUD
                  }
                """)
        let a = try Assess.procedure(text)
        let value = try #require(a.presentValue)
        #expect(value.value.likely.places(2) == Exact(plain: "751.52"))
        #expect(value.annualised.likely.places(6) == 100)
    }

    /// Vietnam's official savings figures for 2016–2020: 18 million working days saved, worth about
    /// 6,300 billion VND a year, i.e. 350,000 VND a working day (domain primer §4).
    @Test("Vietnam: 18 million working days × 350,000 VND = 6,300 billion VND")
    func vietnamWorkingDays() throws {
        let (catalog, workspace) = try Assess.catalog(
            "assume saved = 18_000_000 workdays * 350_000 VND/workday {\n  estimate\n}\n")
        #expect(catalog.procedures.isEmpty)
        let saved = try #require(workspace.rootRulesets.first?.assumptions.first)
        #expect(saved.value.value.likely == 6_300_000_000_000)
        #expect(saved.value.value.unit == Unit.money("VND"))
    }

    private func discounting(_ text: String) throws -> Discounting {
        let (_, workspace) = try Assess.catalog(text)
        return try #require(workspace.rootRulesets.first?.header?.discounting)
    }
}
