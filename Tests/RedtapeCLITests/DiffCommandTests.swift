import Foundation
import Testing

@Suite("redtape diff")
struct DiffCommandTests {
    static let before = "Tests/RedtapeKitTests/Fixtures/diff/before.ruleset"
    static let after = "Tests/RedtapeKitTests/Fixtures/diff/after.ruleset"

    @Test("gates: --target met exits 0, missed exits 1; --fail-on-increase fails a growing burden")
    func gates() throws {
        #expect(try Redtape.run(["diff", "--target", "20%", Self.before, Self.after]).status == 0)
        let missed = try Redtape.run(["diff", "--target", "70%", Self.before, Self.after])
        #expect(missed.status == 1)
        #expect(missed.stdout.contains("Target: a cut of 70% — not met"))
        #expect(try Redtape.run(["diff", "--fail-on-increase", Self.before, Self.after]).status == 0)
        #expect(try Redtape.run(["diff", "--fail-on-increase", Self.after, Self.before]).status == 1)
        #expect(try Redtape.run(["diff", "--target", "lots", Self.before, Self.after]).status == 2)
    }

    /// A temporary repository: commit a ruleset that imports its assumptions, change it, and compare
    /// HEAD:PATH with the working tree — the imports are read from the same revision.
    @Test("REV:PATH reads a draft from a git revision")
    func gitRevision() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        }
        try FileManager.default.createDirectory(atPath: folder + "/rules", withIntermediateDirectories: true)
        try "assume hour = 40_000 VND/h {\n  source \"T\"\n}\n".write(toFile: folder + "/shared.ruleset", atomically: false, encoding: .utf8)
        let text = "import \"../shared.ruleset\"\n\nprocedure p \"P\" {\n  cases 100 per year\n  tariff hour\n  channel online\n"
            + "  basis \"T\"\n  document d \"D\" {\n    prepare 1h\n  }\n}\n"
        try text.write(toFile: folder + "/rules/p.ruleset", atomically: false, encoding: .utf8)
        try git("init", "-q")
        try git("add", ".")
        try git("commit", "-q", "-m", "first draft")
        try text.replacingOccurrences(of: "prepare 1h", with: "prepare 30min")
            .write(toFile: folder + "/rules/p.ruleset", atomically: false, encoding: .utf8)
        let outcome = try Redtape.run(["diff", "--format", "json", "HEAD:rules/p.ruleset", "rules/p.ruleset"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // 30 minutes saved × 40,000 VND/h × 100 cases = −2,000,000 VND.
        #expect(outcome.stdout.contains("\"annualCost\": -2000000"))
        #expect(outcome.stdout.contains("\"file\": \"HEAD:rules/p.ruleset\""))
        let folders = try Redtape.run(["diff", "HEAD:rules", "rules"], in: folder)
        #expect(folders.status == 0)
        #expect(folders.stdout.contains("prepare 1 h → 30 min"))
        let missing = try Redtape.run(["diff", "HEAD:rules/q.ruleset", "rules/p.ruleset"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("not found in revision 'HEAD'"))
        #expect(missing.stderr.contains("= help: check the path as it stood in 'HEAD': git ls-tree -r --name-only HEAD -- rules"))
    }

    @Test("the git external-diff driver takes git's seven arguments")
    func gitDriver() throws {
        let outcome = try Redtape.run(["diff", "--git-driver", Self.after, Self.before, "0000000", "100644", Self.after, "1111111", "100644"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Annual burden: 33,400,000,000 VND → 12,760,000,000 VND"))
    }
}

@Suite("redtape compare")
struct CompareCommandTests {
    @Test("ranks localities, names them by file, and needs two variants")
    func compare() throws {
        let folder = "Tests/RedtapeKitTests/Fixtures/localities/"
        let outcome = try Redtape.run(["compare", folder + "hanoi.ruleset", folder + "da-nang.ruleset", folder + "hue.ruleset"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("a case costs 629,000 VND less in da-nang than in hanoi"))
        #expect(try Redtape.run(["compare", folder + "hanoi.ruleset"]).status == 2)
        // One folder of localities: its files are the variants, and the error says how to name them.
        let one = try Redtape.run(["compare", folder])
        #expect(one.status == 2)
        #expect(one.stderr.contains("redtape compare Tests/RedtapeKitTests/Fixtures/localities/*.ruleset\n"))
    }

    /// A limit of 10 calendar days, unchanged between two drafts that take effect on other dates. Timed
    /// alone, the draft before (from Monday 2 January 2017) ends on Thursday 12 January, 8 working days;
    /// the draft after (from Thursday 24 April 2025) on Sunday 4 May, moved to Monday 5 May, 7 working
    /// days. Timed from the draft after's start, the draft before takes 7 too: no change to report.
    @Test("the draft before is timed from the draft after's start")
    func retimed() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func draft(_ effective: String) -> String {
            "ruleset \"D\" {\n  currency VND\n  effective \(effective)\n}\n\nprocedure p \"P\" {\n  cases 100 per year\n"
                + "  channel online\n  limit 10 days\n  basis \"T\"\n  step issue \"Issue\" {\n    by agency\n    within 10 days\n  }\n}\n\n"
                + "agency agency \"Agency\" {\n  level province\n}\n"
        }
        try draft("2017-01-01").write(toFile: folder + "/before.ruleset", atomically: false, encoding: .utf8)
        try draft("2025-04-24").write(toFile: folder + "/after.ruleset", atomically: false, encoding: .utf8)
        let alone = try Redtape.run(["score", "--format", "csv", "before.ruleset"], in: folder)
        #expect(alone.stdout.contains(",8,"), "\(alone.stdout)")
        let text = try Redtape.run(["diff", "before.ruleset", "after.ruleset"], in: folder)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Both drafts are timed from 2025-04-24, the draft after's start, so that a limit in calendar days or "
            + "a holiday does not read as a change (the draft before's own start is 2017-01-01)."))
        #expect(text.stdout.contains("No change to any procedure."))
        let json = try Redtape.run(["diff", "--format", "json", "before.ruleset", "after.ruleset"], in: folder)
        #expect(json.stdout.contains("\"timedFrom\": \"2025-04-24\""))
        #expect(json.stdout.contains("\"elapsedWorkdays\": {\n        \"before\": 7,\n        \"after\": 7"))
    }
}
