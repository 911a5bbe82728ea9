import Foundation
import Testing
@testable import RedtapeKit

@Suite("Standard Cost Model: hand-computed cases")
struct CostModelTests {
    /// One document (30 min), one in-person step (effort 1 h, travel 1 h, wait 30 min, fare 20,000),
    /// one fee of 50,000, tariff 40,000 VND/h, 1,000 cases a year, in person only.
    ///   hours        = 0.5 + 1 + (1 + 0.5)            = 3 h
    ///   out of pocket = 20,000 + 50,000               = 70,000 VND
    ///   cost a case  = 3 × 40,000 + 70,000            = 190,000 VND
    ///   annual       = 190,000 × 1,000                = 190,000,000 VND
    static let inPerson = """
          cases 1_000 per year
          tariff 40_000 VND/h
          channel in_person
          document form "Form" {
            prepare 30min
          }
          step file "File" {
            effort 1h
            travel 1h
            wait 30min
            fare 20_000 VND
            fee filing "Filing fee" {
              amount 50_000 VND
              basis "Test"
            }
          }
        """

    @Test("in person only")
    func inPersonOnly() throws {
        let a = try Assess.procedure(Assess.ruleset(procedure: Self.inPerson))
        #expect(a.hours.likely == 3)
        #expect(a.outOfPocket.likely == 70_000)
        #expect(a.cost.likely == 190_000)
        #expect(a.annualCost.likely == 190_000_000)
        #expect(a.annualHours.likely == 3_000)
        #expect(a.counts.visitsInPerson == 1)
    }

    /// The same with 60% online, the fee waived online, the step offered on both channels:
    ///   hours        = 0.5 + 1 + 40% × 1.5            = 2.1 h
    ///   out of pocket = 40% × (20,000 + 50,000)        = 28,000 VND
    ///   cost a case  = 2.1 × 40,000 + 28,000          = 112,000 VND
    ///   online case  = 1.5 × 40,000                   = 60,000; in-person case 190,000 (as above)
    @Test("channel mix with a fee waived online")
    func channelMix() throws {
        let body = Self.inPerson
            .replacingOccurrences(of: "channel in_person", with: "channel online 60%\n  channel in_person 40%")
            .replacingOccurrences(of: "amount 50_000 VND", with: "amount 50_000 VND\n      waived online")
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect(a.hours.likely == Exact(plain: "2.1"))
        #expect(a.outOfPocket.likely == 28_000)
        #expect(a.cost.likely == 112_000)
        #expect(a.channels.map(\.cost.likely) == [60_000, 190_000])
        #expect(a.counts.visits == Exact(plain: "0.4"))
    }

    /// A step not offered online is done in person even for cases filed online:
    /// collect is in person only, so every case makes that visit (travel 1 h):
    ///   hours = 1 (collect travel) + 0.25 (collect effort) = 1.25 h; cost = 1.25 × 40,000 = 50,000 VND
    @Test("a step not offered on the case's channel is done in person")
    func stepChannelFallback() throws {
        let body = """
              cases 10 per year
              tariff 40_000 VND/h
              channel online 100%
              step collect "Collect the result" {
                channels in_person
                effort 15min
                travel 1h
              }
            """
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect(a.hours.likely == Exact(plain: "1.25"))
        #expect(a.cost.likely == 50_000)
        #expect(a.counts.visits == 1)
    }

    /// Overhead 25% on 43,750 VND/h: 54,687.5 VND/h; 20 min of effort costs 54,687.5 / 3 = 18,229.1666… VND.
    @Test("overhead uplift, and a 20-minute effort kept exact until display")
    func overhead() throws {
        let body = """
              cases 3 per year
              tariff 43_750 VND/h
              overhead 25%
              channel online
              step s "S" {
                effort 20min
              }
            """
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect(a.tariff.likely == Exact(plain: "54687.5"))
        #expect(a.cost.likely.places(4) == Exact(plain: "18229.1667"))
        // 3 cases: 18,229.1666… × 3 = 54,687.5 exactly (the thirds add back up).
        #expect(a.annualCost.likely.places(6) == Exact(plain: "54687.5"))
    }

