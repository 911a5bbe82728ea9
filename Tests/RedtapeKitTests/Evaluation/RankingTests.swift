import Foundation
import Testing
@testable import RedtapeKit

/// The largest burdens, picked in one pass, must be the first of the catalog sorted by burden.
@Suite("largest burdens")
struct RankingTests {
    @Test("top(n) is the head of the stable sort by burden and id, ties included", arguments: [1, 3, 10, 40])
    func topIsHeadOfSort(count: Int) throws {
        // Twenty different procedures, each in five files: the same id and burden five times over, so
        // that ties are decided by the catalog's order.
        var files: [String: [UInt8]] = [:]
        for index in 0..<100 {
            var random = SeededRandom(seed: UInt64(index % 20))
            let body = PropertyTests.procedure(&random, population: 500 + index % 20)
            files[String(format: "/memory/ranking/f%03d.ruleset", index)] = Array(Assess.ruleset(procedure: body).utf8)
        }
        let reader = MemoryReader(files: files, fallback: FileSystemReader())
        let workspace = Workspace.load(files.keys.sorted(), reader: reader)
        #expect(!workspace.diagnostics.hasErrors)
        let catalog = try CatalogAssessment.assess(workspace).get()
        let sorted = catalog.procedures.sorted { ($0.annualCost.likely, $1.id) > ($1.annualCost.likely, $0.id) }
        let top = catalog.top(count)
        #expect(top.count == count)
        #expect(zip(top, sorted).allSatisfy { $0 === $1 })
        #expect(catalog.top(catalog.procedures.count).elementsEqual(sorted) { $0 === $1 })
    }
}
