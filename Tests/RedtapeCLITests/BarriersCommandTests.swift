import Foundation
import Testing

@Suite("redtape barriers")
struct BarriersCommandTests {
    static let fixture = "Tests/RedtapeKitTests/Fixtures/barriers/permits.ruleset"

    @Test("--fail-on exits 1 when a finding at or above the level remains, 0 otherwise")
    func failOn() throws {
        let high = try Redtape.run(["barriers", "--fail-on", "high", Self.fixture])
        #expect(high.status == 1)
        #expect(high.stdout.contains("17 findings (6 high, 5 medium, 6 low), 1 accepted"))
        let clean = try Redtape.run(["barriers", "--fail-on", "low", "Tests/RedtapeKitTests/Fixtures/score/birth.ruleset"])
        #expect(clean.status == 0, "a procedure with no barrier passes the strictest gate")
        #expect(clean.stdout.contains("0 findings"))
        let none = try Redtape.run(["barriers", Self.fixture])
        #expect(none.status == 0)
    }

    @Test("every format is written, and --fail-on judges the findings whatever the format")
    func formats() throws {
        for format in ["text", "markdown", "csv", "json", "sarif"] {
            let outcome = try Redtape.run(["barriers", "--format", format, "--fail-on", "high", Self.fixture])
            #expect(outcome.status == 1, "\(format): \(outcome.stderr)")
            #expect(outcome.stdout.contains("once_only"), "\(format)")
        }
    }

    @Test("accepted findings do not fail the gate")
    func acceptedDoNotCount() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = """
            procedure p "P" {
              cases 1 per year
              channel online
              basis "T"
              result "R" electronic
              document d "D" {
                copies 1
                certified
                allow certified_copy because "Required by the court rules."
              }
            }

            """
        try text.write(toFile: folder + "/p.ruleset", atomically: false, encoding: .utf8)
        let outcome = try Redtape.run(["barriers", "--fail-on", "low", "p.ruleset"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stdout)")
        #expect(outcome.stdout.contains("0 findings (0 high, 0 medium, 0 low), 1 accepted"))
    }

    @Test("--rules prints the standard catalogue, which itself checks clean")
    func rules() throws {
        let outcome = try Redtape.run(["barriers", "--rules"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("rule once_only \"The state already holds this data\" {"))
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try outcome.stdout.write(toFile: folder + "/standard.ruleset", atomically: false, encoding: .utf8)
        #expect(try Redtape.run(["check", "--strict", "standard.ruleset"], in: folder).status == 0)
    }

    @Test("the binary carries the catalogue: copied alone into an empty folder, it prints it byte for byte and finds the same barriers")
    func catalogueTravelsWithTheBinary() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/redtape"
        try FileManager.default.copyItem(atPath: Redtape.binary, toPath: copy)
        let builtBeside = URL(fileURLWithPath: Redtape.binary).deletingLastPathComponent().appendingPathComponent("redtape_RedtapeKit.resources")
        #expect(!FileManager.default.fileExists(atPath: builtBeside.path), "a resource folder beside the binary: either redtape reads resources again (and a copy of it would not find them), or the build folder predates the catalogue's compiling in ('swift package clean')")
        let rules = try Redtape.run(["barriers", "--rules"], binary: copy)
        let file = try String(contentsOfFile: Redtape.repository + "/Sources/RedtapeKit/Catalogue/barriers.ruleset", encoding: .utf8)
        #expect(rules.status == 0)
        #expect(rules.stdout == file)
        let check = try Redtape.run(["check", Redtape.repository + "/" + Self.fixture], in: folder, binary: copy)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("17 barrier findings"))
    }

    @Test("check and score mention the number of findings")
    func counts() throws {
        let check = try Redtape.run(["check", Self.fixture])
        #expect(check.stderr.contains("17 barrier findings (see 'redtape barriers')"))
        let score = try Redtape.run(["score", Self.fixture])
        #expect(score.stdout.contains("17 findings"))
    }
}