    /// Segments: households (60%, 20,000 VND/h, the fee waived) and firms (40%, 50,000 VND/h, business).
    ///   tariff over segments = 0.6 × 20,000 + 0.4 × 50,000             = 32,000 VND/h
    ///   effort 2 h; fee 100,000 paid by firms only: 0.4 × 100,000      = 40,000 VND
    ///   cost a case = 2 × 32,000 + 40,000                               = 104,000 VND; × 100 cases = 10,400,000
    ///   households: 60 cases × (2 × 20,000)            = 2,400,000 VND (citizens)
    ///   firms:      40 cases × (2 × 50,000 + 100,000)  = 8,000,000 VND (businesses)
    @Test("segments with their own tariff, subject and fee waiver")
    func segments() throws {
        let body = """
              cases 100 per year
              subject citizen
              channel online
              segment households "Households" {
                share 60%
                tariff 20_000 VND/h
              }
              segment firms "Firms" {
                share 40%
                tariff 50_000 VND/h
                subject business
              }
              step s "S" {
                effort 2h
              }
              fee f "Fee" {
                amount 100_000 VND
                waived households
                basis "Test"
              }
            """
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect(a.tariff.likely == 32_000)
        #expect(a.cost.likely == 104_000)
        #expect(a.annualCost.likely == 10_400_000)
        let parties = Dictionary(uniqueKeysWithValues: a.parties.map { ($0.party, $0.annualCost.likely) })
        #expect(parties[.citizens] == 2_400_000)
        #expect(parties[.businesses] == 8_000_000)
        #expect(parties.values.reduce(0, +) == a.annualCost.likely)
    }

    /// Fixtures/score/households-and-firms.ruleset, whose comment works out its figures: households at
    /// 20,000 VND/h with `overhead 0%` beside firms at 40,000 VND/h with the procedure's 25%.
    @Test("a segment's own overhead replaces the procedure's")
    func segmentOverhead() throws {
        let (catalog, _) = try Assess.catalog(try String(contentsOfFile: Paths.fixtures + "/score/households-and-firms.ruleset",
                                                         encoding: .utf8))
        let a = try #require(catalog.procedures.first)
        #expect(a.tariff.likely == 29_000)
        #expect(a.annualCost.likely == 5_800_000)
        let parties = Dictionary(uniqueKeysWithValues: a.parties.map { ($0.party, $0.annualCost.likely) })
        #expect(parties[.citizens] == 2_800_000)
        #expect(parties[.businesses] == 3_000_000)
    }

    /// Items that concern the cases of some channels only (online 60%, in person 30%, post 10%; 60,000
    /// VND/h, 1,000 VND a minute): a stamped envelope for those who file by post, 0.1 × (10 min × 1,000
    /// + 5,000) = 1,500; filing, for all, 30,000; the result posted to those who file online or by post,
    /// 0.7 × 30,000 = 21,000, and its fee paid there, 0.7 × 10,000 = 7,000; collecting it in person for
    /// those who file in person, a visit of 0.3 a case: 0.3 × 60 min × 1,000 = 18,000 and 0.3 × 20,000 =
    /// 6,000. A case costs 83,500 VND. Staff time, 15 min on collection, at 40,000 VND/h: 0.3 × 10,000
    /// = 3,000 VND a case. A case filed in person visits twice (filing and collection).
    @Test("an item that applies to the cases of some channels costs on those channels only")
    func appliesOnChannels() throws {
        let body = """
              cases 100 per year
              tariff 60_000 VND/h
              staff_tariff 40_000 VND/h
              channel online 60%
              channel in_person 30%
              channel post 10%
              document envelope "Stamped envelope" {
                prepare 10min
                cost 5_000 VND
                applies post
              }
              step file "File" {
                effort 30min
              }
              step posted "Receive the result by post" {
                cost 30_000 VND
                applies online, post
                fee certificate "Certificate fee" {
                  amount 10_000 VND
                  basis "Test"
                }
              }
              step collect "Collect the result" {
                channels in_person
                travel 1h
                fare 20_000 VND
                staff 15min
                applies in_person
              }
            """
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect(a.cost.likely == 83_500)
        let byItem = Dictionary(a.terms.map { ("\($0.kind) \($0.item)", $0.cost.likely) }, uniquingKeysWith: +)
        #expect(byItem["preparation envelope"] == 1_000 && byItem["documentCost envelope"] == 500)
        #expect(byItem["stepCost posted"] == 21_000 && byItem["fee certificate"] == 7_000)
        #expect(byItem["visit collect"] == 18_000 && byItem["fare collect"] == 6_000)
        #expect(a.administrationCost.likely == 3_000)
        #expect(a.counts.visitsInPerson == 2 && a.counts.visits == Exact(plain: "0.6"))
    }

    /// A step's own money, which is no fee: postage of 20,000 VND for the half of cases whose result is
    /// posted: 0.5 × 20,000 = 10,000 VND a case, × 100 cases = 1,000,000 VND a year, all out of pocket.
    @Test("a step's own cost (postage, a courier) is money out of pocket for the cases it concerns")
    func stepCost() throws {
        let body = """
              cases 100 per year
              tariff 40_000 VND/h
              channel online
              step post "Receive the result by post" {
                cost 20_000 VND
                applies 50%
              }
            """
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect(a.outOfPocket.likely == 10_000)
        #expect(a.annualCost.likely == 1_000_000)
        let term = try #require(a.terms.first)
        #expect(term.kind == .stepCost && term.item == "post" && term.hours.likely == 0)
        #expect(CostWording(.en).label(term) == "money paid for 'Receive the result by post'")
    }

