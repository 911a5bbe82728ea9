import Foundation
import Testing
@testable import RedtapeKit

/// Scanning a catalog a batch of files at a time must give what loading it whole gives.
@Suite("catalog scan, a batch at a time")
struct CatalogScanTests {
    static func procedure(_ id: String, cases: Int, documents: [(id: String, name: String)], extra: String = "") -> String {
        """
        procedure \(id) "Procedure \(id)" {
          sector "Civil status"
          agency commune
          subject citizen
          cases \(cases) per year
          tariff citizen_hour
          channel in_person
        \(extra)
        \(documents.map { "  document \($0.id) \"\($0.name)\" {\n    prepare 30min\n  }\n" }.joined())
          step file "File" {
            effort 10min
            travel 30min
            submits \(documents.map(\.id).joined(separator: ", "))
          }
        }

        """
    }

    /// Five files: shared figures first, which every other file imports; a file (`c`) that a later
    /// one (`e`) imports, so that it is needed again after its batch is let go; documents that other
    /// procedures ask for in other batches (one spelled differently, one accepted with `allow`); and
    /// an `allow` naming no rule, which is warned about.
    static let files: [String: String] = [
        "/memory/scan/a-shared.ruleset": """
            ruleset "Shared" {
              currency VND
            }

            assume citizen_hour "Value of an hour" = 40_000 VND/h

            agency commune "Commune" {
              level commune
            }

            """,
        "/memory/scan/b.ruleset": "import \"a-shared.ruleset\"\n\n"
            + procedure("pb", cases: 1_000, documents: [("book", "Household registration book"), ("form", "Form B")]),
        "/memory/scan/c.ruleset": "import \"a-shared.ruleset\"\n\nassume c_cases \"Cases in c\" = 3_000 per year\n\n"
            + procedure("pc", cases: 2_000, documents: [("birth", "Birth certificate"), ("form", "Form C")]),
        "/memory/scan/d.ruleset": "import \"a-shared.ruleset\"\n\n"
            + procedure("pd", cases: 5_000, documents: [("book", "HOUSEHOLD  registration   book"), ("form", "Form D")],
                        extra: "  allow no_such_rule because \"a typo\"\n")
            + procedure("pd2", cases: 7_000, documents: [("birth", "Birth certificate")],
                        extra: "  allow duplicate_across_catalog because \"kept on purpose\"\n"),
        "/memory/scan/e.ruleset": "import \"c.ruleset\"\n\n"
            + procedure("pe", cases: 4_000, documents: [("only", "Only here")])
            .replacingOccurrences(of: "cases 4000 per year", with: "cases c_cases"),
    ]

    static var reader: MemoryReader {
        MemoryReader(files: files.mapValues { Array($0.utf8) }, fallback: FileSystemReader())
    }

    static var paths: [String] { files.keys.sorted() }

