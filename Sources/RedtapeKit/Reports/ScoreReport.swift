import Foundation

/// `redtape score` output: the procedures' figures, totals, groupings and top burdens, in text,
/// Markdown, CSV or JSON. The JSON form is a documented contract (docs/METHOD.md).
public struct ScoreReport: Sendable {
    public let catalog: CatalogAssessment
    public let language: Language
    /// The number of barrier findings, when barriers were analysed.
    public let findingsCount: Int?
    private let lines: SourceLines
    private let naming: ProcedureNaming

    public init(_ catalog: CatalogAssessment, files: [SourceFile], language: Language = .en, findingsCount: Int? = nil) {
        self.catalog = catalog
        self.language = language
        self.findingsCount = findingsCount
        self.lines = SourceLines(files)
        self.naming = ProcedureNaming(catalog.procedures)
    }

    private var format: NumberFormat { NumberFormat(language) }
    private var labels: Labels { Labels(language) }
    private var words: CostWording { CostWording(language) }
    private var currency: Currency { catalog.currency }

    // MARK: - Text and Markdown

    public func text() -> String {
        render(markdown: false)
    }

    public func markdown() -> String {
        render(markdown: true)
    }

    private func render(markdown: Bool) -> String {
        func table(_ table: Table) -> String { markdown ? table.markdown() : table.text(indent: "  ") }
        func heading(_ title: String) -> String { markdown ? "\n### \(title)\n\n" : "\n\(title)\n" }
        var out = markdown ? "## \(labels.annualBurden)\n\n" : ""
        out += table(procedureTable())
        out += "\n" + totalLine() + "\n"
        if catalog.procedures.count > 1 {
            let groups = catalog.groups(by: [.sector, .agency, .level])
            out += heading(labels.bySector) + table(groupTable(groups[0], name: labels.sector))
            out += heading(labels.byAgency) + table(groupTable(groups[1], name: labels.agency))
            out += heading(labels.byLevel) + table(groupTable(groups[2], name: labels.level) {
                Level(rawValue: $0).map(labels.levelAsWritten) ?? $0
            })
            out += heading(labels.topBurdens)
            for (index, assessment) in catalog.top(10).enumerated() {
                out += (markdown ? "\(index + 1). " : "  \(index + 1). ") + "\(naming.id(assessment)) — \(assessment.procedure.declared.name ?? "")"
                    + ": " + format.money(assessment.annualCost.likely, currency) + share(assessment.annualCost.likely) + "\n"
            }
        }
        // One procedure's range is the total's, which the total line gives.
        let ranged = catalog.procedures.count > 1 ? catalog.procedures.filter { !$0.annualCost.isPoint } : []
        if !ranged.isEmpty {
            var ranges = Table([(labels.procedure, .left), (labels.low, .right), (labels.likely, .right), (labels.high, .right)])
            ranges.rows = Parallel.map(ranged, slicesOf: Self.slice) { [format, currency] assessment in
                [naming.id(assessment), format.money(assessment.annualCost.low, currency),
                 format.money(assessment.annualCost.likely, currency), format.money(assessment.annualCost.high, currency)]
            }
            out += heading(labels.annualBurden + " — " + labels.ranges) + table(ranges)
        }
        let valued = catalog.procedures.filter { $0.presentValue != nil }
        if !valued.isEmpty {
            var values = Table([(labels.procedure, .left), (labels.presentValue, .right), (labels.annualised, .right)])
            for assessment in valued {
                let value = assessment.presentValue!
                values.add([naming.id(assessment), format.money(value.value.likely, currency), format.money(value.annualised.likely, currency)])
            }
            out += heading(labels.presentValue) + table(values)
        }
        var notes = catalog.procedures.flatMap { assessment in assessment.notes.map { "\(naming.id(assessment)): \(words.text($0))" } }
        if !naming.repeatedIDs.isEmpty {
            notes.insert(language == .vi
                ? "một số thủ tục có mặt trong nhiều tệp (các dự thảo?); tổng cộng gồm tất cả; dùng 'redtape diff' để so sánh dự thảo"
                : "some procedures appear in several files (drafts?); the totals count them all — compare drafts with 'redtape diff'", at: 0)
        }
        if !notes.isEmpty {
            out += heading(labels.notes) + notes.map { (markdown ? "- " : "  ") + $0 + "\n" }.joined()
        }
        return out
    }