    /// A segment with nothing of its own is reported (W038), but for the last one beside segments that
    /// differ: the rest of the cases, which the shares need.
    @Test("the last segment may be the rest of the cases; an idle segment before it is reported")
    func restSegment() {
        func idle(_ segments: String) -> [String] {
            let text = Assess.ruleset(procedure: "  cases 100 per year\n  tariff 20_000 VND/h\n  channel online\n" + segments)
            let path = "/memory/segments.ruleset"
            let workspace = Workspace.load([path], reader: MemoryReader(files: [path: Array(text.utf8)], fallback: FileSystemReader()))
            #expect(!workspace.diagnostics.hasErrors)
            return workspace.diagnostics.filter { $0.code == .segmentWithoutEffect }.map(\.message)
        }
        let small = "  segment small \"Small\" {\n    share 70%\n    tariff 10_000 VND/h\n  }\n"
        let rest = "  segment rest \"Rest\" {\n    share 30%\n  }\n"
        let other = "  segment other \"Other\" {\n    share 70%\n  }\n"
        #expect(idle(small + rest) == [])
        #expect(idle(rest + small).count == 1)
        #expect(idle(other + rest).count == 2)
    }

    /// Ranges: prepare 1h..2h (likely 1.5 h), cases 100..200 per year (likely 150), tariff 10,000 VND/h.
    ///   cost a case: low 10,000, likely 15,000, high 20,000
    ///   annual:      low 1,000,000 (10,000 × 100), likely 2,250,000, high 4,000,000 (20,000 × 200)
    @Test("ranges propagate to every figure")
    func ranges() throws {
        let body = """
              cases 100..200 per year
              tariff 10_000 VND/h
              channel online
              document d "D" {
                prepare 1h..2h
              }
            """
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect([a.cost.low, a.cost.likely, a.cost.high] == [10_000, 15_000, 20_000])
        #expect([a.annualCost.low, a.annualCost.likely, a.annualCost.high] == [1_000_000, 2_250_000, 4_000_000])
    }

    /// Staff time is the administration's cost: 2 h at 30,000 VND/h = 60,000 a case; × 50 cases = 3,000,000.
    /// A one-off familiarisation of 1 h (tariff 40,000) + 10,000 VND for 200 firms = 10,000,000, kept apart.
    @Test("administration cost and one-off costs are kept apart from the applicant's recurring cost")
    func administrationAndOneOff() throws {
        let body = """
              cases 50 per year
              tariff 40_000 VND/h
              staff_tariff 30_000 VND/h
              agency office
              channel online
              step review "Review" {
                by office
                staff 2h
              }
              one_off learn "Learn the new rules" {
                effort 1h
                cost 10_000 VND
                affected 200
              }
            """
        let a = try Assess.procedure(Assess.ruleset(assumptions: "agency office \"Office\"", procedure: body))
        #expect(a.cost.likely == 0)
        #expect(a.administrationCost.likely == 60_000)
        #expect(a.parties.first { $0.party == .administration }?.annualCost.likely == 3_000_000)
        #expect(a.oneOffCost.likely == 10_000_000)
        #expect(a.annualCost.likely == 0)
    }

