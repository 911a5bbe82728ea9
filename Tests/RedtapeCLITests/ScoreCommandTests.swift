import Foundation
import Testing

@Suite("redtape score and explain")
struct ScoreCommandTests {
    static let catalog = ["Tests/RedtapeKitTests/Fixtures/score/residence.ruleset", "Tests/RedtapeKitTests/Fixtures/score/birth.ruleset"]

    @Test("score prints the table and totals; every format exits 0", arguments: ["text", "json", "csv", "markdown"])
    func formats(_ format: String) throws {
        let outcome = try Redtape.run(["score", "--format", format] + Self.catalog)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("98208000000") || outcome.stdout.contains("98,208,000,000"))
    }

    @Test("--lang vi formats numbers the Vietnamese way")
    func vietnamese() throws {
        let outcome = try Redtape.run(["score", "--lang", "vi"] + Self.catalog)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("98.208.000.000 ₫"))
        #expect(outcome.stdout.contains("Chi phí hằng năm"))
    }

    /// The residence procedure has one barrier finding (certified copies); the birth one has none.
    @Test("the total counts barrier findings, one in the singular")
    func findingsCount() throws {
        let one = try Redtape.run(["score", Self.catalog[0]])
        #expect(one.stdout.contains(", 1 finding\n"))
        let none = try Redtape.run(["score", Self.catalog[1]])
        #expect(none.stdout.contains(", 0 findings\n"))
    }

    @Test("a ruleset with errors is not scored: exit 2 and the diagnostics")
    func brokenRuleset() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "procedure p \"P\" {\n  cases 10\n  channel online\n}\n".write(toFile: folder + "/bad.ruleset", atomically: false, encoding: .utf8)
        let outcome = try Redtape.run(["score", "bad.ruleset"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("bad.ruleset:2:9: error: 'cases' takes a count per year"))
    }

    @Test("an unknown format is a usage error")
    func unknownFormat() throws {
        let outcome = try Redtape.run(["score", "--format", "jsn"] + Self.catalog)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("Did you mean 'json'?"))
    }

    @Test("explain traces a procedure; an unknown one gets a suggestion and exit 2")
    func explain() throws {
        let outcome = try Redtape.run(["explain", Self.catalog[0], "permanent_residence"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("cost a case = 3.2 h × 31,175 VND/h + 23,000 VND = 122,760 VND"))
        let wrong = try Redtape.run(["explain", Self.catalog[0], "permanent_residense"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("did you mean 'permanent_residence'?"))
    }

    /// Fixtures/score/households-and-firms.ruleset: 0.7 × 20,000 + 0.3 × 50,000 = 29,000 VND/h, and the
    /// segment's overhead shown where it is given.
    @Test("explain shows a segment's own overhead and the tariff it makes")
    func explainSegmentOverhead() throws {
        let outcome = try Redtape.run(["explain", "Tests/RedtapeKitTests/Fixtures/score/households-and-firms.ruleset"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("segment households: 70% of cases with tariff 20,000 VND/h, overhead 0%\n"))
        #expect(outcome.stdout.contains("segment firms: 30% of cases\n"))
        #expect(outcome.stdout.contains("hourly tariff used = 29,000 VND/h"))
    }

    /// Rulesets/vn/import-inspection/before.ruleset: `cases inspected_consignments`, an assumption of
    /// 300,000..500,000 per year; the unit is said once, after the range, where the cases are and where
    /// the assumption is listed.
    @Test("explain says a count a year is a year's, in the cases and in the assumptions used")
    func explainCountAYear() throws {
        let outcome = try Redtape.run(["explain", "Rulesets/vn/import-inspection/before.ruleset"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("  cases = 400,000 (300,000 – 500,000) a year [inspected_consignments]"))
        #expect(outcome.stdout.contains("  inspected_consignments = 400,000 (300,000 – 500,000) a year  (estimate; note: A share of "
                                        + "import declarations needs specialised inspection; no yearly count was found.)"))
    }

    /// Rulesets/vn/birth-registration/before.ruleset: the channel shares are written with
    /// online_share_before, 20%, in person 100% − 20% = 80%. The assumption is an estimate, with the
    /// note that says what it rests on.
    @Test("explain names the assumption a channel's share is written with, and lists it")
    func explainChannelShareAssumption() throws {
        let outcome = try Redtape.run(["explain", "Rulesets/vn/birth-registration/before.ruleset", "birth_registration"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("  in_person 80% [online_share_before], online 20% [online_share_before]\n"))
        #expect(outcome.stdout.contains("  online_share_before = 20%  (estimate; note: Partial online service existed; most parents "
                                        + "still filed in person.)"))
    }

    /// Examples/02: the identity card copy `applies in_person`, 30% of cases: 0.75 h × 30% = 0.225 h.
    @Test("explain names the channels an item applies to, with their share of cases")
    func explainFiledOn() throws {
        let outcome = try Redtape.run(["explain", "Examples/02-documents-and-steps.ruleset"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let line = outcome.stdout.split(separator: "\n").first { $0.contains("prepare 0.75 h × filed in person 30%") }
        #expect(line?.split(separator: " ").contains("0.225") == true, "\(outcome.stdout)")
    }

    @Test("explain of a file with one procedure needs no procedure named; of several, it names them, exit 2")
    func explainTheOnlyProcedure() throws {
        let only = try Redtape.run(["explain", Self.catalog[0]])
        #expect(only.status == 0)
        #expect(only.stdout == (try Redtape.run(["explain", Self.catalog[0], "permanent_residence"])).stdout)
        let several = try Redtape.run(["explain", "Rulesets/vn/birth-registration/before.ruleset"])
        #expect(several.status == 2)
        #expect(several.stderr.contains("has 3: birth_registration, child_residence, child_health_card"))
        let none = try Redtape.run(["explain", "Rulesets/vn/assumptions.ruleset"])
        #expect(none.status == 2 && none.stderr.contains("declares no procedure to explain"))
    }
}
