import Foundation
import Testing

@Suite("redtape fmt")
struct FormatCommandTests {
    static let messy = "assume   x = 1h   {\n source \"S\"\n}\n"
    static let tidy = "assume x = 1h {\n  source \"S\"\n}\n"

    @Test("without a flag: prints the formatted file and changes nothing")
    func prints() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.messy.write(toFile: folder + "/a.ruleset", atomically: false, encoding: .utf8)
        let outcome = try Redtape.run(["fmt", "a.ruleset"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == Self.tidy)
        #expect(try String(contentsOfFile: folder + "/a.ruleset", encoding: .utf8) == Self.messy)
    }

    @Test("--check exits 1 on an unformatted file and 0 on a formatted one, changing nothing")
    func check() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.messy.write(toFile: folder + "/a.ruleset", atomically: false, encoding: .utf8)
        try Self.tidy.write(toFile: folder + "/b.ruleset", atomically: false, encoding: .utf8)
        let bad = try Redtape.run(["fmt", "--check", "a.ruleset"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("a.ruleset: not formatted"))
        #expect(try String(contentsOfFile: folder + "/a.ruleset", encoding: .utf8) == Self.messy)
        let good = try Redtape.run(["fmt", "--check", "b.ruleset"], in: folder)
        #expect(good.status == 0)
    }

    @Test("--write rewrites in place; a file with syntax errors is left alone with exit 2")
    func write() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.messy.write(toFile: folder + "/a.ruleset", atomically: false, encoding: .utf8)
        let broken = "assume x = 1h {\n  source \"S\n"
        try broken.write(toFile: folder + "/broken.ruleset", atomically: false, encoding: .utf8)
        let outcome = try Redtape.run(["fmt", "--write", "."], in: folder)
        #expect(outcome.status == 2)
        #expect(try String(contentsOfFile: folder + "/a.ruleset", encoding: .utf8) == Self.tidy)
        #expect(try String(contentsOfFile: folder + "/broken.ruleset", encoding: .utf8) == broken)
        #expect(outcome.stderr.contains("broken.ruleset:2:10: error: unterminated string"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("--write keeps the file's permissions and leaves no temporary file beside it")
    func writeKeepsPermissions() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.messy.write(toFile: folder + "/a.ruleset", atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/a.ruleset")
        let outcome = try Redtape.run(["fmt", "--write", "a.ruleset"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try String(contentsOfFile: folder + "/a.ruleset", encoding: .utf8) == Self.tidy)
        let permissions = try FileManager.default.attributesOfItem(atPath: folder + "/a.ruleset")[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [".redtape", "a.ruleset"])
    }

    @Test("--check and --write together is a usage error")
    func conflicting() throws {
        let outcome = try Redtape.run(["fmt", "--check", "--write", "Examples"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("Error: Use '--check' or '--write', not both.\n"))
    }

    /// A rate in words, a duration in hours and minutes, a range ending in one, and a rule's name
    /// misspelt (found once the file is assessed), each offered one fix. `--fix --check` changes
    /// nothing, `--fix` prints the mended text, `--fix --write` writes it, and the file then checks clean.
    @Test("--fix applies the fixes check offers, then formats; with --write, in place")
    func fix() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = """
            disable certifid_copy

            procedure p "P" {
              cases 1_000 per year
              tariff 30_000 VND per hour
              channel in_person 100%
              basis "Fixture"

              step file "File" {
                travel 1h30min
                wait   30min..1h 15min
              }
            }

            """
        try broken.write(toFile: folder + "/a.ruleset", atomically: false, encoding: .utf8)
        let checked = try Redtape.run(["fmt", "--fix", "--check", "a.ruleset"], in: folder)
        #expect(checked.status == 1)
        #expect(checked.stderr.contains("a.ruleset:5:21: would fix: too many values for 'tariff' [E032]: write '30_000 VND/h'"))
        #expect(checked.stderr.contains("a.ruleset:10:13: would fix: too many values for 'travel' [E032]: write '90min'"))
        #expect(try String(contentsOfFile: folder + "/a.ruleset", encoding: .utf8) == broken)

        let printed = try Redtape.run(["fmt", "--fix", "a.ruleset"], in: folder)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.hasPrefix("disable certified_copy\n"))
        #expect(printed.stdout.contains("  tariff 30_000 VND/h\n"))
        #expect(printed.stdout.contains("    travel 90min\n    wait 30min..75min\n"))
        #expect(printed.stderr.hasSuffix("4 problems fixed in the text printed; 'redtape fmt --fix --write' writes it\n"))
        #expect(try String(contentsOfFile: folder + "/a.ruleset", encoding: .utf8) == broken)

        let written = try Redtape.run(["fmt", "--fix", "--write", "a.ruleset"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOfFile: folder + "/a.ruleset", encoding: .utf8) == printed.stdout)
        let clean = try Redtape.run(["check", "a.ruleset"], in: folder)
        #expect(clean.status == 0, "\(clean.stderr)")
    }
}
