import Foundation
import Testing
@testable import RedtapeKit

@Suite("Custom rules, settings and suppressions")
struct CustomRuleTests {
    static func run(_ text: String) throws -> BarrierAnalysis {
        let (catalog, workspace) = try Assess.catalog(text)
        let analysis = BarrierAnalysis.run(workspace, catalog: catalog)
        // Counting, as check and score do, without building the findings, gives the same answers.
        let path = "/memory/test.ruleset"
        let counted = CatalogScan.run([path], keeping: .figures,
                                      reader: MemoryReader(files: [path: Array(text.utf8)], fallback: FileSystemReader())).barriers
        #expect(counted.active == analysis.active.count)
        #expect(counted.diagnostics.map(\.message) == analysis.diagnostics.map(\.message))
        return analysis
    }

    /// The fixture's file of rules, beside a file of procedures that does not import it: its rule finds
    /// nothing, which W067 says, read whole or a batch at a time; imported, it applies, and is not warned of.
    @Test("a file of rules that no file of procedures imports is said to apply to no procedure")
    func rulesForNoProcedure() throws {
        let folder = Paths.fixtures + "/invalid/rules-for-no-procedure/"
        let apart = [folder + "procedures.ruleset", folder + "rules.ruleset"]
        let (catalog, workspace) = try Assess.catalog(files: try Dictionary(uniqueKeysWithValues: apart.map {
            ($0, try String(contentsOfFile: $0, encoding: .utf8))
        }))
        let whole = BarrierAnalysis.run(workspace, catalog: catalog)
        #expect(whole.diagnostics.map(\.code) == [.rulesForNoProcedure])
        #expect(!whole.findings.contains { $0.rule.declared.id == "long_correction" })
        #expect(CatalogScan.run(apart, keeping: .figures).barriers.diagnostics.map(\.code) == [.rulesForNoProcedure])
        let importing = try String(contentsOfFile: apart[0], encoding: .utf8)
            .replacingOccurrences(of: "}\n\n# The procedures", with: "}\n\nimport \"rules.ruleset\"\n\n# The procedures")
        let reader = MemoryReader(files: [apart[0]: Array(importing.utf8)], fallback: FileSystemReader())
        let scan = CatalogScan.run(apart, keeping: .figures, findingBarriers: true, reader: reader)
        #expect(scan.barriers.diagnostics.isEmpty)
        #expect(scan.findings?.findings.contains { $0.rule.declared.id == "long_correction" } == true)
    }

    /// A rule on steps that attaches travel attaches the step's own: step 'back' goes there twice, 1 h
    /// of travel and 30 min of waiting each time, 3 h at 10,000 VND/h = 30,000 VND a case, × 100 cases
    /// = 3,000,000 VND a year; not the procedure's 4 h (step 'collect' adds 1 h), nor the step's own
    /// cost with its 30 min of effort, 3,500,000.
    @Test("a rule on steps that attaches travel attaches the step's own")
    func stepTravelAttached() throws {
        let text = Assess.ruleset(
            assumptions: """
                rule comes_back "A step that takes the applicant back" {
                  when step.visits > 1
                  attach travel
                }
                """,
            procedure: """
                  cases 100 per year
                  tariff 10_000 VND/h
                  channel in_person
                  step back "Come back" {
                    effort 30min
                    travel 1h
                    wait 30min
                    visits 2
                  }
                  step collect "Collect" {
                    travel 1h
                    after back
                  }
                """)
        let findings = try Self.run(text).findings.filter { $0.rule.declared.id == "comes_back" }
        #expect(findings.map(\.itemID) == ["back"])
        #expect(findings.first?.annualCost?.likely == 3_000_000)
    }

    @Test("a user-defined rule with a named threshold")
    func userRule() throws {
        let text = Assess.ruleset(
            assumptions: """
                assume big_fee "A fee we call large" = 100_000 VND {
                  estimate
                }

                rule large_fee "A large fee" {
                  severity medium
                  when fee.amount > big_fee
                  explain "The fee is above what the programme accepts."
                  fix "Lower the fee."
                }
                """,
            procedure: """
                  cases 10 per year
                  channel online
                  fee small "Small" {
                    amount 100_000 VND
                    basis "T"
                  }
                  fee large "Large" {
                    amount 100_001 VND
                    basis "T"
                  }
                """)
        let findings = try Self.run(text).findings.filter { $0.rule.declared.id == "large_fee" }
        #expect(findings.map(\.itemID) == ["large"])
        #expect(findings.first?.isStandard == false)
    }