    private func procedureTable() -> Table {
        var table = Table([
            (labels.procedure, .left), (labels.cases, .right), (labels.hours, .right), (labels.outOfPocket, .right),
            (labels.costPerCase, .right), (labels.annualBurden, .right), (labels.elapsed, .right), (labels.limit, .right),
        ])
        table.rows = Parallel.map(catalog.procedures, slicesOf: Self.slice) { [format, labels, currency] assessment in
            let elapsed = assessment.elapsed
            return [
                naming.id(assessment), format.number(assessment.annualCases.likely), format.hours(assessment.hours.likely),
                format.money(assessment.outOfPocket.likely, currency), format.money(assessment.cost.likely, currency),
                format.money(assessment.annualCost.likely, currency),
                labels.workdays(elapsed.workdays.likely) + (elapsed.exceedsLimit ? " !" : ""),
                elapsed.statutoryWorkdays.map { labels.workdays($0.likely) } ?? "—",
            ]
        }
        return table
    }

    /// Procedures formatted together on one core: a national catalog's rows are a million figures.
    private static let slice = 1_024

    /// A group's key is written as `word` gives it: a level in the report's language.
    private func groupTable(_ groups: [CatalogAssessment.Group], name: String, word: (String) -> String = { $0 }) -> Table {
        var table = Table([(name, .left), (labels.procedures, .right), (labels.cases, .right),
                           (labels.annualBurden, .right), ("%", .right)])
        for group in groups {
            table.add([group.key.isEmpty ? labels.unassigned : word(group.key), String(group.procedures),
                       format.number(group.cases.likely), format.money(group.annualCost.likely, currency),
                       shareNumber(group.annualCost.likely)])
        }
        return table
    }

    private func totalLine() -> String {
        var parts = [
            labels.procedures(catalog.procedures.count),
            format.number(catalog.totalCases.likely) + (language == .vi ? " hồ sơ/năm" : " " + labels.cases.lowercased()),
            format.number(catalog.totalAnnualHours.likely) + (language == .vi ? " giờ/năm" : " hours a year"),
            labels.annualBurden.lowercased() + " " + format.money(catalog.totalAnnualCost.likely, currency),
        ]
        if !catalog.totalAnnualCost.isPoint {
            parts[3] += " (" + format.money(catalog.totalAnnualCost.low, currency) + " – "
                + format.money(catalog.totalAnnualCost.high, currency) + ")"
        }
        if catalog.totalOneOff != .zero { parts.append(labels.oneOff.lowercased() + " " + format.money(catalog.totalOneOff.likely, currency)) }
        if catalog.totalDeposits != .zero {
            parts.append(language.pick("deposits placed a year ", "tiền ký quỹ mỗi năm ") + format.money(catalog.totalDeposits.likely, currency)
                         + language.pick(" (returned; not in the burden)", " (được hoàn trả; không tính vào chi phí)"))
        }
        if let findingsCount {
            parts.append("\(findingsCount) " + (language == .vi ? "vướng mắc" : findingsCount == 1 ? "finding" : "findings"))
        }
        return labels.total + ": " + parts.joined(separator: ", ")
    }

    private func shareNumber(_ value: Exact) -> String {
        catalog.totalAnnualCost.likely == 0 ? "—" : format.percent(value / catalog.totalAnnualCost.likely, decimals: 1)
    }

    private func share(_ value: Exact) -> String {
        catalog.procedures.count > 1 ? " (\(shareNumber(value)))" : ""
    }

    // MARK: - CSV

