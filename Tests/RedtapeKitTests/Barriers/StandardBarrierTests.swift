import Foundation
import Testing
@testable import RedtapeKit

/// Every standard barrier: a procedure that triggers it, and one that narrowly does not.
@Suite("Standard barrier catalogue")
struct StandardBarrierTests {
    static let declarations = "agency office \"Office\"\n\nagency other \"Other office\"\n\nregistry population_db \"Population database\""

    /// A procedure that triggers none of the standard rules, to which each case adds its lines.
    static let base = """
          cases 100 per year
          tariff 40_000 VND/h
          agency office
          channel online 50%
          channel in_person 50%
          limit 10 workdays
          result "Result" electronic
        """

    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let triggers: String
        let doesNot: String
        /// Lines of the base procedure that the case replaces with its own.
        var replacing: String = ""
        var testDescription: String { rule }
    }

    static let cases: [Case] = [
        Case(rule: "once_only",
             triggers: "  document d \"Identity card\" {\n    held_by population_db\n  }",
             doesNot: "  document d \"Identity card\" {\n  }"),
        Case(rule: "certified_copy",
             triggers: "  document d \"Diploma\" {\n    copies 1\n    certified\n  }",
             doesNot: "  document d \"Diploma\" {\n    copies 1\n  }"),
        Case(rule: "in_person_only",
             triggers: "  channel in_person",
             doesNot: "  channel in_person 99%\n  channel online 1%",
             replacing: "  channel online 50%\n  channel in_person 50%"),
        Case(rule: "several_visits",
             triggers: "  step a \"A\" {\n    travel 1h\n  }\n  step b \"B\" {\n    channels in_person\n    after a\n  }",
             doesNot: "  step a \"A\" {\n    travel 1h\n  }\n  step b \"B\" {\n    channels online\n    after a\n  }"),
        Case(rule: "no_single_window",
             triggers: "  agency other\n  document d \"D\" {}\n  document e \"E\" {}\n  step a \"A\" {\n    submits d\n  }\n  step b \"B\" {\n    submits e\n  }",
             doesNot: "  agency other\n  document d \"D\" {}\n  document e \"E\" {}\n  step a \"A\" {\n    submits d, e\n  }"),
        Case(rule: "no_time_limit",
             triggers: "  step review \"Review\" {\n    by office\n  }",
             doesNot: "  step review \"Review\" {\n    by office\n    within 5 workdays\n  }"),
        Case(rule: "excessive_time_limit",
             triggers: "  step review \"Review\" {\n    by office\n    within 16 workdays\n  }",
             doesNot: "  step review \"Review\" {\n    by office\n    within 15 workdays\n  }"),
        // The applicant's own weeks (a course before filing) are no time limit of the administration's.
        Case(rule: "excessive_time_limit",
             triggers: "  step review \"Review\" {\n    by office\n    within 16 workdays\n  }",
             doesNot: "  step course \"Course\" {\n    within 40 workdays\n    outside_limit\n  }"),
        Case(rule: "limits_exceed_statutory",
             triggers: "  step review \"Review\" {\n    by office\n    within 11 workdays\n  }",
             doesNot: "  step review \"Review\" {\n    by office\n    within 10 workdays\n  }"),
        Case(rule: "fee_without_basis",
             triggers: "  fee f \"Fee\" {\n    amount 10_000 VND\n  }",
             doesNot: "  fee f \"Fee\" {\n    amount 10_000 VND\n    basis \"Circular 85/2019/TT-BTC\"\n  }"),
        Case(rule: "open_ended_requirement",
             triggers: "  document other_papers \"Other documents as requested\" {\n    open_ended\n  }",
             doesNot: "  document other_papers \"Proof of address\" {\n  }"),
        Case(rule: "duplicate_document",
             triggers: "  document a \"Photo\" {}\n  document b \"photo\" {}",
             doesNot: "  document a \"Photo\" {}\n  document b \"Photo of the house\" {}"),
        Case(rule: "paper_only_result",
             triggers: "  result \"Licence\" paper",
             doesNot: "  result \"Licence\" both",
             replacing: "  result \"Result\" electronic"),
        Case(rule: "not_full_online",
             triggers: "  step s \"S\" {\n    channels online\n  }\n  step collect \"Collect\" {\n    channels in_person\n  }",
             doesNot: "  step s \"S\" {\n    channels online\n  }\n  step collect \"Collect\" {\n    channels online, in_person\n  }"),
        Case(rule: "frequent_renewal",
             triggers: "  valid 4 years",
             doesNot: "  valid 5 years"),
        Case(rule: "deposit_held",
             triggers: "  step deposit \"Deposit\" {\n    channels online\n    deposit 100_000_000 VND\n  }",
             doesNot: "  step deposit \"Deposit\" {\n    channels online\n    deposit 0 VND\n  }"),
    ]

    static func findings(_ body: String, replacing: String = "") throws -> [Finding] {
        let procedure = (replacing.isEmpty ? base : base.replacingOccurrences(of: replacing, with: "")) + "\n" + body
        let text = Assess.ruleset(assumptions: declarations, procedure: procedure)
        let (catalog, workspace) = try Assess.catalog(text)
        return BarrierAnalysis.run(workspace, catalog: catalog).findings
    }

    @Test("the catalogue loads and every rule has a title, principle, explanation and fix, in English and Vietnamese")
    func catalogue() throws {
        #expect(StandardCatalogue.problem == nil)
        let (ruleset, _) = try #require(StandardCatalogue.load())
        #expect(ruleset.rules.count >= 15)
        for rule in ruleset.rules {
            #expect(rule.declared.name != nil && rule.principle != nil && rule.explanation != nil && rule.fix != nil,
                    "\(rule.declared.id) lacks a text")
            let vietnamese = try #require(rule.translations["vi"], "\(rule.declared.id) has no Vietnamese texts")
            #expect(vietnamese.name != nil && vietnamese.principle != nil && vietnamese.explanation != nil && vietnamese.fix != nil,
                    "\(rule.declared.id) lacks a Vietnamese text")
        }
        let tested = Set(Self.cases.map(\.rule) + ["duplicate_across_catalog"])
        #expect(Set(ruleset.rules.map(\.declared.id)) == tested, "every standard rule has a triggering case")
    }

    @Test("a catalogue that does not check is refused with the line of its first error")
    func brokenCatalogue() {
        let broken = "rule once_only \"Held\" {\n  severity high\n  when document.certified\n  bogus 3\n}\n"
        guard case .failure(let failure) = StandardCatalogue.check(broken) else {
            Issue.record("a catalogue with an unknown keyword was accepted")
            return
        }
        #expect(failure.description.hasPrefix("it does not check (line 4: "), "\(failure.description)")
        #expect(failure.description.contains("'bogus'"))
    }

    @Test("the base procedure triggers no barrier")
    func clean() throws {
        #expect(try Self.findings("").map(\.rule.declared.id) == [])
    }

    @Test("each barrier triggers, and narrowly does not", arguments: cases)
    func barrier(_ example: Case) throws {
        let fired = try Self.findings(example.triggers, replacing: example.replacing).map(\.rule.declared.id)
        #expect(fired.contains(example.rule), "\(example.rule) did not fire: \(fired)")
        let quiet = try Self.findings(example.doesNot, replacing: example.replacing).map(\.rule.declared.id)
        #expect(!quiet.contains(example.rule), "\(example.rule) fired on the near miss")
    }

    /// Two procedures of one catalog ask for the same form; a third asks for a different one.
    @Test("the same document across procedures of a catalog")
    func acrossCatalog() throws {
        let text = Assess.ruleset(assumptions: Self.declarations, procedure: Self.base + "\n  document a \"Household registration book\" {}")
            + "\n\nprocedure q \"Q\" {\n  basis \"Test\"\n" + Self.base + "\n  document b \"Household  Registration book\" {}\n}\n"
            + "\nprocedure r \"R\" {\n  basis \"Test\"\n" + Self.base + "\n  document c \"Marriage certificate\" {}\n}\n"
        let (catalog, workspace) = try Assess.catalog(text)
        let findings = BarrierAnalysis.run(workspace, catalog: catalog).findings.filter { $0.rule.declared.id == "duplicate_across_catalog" }
        #expect(findings.map(\.procedure.id).sorted() == ["p", "q"])
        #expect(findings.first?.detail == .alsoAskedBy("q", more: 0))
        #expect(findings.first?.detail.map(BarrierLabels(language: .vi).text) == "cũng được yêu cầu bởi: q")
    }

    /// `LimitsByChannel` with online's examination at 5 days: online's cases take 1 + 5 = 6 workdays
    /// against their 5, those filed in person 8 against 8. The finding names online alone, with both
    /// figures, and carries the cost of online's cases: a form of 1 h at 10,000 VND/h × 100 cases =
    /// 1,000,000 VND a year, of which online's half is 500,000. At 4 days, no finding.
    @Test("step limits over a channel's own limit are found, and the finding names the channel")
    func overLimitByChannel() throws {
        func findings(online: Int) throws -> [Finding] {
            let text = Assess.ruleset(procedure: "  cases 100 per year\n  tariff 10_000 VND/h\n  channel online 50%\n  channel in_person 50%\n"
                                      + "  document form \"Form\" {\n    prepare 1h\n  }\n" + LimitsByChannel.facts(online: online))
            let (catalog, workspace) = try Assess.catalog(text)
            return BarrierAnalysis.run(workspace, catalog: catalog).findings.filter { $0.rule.declared.id == "limits_exceed_statutory" }
        }
        let late = try #require(try findings(online: 5).first)
        #expect(late.detail.map(BarrierLabels(language: .en).text) == "filed online: 6 workdays against a limit of 5 workdays")
        #expect(late.detail.map(BarrierLabels(language: .vi).text) == "nộp trực tuyến: 6 ngày làm việc, thời hạn 5 ngày làm việc")
        #expect(late.annualCost?.likely == 500_000)
        #expect(try findings(online: 4).isEmpty)
    }

    /// The once-only document costs 30 min at 40,000 VND/h plus 5,000 VND = 25,000 VND a case; × 100 cases.
    @Test("a finding carries the annual cost of its item")
    func attachedCost() throws {
        let finding = try #require(try Self.findings("  document d \"ID\" {\n    held_by population_db\n    prepare 30min\n    cost 5_000 VND\n  }")
            .first { $0.rule.declared.id == "once_only" })
        #expect(finding.annualCost?.likely == 2_500_000)
        #expect(finding.severity == .high)
    }
}