    @Test("a standard rule switched off, and one with its severity changed")
    func settings() throws {
        let body = "  cases 10 per year\n  channel in_person\n  document d \"D\" {\n    copies 1\n    certified\n  }"
        let plain = try Self.run(Assess.ruleset(procedure: body)).findings.map(\.rule.declared.id)
        #expect(plain.contains("certified_copy") && plain.contains("in_person_only"))
        let tuned = try Self.run("disable certified_copy\n\nseverity in_person_only low\n\n" + Assess.ruleset(procedure: body)).findings
        #expect(!tuned.map(\.rule.declared.id).contains("certified_copy"))
        #expect(tuned.first { $0.rule.declared.id == "in_person_only" }?.severity == .low)
    }

    @Test("a ruleset sets a standard threshold by declaring an assumption of the same name")
    func thresholdOverride() throws {
        let body = "  cases 10 per year\n  channel online\n  agency office\n  step s \"S\" {\n    by office\n    within 12 workdays\n  }"
        let declarations = "agency office \"Office\""
        let standard = try Self.run(Assess.ruleset(assumptions: declarations, procedure: body)).findings.map(\.rule.declared.id)
        #expect(!standard.contains("excessive_time_limit"))
        let strict = try Self.run(Assess.ruleset(
            assumptions: declarations + "\n\nassume max_step_workdays = 10 workdays {\n  source \"Programme benchmark\"\n}",
            procedure: body)).findings.map(\.rule.declared.id)
        #expect(strict.contains("excessive_time_limit"))
    }

    @Test("a finding accepted with a reason is reported as accepted, not dropped")
    func suppression() throws {
        let body = "  cases 10 per year\n  channel online\n  document d \"D\" {\n    copies 1\n    certified\n"
            + "    allow certified_copy because \"The court requires a certified copy (Law X, Art. 5).\"\n  }"
        let analysis = try Self.run(Assess.ruleset(procedure: body))
        let finding = try #require(analysis.findings.first { $0.rule.declared.id == "certified_copy" })
        #expect(finding.isSuppressed)
        #expect(finding.suppression?.reason == "The court requires a certified copy (Law X, Art. 5).")
        #expect(!analysis.active.contains { $0.rule.declared.id == "certified_copy" })
    }

    @Test("a suppression without a reason is an error")
    func suppressionWithoutReason() throws {
        let body = "  cases 10 per year\n  channel online\n  document d \"D\" {\n    certified\n    allow certified_copy\n  }"
        #expect(throws: Assess.Failed.self) { try Self.run(Assess.ruleset(procedure: body)) }
    }

    @Test("disabling or allowing an unknown rule is a warning with a suggestion")
    func unknownRule() throws {
        let analysis = try Self.run("disable certified_copies\n\n" + Assess.ruleset(procedure: "  cases 1 per year\n  channel online"))
        let diagnostic = try #require(analysis.diagnostics.first)
        #expect(diagnostic.code == .unknownRule)
        #expect(diagnostic.help == "did you mean 'certified_copy'?")
    }

    @Test("conditions are checked: unknown fields, wrong types, two kinds of item")
    func conditionErrors() throws {
        func codes(_ condition: String) -> [String] {
            let text = "rule r \"R\" {\n  when \(condition)\n}\n"
            let reader = MemoryReader(files: ["/m/r.ruleset": Array(text.utf8)], fallback: FileSystemReader())
            return Workspace.load(["/m/r.ruleset"], reader: reader).diagnostics.map(\.code.rawValue)
        }
        #expect(codes("document.certifed") == ["E080"])
        #expect(codes("document.copies") == ["E081"])
        #expect(codes("step.within > 3 VND") == ["E081"])
        #expect(codes("document.certified and step.has_limit") == ["E081"])
        #expect(codes("document.certified and procedure.online").isEmpty)
    }
}