    /// One row per procedure; ranged figures as likely, low and high columns.
    public func csv() -> String {
        let figures = ["cases", "hours", "out_of_pocket", "cost", "annual_cost", "elapsed_workdays"]
        var header = ["id", "name", "file", "line", "code", "sector", "level", "agency", "currency"]
        for figure in figures { header += [figure, figure + "_low", figure + "_high"] }
        // The days the limit counts and whether they exceed it come last, after the columns older files have.
        header += ["statutory_workdays", "one_off_cost", "administration_cost_per_case", "counted_workdays", "exceeds_limit"]
        // Each channel's time, where the procedure gives some channel a limit of its own (METHOD.md §10).
        header += Channel.allCases.map { "elapsed_workdays_" + $0.rawValue }
        // The money a case places and gets back, kept apart from its cost (METHOD.md §9).
        header.append("deposit_per_case")
        // The quickest cases' time, where steps only some of the cases take lengthen the others' (METHOD.md §10).
        header.append("quickest_workdays")
        let money = NumberFormat.minorUnits(currency)
        let rows = Parallel.map(catalog.procedures, slicesOf: Self.slice) { assessment in
            let p = assessment.procedure
            let place = position(of: p.declared.location)
            var cells = [p.declared.id, p.declared.name ?? "", p.declared.location.file, String(place.line), p.code ?? "",
                         p.sector ?? "", p.level?.rawValue ?? "", p.agencies.first?.name ?? "", currency.description]
            let values: [(Figure, Int)] = [
                (assessment.annualCases, 2), (assessment.hours, 2), (assessment.outOfPocket, money), (assessment.cost, money),
                (assessment.annualCost, money), (assessment.elapsed.workdays, 0),
            ]
            for (figure, decimals) in values {
                cells += [figure.likely, figure.low, figure.high].map { NumberText.plain($0.rounded(scale: decimals)) }
            }
            cells.append(assessment.elapsed.statutoryWorkdays.map { NumberText.plain($0.likely) } ?? "")
            cells.append(NumberText.plain(assessment.oneOffCost.likely.rounded(scale: money)))
            cells.append(NumberText.plain(assessment.administrationCost.likely.rounded(scale: money)))
            cells.append(NumberText.plain(assessment.elapsed.countedWorkdays.likely))
            cells.append(assessment.elapsed.exceedsLimit ? "yes" : "no")
            for channel in Channel.allCases {
                cells.append(assessment.elapsed.channels.first { $0.channel == channel }.map { NumberText.plain($0.workdays.likely) } ?? "")
            }
            cells.append(NumberText.plain(assessment.deposit.likely.rounded(scale: money)))
            cells.append(assessment.elapsed.quickestWorkdays.map { NumberText.plain($0) } ?? "")
            return cells.map(Self.csvField).joined(separator: ",") + "\r\n"
        }
        return rows.reduce(into: header.joined(separator: ",") + "\r\n") { $0 += $1 }
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: - JSON

    public func json() -> String {
        JSONWriter().write(jsonValue())
    }

    func jsonValue() -> JSONWriter.Value {
        let money = NumberFormat.minorUnits(currency)
        @Sendable func ranged(_ name: String, _ value: Figure, _ decimals: Int) -> [(String, JSONWriter.Value)] {
            [(name, JSONWriter.number(value.likely, decimals: decimals)),
             (name + "Low", JSONWriter.number(value.low, decimals: decimals)),
             (name + "High", JSONWriter.number(value.high, decimals: decimals))]
        }
        let procedures: [JSONWriter.Value] = Parallel.map(catalog.procedures, slicesOf: Self.slice) { assessment in
            let p = assessment.procedure
            let place = position(of: p.declared.location)
            var members: [(String, JSONWriter.Value)] = [
                ("id", .string(p.declared.id)), ("name", .string(p.declared.name ?? "")),
                ("file", .string(p.declared.location.file)), ("line", .number(String(place.line))),
                ("code", p.code.map(JSONWriter.Value.string) ?? .null), ("sector", p.sector.map(JSONWriter.Value.string) ?? .null),
                ("level", p.level.map { .string($0.rawValue) } ?? .null),
                ("agencies", .array(p.agencies.map { .string($0.name) })),
                ("perCase", .object(ranged("hours", assessment.hours, 4) + ranged("outOfPocket", assessment.outOfPocket, money)
                    + ranged("cost", assessment.cost, money))),
                ("annual", .object(ranged("cases", assessment.annualCases, 2) + ranged("cost", assessment.annualCost, money)
                    + ranged("hours", assessment.annualHours, 2))),
            ]
            members += ranged("elapsedWorkdays", assessment.elapsed.workdays, 0)
            members.append(("statutoryWorkdays", assessment.elapsed.statutoryWorkdays.map { JSONWriter.number($0.likely, decimals: 0) } ?? .null))
            members.append(("criticalPath", .array(assessment.elapsed.criticalPath.map(JSONWriter.Value.string))))
            // Only where steps are outside the limit, as the procedures of most catalogs have none.
            let stopsClock = assessment.elapsed.stopsClock
            if stopsClock { members += ranged("countedWorkdays", assessment.elapsed.countedWorkdays, 0) }
            // Only where steps a share of the cases take lengthen those cases' time.
            if assessment.elapsed.someCasesTakeLonger {
                members.append(("elapsedByShare", .array(assessment.elapsed.byShare.map { group in
                    .object([("step", group.step.map(JSONWriter.Value.string) ?? .null), ("share", JSONWriter.number(group.share, decimals: 4))]
                        + ranged("workdays", group.workdays, 0) + (stopsClock ? ranged("countedWorkdays", group.countedWorkdays, 0) : []))
                })))
            }
            if !assessment.elapsed.channels.isEmpty {
                members.append(("elapsedByChannel", .array(assessment.elapsed.channels.map { channel in
                    .object([("channel", .string(channel.channel.rawValue))] + ranged("workdays", channel.workdays, 0)
                        + (stopsClock ? ranged("countedWorkdays", channel.countedWorkdays, 0) : [])
                        + [("criticalPath", .array(channel.criticalPath.map(JSONWriter.Value.string)))]
                        + [("statutoryWorkdays", channel.statutoryWorkdays.map { JSONWriter.number($0.likely, decimals: 0) } ?? .null),
                           ("exceedsLimit", .bool(channel.exceedsLimit))])
                })))
            }
            members.append(("channels", .array(assessment.channels.map { channel in
                .object([("channel", .string(channel.channel.rawValue)), ("share", JSONWriter.number(channel.share, decimals: 4))]
                    + ranged("hours", channel.hours, 4) + ranged("cost", channel.cost, money))
            })))
            members.append(("parties", .array(assessment.parties.map { party in
                .object([("party", .string(party.party.rawValue))] + ranged("annualCost", party.annualCost, money))
            })))
            members.append(("oneOffCost", JSONWriter.number(assessment.oneOffCost.likely, decimals: money)))
            members.append(("depositPerCase", JSONWriter.number(assessment.deposit.likely, decimals: money)))
            members.append(("administrationCostPerCase", JSONWriter.number(assessment.administrationCost.likely, decimals: money)))
            members.append(("counts", counts(assessment.counts)))
            if let value = assessment.presentValue {
                members.append(("presentValue", .object(
                    [("rate", JSONWriter.number(value.rate, decimals: 6)), ("years", .number(String(value.years))),
                     ("timing", .string(value.timing.rawValue))]
                        + ranged("value", value.value, money) + ranged("annualised", value.annualised, money))))
            }
            members.append(("terms", .array(assessment.terms.map { term in
                .object([("kind", .string(term.kind.rawValue)), ("item", .string(term.item)), ("label", .string(words.label(term))),
                         ("line", .number(String(position(of: term.location).line)))]
                    + ranged("hours", term.hours, 4) + ranged("outOfPocket", term.outOfPocket, money) + ranged("cost", term.cost, money))
            })))
            members.append(("notes", .array(assessment.notes.map { .string(words.text($0)) })))
            return .object(members)
        }
        var total: [(String, JSONWriter.Value)] = [("procedures", .number(String(catalog.procedures.count)))]
        total += ranged("annualCost", catalog.totalAnnualCost, money) + ranged("cases", catalog.totalCases, 2)
            + ranged("hours", catalog.totalAnnualHours, 2)
        total.append(("oneOffCost", JSONWriter.number(catalog.totalOneOff.likely, decimals: money)))
        total.append(("depositsAYear", JSONWriter.number(catalog.totalDeposits.likely, decimals: money)))
        total.append(("administrationCost", JSONWriter.number(catalog.totalAdministration.likely, decimals: money)))
        if let findingsCount { total.append(("findings", .number(String(findingsCount)))) }
        return .object([
            ("version", .number("1")), ("currency", .string(currency.description)),
            ("procedures", .array(procedures)), ("total", .object(total)),
        ])
    }

    private func counts(_ counts: Counts) -> JSONWriter.Value {
        .object([
            ("steps", .number(String(counts.steps))), ("documents", .number(String(counts.documents))),
            ("originals", .number(String(counts.originals))), ("copies", .number(String(counts.copies))),
            ("certifiedCopies", .number(String(counts.certifiedCopies))),
            ("visits", JSONWriter.number(counts.visits, decimals: 4)), ("visitsInPerson", JSONWriter.number(counts.visitsInPerson, decimals: 4)),
            ("agencies", .number(String(counts.agencies))), ("submissions", .number(String(counts.submissions))),
            ("documentsHeldByState", .number(String(counts.documentsHeldByState))),
        ])
    }

    private func position(of location: SourceLocation) -> SourcePosition {
        lines.position(of: location)
    }
}
