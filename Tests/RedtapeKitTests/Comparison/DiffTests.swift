import Foundation
import Testing
@testable import RedtapeKit

/// Hand-made before/after pairs. Every procedure: tariff 40,000 VND/h, so an hour of work costs 40,000
/// VND a case; 100 cases a year unless the test changes it. In every test the contributions of the
/// changes add up exactly to the change in the total.
@Suite("diff: hand-made before/after pairs")
struct DiffTests {
    static let header = "ruleset \"T\" {\n  currency VND\n}\n\nagency office \"Office\"\n\nagency fire \"Fire police\"\n"

    /// The header with more lines in the ruleset block, after its currency.
    static func header(adding lines: String) -> String {
        header.replacingOccurrences(of: "currency VND\n", with: "currency VND\n" + lines)
    }

    static func procedure(_ body: String, id: String = "p", cases: String = "100 per year",
                          channels: String = "  channel in_person") -> String {
        "\nprocedure \(id) \"Procedure \(id)\" {\n  cases \(cases)\n  tariff 40_000 VND/h\n  agency office\n"
            + channels + "\n  basis \"T\"\n" + body + "\n}\n"
    }

    static func compare(_ before: String, _ after: String) throws -> DraftComparison {
        try compareFiles(header + before, header + after)
    }

    /// The mix of the tests of a changed mix: 80% in person before, 40% after, the rest online.
    static func compareMix(_ before: String, _ after: String) throws -> DraftComparison {
        try compare(procedure(before, channels: "  channel in_person 80%\n  channel online 20%"),
                    procedure(after, channels: "  channel in_person 40%\n  channel online 60%"))
    }

    /// A ruleset of one procedure compared with itself after one edit of its text.
    static func compareEdit(of procedure: String, beside assumptions: String = "", replacing old: String,
                            with new: String) throws -> DraftComparison {
        let before = Assess.ruleset(assumptions: assumptions, procedure: procedure)
        return try compareFiles(before, before.replacingOccurrences(of: old, with: new))
    }