    /// 'learn': (1 h × 40,000 VND/h + 10,000 VND) × 200 affected = 10,000,000 VND; 'forms' names no
    /// subjects, so the 50 cases a year bear it: 2,000 VND × 50 = 100,000 VND. 10,100,000 VND in all.
    @Test("explain traces each one-off cost, and says when the cases a year are its subjects")
    func oneOffExplained() throws {
        let body = """
              cases 50 per year
              tariff 40_000 VND/h
              channel online
              one_off learn "Learn the new rules" {
                effort 1h
                cost 10_000 VND
                affected 200
              }
              one_off forms "Print the new forms" {
                cost 2_000 VND
              }
            """
        let (a, workspace) = try Assess.procedure(body: body)
        #expect(a.oneOffCost.likely == 10_100_000)
        let ruleset = try #require(workspace.rootRulesets.first)
        let traced = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(try #require(ruleset.procedures.first))
        let trace = Explanation(traced, workspace: workspace, ruleset: ruleset).text()
        #expect(trace.contains("one-off cost, kept apart = 10,100,000 VND\n"))
        #expect(trace.contains("one_off 'learn': (effort 1 h × 40,000 VND/h + cost 10,000 VND) × affected 200 = 10,000,000 VND    line "))
        #expect(trace.contains("one_off 'forms': cost 2,000 VND × affected 50 (the cases a year: it names no 'affected') = 100,000 VND    line "))
    }

    /// Amounts in another currency are converted at the declared rate: 10 EUR at 27,000 VND = 270,000 VND.
    @Test("exchange rates convert foreign amounts")
    func exchange() throws {
        let body = """
              cases 1 per year
              channel online
              document translation "Sworn translation" {
                cost 10 EUR
              }
            """
        let a = try Assess.procedure(Assess.ruleset(header: "  exchange 1 EUR = 27_000 VND", procedure: body))
        #expect(a.outOfPocket.likely == 270_000)
    }

    /// The trace of the same: the amount as written, 10 EUR, times the rate, 27,000 VND/EUR, is the
    /// term's 270,000 VND, and the rate is listed with the header line it comes from (line 3).
    @Test("explain shows an amount in another currency as written, times the exchange rate, and the rate's line")
    func exchangeExplained() throws {
        let body = "  cases 1 per year\n  channel online\n  document translation \"Sworn translation\" {\n    cost 10 EUR\n  }"
        let (_, workspace) = try Assess.catalog(Assess.ruleset(header: "  exchange 1 EUR = 27_000 VND", procedure: body))
        let ruleset = try #require(workspace.rootRulesets.first)
        let procedure = try #require(ruleset.procedures.first)
        let assessment = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(procedure)
        let term = try #require(assessment.terms.first { $0.kind == .documentCost })
        #expect(term.factors == [Factor(.cost, 10, .moneyIn("EUR")), Factor(.exchangeRate, 27_000, .exchangeRate("EUR"))])
        #expect(term.outOfPocket.likely == 270_000)
        let trace = Explanation(assessment, workspace: workspace, ruleset: ruleset).text()
        #expect(trace.contains("cost 10.00 EUR × rate 27,000 VND/EUR"))
        #expect(trace.contains("  1 EUR = 27,000 VND  (exchange rate)    line 3\n"))
    }

    /// A fee of 200,000 VND, 100,000 VND online, at a step half the cases go through: in person
    /// 30% × 200,000 + online 70% × 100,000 = 60,000 + 70,000 = 130,000 VND a case that goes
    /// through it, × applies 50% = 65,000 VND a case.
    @Test("explain shows a fee that differs by channel as each channel's share times its amount, then the step's share")
    func feeByChannelExplained() throws {
        let body = """
              cases 1 per year
              channel in_person 30%
              channel online 70%
              step file "File" {
                applies 50%
                fee f "Fee" {
                  amount 200_000 VND
                  amount 100_000 VND online
                }
              }
            """
        let (_, workspace) = try Assess.catalog(Assess.ruleset(procedure: body))
        let ruleset = try #require(workspace.rootRulesets.first)
        let procedure = try #require(ruleset.procedures.first)
        let assessment = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(procedure)
        let term = try #require(assessment.terms.first { $0.kind == .fee })
        let parts = [ChannelFee(channel: .inPerson, share: Exact(3) / 10, amount: 200_000),
                     ChannelFee(channel: .online, share: Exact(7) / 10, amount: 100_000)]
        #expect(term.factors == [Factor(.averageOverChannels(parts), 130_000, .money), Factor(.applies, Exact(1) / 2, .share)])
        #expect(term.outOfPocket.likely == 65_000)
        let trace = Explanation(assessment, workspace: workspace, ruleset: ruleset).text()
        #expect(trace.contains("average over channels (in_person 30% × 200,000 VND + online 70% × 100,000 VND) × applies 50%"))
    }

    @Test("a procedure without a tariff counts hours but no money for time, and says so")
    func noTariff() throws {
        let a = try Assess.procedure(Assess.ruleset(procedure: "  cases 1 per year\n  channel online\n  step s \"S\" {\n    effort 1h\n  }"))
        #expect(a.hours.likely == 1)
        #expect(a.cost.likely == 0)
        #expect(a.notes == [.noTariff])
    }

    @Test("rulesets in different currencies are not added up")
    func mixedCurrencies() throws {
        let vnd = Assess.ruleset(procedure: "  cases 1 per year\n  channel online")
        let eur = Assess.ruleset(currency: "EUR", procedure: "  cases 1 per year\n  channel online")
        let reader = MemoryReader(files: ["/m/a.ruleset": Array(vnd.utf8), "/m/b.ruleset": Array(eur.utf8)], fallback: FileSystemReader())
        let workspace = Workspace.load(["/m/a.ruleset", "/m/b.ruleset"], reader: reader)
        guard case .failure(.mixedCurrencies(let currencies)) = CatalogAssessment.assess(workspace) else {
            Issue.record("two currencies were added up")
            return
        }
        #expect(Set(currencies.keys) == ["VND", "EUR"])
    }
}
