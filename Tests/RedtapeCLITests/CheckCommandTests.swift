import Foundation
import Testing

@Suite("redtape check")
struct CheckCommandTests {
    @Test("the shipped examples and rulesets check clean")
    func shippedRulesets() throws {
        let outcome = try Redtape.run(["check", "Examples", "Rulesets"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("0 errors, 0 warnings"))
    }

    @Test("an error prints file:line:column, the line and a caret, and exits 2")
    func errorFormat() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "assume x = 5 VND + 3h\n".write(toFile: folder + "/bad.ruleset", atomically: false, encoding: .utf8)
        let outcome = try Redtape.run(["check", "bad.ruleset"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("bad.ruleset:1:12: error: cannot add money (VND) and a duration [E051]\n"))
        #expect(outcome.stderr.contains("    1 | assume x = 5 VND + 3h\n"))
        #expect(outcome.stderr.contains("      |            ^~~~~~~~~~\n"))
        #expect(!outcome.stderr.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test("--format json and sarif write the problems to standard output, the summary to standard error, with the same status")
    func machineFormats() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "assume x = 5 VND + 3h\n".write(toFile: folder + "/bad.ruleset", atomically: false, encoding: .utf8)
        let json = try Redtape.run(["check", "--format", "json", "bad.ruleset"], in: folder)
        #expect(json.status == 2)
        #expect(json.stdout.contains("\"code\": \"E051\"") && json.stdout.contains("\"errors\": 1"))
        #expect(json.stderr == "checked 1 file, 0 procedures: 1 error, 0 warnings\n")
        let sarif = try Redtape.run(["check", "--format", "sarif", "bad.ruleset"], in: folder)
        #expect(sarif.status == 2)
        #expect(sarif.stdout.contains("\"ruleId\": \"E051\""))
        let clean = try Redtape.run(["check", "--format", "sarif", "Tests/RedtapeKitTests/Fixtures/score/birth.ruleset"])
        #expect(clean.status == 0 && clean.stdout.contains("\"results\": []"))
    }

    @Test("--brief prints one line a problem")
    func brief() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "assume x = 5 VND + 3h\nassume y = 2 EUR + 1 VND\n".write(toFile: folder + "/bad.ruleset", atomically: false, encoding: .utf8)
        let outcome = try Redtape.run(["check", "--brief", "bad.ruleset"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr == """
            bad.ruleset:1:12: error: cannot add money (VND) and a duration [E051]
            bad.ruleset:2:12: error: cannot combine EUR and VND in one sum [E052]
            checked 1 file, 0 procedures: 2 errors, 0 warnings

            """)
    }

    /// A rule's name misspelt where it is switched off, and an assumption nothing uses: both found once
    /// the catalog is assessed, both one line under --brief, both counted, and --strict fails on them.
    @Test("the problems found once the catalog is assessed are counted, and printed one a line under --brief")
    func assessedProblemsCounted() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = """
            assume spare "Never used" = 5h {
              estimate
            }

            disable certifid_copy

            procedure p "P" {
              cases 10 per year
              channel online
              basis "Fixture"
            }

            """
        try text.write(toFile: folder + "/a.ruleset", atomically: false, encoding: .utf8)
        let outcome = try Redtape.run(["check", "--brief", "a.ruleset"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stderr == """
            a.ruleset:5:9: warning: no barrier rule is called 'certifid_copy' [W082]
            a.ruleset:1:8: warning: assumption 'spare' is used by nothing in this file [W065]
            checked 1 file, 1 procedure: 0 errors, 2 warnings, 0 barrier findings

            """)
        #expect(try Redtape.run(["check", "--strict", "a.ruleset"], in: folder).status == 1)
    }

    @Test("an empty file gets a warning: exit 0, or 1 under --strict")
    func emptyFile() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.ruleset"))
        let plain = try Redtape.run(["check", "empty.ruleset"], in: folder)
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("empty.ruleset:1:1: warning: this file declares nothing [W004]"))
        let strict = try Redtape.run(["check", "--strict", "empty.ruleset"], in: folder)
        #expect(strict.status == 1)
    }

    /// Inputs that must get one clean, located error and exit status 2: never a crash or a hang.
    static let hostile: [(name: String, bytes: [UInt8], expected: String)] = [
        ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02], "hostile.ruleset:1:5: error: this is a binary file, not a ruleset"),
        ("invalid UTF-8", Array("assume x = 1h {\n  source \"".utf8) + [0xC3, 0x28] + Array("\"\n}\n".utf8),
         "hostile.ruleset:2:11: error: invalid UTF-8 byte 0xC3"),
        ("1,000 nested blocks", Array(("procedure p \"P\" " + String(repeating: "{\n a b ", count: 1_000)
            + String(repeating: "}\n", count: 1_000)).utf8), "error: blocks are nested more than 16 deep"),
        ("1,000 nested parentheses", Array(("assume x = " + String(repeating: "(", count: 1_000) + "1"
            + String(repeating: ")", count: 1_000) + "\n").utf8), "error: expression is nested more than 64 deep"),
        ("a 10 MB line", Array(("assume x = 1h # " + String(repeating: "ệ", count: 3_500_000) + " x").utf8 + Array("\nassume y = @".utf8)),
         "hostile.ruleset:2:12: error: unexpected character '@'"),
        ("a number with 400 digits", Array(("assume x = " + String(repeating: "7", count: 400) + " VND\n").utf8),
         "hostile.ruleset:1:12: error: number '7777777777777777777777777777777777777777…' has too many digits"),
        ("a file that imports itself", Array("import \"hostile.ruleset\"\n".utf8), "hostile.ruleset:1:8: error: import cycle"),
    ]

    @Test("hostile input gets a clean error and exit 2", arguments: hostile.indices)
    func hostileInput(_ index: Int) throws {
        let (name, bytes, expected) = Self.hostile[index]
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/hostile.ruleset"))
        let started = Date()
        let outcome = try Redtape.run(["check", "hostile.ruleset"], in: folder)
        #expect(outcome.status == 2, "\(name): \(outcome.stderr.prefix(500))")
        #expect(outcome.stderr.contains(expected), "\(name): \(outcome.stderr.prefix(2_000))")
        #expect(outcome.stderr.utf8.count < 20_000, "\(name): the message must stay readable")
        #expect(Date().timeIntervalSince(started) < 60, "\(name) took too long")
    }

    @Test("a folder with no rulesets is an input error")
    func emptyFolder() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/nothing", withIntermediateDirectories: true)
        let outcome = try Redtape.run(["check", "nothing"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("nothing: error: no .ruleset files in this folder"))
    }

    @Test("a missing file is an input error")
    func missingFile() throws {
        let outcome = try Redtape.run(["check", "no/such.ruleset"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("no/such.ruleset: error: cannot read 'no/such.ruleset': no such file"))
    }
}
