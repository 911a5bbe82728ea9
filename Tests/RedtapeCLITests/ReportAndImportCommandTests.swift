import Foundation
import Testing

@Suite("redtape report, import and export")
struct ReportAndImportCommandTests {
    @Test("report writes one HTML file, says where, and refuses a name that is not .html")
    func report() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try Redtape.run(["report", "--before", Redtape.repository + "/Rulesets/vn/birth-registration/before.ruleset",
                                       "--after", Redtape.repository + "/Rulesets/vn/birth-registration/after.ruleset",
                                       "--lang", "vi", "-o", folder + "/birth.html"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("wrote \(folder)/birth.html ("))
        let html = try String(contentsOfFile: folder + "/birth.html", encoding: .utf8)
        #expect(html.contains("<html lang=\"vi\">"))
        #expect(html.contains("539.858.958.333 ₫ → 61.255.250.000 ₫"))
        // The changes, the findings and the standard rules' titles are in Vietnamese too.
        #expect(html.contains("class=\"sev-high\">cao "))
        #expect(html.contains("Nhà nước đã có dữ liệu này"))
        #expect(html.contains("bỏ thủ tục &#39;Register the child&#39;s permanent residence&#39;"))
        let wrongName = try Redtape.run(["report", "Examples/01-first-procedure.ruleset", "-o", folder + "/report.pdf"])
        #expect(wrongName.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder + "/report.pdf"))
    }

    /// Two drafts given as the paths of one draft are reported as one catalog counting both, which the
    /// terminal says, with the command that compares them.
    @Test("a report of two drafts given as one says how to compare them")
    func twoDraftsAsOne() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let drafts = Redtape.repository + "/Rulesets/vn/birth-registration/"
        let outcome = try Redtape.run(["report", drafts + "before.ruleset", drafts + "after.ruleset", "-o", folder + "/both.html"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("note: 'birth_registration' is declared in several files; the report counts each of them. "))
        #expect(outcome.stderr.hasSuffix("To compare two drafts: redtape report --before \(drafts)before.ruleset --after \(drafts)after.ruleset\n"))
        let one = try Redtape.run(["report", drafts + "after.ruleset", "-o", folder + "/after.html"])
        #expect(one.stderr.isEmpty)
    }

    @Test("a report into a folder that is not there says so, exits 2 and leaves nothing behind")
    func reportIntoMissingFolder() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try Redtape.run(["report", Redtape.repository + "/Examples/01-first-procedure.ruleset",
                                       "-o", folder + "/missing/report.html"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "error: cannot write '\(folder)/missing/report.html': there is no folder "
                + "'\(folder)/missing'; create it, or write the file somewhere else\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [".redtape"])
    }

    @Test("import writes a skeleton that checks clean, and never overwrites a file")
    func importRecord() throws {
        let folder = try Redtape.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = Redtape.repository + "/Tests/RedtapeKitTests/Fixtures/import/residence-1.004222.json"
        let first = try Redtape.run(["import", sample, "-o", "residence.ruleset"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try Redtape.run(["check", "--strict", "residence.ruleset"], in: folder).status == 0)
        let again = try Redtape.run(["import", sample, "-o", "residence.ruleset"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("redtape does not overwrite a ruleset"))
        try "{ not json".write(toFile: folder + "/bad.json", atomically: false, encoding: .utf8)
        let bad = try Redtape.run(["import", "bad.json"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.json: error: not valid JSON"))
        let export = try Redtape.run(["export", "--format", "json", "residence.ruleset"], in: folder)
        #expect(export.status == 0)
        #expect(export.stdout.contains("\"code\": \"1.004222\""))
        let written = try Redtape.run(["export", "-o", "model.json", "residence.ruleset"], in: folder)
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(try String(contentsOfFile: folder + "/model.json", encoding: .utf8) == export.stdout)
        let ruleset = try String(contentsOfFile: folder + "/residence.ruleset", encoding: .utf8)
        let refused = try Redtape.run(["export", "-o", "residence.ruleset", "residence.ruleset"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("Error: The export is JSON: name the output file '….json'.\n"))
        #expect(try String(contentsOfFile: folder + "/residence.ruleset", encoding: .utf8) == ruleset)
    }
}
