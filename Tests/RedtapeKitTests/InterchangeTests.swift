import Foundation
import Testing
@testable import RedtapeKit

@Suite("import and export")
struct InterchangeTests {
    static let sample = Paths.fixtures + "/import/residence-1.004222.json"

    static func imported() throws -> String {
        let data = try #require(FileManager.default.contents(atPath: sample))
        return try PortalImport.ruleset(fromJSON: data, source: "residence-1.004222.json").get()
    }

    @Test("a portal record becomes a skeleton that checks clean, with the portal's facts and estimates for the rest")
    func importRecord() throws {
        let text = try Self.imported()
        let path = Paths.fixtures + "/import/imported.ruleset"
        let reader = MemoryReader(files: [path: Array(text.utf8)], fallback: FileSystemReader())
        let workspace = Workspace.load([path], reader: reader)
        #expect(workspace.diagnostics.isEmpty, "\(DiagnosticRenderer(files: workspace.files).render(workspace.diagnostics))")
        let procedure = try #require(workspace.rootRulesets.first?.procedures.first)
        #expect(procedure.code == "1.004222")
        #expect(procedure.declared.name == "Đăng ký thường trú")
        #expect(procedure.level == .commune)
        #expect(procedure.limit?.value == Estimate(7, .workdays))
        #expect(procedure.documents.map(\.copies) == [0, 1])
        #expect(procedure.fees.first?.amount.value.likely == 20_000)
        #expect(procedure.fees.first?.channelAmounts.first?.amount.value.likely == 10_000)
        #expect(procedure.steps.count == 3)
        // The portal's 7 working days are the whole procedure's: on the last step, so that it takes them.
        #expect(procedure.steps.map { $0.within?.value } == [nil, nil, Estimate(7, .workdays)])
        #expect(try CatalogAssessment.assess(workspace).get().procedures.first?.elapsed.workdays.likely == 7)
        // The portal publishes no volumes or preparation times: they are estimates, named as such.
        let estimates = workspace.rootRulesets.first?.assumptions.filter(\.isEstimate).map(\.declared.id)
        #expect(estimates == ["citizen_hour", "prepare_document", "p_1_004222_cases"])
        // The skeleton is already in the canonical layout.
        #expect(Formatter().format(Parser.parse(SourceFile(path: path, text: text)).tree) == text)
    }