    static func compareFiles(_ before: String, _ after: String) throws -> DraftComparison {
        let (b, bw) = try Assess.catalog(before, path: "/memory/before.ruleset")
        let (a, aw) = try Assess.catalog(after, path: "/memory/after.ruleset")
        let comparison = DraftComparison.compare(before: b, after: a,
                                                 barriersBefore: BarrierAnalysis.run(bw, catalog: b).findings,
                                                 barriersAfter: BarrierAnalysis.run(aw, catalog: a).findings)
        // The attribution adds up at every bound: exactly in the figures, and, as printed, to the unit:
        // the printed contributions add up to the printed after minus the printed before.
        let sum = comparison.changes.map(\.annualCostDelta).sum()
        for bound in Bound.allCases { #expect(sum[bound] == comparison.delta[bound]) }
        let report = DiffReport(comparison, files: [])
        #expect(report.shown.reduce(0, +) == comparison.afterTotal.likely.whole - comparison.beforeTotal.likely.whole)
        return comparison
    }

    /// Document e took 30 min: 0.5 h × 40,000 = 20,000 VND a case; × 100 cases = −2,000,000 VND a year.
    @Test("a removed document")
    func removedDocument() throws {
        let before = Self.procedure("  document d \"D\" {\n    prepare 1h\n  }\n  document e \"E\" {\n    prepare 30min\n  }")
        let after = Self.procedure("  document d \"D\" {\n    prepare 1h\n  }")
        let c = try Self.compare(before, after)
        #expect(c.delta.likely == -2_000_000)
        #expect(c.changes.map(\.kind) == [.removed])
        #expect(c.changes.first?.path == "p/document/e")
        #expect(c.warnings.isEmpty)
    }

    /// A translation of 10 EUR at 27,000 VND/EUR costs 270,000 VND a case; at 28,000, 280,000: +10,000 VND
    /// a case × 100 cases = +1,000,000 VND a year, on the translation's line, which says the rate moved
    /// it; the rate itself is on the procedure's line, with none of the change. A step in VND alone is
    /// not named.
    @Test("a changed exchange rate is named, and its effect stands on the lines of the items written in that currency")
    func exchangeRate() throws {
        let body = "  document translation \"Translation\" {\n    cost 10 EUR\n  }\n  step file \"File\" {\n    fare 20_000 VND\n  }"
        func draft(_ rate: String) -> String {
            Self.header(adding: "  exchange 1 EUR = \(rate) VND\n")
                + Self.procedure(body)
        }
        let c = try Self.compareFiles(draft("27_000"), draft("28_000"))
        #expect(c.delta.likely == 1_000_000)
        #expect(c.changes.map(\.kind) == [.modified, .modified])
        let facts = try #require(c.changes.first)
        #expect(facts.phrases == [.exchangeRate("EUR", before: Estimate(27_000, .money("VND")), after: Estimate(28_000, .money("VND")))])
        #expect(facts.annualCostDelta == .zero)
        let translation = try #require(c.changes.last)
        #expect(translation.path == "p/document/translation")
        #expect(translation.phrases == [.item(.document, name: "Translation", [.costFollowsRate(.document)])])
        #expect(translation.annualCostDelta.likely == 1_000_000)
        let text = DiffReport(c, files: []).text()
        #expect(text.contains("exchange rate 1 EUR = 27,000 VND → 28,000 VND (its effect is on the lines of the items written in EUR)"))
        #expect(text.contains("document 'Translation': same document; its cost follows the exchange rate"))
    }

    /// A present value asked for in both drafts, 10% over one year: 100 cases × 1,000 VND = 100,000 VND a
    /// year is worth 90,909.09 VND; at 500 VND a case, 45,454.55 VND. The headline names both, and the
    /// JSON's totals carry them.
    @Test("the present values of two drafts stand under the headline and in the JSON")
    func presentValue() throws {
        func draft(_ cost: String) -> String {
            Self.header(adding: "  discount 10%\n  horizon 1 years\n")
                + Self.procedure("  document d \"D\" {\n    cost \(cost) VND\n  }")
        }
        let c = try Self.compareFiles(draft("1_000"), draft("500"))
        #expect(c.before.totalPresentValue.likely.places(2) == Exact(plain: "90909.09"))
        let report = DiffReport(c, files: [])
        #expect(report.text().contains("\nPresent value: 90,909 VND → 45,455 VND"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let before = try #require((root["before"] as? [String: Any])?["total"] as? [String: Any])
        #expect(before["presentValue"] as? Int == 90_909)
    }

    /// Segment 'a' pays its own tariff: 50% of cases at 20,000 VND/h beside the rest at 40,000 is a blended
    /// 30,000 VND/h; 25% at 10,000 beside 75% at 40,000 is 32,500. One hour a case, 100 cases: the tariff's
    /// line is 1 h × 2,500 VND/h × 100 = +250,000 VND a year, and the facts' line names the shares and
    /// the segment's tariff that make it.
    @Test("segments' shares and a segment's tariff are named; their effect is the tariff's line")
    func segments() throws {
        func segments(_ share: String, _ tariff: String, _ rest: String) -> String {
            "  segment a \"A\" {\n    share \(share)\n    tariff \(tariff) VND/h\n  }\n  segment rest \"Rest\" {\n    share \(rest)\n  }\n"
                + "  document d \"D\" {\n    prepare 1h\n  }"
        }
        let c = try Self.compare(Self.procedure(segments("50%", "20_000", "50%")), Self.procedure(segments("25%", "10_000", "75%")))
        #expect(c.delta.likely == 250_000)
        #expect(c.changes.map(\.kind) == [.modified, .tariff])
        let facts = DiffReport(c, files: []).text()
        #expect(facts.contains("segments a 50%, rest 50% → a 25%, rest 75% (its effect is on the tariff's and fees' lines); "
                               + "segment 'a': tariff 20,000 VND/h → 10,000 VND/h  0 VND"))
        #expect(facts.contains("hourly tariff 30,000 → 32,500 VND/h  +250,000 VND"))
    }

    /// Online given a limit of its own, 3 working days, where the procedure's 10 held for every case:
    /// named on the procedure's line, with no share of the burden, which time limits do not move.
    @Test("a channel's own limit is named as that channel's limit changing")
    func limitByChannel() throws {
        let channels = "  channel in_person 50%\n  channel online 50%"
        let before = Self.procedure("  limit 10 workdays", channels: channels)
        let c = try Self.compare(before, before.replacingOccurrences(of: "  limit 10 workdays", with: "  limit 10 workdays\n  limit 3 workdays online"))
        #expect(c.delta.likely == 0)
        #expect(c.changes.map(\.summary) == ["statutory limit online 10 workdays → 3 workdays"])
    }

    /// `LimitsByChannel` on both sides, online's examination 4 days before and 3 after: online's cases
    /// take 1 + 4 = 5 → 1 + 3 = 4 days; those filed in person 1 + 7 = 8 both times, and the procedure's
    /// longest, 8, does not move: only online's time is named, on the procedure's line of measures.
    @Test("with limits by channel, a channel's elapsed time is named when it changes")
    func elapsedByChannel() throws {
        func draft(online: Int) -> String {
            Self.procedure(LimitsByChannel.facts(online: online), channels: "  channel in_person 50%\n  channel online 50%")
        }
        let c = try Self.compare(draft(online: 4), draft(online: 3))
        #expect(c.delta.likely == 0)
        let text = DiffReport(c, files: []).text()
        #expect(text.contains("\n  elapsed, filed online 5 workdays → 4 workdays\n"))
        #expect(!text.contains("elapsed 8"))
    }

    /// Staff valued at 60,000 VND/h, 100 cases a year. 'check': 2 h → 1 h, 12,000,000 → 6,000,000 VND a
    /// year; 'archive', 30 min, removed: 3,000,000 → 0; 'sign', 15 min for half the cases, added:
    /// 0.25 h × 50% × 60,000 × 100 = 750,000. None moves the applicants' burden.
    @Test("a step's cost to the administration a year is named on its line when it changes")
    func administrationByStep() throws {
        func step(_ id: String, _ staff: String, applies: String = "") -> String {
            "  step \(id) \"Step \(id)\" {\n    by office\n    staff \(staff)\n\(applies)  }\n"
        }
        let before = Self.procedure("  staff_tariff 60_000 VND/h\n" + step("check", "2h") + step("archive", "30min"))
        let after = Self.procedure("  staff_tariff 60_000 VND/h\n" + step("check", "1h") + step("sign", "15min", applies: "    applies 50%\n"))
        let c = try Self.compare(before, after)
        #expect(c.delta.likely == 0)
        #expect(c.changes.map(\.summary) == [
            "step 'Step check': staff time 2 h → 1 h; the administration's cost a year 12,000,000 VND → 6,000,000 VND",
            "step 'Step archive' removed; the administration's cost a year 3,000,000 VND → 0 VND",
            "step 'Step sign' added; the administration's cost a year 0 VND → 750,000 VND",
        ])
        #expect(c.after.totalAdministration.likely == 6_750_000)
    }

    /// Work merged into fewer items at the same cost, 80,000 VND a case (2 h × 40,000) before and after.
    struct Merge: Sendable, CustomTestStringConvertible {
        let before: String
        let after: String
        /// Each change's annual contribution: what one item lost, another gained.
        let deltas: [Exact]
        let english: String
        let vietnamese: String
        /// The count as diff's measures line gives it.
        let measure: String
        var testDescription: String { english }
    }

    /// Two documents of 1 h merged into one of 2 h: −4,000,000 twice, +8,000,000. Two visits of 1 h
    /// travel made one of 2 h: +4,000,000 on the step kept, −4,000,000 for the step removed.
    static let merges = [
        Merge(before: "  document a \"Form A\" {\n    prepare 1h\n  }\n  document b \"Form B\" {\n    prepare 1h\n  }",
              after: "  document ab \"Form A and B\" {\n    prepare 2h\n  }", deltas: [-4_000_000, -4_000_000, 8_000_000],
              english: "documents 2 → 1", vietnamese: "thành phần hồ sơ 2 → 1", measure: "documents 2 → 1"),
        Merge(before: "  step a \"Apply\" {\n    travel 1h\n  }\n  step b \"Collect\" {\n    travel 1h\n  }",
              after: "  step a \"Apply and collect\" {\n    travel 2h\n  }", deltas: [4_000_000, -4_000_000],
              english: "steps 2 → 1, visits when filed in person 2 → 1", vietnamese: "bước 2 → 1, lần đến khi nộp trực tiếp 2 → 1",
              measure: "visits when filed in person 2 → 1"),
    ]

    @Test("work merged at the same cost is flagged as superficial, its counts worded as the measures are", arguments: merges)
    func merged(_ merge: Merge) throws {
        let c = try Self.compare(Self.procedure(merge.before), Self.procedure(merge.after))
        #expect(c.delta.likely == 0)
        #expect(c.changes.map(\.annualCostDelta.likely) == merge.deltas)
        let superficial = try #require(c.warnings.first { $0.kind == .superficial })
        #expect(superficial.message == "superficial cut in 'p': \(merge.english), but the cost of a case goes from "
                + "80,000 VND to 80,000 VND and its time from 2 h to 2 h")
        #expect(ChangeWording(.vi).text(superficial) == "cắt giảm hình thức ở 'p': \(merge.vietnamese), nhưng chi phí một "
                + "hồ sơ từ 80.000 ₫ thành 80.000 ₫ và thời gian từ 2 giờ thành 2 giờ")
        #expect(DiffReport(c, files: []).text().contains(merge.measure))
    }

    /// Filed once a year where it was filed each quarter (400 cases → 100), its payments made at a
    /// distance: a case goes from 3 h (1 h preparing, two visits of 1 h) to 6 h (1 h preparing, one
    /// visit, four payments of 1 h), its visits from 2 to 1, and the burden from 400 × 3 h × 40,000 =
    /// 48,000,000 to 100 × 6 h × 40,000 = 24,000,000 VND. A case costs more, but the burden halves:
    /// no superficial cut. With the cases left at 400, it would be one.
    @Test("a case that costs more because it gathers more work is no superficial cut when the burden falls")
    func gatheredWork() throws {
        let before = "  document d \"Declaration\" {\n    prepare 1h\n  }\n  step s \"File\" {\n    travel 1h\n  }\n"
            + "  step p \"Pay\" {\n    travel 1h\n  }"
        let after = "  document d \"Declaration\" {\n    prepare 1h\n  }\n  step s \"File\" {\n    travel 1h\n  }\n"
            + "  step p \"Pay, each quarter, by transfer\" {\n    visits 0\n    effort 4h\n  }"
        let yearly = try Self.compare(Self.procedure(before, cases: "400 per year"), Self.procedure(after, cases: "100 per year"))
        #expect(yearly.delta.likely == -24_000_000)
        #expect(!yearly.warnings.contains { $0.kind == .superficial })
        let quarterly = try Self.compare(Self.procedure(before, cases: "400 per year"), Self.procedure(after, cases: "400 per year"))
        #expect(quarterly.warnings.contains { $0.kind == .superficial })
    }

    @Test("drafts that describe the same procedures say so, in both languages and formats")
    func nothingChanged() throws {
        let drafts = Self.procedure("  document d \"D\" {\n    prepare 1h\n  }")
        let same = try Self.compare(drafts, drafts)
        #expect(DiffReport(same, files: []).text().contains("\nNo change to any procedure.\n"))
        #expect(DiffReport(same, files: [], language: .vi).markdown().contains("\nKhông thủ tục nào thay đổi.\n"))
        let changed = try Self.compare(drafts, drafts.replacingOccurrences(of: "1h", with: "2h"))
        #expect(!DiffReport(changed, files: []).text().contains("No change to any procedure."))
    }

    /// A one-off cost of 2 h for 50 subjects at 40,000 VND/h: 4,000,000 VND, apart from the annual burden,
    /// which it leaves as it was.
    @Test("a one-off cost added is named, with no share of the annual change, and its totals under the headline")
    func oneOffCost() throws {
        let before = Self.procedure("  document d \"D\" {\n    prepare 1h\n  }")
        let after = before.replacingOccurrences(of: "  document d", with: "  one_off learn \"Learn\" {\n    effort 2h\n    affected 50\n  }\n  document d")
        let c = try Self.compare(before, after)
        #expect(c.delta.likely == 0)
        #expect(c.changes.map(\.summary) == ["one-off cost 0 VND → 4,000,000 VND"])
        let text = DiffReport(c, files: []).text()
        #expect(text.contains("\nOne-off cost: 0 VND → 4,000,000 VND  (+4,000,000 VND)\n"))
        #expect(!text.contains("No change to any procedure."))
        #expect(DiffReport(c, files: [], language: .vi).markdown().contains("| Chi phí một lần | 0 ₫ | 4.000.000 ₫ | +4.000.000 ₫ |"))
        #expect(DiffReport(c, files: []).json().contains("\"oneOffCost\": 4000000"))
    }

    /// The office's staff time, 1 h a case at 30,000 VND/h, halved: 3,000,000 → 1,500,000 VND a year, the
    /// administration's own cost, apart from the applicants' burden, which it leaves as it was.
    @Test("a change in the administration's own cost stands under the headline, apart from the burden")
    func administrationCost() throws {
        let before = Self.procedure("  staff_tariff 30_000 VND/h\n  step check \"Check\" {\n    by office\n    staff 1h\n  }")
        let c = try Self.compare(before, before.replacingOccurrences(of: "staff 1h", with: "staff 30min"))
        #expect(c.delta.likely == 0)
        let text = DiffReport(c, files: []).text()
        #expect(text.contains("\nAdministration's own cost a year: 3,000,000 VND → 1,500,000 VND  (-1,500,000 VND)\n"))
        #expect(DiffReport(c, files: []).json().contains("\"administrationCost\": 1500000"))
    }

    /// The office's 1 h a case unvalued before (no staff tariff) and valued at 30,000 VND/h after:
    /// 1 × 30,000 × 100 = 3,000,000 VND a year after, and before not 0 VND but no figure at all. The
    /// step's line and the headline say so; the burden does not move.
    @Test("staff time valued by one draft only is named as not valued, not as a cost of zero")
    func staffTariffWrittenAfter() throws {
        let step = "  step check \"Check\" {\n    by office\n    staff 1h\n  }"
        let c = try Self.compare(Self.procedure(step), Self.procedure("  staff_tariff 30_000 VND/h\n" + step))
        #expect(c.delta.likely == 0)
        #expect(c.changes.map(\.summary) == [
            "staff tariff none → 30,000 VND/h",
            "step 'Check': the administration's cost a year not valued (no staff_tariff) → 3,000,000 VND",
        ])
        #expect(c.staffTimeUnvalued.map { [$0.before, $0.after] } == [1, 0])
        let report = DiffReport(c, files: [])
        #expect(report.text().contains("\nAdministration's own cost a year: 0 VND → 3,000,000 VND  (+3,000,000 VND)\n"
            + "The administration's cost a year counts no staff time of a procedure with no 'staff_tariff': "
            + "1 such procedure in the draft before, 0 in the draft after.\n"))
        #expect(report.json().contains("\"staffTimeUnvalued\": {\n    \"before\": 1,\n    \"after\": 0\n  }"))
        // The same tariff on both sides: nothing unvalued to say.
        let valued = try Self.compare(Self.procedure("  staff_tariff 30_000 VND/h\n" + step),
                                      Self.procedure("  staff_tariff 30_000 VND/h\n" + step.replacingOccurrences(of: "1h", with: "30min")))
        #expect(valued.staffTimeUnvalued == nil)
    }

    /// Postage of 20,000 VND added to a step: +20,000 VND a case, × 100 cases = +2,000,000 VND a year, on the step's line.
    @Test("a step's own cost added is the step's change")
    func stepCostAdded() throws {
        let before = Self.procedure("  step s \"Submit\" {\n    effort 1h\n  }")
        let c = try Self.compare(before, before.replacingOccurrences(of: "    effort 1h", with: "    effort 1h\n    cost 20_000 VND"))
        #expect(c.delta.likely == 2_000_000)
        #expect(c.changes.map(\.summary) == ["step 'Submit': cost none → 20,000 VND"])
    }

    /// `applies 100%` is what an item without `applies` means; written out or dropped, it is no change. A
    /// document of 1 h needed by 30% of cases instead of all: −0.7 h × 40,000 × 100 = −2,800,000 VND a year.
    @Test("an item's share of cases written out as 100% or left implicit is the same item")
    func appliesWrittenOut() throws {
        let implicit = Self.procedure("  document d \"D\" {\n    prepare 1h\n  }")
        let explicit = implicit.replacingOccurrences(of: "    prepare", with: "    applies 100%\n    prepare")
        #expect(try Self.compare(implicit, explicit).changes.isEmpty)
        let some = implicit.replacingOccurrences(of: "    prepare", with: "    applies 30%\n    prepare")
        let c = try Self.compare(implicit, some)
        #expect(c.delta.likely == -2_800_000)
        #expect(c.changes.map(\.summary) == ["document 'D': applies 100% → 30%"])
    }

    /// Rulesets/vn holds each procedure twice, before and after its reform, under one id: compared with
    /// itself, each pairs with itself, not with its namesake and then the other as a rename.
    @Test("a catalog whose files share procedure ids, compared with itself, has no change")
    func sharedIDsAcrossFiles() throws {
        let workspace = Workspace.load([Paths.repository + "/Rulesets/vn"])
        let catalog = try CatalogAssessment.assess(workspace).get()
        #expect(Set(catalog.procedures.map(\.id)).count < catalog.procedures.count)
        let c = DraftComparison.compare(before: catalog, after: catalog)
        #expect(c.changes.isEmpty)
        #expect(c.procedures.allSatisfy { !$0.renamed && $0.before?.procedure.declared.location == $0.after?.procedure.declared.location })
    }

    /// Two files of a draft declare procedure p, each with a certified copy; the draft after drops the
    /// copy from one file only: that file's finding is resolved, though p of the other file still has one.
    @Test("a barrier resolved in one of two files that share a procedure's id is resolved")
    func barrierResolvedInOneOfTwoFiles() throws {
        let copy = Self.procedure("  document d \"D\" {\n    copies 1\n    certified\n  }")
        let plain = Self.procedure("  document d \"D\" {\n    copies 1\n  }")
        func draft(_ side: String, _ second: String) throws -> (CatalogAssessment, [Finding]) {
            let (catalog, workspace) = try Assess.catalog(files: ["/\(side)/x/one.ruleset": Self.header + copy,
                                                                  "/\(side)/x/two.ruleset": Self.header + second])
            return (catalog, BarrierAnalysis.run(workspace, catalog: catalog).findings)
        }
        let (b, bf) = try draft("before", copy)
        let (a, af) = try draft("after", plain)
        let c = DraftComparison.compare(before: b, after: a, barriersBefore: bf, barriersAfter: af)
        #expect(c.barriersResolved.map(\.rule.declared.id) == ["certified_copy"])
        #expect(c.barriersResolved.first?.procedure.location.file == "/before/x/two.ruleset")
        #expect(c.barriersIntroduced.isEmpty)
    }

    /// 80% in person, 20% online: postage of 20,000 VND for every case, then for those who file online
    /// only: −0.8 × 20,000 × 100 = −1,600,000 VND a year. Naming every channel is no change.
    @Test("an item's channels, named or left to all, are compared as the cases they concern")
    func appliesOnChannels() throws {
        let channels = "  channel in_person 80%\n  channel online 20%"
        let every = Self.procedure("  step post \"Receive by post\" {\n    cost 20_000 VND\n  }", channels: channels)
        let online = every.replacingOccurrences(of: "    cost", with: "    applies online\n    cost")
        let c = try Self.compare(every, online)
        #expect(c.delta.likely == -1_600_000)
        // The step was a visit for those who file in person (a step is one where it is done in person);
        // it concerns them no more.
        #expect(c.changes.map(\.summary) == ["step 'Receive by post': applies all → online; in-person visits a case 0.8 → 0"])
        let both = every.replacingOccurrences(of: "    cost", with: "    applies in_person, online\n    cost")
        #expect(try Self.compare(every, both).delta.likely == 0)
    }

    /// Documents d (1 h) and e (30 min) removed: −40,000 and −20,000 VND a case, −4,000,000 and
    /// −2,000,000 a year. Step s takes 30 min more (+2,000,000 a year) and a new 40,000 VND fee is
    /// charged (+4,000,000): 6,000,000 back of 6,000,000 removed, 100%, over the half that flags it.
    @Test("work removed in one place and added back in another is flagged, items named by kind and id")
    func workMoved() throws {
        let before = Self.procedure("  document d \"D\" {\n    prepare 1h\n  }\n  document e \"E\" {\n    prepare 30min\n  }\n"
                                    + "  step s \"S\" {\n    effort 30min\n  }")
        let after = Self.procedure("  step s \"S\" {\n    effort 1h\n  }\n  fee f \"F\" {\n    amount 40_000 VND\n    basis \"T\"\n  }")
        let c = try Self.compare(before, after)
        #expect(c.delta.likely == 0)
        let moved = try #require(c.warnings.first { $0.message.contains("moved rather than gone") })
        #expect(moved.message == "in 'p', document 'd' and document 'e' removed, but step 's' and fee 'f' (new) add back "
                + "100% of what was removed: the work seems to have moved rather than gone")
        #expect(ChangeWording(.vi).text(moved) == "ở 'p', bỏ thành phần hồ sơ 'd' và thành phần hồ sơ 'e', nhưng bước 's' và "
                + "khoản phí 'f' (mới) lại thêm 100% phần đã bỏ: công việc dường như được chuyển đi chứ không mất đi")
    }

    /// A 50,000 VND fee waived online; 60% of cases are online: −30,000 a case, −3,000,000 a year.
    @Test("a fee waived online")
    func feeWaivedOnline() throws {
        let channels = "  channel online 60%\n  channel in_person 40%"
        let fee = "  fee f \"Fee\" {\n    amount 50_000 VND\n    basis \"T\"\n"
        let c = try Self.compare(Self.procedure(fee + "  }", channels: channels),
                                 Self.procedure(fee + "    waived online\n  }", channels: channels))
        #expect(c.delta.likely == -3_000_000)
        let change = try #require(c.changes.first)
        #expect(change.kind == .modified)
        #expect(change.summary == "fee 'Fee': waived for none → online")
        // In Vietnamese the channel is a word; a segment waived for keeps its id.
        #expect(ChangeWording(.vi).summary(change) == "khoản phí 'Fee': miễn cho không có → trực tuyến")
        #expect(ChangeWording(.vi).text(.value(.waivedFor, before: .none, after: .waivers(["online", "students"])))
                == "miễn cho không có → trực tuyến, students")
    }

    /// The mix moves from 80% to 40% in person; the step is done on either channel, so its visits a
    /// case fall from 0.8 to 0.4, and its 1 h 30 min of travel and waiting from 1.2 h to 0.6 h a case:
    /// −0.6 h × 40,000 × 100 = −2,400,000 VND a year. The step's line carries it and says why; the
    /// channels line says where its effect went.
    @Test("a change of channel mix is explained on the steps it moves")
    func channelMix() throws {
        let step = "  step s \"Submit\" {\n    channels in_person, online\n    travel 1h\n    wait 30min\n  }"
        let c = try Self.compareMix(step, step)
        #expect(c.delta.likely == -2_400_000)
        let facts = try #require(c.changes.first { $0.kind == .modified && $0.path == "p" })
        #expect(facts.annualCostDelta == .zero)
        #expect(facts.summary.hasSuffix("(its effect is on the steps' and fees' lines)"))
        let submit = try #require(c.changes.first { $0.path == "p/step/s" })
        #expect(submit.summary == "step 'Submit': in-person visits a case 0.8 → 0.4")
        #expect(submit.annualCostDelta.likely == -2_400_000)
        // Averaged over all the cases, as the counts are: a step half of them go through, 0.4 → 0.2.
        let half = step.replacingOccurrences(of: "    travel", with: "    applies 50%\n    travel")
        #expect(try Self.compareMix(half, half).changes.first { $0.path == "p/step/s" }?.summary
                == "step 'Submit': in-person visits a case 0.4 → 0.2")
        let vietnamese = ChangeWording(.vi)
        #expect(vietnamese.summary(submit) == "bước 'Submit': số lần đến trực tiếp mỗi hồ sơ 0,8 → 0,4")
        #expect(vietnamese.summary(facts) == "kênh trực tiếp 80%, trực tuyến 20% → trực tiếp 40%, trực tuyến 60% "
                + "(ảnh hưởng thể hiện ở dòng của các bước và khoản phí)")
    }

    /// Half the cases are filed online. A step open on every channel is travelled to by the half in
    /// person: 0.5 × 1 h × 40,000 = 20,000 VND a case; kept to in person, by every case: 40,000.
    /// +20,000 a case, +2,000,000 VND a year.
    @Test("a step kept to fewer channels names them, and what it does to the visits")
    func stepChannelsNarrowed() throws {
        let step = "  step s \"Submit\" {\n    travel 1h\n  }"
        let narrowed = step.replacingOccurrences(of: "    travel", with: "    channels in_person\n    travel")
        let channels = "  channel in_person 50%\n  channel online 50%"
        let c = try Self.compare(Self.procedure(step, channels: channels), Self.procedure(narrowed, channels: channels))
        #expect(c.delta.likely == 2_000_000)
        let line = try #require(c.changes.first { $0.path == "p/step/s" })
        #expect(line.summary == "step 'Submit': channels all → in_person; in-person visits a case 0.5 → 1")
        #expect(ChangeWording(.vi).summary(line) == "bước 'Submit': kênh tất cả → trực tiếp; số lần đến trực tiếp mỗi hồ sơ 0,5 → 1")
    }

    /// `visits 1` is what a step without `visits` means; written out or dropped, it is no change. Two
    /// visits of 1 h travel instead of one: +1 h a case, +40,000 VND × 100 = +4,000,000 VND a year.
    @Test("one visit written out or left implicit is the same step")
    func visitsWrittenOut() throws {
        let implicit = Self.procedure("  step s \"Submit\" {\n    travel 1h\n  }")
        let explicit = implicit.replacingOccurrences(of: "    travel", with: "    visits 1\n    travel")
        #expect(try Self.compare(explicit, implicit).changes.isEmpty)
        #expect(try Self.compare(implicit, explicit).changes.isEmpty)
        let twice = implicit.replacingOccurrences(of: "    travel", with: "    visits 2\n    travel")
        let c = try Self.compare(implicit, twice)
        #expect(c.delta.likely == 4_000_000)
        #expect(c.changes.map(\.summary) == ["step 'Submit': visits 1 → 2"])
    }

    /// A fee of 50,000 VND, 30,000 VND online. With 20% online a case pays 0.2 × 30,000 + 0.8 × 50,000
    /// = 46,000 VND on average; with 60% online, 0.6 × 30,000 + 0.4 × 50,000 = 38,000 VND: −8,000 a case,
    /// −800,000 VND a year. The fee's own facts did not change; its line says what a case now pays.
    @Test("a fee that differs by channel says what a case pays on average when the mix changes")
    func channelMixMovesFee() throws {
        let fee = "  fee f \"Fee\" {\n    amount 50_000 VND\n    amount 30_000 VND online\n    basis \"T\"\n  }"
        let c = try Self.compareMix(fee, fee)
        #expect(c.delta.likely == -800_000)
        let line = try #require(c.changes.first { $0.path == "p/fee/f" })
        #expect(line.annualCostDelta.likely == -800_000)
        #expect(line.summary == "fee 'Fee': paid a case on average 46,000 VND → 38,000 VND")
        #expect(ChangeWording(.vi).summary(line) == "khoản phí 'Fee': bình quân mỗi hồ sơ nộp 46.000 ₫ → 38.000 ₫")
        // Its amount changed as well: the amount is the reason, and is all the line says.
        let cheaper = fee.replacingOccurrences(of: "30_000 VND online", with: "20_000 VND online")
        let both = try Self.compareMix(fee, cheaper)
        #expect(try #require(both.changes.first { $0.path == "p/fee/f" }).summary == "fee 'Fee': amount online 30,000 VND → 20,000 VND")
    }

    /// A fee of 50,000 VND on every channel gains an online amount of 30,000 VND: the 60% who file
    /// online pay 20,000 less, 0.6 × −20,000 × 100 = −1,200,000 VND a year. Before, online paid the
    /// fee's amount, which the line says, not "none"; dropping the online amount says it back.
    @Test("a channel's own amount added to a fee is compared with what that channel paid before")
    func channelAmountAdded() throws {
        let channels = "  channel online 60%\n  channel in_person 40%"
        let fee = "  fee f \"Fee\" {\n    amount 50_000 VND\n    basis \"T\"\n  }"
        let online = fee.replacingOccurrences(of: "    basis", with: "    amount 30_000 VND online\n    basis")
        let added = try Self.compare(Self.procedure(fee, channels: channels), Self.procedure(online, channels: channels))
        #expect(added.delta.likely == -1_200_000)
        let line = try #require(added.changes.first { $0.path == "p/fee/f" })
        #expect(line.summary == "fee 'Fee': amount online 50,000 VND → 30,000 VND")
        #expect(ChangeWording(.vi).summary(line) == "khoản phí 'Fee': mức thu trực tuyến 50.000 ₫ → 30.000 ₫")
        let dropped = try Self.compare(Self.procedure(online, channels: channels), Self.procedure(fee, channels: channels))
        #expect(try #require(dropped.changes.first { $0.path == "p/fee/f" }).summary == "fee 'Fee': amount online 30,000 VND → 50,000 VND")
        // The fee's amount raised to the online amount it had: the online amount, gone, is what it was.
        let raised = try Self.compare(Self.procedure(online, channels: channels),
                                      Self.procedure(fee.replacingOccurrences(of: "50_000", with: "30_000"), channels: channels))
        #expect(try #require(raised.changes.first { $0.path == "p/fee/f" }).summary == "fee 'Fee': amount 50,000 VND → 30,000 VND")
    }

    /// The same changes worded in Vietnamese: fixed words translated, numbers written the Vietnamese
    /// way, ids and names as the drafts wrote them.
    @Test("changes are worded in Vietnamese for a Vietnamese review")
    func vietnameseWording() throws {
        let document = "  document d \"Tờ khai\" {\n    copies 1\n    prepare 1h..2h\n"
        let c = try Self.compare(Self.procedure("  limit 1 workday\n" + document + "    certified\n  }"),
                                 Self.procedure("  limit 3 workdays\n" + document.replacingOccurrences(of: "1h..2h", with: "30min")
                                                + "    cost 15_000 VND\n  }"))
        let words = c.changes.map(ChangeWording(.vi).summary)
        #expect(words == [
            "thời hạn giải quyết 1 ngày làm việc → 3 ngày làm việc",
            "thành phần hồ sơ 'Tờ khai': không còn chứng thực; thời gian chuẩn bị 1–2 giờ → 30 phút; chi phí không có → 15.000 ₫",
        ])
        #expect(c.changes.map(\.summary) == [
            "statutory limit 1 workday → 3 workdays",
            "document 'Tờ khai': no longer certified; prepare 1–2 h → 30 min; cost none → 15,000 VND",
        ])
    }

    /// A limit of one working day is one workday, not one workdays; the change costs nothing.
    @Test("a statutory limit is counted in the singular and the plural")
    func limitWording() throws {
        let c = try Self.compare(Self.procedure("  limit 1 workday"), Self.procedure("  limit 3 workdays"))
        let facts = try #require(c.changes.first { $0.path == "p" })
        #expect(facts.summary == "statutory limit 1 workday → 3 workdays")
        #expect(c.delta.likely == 0)
    }

    /// b no longer waits for a: elapsed 5 → 3 working days; the effort is unchanged, so the burden is too.
    @Test("a step made parallel: elapsed time falls, effort does not")
    func stepMadeParallel() throws {
        let steps = "  step a \"A\" {\n    by office\n    within 3 workdays\n  }\n  step b \"B\" {\n    by fire\n    within 2 workdays\n"
        let c = try Self.compare(Self.procedure(steps + "    after a\n  }"), Self.procedure(steps + "  }"))
        #expect(c.delta == .zero)
        let procedure = try #require(c.procedures.first)
        #expect(procedure.before?.elapsed.workdays.likely == 5)
        #expect(procedure.after?.elapsed.workdays.likely == 3)
        #expect(c.changes.map(\.summary) == ["step 'B': after a → none"])
    }

    /// A second agency with its own submission: no change in money here, but agencies 1 → 2 and
    /// submissions 1 → 2, and a barrier introduced (several agencies, separate submissions).
    @Test("an agency added")
    func agencyAdded() throws {
        let file = "  document d \"D\" {}\n  step s \"File\" {\n    submits d\n  }"
        let after = Self.procedure("  agency fire\n" + file + "\n  step t \"File with the fire police\" {\n    submits d\n  }")
        let c = try Self.compare(Self.procedure(file), after)
        let procedure = try #require(c.procedures.first)
        #expect(procedure.before?.counts.agencies == 1 && procedure.after?.counts.agencies == 2)
        #expect(c.changes.first?.summary.contains("agencies office → office, fire") == true)
        #expect(c.barriersIntroduced.map(\.rule.declared.id).contains("no_single_window"))
    }

    /// A barrier follows its procedure across a rename (the same code, another id): it is neither
    /// introduced nor resolved; removing its cause resolves it under the new id.
    @Test("a barrier is matched across a rename")
    func barrierAcrossRename() throws {
        let file = "  code \"1.1\"\n  agency fire\n  document d \"D\" {}\n  step s \"File\" {\n    submits d\n  }"
        let twoWindows = file + "\n  step t \"File with the fire police\" {\n    submits d\n  }"
        let renamed = try Self.compare(Self.procedure(twoWindows), Self.procedure(twoWindows, id: "q"))
        #expect(renamed.procedures.first?.renamed == true)
        #expect(renamed.barriersIntroduced.isEmpty && renamed.barriersResolved.isEmpty)
        let resolved = try Self.compare(Self.procedure(twoWindows), Self.procedure(file, id: "q"))
        #expect(resolved.barriersIntroduced.isEmpty)
        #expect(resolved.barriersResolved.map(\.rule.declared.id).contains("no_single_window"))
    }

    /// A certified copy accepted on the record (`allow certified_copy because …`) still stands: the
    /// diff says it is accepted, with the reason, and not that it is resolved; withdrawing the
    /// allowance makes it introduced again. Accepting costs nothing: the burden does not move.
    @Test("a barrier accepted on the record is accepted, not resolved")
    func barrierAccepted() throws {
        let document = "  document d \"D\" {\n    copies 1\n    certified\n"
        let plain = Self.procedure(document + "  }")
        let allowed = Self.procedure(document + "    allow certified_copy because \"the land law asks for it\"\n  }")
        let c = try Self.compare(plain, allowed)
        #expect(c.delta.likely == 0)
        #expect(c.barriersResolved.isEmpty && c.barriersIntroduced.isEmpty)
        #expect(c.barriersAccepted.map(\.rule.declared.id) == ["certified_copy"])
        let english = DiffReport(c, files: []).text()
        #expect(english.contains("  accepted:   medium Certified or notarised copies [certified_copy] on document 'd' (D) "
                                 + "in procedure 'p' — allowed because \"the land law asks for it\"\n"))
        let vietnamese = DiffReport(c, files: [], language: .vi).text()
        #expect(vietnamese.contains("  chấp nhận:     trung bình Bản sao chứng thực hoặc công chứng [certified_copy] tại thành phần hồ sơ "
                                    + "'d' (D) của thủ tục 'p' — chấp nhận vì \"the land law asks for it\"\n"))
        let json = try #require(JSONSerialization.jsonObject(with: Data(DiffReport(c, files: []).json().utf8)) as? [String: Any])
        let accepted = (json["barriers"] as? [String: Any])?["accepted"] as? [[String: String]]
        #expect(accepted == [["rule": "certified_copy", "severity": "medium", "procedure": "p", "item": "document",
                              "itemId": "d", "because": "the land law asks for it"]])
        let withdrawn = try Self.compare(allowed, plain)
        #expect(withdrawn.barriersIntroduced.map(\.rule.declared.id) == ["certified_copy"])
        #expect(withdrawn.barriersAccepted.isEmpty && withdrawn.barriersResolved.isEmpty)
        let kept = try Self.compare(allowed, allowed)
        #expect(kept.barriersAccepted.isEmpty && kept.barriersIntroduced.isEmpty && kept.barriersResolved.isEmpty)
    }

    /// p's second document (1 h: 4,000,000 a year) moves into a new procedure q: p falls by 4,000,000,
    /// q adds 4,000,000; the total does not move, and the shift is flagged.
    @Test("a procedure split in two shifts the burden")
    func procedureSplit() throws {
        let a = "  document a \"Form A\" {\n    prepare 1h\n  }"
        let b = "  document b \"Form B\" {\n    prepare 1h\n  }"
        let c = try Self.compare(Self.procedure(a + "\n" + b), Self.procedure(a) + Self.procedure(b, id: "q"))
        #expect(c.delta.likely == 0)
        #expect(c.changes.map(\.kind) == [.removed, .procedureAdded])
        #expect(c.warnings.contains { $0.kind == .burdenShift && $0.message.contains("new procedure 'q'") })
    }

    /// Cases 100 → 150 with a cost of 40,000 a case: a volume effect of +2,000,000, on its own line.
    @Test("a population change is a volume effect")
    func volume() throws {
        let body = "  step s \"S\" {\n    effort 1h\n  }"
        let c = try Self.compare(Self.procedure(body), Self.procedure(body, cases: "150 per year"))
        #expect(c.changes.map(\.kind) == [.volume])
        #expect(c.delta.likely == 2_000_000)
    }

    /// 100 facilities filing each quarter, then once a year: 400 → 100 cases, −300 × 40,000 =
    /// −12,000,000, the line naming the frequency that moved them, and pointing at it.
    @Test("a volume effect names the population or frequency that moved the cases")
    func volumeCause() throws {
        let body = "  step s \"S\" {\n    effort 1h\n  }"
        func draft(_ frequency: Int) -> String {
            Self.procedure(body).replacingOccurrences(of: "  cases 100 per year\n", with: "  population 100\n  frequency \(frequency) per year\n")
        }
        let c = try Self.compare(draft(4), draft(1))
        let volume = try #require(c.changes.first)
        #expect(volume.summary == "cases a year 400 → 100; frequency 4 a year → 1 a year")
        #expect(volume.annualCostDelta.likely == -12_000_000)
        let after = Self.header + draft(1)
        let frequencyLine = try #require(after.utf8.firstRange(of: "1 per year".utf8))
        #expect(volume.after?.range.start == after.utf8.distance(from: after.utf8.startIndex, to: frequencyLine.lowerBound))
    }

    /// A tariff change is its own line: 1 h × (50,000 − 40,000) × 100 cases = +1,000,000.
    @Test("a tariff change is a price effect")
    func tariff() throws {
        let body = "  step s \"S\" {\n    effort 1h\n  }"
        let after = Self.procedure(body).replacingOccurrences(of: "40_000 VND/h", with: "50_000 VND/h")
        let c = try Self.compare(Self.procedure(body), after)
        #expect(c.changes.map(\.kind) == [.tariff])
        #expect(c.delta.likely == 1_000_000)
    }

    /// Renamed ids and fees moved between steps read as such, not as a removal and an addition.
    @Test("renames and moves are detected")
    func renamesAndMoves() throws {
        let before = Self.procedure("  document id_card \"Identity card\" {\n    prepare 10min\n  }\n  step a \"A\" {\n    fee f \"Fee\" {\n      amount 10_000 VND\n      basis \"T\"\n    }\n  }\n  step b \"B\" {}")
        let after = Self.procedure("  document identity \"Identity card\" {\n    prepare 10min\n  }\n  step a \"A\" {}\n  step b \"B\" {\n    fee f \"Fee\" {\n      amount 10_000 VND\n      basis \"T\"\n    }\n  }")
        let c = try Self.compare(before, after)
        #expect(c.changes.map(\.kind) == [.renamed, .moved])
        #expect(c.delta == .zero)
    }

    /// Random pairs: whatever changes, the contributions add up exactly (checked in `compare`).
    @Test("the attribution always adds up", arguments: Array(UInt64(1)...25))
    func attributionAddsUp(_ seed: UInt64) throws {
        var first = SeededRandom(seed: seed)
        var second = SeededRandom(seed: seed &* 7919)
        _ = try Self.compareFiles(Assess.ruleset(procedure: PropertyTests.procedure(&first, population: 1_000)),
                             Assess.ruleset(procedure: PropertyTests.procedure(&second, population: 1_500)))
    }
}

extension Change {
    /// The change in English words, as `diff` writes it.
    var summary: String { ChangeWording(.en).summary(self) }
}

extension ComparisonWarning {
    /// The warning in English words, as `diff` writes it.
    var message: String { ChangeWording(.en).text(self) }
}