    static func sorted(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.file):\($0.location.range.start) \($0.message)" }.sorted()
    }

    @Test("figures, findings and diagnostics match loading the whole catalog, at every batch size", arguments: [1, 2, 3, 64])
    func sameAsWhole(batchSize: Int) throws {
        let workspace = Workspace.load(Self.paths, reader: Self.reader)
        #expect(!workspace.diagnostics.hasErrors)
        let whole = try CatalogAssessment.assess(workspace).get()
        let analysis = BarrierAnalysis.run(workspace, catalog: whole)
        // pd's book is pb's book, spelled differently; pd2's birth certificate is pc's (accepted with allow).
        #expect(analysis.active.filter { $0.rule.declared.id == "duplicate_across_catalog" }.map(\.itemID) == ["book", "birth", "book"])
        #expect(analysis.suppressed.map(\.itemID) == ["birth"])

        let scan = CatalogScan.run(Self.paths, keeping: .terms, reader: Self.reader, batchSize: batchSize)
        let scanned = try #require(try scan.assessment?.get())
        #expect(scan.procedureCount == 5)
        #expect(scanned.procedures.map(\.id) == ["pb", "pc", "pd", "pd2", "pe"])
        #expect(scanned.procedures.map(\.annualCost) == whole.procedures.map(\.annualCost))
        #expect(scanned.procedures.map(\.terms.count) == whole.procedures.map(\.terms.count))
        // pe's cases come from c.ruleset, imported after c's own batch was let go: 3,000, not 4,000.
        #expect(scanned.procedures[4].annualCases.likely == 3_000)
        #expect(scanned.totalAnnualCost == whole.totalAnnualCost)
        #expect(scanned.totalAnnualHours == whole.totalAnnualHours)
        #expect(scanned.groups(by: [.agency])[0].map(\.annualCost) == whole.groups(by: [.agency])[0].map(\.annualCost))
        #expect(scan.barriers.active == analysis.active.count)
        #expect(scan.barriers.diagnostics.map(\.message) == analysis.diagnostics.map(\.message))
        #expect(scan.barriers.diagnostics.map(\.message) == ["no barrier rule is called 'no_such_rule'"])
        // A file that another file of its batch imports is checked, and its messages given, when it is
        // first needed: the files' messages come in another order with other batches, but are the same.
        #expect(Self.sorted(scan.workspace.diagnostics) == Self.sorted(workspace.diagnostics))
        #expect(scan.workspace.files.map(\.path) == workspace.files.map(\.path))
        // Figures only: no terms, no items. With items: the procedures whole, and every ruleset named.
        #expect(scan.workspace.rootRulesets.map(\.path) == ["/memory/scan/a-shared.ruleset", "/memory/scan/c.ruleset"])
        #expect(scanned.procedures.allSatisfy { $0.procedure.documents.isEmpty })
        let figures = try #require(try CatalogScan.run(Self.paths, keeping: .figures, reader: Self.reader,
                                                       batchSize: batchSize).assessment?.get())
        #expect(figures.procedures.allSatisfy { $0.terms.isEmpty && $0.channels.isEmpty && $0.parties.isEmpty })
        // Worked out without their breakdown by term, channel and party, the figures are its sums.
        #expect(figures.procedures.map(\.hours) == whole.procedures.map(\.hours))
        #expect(figures.procedures.map(\.outOfPocket) == whole.procedures.map(\.outOfPocket))
        #expect(figures.procedures.map(\.cost) == whole.procedures.map(\.cost))
        #expect(figures.totalAnnualCost == whole.totalAnnualCost)
        #expect(whole.procedures.allSatisfy { !$0.terms.isEmpty && !$0.channels.isEmpty && !$0.parties.isEmpty })
        let items = CatalogScan.run(Self.paths, keeping: .items, reader: Self.reader, batchSize: batchSize)
        let withItems = try #require(try items.assessment?.get())
        #expect(withItems.procedures.map(\.procedure.documents.count) == whole.procedures.map(\.procedure.documents.count))
        #expect(withItems.procedures.map(\.procedure.steps.count) == whole.procedures.map(\.procedure.steps.count))
        #expect(withItems.procedures.map(\.terms.count) == whole.procedures.map(\.terms.count))
        #expect(items.workspace.rootRulesets.map(\.path) == workspace.rootRulesets.map(\.path))
    }

    @Test("findings built a batch at a time are the findings of the whole catalog, details and all", arguments: [1, 2, 3, 64])
    func findingsSameAsWhole(batchSize: Int) throws {
        let workspace = Workspace.load(Self.paths, reader: Self.reader)
        let whole = try CatalogAssessment.assess(workspace).get()
        let wholeAnalysis = BarrierAnalysis.run(workspace, catalog: whole)
        let expected = BarrierReport(wholeAnalysis, currency: "VND", files: workspace.files)

        let scan = CatalogScan.run(Self.paths, keeping: .figures, findingBarriers: true, reader: Self.reader,
                                   batchSize: batchSize)
        let analysis = try #require(scan.findings)
        #expect(scan.barriers.active == wholeAnalysis.active.count)
        let report = BarrierReport(analysis, currency: "VND", files: scan.workspace.files)
        // pd's book is asked for by pb, read in another batch: the detail names pb once every batch is read.
        #expect(analysis.active.compactMap(\.detail).contains(.alsoAskedBy("pb", more: 0)))
        #expect(report.json() == expected.json())
        #expect(report.text() == expected.text())
        #expect(report.sarif(toolVersion: "test") == expected.sarif(toolVersion: "test"))
    }

    @Test("a summary keeps the figures and names, not the items; terms only when asked for")
    func summaries() throws {
        let scan = CatalogScan.run(Self.paths, keeping: .figures, reader: Self.reader, batchSize: 2)
        let catalog = try #require(try scan.assessment?.get())
        #expect(catalog.procedures.allSatisfy { $0.terms.isEmpty && $0.procedure.documents.isEmpty })
        #expect(catalog.procedures.map(\.procedure.declared.name) == ["Procedure pb", "Procedure pc", "Procedure pd", "Procedure pd2", "Procedure pe"])
        #expect(catalog.groups(by: [.sector])[0].map(\.key) == ["Civil status"])
    }

    @Test("an error in a later batch leaves nothing assessed, as loading the whole catalog does")
    func errorsStopAssessment() {
        var files = Self.files
        files["/memory/scan/z.ruleset"] = "procedure broken {\n  cases lots\n}\n"
        let reader = MemoryReader(files: files.mapValues { Array($0.utf8) }, fallback: FileSystemReader())
        let scan = CatalogScan.run(files.keys.sorted(), keeping: .figures, reader: reader, batchSize: 2)
        #expect(scan.assessment == nil)
        #expect(scan.workspace.diagnostics.hasErrors)
        #expect(Self.sorted(scan.workspace.diagnostics) == Self.sorted(Workspace.load(files.keys.sorted(), reader: reader).diagnostics))
    }

    @Test("rulesets in two currencies, in different batches, cannot be added up")
    func mixedCurrencies() {
        var files = Self.files
        files["/memory/scan/f.ruleset"] = """
            ruleset "Elsewhere" {
              currency EUR
            }

            assume citizen_hour "Value of an hour" = 20 EUR/h

            agency commune "Commune" {
              level commune
            }

            """ + Self.procedure("pf", cases: 10, documents: [("x", "X")])
        let reader = MemoryReader(files: files.mapValues { Array($0.utf8) }, fallback: FileSystemReader())
        let scan = CatalogScan.run(files.keys.sorted(), keeping: .figures, reader: reader, batchSize: 2)
        guard case .failure(.mixedCurrencies(let found))? = scan.assessment else {
            Issue.record("expected the currencies to be refused, got \(String(describing: scan.assessment))")
            return
        }
        #expect(found == ["VND": "/memory/scan/b.ruleset", "EUR": "/memory/scan/f.ruleset"])
    }
}
