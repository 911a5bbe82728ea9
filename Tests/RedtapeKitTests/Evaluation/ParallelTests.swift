import Foundation
import Testing
@testable import RedtapeKit

/// Work spread over all cores must give the very same figures as work on one.
@Suite("serial and parallel paths")
struct ParallelTests {
    @Test("catalog totals and findings are identical on one core and on all")
    func identical() throws {
        var files: [String: [UInt8]] = [:]
        var random = SeededRandom(seed: 42)
        for index in 0..<(Workspace.batch * 2 + 5) {
            let body = PropertyTests.procedure(&random, population: 500 + index)
            files["/memory/catalog/f\(index).ruleset"] = Array(Assess.ruleset(procedure: body).utf8)
        }
        let paths = files.keys.sorted()
        let reader = MemoryReader(files: files, fallback: FileSystemReader())
        let workspace = Workspace.load(paths, reader: reader)
        #expect(!workspace.diagnostics.hasErrors)
        let serial = try CatalogAssessment.assess(workspace, serial: true).get()
        let parallel = try CatalogAssessment.assess(workspace).get()
        #expect(serial.procedures.count == paths.count)
        #expect(serial.totalAnnualCost == parallel.totalAnnualCost)
        #expect(serial.totalAnnualHours == parallel.totalAnnualHours)
        #expect(serial.procedures.map(\.annualCost) == parallel.procedures.map(\.annualCost))
        let serialFindings = BarrierAnalysis.run(workspace, catalog: serial, serial: true).findings.map { "\($0.rule.declared.id) \($0.location)" }
        let parallelFindings = BarrierAnalysis.run(workspace, catalog: parallel).findings.map { "\($0.rule.declared.id) \($0.location)" }
        #expect(serialFindings == parallelFindings)
        #expect(Parallel.map(Array(0..<1_000)) { $0 * 2 } == (0..<1_000).map { $0 * 2 })
        for size in [1, 7, 999, 1_000, 4_096] {
            #expect(Parallel.map(Array(0..<1_000), slicesOf: size) { $0 * 2 } == (0..<1_000).map { $0 * 2 })
        }
    }

    final class Box: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    struct Watch {
        weak var box: Box?
    }

    @Test("what the work returns is released once its results are dropped")
    func releases() {
        var watched: [Watch] = []
        do {
            let boxes = Parallel.map(Array(0..<100)) { Box($0) }
            #expect(boxes.map(\.value) == Array(0..<100))
            watched = boxes.map { Watch(box: $0) }
        }
        #expect(watched.allSatisfy { $0.box == nil })
    }
}
