import Foundation
import Testing
@testable import RedtapeKit

/// The HTML report: its structure pinned in a golden file (section order and headline figures), the
/// whole file pinned for the small comparison, and hostile names rendered as text.
@Suite("HTML impact report")
struct ReportTests {
    static func comparisonReport() throws -> String {
        let folder = Paths.fixtures + "/diff"
        let before = Workspace.load([folder + "/before.ruleset"])
        let after = Workspace.load([folder + "/after.ruleset"])
        let b = try CatalogAssessment.assess(before).get()
        let a = try CatalogAssessment.assess(after).get()
        let analysis = BarrierAnalysis.run(after, catalog: a)
        let comparison = DraftComparison.compare(before: b, after: a, barriersBefore: BarrierAnalysis.run(before, catalog: b).findings,
                                                 barriersAfter: analysis.findings)
        let html = ImpactReport(.comparison(comparison, after: analysis), workspaces: [before, after], title: "Household business",
                                target: Exact(plain: "0.2")).html()
        return relative(html, to: folder)
    }

    /// The report with a folder's paths made relative to it: in a table's cells, where a path may
    /// break after each '/' (`<wbr>`), and elsewhere.
    static func relative(_ html: String, to folder: String) -> String {
        html.replacingOccurrences(of: (folder + "/").replacingOccurrences(of: "/", with: "/<wbr>"), with: "")
            .replacingOccurrences(of: folder + "/", with: "")
    }

    static func householdsAndFirms() throws -> String {
        try String(contentsOfFile: Paths.fixtures + "/score/households-and-firms.ruleset", encoding: .utf8)
    }

    /// The report of a catalog held in memory.
    static func catalogReport(_ text: String) throws -> String {
        let (catalog, workspace) = try Assess.catalog(text)
        return ImpactReport(.catalog(catalog, BarrierAnalysis.run(workspace, catalog: catalog)), workspaces: [workspace], title: "T").html()
    }

