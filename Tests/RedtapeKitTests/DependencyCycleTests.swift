import Testing
@testable import RedtapeKit

@Suite("Cycles in the steps' dependencies")
struct DependencyCycleTests {
    static func checked(_ steps: String) -> (steps: [Step], diagnostics: [Diagnostic]) {
        let text = Assess.ruleset(procedure: "  cases 1 per year\n  channel online\n" + steps)
        let path = "/memory/steps.ruleset"
        let workspace = Workspace.load([path], reader: MemoryReader(files: [path: Array(text.utf8)], fallback: FileSystemReader()))
        return (workspace.rootRulesets.first?.procedures.first?.steps ?? [], workspace.diagnostics)
    }

    @Test("steps that come only after steps written before them cannot form a cycle, and skip the search")
    func backwards() {
        let (steps, diagnostics) = Self.checked("""
              step a "A" {
                within 1 workdays
              }
              step b "B" {
                after a
              }
              step c "C" {
                after a, b
              }
            """)
        #expect(steps.count == 3)
        #expect(Checker.dependsOnlyBackwards(steps))
        #expect(!diagnostics.hasErrors)
    }

    @Test("a step after one written later is searched, and is no cycle unless the chain comes back")
    func forward() {
        let (steps, diagnostics) = Self.checked("""
              step a "A" {
                after b
              }
              step b "B" {
                within 1 workdays
              }
            """)
        #expect(!Checker.dependsOnlyBackwards(steps))
        #expect(!diagnostics.hasErrors)
    }

    @Test("a cycle is reported whichever way it is written")
    func cycle() {
        let (steps, diagnostics) = Self.checked("""
              step a "A" {
                after c
              }
              step b "B" {
                after a
              }
              step c "C" {
                after b
              }
            """)
        #expect(!Checker.dependsOnlyBackwards(steps))
        #expect(diagnostics.map(\.code) == [.dependencyCycle])
    }

    @Test("a step named twice is searched: its later namesake may come after anything")
    func repeatedName() {
        let steps = Self.checked("""
              step a "A" {
                within 1 workdays
              }
            """).steps
        #expect(Checker.dependsOnlyBackwards(steps))
        #expect(!Checker.dependsOnlyBackwards(steps + steps))
    }
}