    /// The record's online method given 5 working days beside 7 in person: the procedure's limit is the
    /// longest, and online has its own, and so has the last step of its cases: each channel's cases take
    /// the time the portal gives them (in person 7, online 5), within their limits, where one step of
    /// 7 days for all would have put the online cases over theirs.
    @Test("time limits that differ by channel: the longest is the procedure's, and a shorter one the channel's own")
    func limitsByChannel() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.sample))
        var record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var methods = try #require(record["executionMethods"] as? [[String: Any]])
        for index in methods.indices where methods[index]["submissionMethod"] as? String == "ONLINE" {
            methods[index]["processingTime"] = 5
        }
        record["executionMethods"] = methods
        let text = try PortalImport.ruleset(fromJSON: try JSONSerialization.data(withJSONObject: record), source: "x.json").get()
        #expect(text.contains("  limit 7 workdays\n  limit 5 workdays online\n"))
        let path = Paths.fixtures + "/import/imported.ruleset"
        let workspace = Workspace.load([path], reader: MemoryReader(files: [path: Array(text.utf8)], fallback: FileSystemReader()))
        #expect(workspace.diagnostics.isEmpty)
        let assessed = try CatalogAssessment.assess(workspace).get().procedures.first
        #expect(text.contains("    applies online\n    within 5 workdays  # estimate: the portal's time for the whole procedure\n"))
        // Named in the portal's language: the step of the cases filed online is '… (trực tuyến)'.
        #expect(text.contains(" (trực tuyến)\" {\n"))
        #expect(assessed?.elapsed.channels.map(\.channel) == [.inPerson, .online])
        #expect(assessed?.elapsed.channels.map(\.workdays.likely) == [7, 5])
        #expect(assessed?.elapsed.exceedsLimit == false)
        #expect(try Self.imported().contains("  limit 7 workdays\n"))
    }

    @Test("round trip: import → check → export keeps the portal's facts")
    func roundTrip() throws {
        let text = try Self.imported()
        let path = Paths.fixtures + "/import/imported.ruleset"
        let workspace = Workspace.load([path], reader: MemoryReader(files: [path: Array(text.utf8)], fallback: FileSystemReader()))
        let json = ModelExport(workspace).json()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let procedure = try #require(((root["rulesets"] as? [[String: Any]])?.first?["procedures"] as? [[String: Any]])?.first)
        #expect(procedure["code"] as? String == "1.004222")
        #expect((procedure["documents"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
                == ["Tờ khai thay đổi thông tin cư trú (Mẫu CT01)", "Giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp pháp"])
        let limit = try #require(procedure["limit"] as? [String: Any])
        #expect(limit["likely"] as? Int == 7 && limit["unit"] as? String == "workdays")
        let sample = try #require(FileManager.default.contents(atPath: Self.sample))
        let record = try #require(try JSONSerialization.jsonObject(with: sample) as? [String: Any])
        #expect((record["executionSteps"] as? [Any])?.count == (procedure["steps"] as? [Any])?.count)
    }

    /// What the cost model reads beyond the portal's facts is exported too, so that a figure can be worked
    /// out again from the export alone.
    @Test("export carries the header's calendar, rates and discounting, segments, shares of cases and the channels they are of, visits, fares, staff time, one-off costs and accepted findings")
    func exportCarriesCostFacts() throws {
        let text = """
            ruleset "T" {
              currency VND
              version "2025-07"
              effective 2025-07-01
              holiday 2025-09-02
              exchange 1 EUR = 27_000 VND
              discount 7%
              horizon 10 years
            }

            procedure p "P" {
              cases 100 per year
              tariff 40_000 VND/h
              overhead 25%
              channel in_person
              valid 3 years
              limit 10 workdays
              limit 3 workdays in_person
              basis "T"
              allow several_visits because "The inspection needs the premises."
              segment households "Households" {
                share 70%
                overhead 0%
                subject citizen
              }
              segment firms "Firms" {
                share 30%
              }
              document d "D" {
                prepare 1h
                applies 30%
              }
              step s "S" {
                travel 1h
                fare 20_000 VND
                visits 2
                staff 30min
                applies in_person
              }
              one_off learn "Learn the rules" {
                effort 2h
                affected 50
              }
            }

            """
        let path = "/memory/export.ruleset"
        let workspace = Workspace.load([path], reader: MemoryReader(files: [path: Array(text.utf8)], fallback: FileSystemReader()))
        #expect(!workspace.diagnostics.hasErrors)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(ModelExport(workspace).json().utf8)) as? [String: Any])
        let ruleset = try #require((root["rulesets"] as? [[String: Any]])?.first)
        let procedure = try #require((ruleset["procedures"] as? [[String: Any]])?.first)
        func likely(_ value: Any?) -> Double? { (value as? [String: Any])?["likely"] as? Double }
        #expect(ruleset["version"] as? String == "2025-07" && ruleset["effective"] as? String == "2025-07-01")
        #expect(ruleset["holidays"] as? [String] == ["2025-09-02"])
        let rate = try #require((ruleset["exchangeRates"] as? [[String: Any]])?.first)
        #expect(rate["from"] as? String == "EUR" && likely(rate["rate"]) == 27_000)
        #expect((rate["rate"] as? [String: Any])?["currency"] as? String == "VND" && (rate["rate"] as? [String: Any])?["line"] as? Int == 6)
        let discounting = try #require(ruleset["discounting"] as? [String: Any])
        #expect(likely(discounting["rate"]) == 0.07 && likely(discounting["horizon"]) == 10)
        #expect(discounting["timing"] as? String == "end_of_year")
        let segments = try #require(procedure["segments"] as? [[String: Any]])
        #expect(segments.map { $0["id"] as? String } == ["households", "firms"])
        #expect(likely(segments[0]["share"]) == 0.7 && likely(segments[0]["overhead"]) == 0)
        #expect(segments[0]["subject"] as? String == "citizen" && segments[1]["overhead"] is NSNull)
        #expect(likely(procedure["valid"]) == 3 && likely(procedure["limit"]) == 10)
        let channelLimit = try #require((procedure["channelLimits"] as? [[String: Any]])?.first)
        #expect(channelLimit["channel"] as? String == "in_person" && likely(channelLimit["limit"]) == 3)
        #expect(likely((procedure["documents"] as? [[String: Any]])?.first?["applies"]) == 0.3)
        let step = try #require((procedure["steps"] as? [[String: Any]])?.first)
        #expect(likely(step["visits"]) == 2 && likely(step["fare"]) == 20_000 && likely(step["staff"]) == 30)
        #expect(step["appliesOn"] as? [String] == ["in_person"])
        let oneOff = try #require((procedure["oneOffs"] as? [[String: Any]])?.first)
        #expect(likely(oneOff["effort"]) == 120 && likely(oneOff["affected"]) == 50)
        let allowance = try #require((procedure["allowances"] as? [[String: Any]])?.first)
        #expect(allowance["rule"] as? String == "several_visits")
        #expect(allowance["because"] as? String == "The inspection needs the premises.")
    }

    @Test("malformed input is refused with a reason")
    func malformed() {
        for (text, reason) in [("[", "not valid JSON"), ("42", "expected a procedure record"), ("[]", "no procedure record"),
                               ("{\"code\": \"1\"}", "has no \"name\"")] {
            guard case .failure(let failure) = PortalImport.ruleset(fromJSON: Data(text.utf8), source: "x.json") else {
                Issue.record("'\(text)' was accepted")
                continue
            }
            #expect(failure.message.contains(reason))
        }
    }

    @Test("redtape's own export is told apart from a portal record, and named with the rulesets it came from")
    func exportIsNotImported() throws {
        let (_, workspace) = try Assess.catalog(Assess.ruleset(procedure: "  cases 10 per year\n  channel online"))
        let export = ModelExport(workspace).json()
        guard case .failure(let failure) = PortalImport.ruleset(fromJSON: Data(export.utf8), source: "model.json") else {
            Issue.record("an export was imported")
            return
        }
        #expect(failure.message == "this is redtape's export of checked rulesets, not a procedure record of the portal")
        #expect(failure.help.contains("its source (/memory/test.ruleset)"))
    }
}