    /// The section ids in order, and the text of every headline card.
    static func structure(_ html: String) -> String {
        var out = ""
        for match in html.matches(of: /<section id="([a-z-]+)">/) { out += "section " + match.1 + "\n" }
        for match in html.matches(of: /<div class="k">([^<]*)<\/div><div class="v[^"]*">([^<]*)<\/div>/) {
            out += "card " + match.1 + ": " + match.2 + "\n"
        }
        return out
    }

    @Test("a catalog larger than the table holds lists its largest procedures and says where the rest are")
    func tableCap() throws {
        let (one, workspace) = try Assess.catalog(Assess.ruleset(procedure: "  cases 10 per year\n  channel online"))
        let many = CatalogAssessment(currency: one.currency,
                                     procedures: Array(repeating: one.procedures[0], count: ImpactReport.tabledProcedures + 1))
        let html = ImpactReport(.catalog(many, BarrierAnalysis.run(workspace, catalog: one)), workspaces: [workspace],
                                title: "Cap").html()
        let summary = "The 5000 most burdensome of 5001 procedures (the full list: redtape score --format csv)"
        let table = try #require(html.components(separatedBy: summary).last?.components(separatedBy: "</table>").first)
        // A header row and one row for each procedure tabled.
        #expect(table.components(separatedBy: "<tr>").count - 1 == ImpactReport.tabledProcedures + 1)
    }

    @Test("structure: sections in order and the headline figures")
    func structure() throws {
        let html = try Self.comparisonReport()
        let folder = Paths.fixtures + "/report/expected"
        Golden.check(Self.structure(html), against: folder + "/comparison-structure.txt")
        Golden.check(html, against: folder + "/comparison.html")
        #expect(Self.structure(html).contains("card Annual burden: 33,400,000,000 VND → 12,760,000,000 VND"))
    }

    @Test("self-contained: a Content-Security-Policy that forbids scripts and requests, no script, no external resource")
    func selfContained() throws {
        let html = try Self.comparisonReport()
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\""))
        #expect(!html.contains("href=\""))
        #expect(!html.contains("url("))
    }

    @Test("hostile names are escaped, never markup")
    func hostile() throws {
        let workspace = Workspace.load([Paths.fixtures + "/report/hostile.ruleset"])
        #expect(!workspace.diagnostics.hasErrors)
        let catalog = try CatalogAssessment.assess(workspace).get()
        let html = ImpactReport(.catalog(catalog, BarrierAnalysis.run(workspace, catalog: catalog)), workspaces: [workspace],
                                title: workspace.rootRulesets[0].header!.title).html()
        for tag in ["<script", "<img", "<iframe", "<svg onload", "<b>", "<style>body"] {
            #expect(!html.contains(tag), "\(tag) leaked into the report")
        }
        #expect(html.contains("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    }

    /// Fixtures/score/residence.ruleset: the residence fee is 20,000 VND, and 10,000 VND online.
    @Test("a fee's amounts on a channel of their own stand beside its amount, and its waivers are worded")
    func feeAmounts() throws {
        let workspace = Workspace.load([Paths.fixtures + "/score/residence.ruleset"])
        let catalog = try CatalogAssessment.assess(workspace).get()
        let analysis = BarrierAnalysis.run(workspace, catalog: catalog)
        let html = ImpactReport(.catalog(catalog, analysis), workspaces: [workspace], title: "T").html()
        #expect(html.contains("<td>Residence registration fee</td><td class=\"n\">20,000 VND; online 10,000 VND</td>"))
        let vietnamese = ImpactReport(.catalog(catalog, analysis), workspaces: [workspace], title: "T", language: .vi).html()
        #expect(vietnamese.contains("<td class=\"n\">20.000 ₫; trực tuyến 10.000 ₫</td>"))
        #expect(try Self.comparisonReport().contains("<td>Registration fee</td><td class=\"n\">100,000 VND</td><td>online</td>"))
    }

    /// Examples/02: the identity card copy is brought by those who file in person (`applies in_person`).
    @Test("a document needed by some cases only says which")
    func documentNeededBy() throws {
        let workspace = Workspace.load([Paths.repository + "/Examples/02-documents-and-steps.ruleset"])
        let catalog = try CatalogAssessment.assess(workspace).get()
        let html = ImpactReport(.catalog(catalog, BarrierAnalysis.run(workspace, catalog: catalog)), workspaces: [workspace],
                                title: "T").html()
        #expect(html.contains("<td>population_db</td><td>filed in person</td>"))
        let share = try Self.catalogReport(Assess.ruleset(procedure: "  cases 1 per year\n  channel online\n  document d \"D\" {\n    applies 30%\n  }"))
        #expect(share.contains("<td></td><td></td><td>30%</td>"))
    }

    /// Two files of each draft declare procedure p; the draft after drops a certified copy in the second
    /// file only. Its changes stand under that file's procedure, and each procedure has an anchor of its own.
    @Test("in a review, a procedure's changes stand under its own file's procedure when two files share its id")
    func changesUnderTheirOwnFile() throws {
        let header = "ruleset \"T\" {\n  currency VND\n}\n\n"
        func procedure(certified: Bool) -> String {
            header + "procedure p \"P\" {\n  cases 100 per year\n  tariff 40_000 VND/h\n  channel in_person\n  basis \"T\"\n"
                + "  document d \"D\" {\n    copies 1\n" + (certified ? "    certified\n" : "") + "    prepare 1h\n  }\n}\n"
        }
        func draft(_ side: String, second: String) throws -> (CatalogAssessment, Workspace) {
            try Assess.catalog(files: ["/\(side)/x/one.ruleset": procedure(certified: true), "/\(side)/x/two.ruleset": second])
        }
        let (b, bw) = try draft("before", second: procedure(certified: true))
        let (a, aw) = try draft("after", second: procedure(certified: false))
        let analysis = BarrierAnalysis.run(aw, catalog: a)
        let comparison = DraftComparison.compare(before: b, after: a, barriersBefore: BarrierAnalysis.run(bw, catalog: b).findings,
                                                 barriersAfter: analysis.findings)
        let html = ImpactReport(.comparison(comparison, after: analysis), workspaces: [bw, aw], title: "T").html()
        let details = html.components(separatedBy: "<details id=\"").dropFirst().filter { $0.hasPrefix("p-") }
            .map { $0.components(separatedBy: "</details>")[0] }
        #expect(details.map { String($0.prefix { $0 != "\"" }) } == ["p-p", "p-p-2"])
        let two = try #require(details.first { $0.contains("/after/x/two.ruleset:") && !$0.contains("/after/x/one.ruleset:") })
        #expect(two.contains("<td>document &#39;D&#39;: no longer certified</td>"))
        #expect(details.filter { $0.contains("no longer certified") }.count == 1)
    }

    /// Two drafts of one procedure reported as one catalog: the totals add both, which the report says,
    /// and every list that names them says which file each is from.
    @Test("a catalog whose files share a procedure's id says so and names each procedure with its file")
    func repeatedIDsInACatalog() throws {
        let draft = Assess.ruleset(procedure: "  cases 100 per year\n  tariff 40_000 VND/h\n  channel in_person\n"
                                       + "  step file \"File\" {\n    effort 1h\n  }")
        let (catalog, workspace) = try Assess.catalog(files: ["/draft/before.ruleset": draft, "/draft/after.ruleset": draft])
        let html = ImpactReport(.catalog(catalog, BarrierAnalysis.run(workspace, catalog: catalog)), workspaces: [workspace],
                                title: "T").html()
        #expect(html.contains("A procedure&#39;s id appears in several files (drafts?): the totals count each of them."))
        #expect(html.contains("<summary>p [draft/before.ruleset] — P:"))
        #expect(html.contains("<summary>p [draft/after.ruleset] — P:"))
        #expect(html.contains(">P [draft/before.ruleset]<") && html.contains(">P [draft/after.ruleset]<"), "the chart's labels")
        let (one, alone) = try Assess.catalog(files: ["/draft/before.ruleset": draft])
        let single = ImpactReport(.catalog(one, BarrierAnalysis.run(alone, catalog: one)), workspaces: [alone], title: "T").html()
        #expect(!single.contains("several files") && single.contains("<summary>p — P:"))
    }

    @Test("the register lists the exchange rates amounts in other currencies are converted at, with their lines")
    func exchangeRateInTheRegister() throws {
        let text = Assess.ruleset(header: "  exchange 1 EUR = 27_000 VND",
                                  procedure: "  cases 10 per year\n  channel online\n  document d \"D\" {\n    cost 10 EUR\n  }")
        let html = try Self.catalogReport(text)
        #expect(html.contains("<tr><td>1 EUR</td><td>Exchange rate</td><td>27,000 VND</td><td></td><td></td><td></td><td>/<wbr>memory/<wbr>test.ruleset:3</td></tr>"))
        #expect(!html.contains(ReportLabels(.en).noAssumptions))
    }

    @Test("the register gives an assumption's note beside its source, or alone for an estimate")
    func notesInTheRegister() throws {
        let text = Assess.ruleset(assumptions: """
            assume rate "Hourly rate" = 40_000 VND/h {
              source "Survey 2024"
              note "Urban respondents only"
            }

            assume share "Share online" = 60% {
              estimate
              note "No published figure"
            }
            """, procedure: "  cases 10 per year\n  tariff rate\n  channel online share\n  channel in_person 100% - share\n"
                + "  document d \"D\" {\n    prepare 1h\n  }")
        let html = try Self.catalogReport(text)
        #expect(html.contains("<td>Survey 2024 — note: Urban respondents only</td><td></td>"))
        #expect(html.contains("<td>note: No published figure</td><td>estimate</td>"))
    }

    /// 100 cases a year at 1,000 VND a case is 100,000 VND a year; at 10% over one year, each year's
    /// cost at its end, the present value is 100,000 / 1.1 = 90,909.09 VND.
    @Test("a present value asked for stands in the headline, and its convention in the register")
    func presentValue() throws {
        let text = Assess.ruleset(header: "  discount 10%\n  horizon 1 years",
                                  procedure: "  cases 100 per year\n  channel online\n  document d \"D\" {\n    cost 1_000 VND\n  }")
        let html = try Self.catalogReport(text)
        #expect(Self.structure(html).contains("card Present value: 90,909 VND\n"))
        #expect(html.contains("<tr><td>discount</td><td>Discount rate, each year&#39;s cost at its end</td><td>10%</td>"))
        #expect(html.contains("<tr><td>horizon</td><td>Years the present value covers</td><td>1 year</td>"))
        let plain = try Self.catalogReport(Assess.ruleset(procedure: "  cases 100 per year\n  channel online"))
        #expect(!plain.contains("Present value"))
    }

    @Test("a ruleset without assumptions says so, where the register would be empty")
    func noAssumptions() throws {
        let html = try Self.catalogReport(try Self.householdsAndFirms())
        #expect(html.contains("<h2>Assumptions register</h2><p>No assumptions: every figure is written where the procedures use it.</p></section>"))
        #expect(try Self.comparisonReport().contains("<h2>Assumptions register</h2><p>Every tariff"))
    }

    /// A file of shared figures imported: the tariff is drawn from the wage, and the share online is
    /// written on a channel; the population nothing reported uses is left out.
    @Test("the register lists the assumptions the procedures use and those they draw on, not every one imported")
    func registerListsWhatIsUsed() throws {
        let shared = """
            assume wage "Monthly wage" = 8_800_000 VND {
              estimate
            }

            assume hour "Value of an hour" = wage / 176h {
              estimate
            }

            assume share_online "Share filed online" = 40% {
              estimate
            }

            assume births "Births a year" = 1_400_000 per year {
              estimate
            }
            """
        let main = "import \"shared.ruleset\"\n\n" + Assess.ruleset(procedure: """
              cases 1_000 per year
              tariff hour
              channel online share_online
              channel in_person 60%
            """)
        let reader = MemoryReader(files: ["/memory/register/shared.ruleset": Array(shared.utf8),
                                          "/memory/register/main.ruleset": Array(main.utf8)], fallback: FileSystemReader())
        let workspace = Workspace.load(["/memory/register/main.ruleset"], reader: reader)
        let catalog = try CatalogAssessment.assess(workspace).get()
        let html = ImpactReport(.catalog(catalog, BarrierAnalysis.run(workspace, catalog: catalog)), workspaces: [workspace], title: "T").html()
        for name in ["wage", "hour", "share_online"] { #expect(html.contains("<tr><td>\(name)</td>"), "\(name) is not listed") }
        #expect(!html.contains("<td>births</td>"))
    }

    /// Fixtures/diff: both drafts declare citizen_hour = 40,000 VND/h; a copy of the after draft at
    /// 45,000 VND/h changes it.
    @Test("a figure both drafts declare alike is listed once with both places; one that changed, once for each")
    func assumptionsOfTwoDrafts() throws {
        #expect(try Self.comparisonReport().contains(
            "<tr><td>citizen_hour</td><td></td><td>40,000 VND/h</td><td>Fixture</td><td></td><td></td><td>before.ruleset:7, after.ruleset:7</td></tr></tbody>"))
        let folder = Paths.fixtures + "/diff"
        let text = try String(contentsOfFile: folder + "/after.ruleset", encoding: .utf8)
        let (after, afterWorkspace) = try Assess.catalog(text.replacingOccurrences(of: "40_000 VND/h", with: "45_000 VND/h"),
                                                         path: "/memory/after.ruleset")
        let beforeWorkspace = Workspace.load([folder + "/before.ruleset"])
        let before = try CatalogAssessment.assess(beforeWorkspace).get()
        let comparison = DraftComparison.compare(before: before, after: after, barriersBefore: [], barriersAfter: [])
        let report = ImpactReport(.comparison(comparison, after: BarrierAnalysis.run(afterWorkspace, catalog: after)),
                                  workspaces: [beforeWorkspace, afterWorkspace], title: "T").html()
        let html = Self.relative(report, to: folder)
        #expect(html.contains("<td>40,000 VND/h</td><td>Fixture</td><td></td><td></td><td>before.ruleset:7</td></tr>"
                              + "<tr><td>citizen_hour</td><td></td><td>45,000 VND/h</td><td>Fixture</td><td></td><td></td><td>/<wbr>memory/<wbr>after.ruleset:7</td></tr>"))
    }

    /// Fixtures/score/households-and-firms.ruleset: citizens 2,800,000 VND, businesses 3,000,000 VND a year.
    @Test("a procedure whose burden falls on more than one party says who bears what; one on a single party does not")
    func whoBears() throws {
        let text = try Self.householdsAndFirms()
        let (catalog, workspace) = try Assess.catalog(text)
        let html = try Self.catalogReport(text)
        // A procedure alone: in the headline only, which its details would repeat.
        #expect(html.components(separatedBy: "<caption>Who bears the annual burden</caption>").count == 2)
        #expect(html.components(separatedBy: "<td>citizens</td><td class=\"n\">2,800,000 VND</td>").count == 2)
        #expect(html.components(separatedBy: "<td>businesses</td><td class=\"n\">3,000,000 VND</td>").count == 2)
        // Beside a copy of itself: the headline has the sums (5,600,000 and 6,000,000 VND), and each
        // procedure's details its own.
        let copy = text[text.range(of: "procedure licence")!.lowerBound...].replacingOccurrences(of: "procedure licence", with: "procedure licence_copy")
        let twice = try Self.catalogReport(text + "\n" + copy)
        #expect(twice.components(separatedBy: "<caption>Who bears the annual burden</caption>").count == 4)
        #expect(twice.contains("<td>citizens</td><td class=\"n\">5,600,000 VND</td>"))
        #expect(twice.contains("<td>businesses</td><td class=\"n\">6,000,000 VND</td>"))
        #expect(twice.components(separatedBy: "<td>citizens</td><td class=\"n\">2,800,000 VND</td>").count == 3)
        let single = try Self.comparisonReport()
        #expect(!single.contains("Who bears the annual burden"))
        // Before, every case at the procedure's 40,000 VND/h + 25% by firms: 100 × 2 × 50,000 = 10,000,000 VND.
        let firmsOnly = text.replacingOccurrences(of: "    subject citizen\n", with: "").replacingOccurrences(of: "    overhead 0%\n", with: "")
            .replacingOccurrences(of: "    tariff 20_000 VND/h\n", with: "")
        let (before, beforeWorkspace) = try Assess.catalog(firmsOnly)
        let comparison = DraftComparison.compare(before: before, after: catalog, barriersBefore: [], barriersAfter: [])
        let review = ImpactReport(.comparison(comparison, after: BarrierAnalysis.run(workspace, catalog: catalog)),
                                  workspaces: [beforeWorkspace, workspace], title: "T").html()
        #expect(review.contains("<td>citizens</td><td class=\"n\">0 VND</td><td class=\"n\">2,800,000 VND</td><td class=\"n\">2,800,000 VND</td>"))
        #expect(review.contains("<td>businesses</td><td class=\"n\">10,000,000 VND</td><td class=\"n\">3,000,000 VND</td><td class=\"n\">-7,000,000 VND</td>"))
    }

    /// A one-off cost of 2 h for 50 subjects at 40,000 VND/h, added by the later draft: 4,000,000 VND.
    @Test("a one-off cost stands in the headline: a catalog's, and a review's when the drafts differ in it")
    func oneOffCard() throws {
        let before = Assess.ruleset(procedure: "  cases 100 per year\n  tariff 40_000 VND/h\n  channel online\n"
                                    + "  document d \"D\" {\n    prepare 1h\n  }")
        let after = before.replacingOccurrences(of: "  document d", with: "  one_off learn \"Learn\" {\n    effort 2h\n    affected 50\n  }\n  document d")
        let ((b, bw), (a, aw)) = (try Assess.catalog(before), try Assess.catalog(after))
        let comparison = DraftComparison.compare(before: b, after: a, barriersBefore: [], barriersAfter: [])
        let html = ImpactReport(.comparison(comparison, after: BarrierAnalysis.run(aw, catalog: a)), workspaces: [bw, aw], title: "T").html()
        #expect(html.contains("<div class=\"k\">One-off cost</div><div class=\"v\">0 VND → 4,000,000 VND</div>"))
        #expect(!(try Self.comparisonReport()).contains("One-off cost"))
        let catalog = ImpactReport(.catalog(a, BarrierAnalysis.run(aw, catalog: a)), workspaces: [aw], title: "T").html()
        #expect(catalog.contains("<div class=\"k\">One-off cost</div><div class=\"v\">4,000,000 VND</div>"))
        let without = ImpactReport(.catalog(b, BarrierAnalysis.run(bw, catalog: b)), workspaces: [bw], title: "T").html()
        #expect(!without.contains("One-off cost"))
    }

    /// `LimitsByChannel`, online's examination 3 days: online's cases take 1 + 3 = 4 days within their
    /// 5, those filed in person 1 + 7 = 8 within 8. With the examination at 5 days, online's cases
    /// take 6 and are over their limit.
    @Test("with limits by channel, each channel's time and limit stand under the procedure's timeline")
    func elapsedByChannel() throws {
        func report(online: Int) throws -> String {
            let text = Assess.ruleset(procedure: "  cases 100 per year\n  channel online 50%\n  channel in_person 50%\n"
                                      + LimitsByChannel.facts(online: online))
            let (catalog, workspace) = try Assess.catalog(text)
            return ImpactReport(.catalog(catalog, BarrierAnalysis.run(workspace, catalog: catalog)), workspaces: [workspace], title: "T").html()
        }
        let html = try report(online: 3)
        #expect(html.contains("<caption>Each channel&#39;s cases, along the steps they go through</caption>"))
        #expect(html.contains("<tr><td>online</td><td class=\"n\">4</td><td class=\"n\">5</td><td></td></tr>"
                              + "<tr><td>in person</td><td class=\"n\">8</td><td class=\"n\">8</td><td></td></tr>"))
        #expect(try report(online: 5).contains("<tr><td>online</td><td class=\"n\">6</td><td class=\"n\">5</td><td>✓</td></tr>"))
        #expect(!(try Self.comparisonReport()).contains("Each channel"))
    }

    /// Nine columns are 77 px wide (700 / 9), room for 10 characters at 12 px: 'child_health_card' (17)
    /// does not fit, so every other label stands a line lower (y 248 → 262) and each may take
    /// (2 × 77 − 6) / 7 = 21 characters, the chart 14 px taller. Short labels stay on one line.
    @Test("the waterfall's labels stand on two lines, in full, when one would not fit under its column")
    func waterfallLabels() {
        func chart(_ labels: [String]) -> String {
            Charts.waterfall(before: ("Before", 100, "100"), steps: labels.map { Charts.Bar(label: $0, value: -1, text: "-1") },
                             after: ("After", Exact(100 - labels.count), "93"), title: "T").render()
        }
        let long = chart(["child_health_card", "child_residence", "collect", "file", "marriage_copy", "declaration", "birth_notice"])
        #expect(long.contains("viewBox=\"0 0 713 274\""))
        #expect(long.contains("<text x=\"125\" y=\"262\" class=\"tick\">child_health_card</text>"))
        #expect(long.contains("<text x=\"202\" y=\"248\" class=\"tick\">child_residence</text>"))
        let short = chart(["a", "b", "c"])
        #expect(short.contains("y=\"248\" class=\"tick\">b</text>") && !short.contains("y=\"262\""))
    }

    /// Thirteen columns are 53 px wide (700 / 13): a figure above one has 49 px, room for 8 characters
    /// at 10 px. '1,4 nghìn tỷ' (12) is drawn in those 49 px; '-1' keeps its own width.
    @Test("a figure wider than its column is drawn narrower to fit it")
    func waterfallFigures() {
        let chart = Charts.waterfall(before: ("Trước", 1_400, "1,4 nghìn tỷ"),
                                     steps: (1...11).map { Charts.Bar(label: "s\($0)", value: -1, text: "-1") },
                                     after: ("Sau", 1_389, "1.389"), title: "T").render()
        #expect(chart.contains("class=\"tick small\" textLength=\"49\" lengthAdjust=\"spacingAndGlyphs\">1,4 nghìn tỷ</text>"))
        #expect(chart.contains("class=\"tick small\">-1</text>"))
    }

    @Test("a cell of a column of paths may break after each '/'; the others, at their spaces alone")
    func breakablePaths() {
        let table = H.table(caption: nil, headers: ["Where", "Change", "Tariff"],
                            rows: [["p/document/id_copy", "basis Circular 75/2022/TT-BTC", "43,750 VND/h"]], paths: [0]).render()
        #expect(table.contains("<td>p/<wbr>document/<wbr>id_copy</td><td>basis Circular 75/2022/TT-BTC</td><td>43,750 VND/h</td>"))
    }

    @Test("the escaper covers the five characters")
    func escaper() {
        #expect(HTMLNode.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        // Vietnamese text around them is kept byte for byte; a text with none is returned as it is.
        #expect(HTMLNode.escape("Giấy tờ <số 1> & Đơn") == "Giấy tờ &lt;số 1&gt; &amp; Đơn")
        #expect(HTMLNode.escape("Nghị định 75/2024/NĐ-CP") == "Nghị định 75/2024/NĐ-CP")
        #expect(HTMLNode.escape("") == "")
        // An accent written after '<' makes one character of the two, and still cannot open a tag.
        #expect(HTMLNode.escape("<\u{0301}script>") == "&lt;\u{0301}script&gt;")
    }
}
