import Foundation

/// `redtape diff` output: the change in the annual burden and every change behind it, as text like a
/// good diff (coloured on a terminal), Markdown for a pull-request comment, JSON, or CSV (DiffReport+CSV).
public struct DiffReport: Sendable {
    public let comparison: DraftComparison
    /// The reduction a programme demands, as a fraction (0.2 for 20%), if a gate was asked for.
    public let target: Exact?
    public let language: Language
    public let colored: Bool
    let lines: SourceLines
    /// Each change's contribution rounded to the currency's unit so that, as printed, they add up to
    /// the printed burden after minus the printed burden before.
    public let shown: [Exact]
    /// The change as printed: the rounded burden after minus the rounded burden before.
    public let shownDelta: Exact

    public init(_ comparison: DraftComparison, files: [SourceFile], target: Exact? = nil, language: Language = .en,
                colored: Bool = false) {
        self.comparison = comparison
        self.target = target
        self.language = language
        self.colored = colored
        self.lines = SourceLines(files)
        let scale = NumberFormat.minorUnits(comparison.currency)
        shownDelta = comparison.afterTotal.likely.rounded(scale: scale) - comparison.beforeTotal.likely.rounded(scale: scale)
        shown = Rounding.addingUp(comparison.changes.map(\.annualCostDelta.likely), total: shownDelta, scale: scale)
    }

    private var format: NumberFormat { NumberFormat(language) }
    private var labels: DiffLabels { DiffLabels(language: language) }
    var wording: ChangeWording { ChangeWording(language) }
    private var words: ReportLabels { ReportLabels(language) }
    var currency: Currency { comparison.currency }

    /// Whether the reduction reaches the target; nil without a target.
    public var targetMet: Bool? {
        guard let target else { return nil }
        guard let fraction = comparison.fraction else { return false }
        return -fraction >= target
    }

    // MARK: - Text

    /// The procedures with changes, each change with its contribution as printed.
    private var sections: [(procedure: ProcedureComparison, name: String, changes: [(Change, Exact)])] {
        var index = 0
        var sections: [(ProcedureComparison, String, [(Change, Exact)])] = []
        for procedure in comparison.procedures {
            let changes = procedure.changes.enumerated().map { ($1, shown[index + $0]) }
            index += changes.count
            guard !changes.isEmpty else { continue }
            sections.append((procedure, (procedure.after ?? procedure.before)?.procedure.declared.name ?? "", changes))
        }
        return sections
    }

    public func text() -> String {
        var out = headline() + "\n"
        let sections = self.sections
        if sections.isEmpty { out += "\n" + labels.noProcedureChanged + "\n" }
        out += written(sections) { procedure, name, changes in
            var out = "\n" + paint("@@ \(procedure.id) — \(name) @@", .cyan) + "  " + signed(procedure.annualCostDelta.likely) + "\n"
            for (change, amount) in changes {
                let marker: String
                switch change.kind {
                case .added, .procedureAdded: marker = "+"
                case .removed, .procedureRemoved: marker = "-"
                case .volume, .tariff: marker = "±"
                default: marker = "~"
                }
                let color: Paint = amount < 0 ? .green : amount > 0 ? .red : .plain
                out += paint("\(marker) \(wording.summary(change))", color) + "  " + signed(amount) + "  " + place(change) + "\n"
            }
            if let b = procedure.before, let a = procedure.after { out += "  " + measures(b, a) + "\n" }
            return out
        }
        if !comparison.warnings.isEmpty {
            out += "\n" + paint(words.lookTwice, .yellow) + "\n"
            for warning in comparison.warnings { out += "  ! [\(warning.kind.rawValue)] \(wording.text(warning))\n" }
        }
        out += barrierLines(markdown: false)
        return out
    }

    /// Each item written on its own and the pieces joined in order, a slice of items at a time on all
    /// cores: the diff of a national catalog has tens of thousands of procedures and a hundred
    /// thousand barriers to write.
    private func written<Item: Sendable>(_ items: [Item], _ write: @Sendable (Item) -> String) -> String {
        Parallel.map(items, slicesOf: 1_024, write).joined()
    }

    private func headline() -> String {
        var text = "\(words.annualBurden): \(format.money(comparison.beforeTotal.likely, currency)) → "
            + "\(format.money(comparison.afterTotal.likely, currency))  (\(signed(shownDelta))"
        if let fraction = comparison.fraction { text += ", " + signedPercent(fraction) }
        text += ")"
        for (label, before, after) in comparison.costsApart(in: language) {
            text += "\n\(label): \(format.money(before, currency)) → \(format.money(after, currency))  (\(signed(after - before)))"
        }
        if let unvalued = comparison.staffTimeUnvalued { text += "\n" + words.staffTimeUnvalued(unvalued) }
        if let target, let met = targetMet {
            text += "\n" + words.target + " " + format.percent(target) + " — " + (met ? words.met : words.notMet)
        }
        if let retimed = comparison.retimed { text += "\n" + words.retimed(retimed) }
        return text
    }

    private func measures(_ b: ProcedureAssessment, _ a: ProcedureAssessment) -> String {
        let names = Labels(language)
        /// A measure that reads differently after; equal values are not written out to be compared.
        func pair<Value: Equatable>(_ label: @autoclosure () -> String, _ x: Value, _ y: Value, _ text: (Value) -> String) -> String? {
            guard x != y else { return nil }
            let (before, after) = (text(x), text(y))
            return before == after ? nil : "\(label()) \(before) → \(after)"
        }
        func pair<Value: Equatable>(_ measure: CaseMeasure, _ x: Value, _ y: Value, _ text: (Value) -> String) -> String? {
            pair(names.measure(measure), x, y, text)
        }
        let money = { (value: Exact) in format.money(value, currency) }
        var measures = [
            pair(.hours, b.hours.likely, a.hours.likely, format.hours),
            pair(.outOfPocket, b.outOfPocket.likely, a.outOfPocket.likely, money),
            pair(.cost, b.cost.likely, a.cost.likely, money),
            pair(.elapsed, b.elapsed.workdays.likely, a.elapsed.workdays.likely, names.workdays),
            // Named only where a side has steps outside the limit: elsewhere it is the elapsed time again.
            a.elapsed.stopsClock || b.elapsed.stopsClock
                ? pair(names.countedAgainstLimit, b.elapsed.countedWorkdays.likely, a.elapsed.countedWorkdays.likely, names.workdays)
                : nil,
            pair(.visitsInPerson, b.counts.visitsInPerson, a.counts.visitsInPerson) { format.number($0, decimals: 2) },
            pair(.documents, b.counts.documents, a.counts.documents, String.init),
            pair(.certifiedCopies, b.counts.certifiedCopies, a.counts.certifiedCopies, String.init),
            pair(.agencies, b.counts.agencies, a.counts.agencies, String.init),
            pair(.submissions, b.counts.submissions, a.counts.submissions, String.init),
        ]
        // With limits by channel on both sides, each channel's cases are timed along their own steps:
        // named after the elapsed time.
        if !a.elapsed.channels.isEmpty, !b.elapsed.channels.isEmpty {
            measures.insert(contentsOf: a.elapsed.channels.map { after in
                b.elapsed.channels.first { $0.channel == after.channel }.flatMap { before in
                    pair(names.elapsed(filedOn: after.channel), before.workdays.likely,
                         after.workdays.likely, names.workdays)
                }
            }, at: 4)
        }
        // Where steps only a share of the cases take lengthen their time, each group of cases found on
        // both sides, after the elapsed time: a quicker refund for the 85% not inspected first, say.
        if !a.elapsed.byShare.isEmpty, !b.elapsed.byShare.isEmpty {
            measures.insert(contentsOf: a.elapsed.byShare.map { after in
                b.elapsed.byShare.first { $0.step == after.step }.flatMap { before in
                    pair(names.elapsed(through: after.step), before.workdays.likely, after.workdays.likely, names.workdays)
                }
            }, at: 4)
        }
        let parts = measures.compactMap { $0 }
        return parts.isEmpty ? labels.unchanged : parts.joined(separator: "; ")
    }

    private func barrierLines(markdown: Bool) -> String {
        guard !comparison.barriersResolved.isEmpty || !comparison.barriersIntroduced.isEmpty
            || !comparison.barriersAccepted.isEmpty else { return "" }
        var out = markdown ? "\n**\(words.barriers)**\n\n" : "\n" + paint(words.barriers, .yellow) + "\n"
        // On a terminal the labels are padded to one width, so that the findings line up.
        let width = [labels.resolved, labels.introduced, words.accepted].map(\.count).max()! + 1
        func label(_ word: String) -> String {
            markdown ? word + ": " : "  " + (word + ":").padding(toLength: width, withPad: " ", startingAt: 0) + " "
        }
        let resolved = (markdown ? "- ✅ " : "") + label(labels.resolved)
        let introduced = (markdown ? "- ⚠️ " : "") + label(labels.introduced)
        let accepted = (markdown ? "- 📝 " : "") + label(words.accepted)
        let because = BarrierLabels(language: language).allowedBecause
        out += written(comparison.barriersResolved) { resolved + describe($0) + "\n" }
        out += written(comparison.barriersIntroduced) { introduced + describe($0) + "\n" }
        out += written(comparison.barriersAccepted) { finding in
            accepted + describe(finding) + " — " + because + " \"" + (finding.suppression?.reason ?? "") + "\"\n"
        }
        return out
    }

    private func describe(_ finding: Finding) -> String {
        let words = BarrierLabels(language: language)
        return "\(words.severity(finding.severity)) \(words.title(finding.rule)) [\(finding.rule.declared.id)] "
            + language.pick("on ", "tại ") + words.subject(finding)
    }

    // MARK: - Markdown

    public func markdown() -> String {
        var out = "## \(labels.heading)\n\n"
        var summary = Table([("", .left), (words.before, .right), (words.after, .right), (words.change, .right)])
        summary.add([words.annualBurden, format.money(comparison.beforeTotal.likely, currency),
                     format.money(comparison.afterTotal.likely, currency),
                     signed(shownDelta) + (comparison.fraction.map { " (\(signedPercent($0)))" } ?? "")])
        summary.add([labels.annualHours, format.number(comparison.before.totalAnnualHours.likely),
                     format.number(comparison.after.totalAnnualHours.likely),
                     signedNumber(comparison.after.totalAnnualHours.likely - comparison.before.totalAnnualHours.likely)])
        summary.add([words.procedures, String(comparison.before.procedures.count), String(comparison.after.procedures.count),
                     signedNumber(Exact(comparison.after.procedures.count - comparison.before.procedures.count))])
        for (label, before, after) in comparison.costsApart(in: language) {
            summary.add([label, format.money(before, currency), format.money(after, currency), signed(after - before)])
        }
        out += summary.markdown()
        if let unvalued = comparison.staffTimeUnvalued { out += "\n" + Markdown.escape(words.staffTimeUnvalued(unvalued)) + "\n" }
        if let retimed = comparison.retimed { out += "\n" + Markdown.escape(words.retimed(retimed)) + "\n" }
        let sections = self.sections
        if sections.isEmpty { out += "\n" + labels.noProcedureChanged + "\n" }
        if let target, let met = targetMet {
            out += "\n" + (met ? "✅ " : "❌ ") + words.target + " " + format.percent(target) + " — "
                + (met ? words.met : "**\(words.notMet)**") + "\n"
        }
        if !comparison.warnings.isEmpty {
            out += "\n**\(words.lookTwice)**\n\n" + comparison.warnings.map { "- ⚠️ \(wording.text($0))\n" }.joined()
        }
        out += barrierLines(markdown: true)
        out += written(sections) { procedure, name, changes in
            var out = "\n<details><summary><code>\(Markdown.escape(procedure.id))</code> \(Markdown.escape(name)): "
                + "\(signed(procedure.annualCostDelta.likely))</summary>\n\n"
            var table = Table([(words.change, .left), (words.annualBurden, .right), (words.where_, .left)])
            for (change, amount) in changes {
                table.add([Markdown.escape(wording.summary(change)), signed(amount), place(change)])
            }
            out += table.markdown()
            if let b = procedure.before, let a = procedure.after { out += "\n" + measures(b, a) + "\n" }
            return out + "\n</details>\n"
        }
        return out
    }

    // MARK: - JSON

    public func json() -> String {
        let money = NumberFormat.minorUnits(currency)
        func total(_ catalog: CatalogAssessment) -> JSONWriter.Value {
            .object([("total", .object([
                ("annualCost", JSONWriter.number(catalog.totalAnnualCost.likely, decimals: money)),
                ("annualCostLow", JSONWriter.number(catalog.totalAnnualCost.low, decimals: money)),
                ("annualCostHigh", JSONWriter.number(catalog.totalAnnualCost.high, decimals: money)),
                ("hours", JSONWriter.number(catalog.totalAnnualHours.likely, decimals: 2)),
                ("procedures", .number(String(catalog.procedures.count))),
                ("oneOffCost", JSONWriter.number(catalog.totalOneOff.likely, decimals: money)),
                ("depositsAYear", JSONWriter.number(catalog.totalDeposits.likely, decimals: money)),
                ("administrationCost", JSONWriter.number(catalog.totalAdministration.likely, decimals: money)),
                ("presentValue", catalog.procedures.contains { $0.presentValue != nil }
                    ? JSONWriter.number(catalog.totalPresentValue.likely, decimals: money) : .null),
            ]))])
        }
        func location(_ location: SourceLocation?) -> JSONWriter.Value {
            guard let location else { return .null }
            return .object([("file", .string(location.file)), ("line", .number(String(lines.position(of: location).line)))])
        }
        let changes: [JSONWriter.Value] = comparison.changes.enumerated().map { index, change in
            .object([
                ("kind", .string(change.kind.rawValue)), ("path", .string(change.path)), ("summary", .string(wording.summary(change))),
                ("annualCostDelta", JSONWriter.number(shown[index], decimals: money)),
                ("annualCostDeltaLow", JSONWriter.number(change.annualCostDelta.low, decimals: money)),
                ("annualCostDeltaHigh", JSONWriter.number(change.annualCostDelta.high, decimals: money)),
                ("before", location(change.before)), ("after", location(change.after)),
            ])
        }
        let procedures: [JSONWriter.Value] = comparison.procedures.map { procedure in
            func measure(_ value: (ProcedureAssessment) -> Exact?, _ decimals: Int) -> JSONWriter.Value {
                .object([("before", procedure.before.flatMap(value).map { JSONWriter.number($0, decimals: decimals) } ?? .null),
                         ("after", procedure.after.flatMap(value).map { JSONWriter.number($0, decimals: decimals) } ?? .null)])
            }
            return .object([
                ("id", .string(procedure.id)),
                ("status", .string(procedure.before == nil ? "added" : procedure.after == nil ? "removed"
                                   : procedure.renamed ? "renamed" : procedure.changes.isEmpty ? "unchanged" : "modified")),
                ("annualCostDelta", JSONWriter.number(procedure.annualCostDelta.likely, decimals: money)),
                ("hours", measure({ $0.hours.likely }, 4)), ("outOfPocket", measure({ $0.outOfPocket.likely }, money)),
                ("cost", measure({ $0.cost.likely }, money)), ("annualCost", measure({ $0.annualCost.likely }, money)),
                ("elapsedWorkdays", measure({ $0.elapsed.workdays.likely }, 0)),
                ("countedWorkdays", measure({ $0.elapsed.countedWorkdays.likely }, 0)),
                // The quickest cases' time, where steps only some of the cases take lengthen the others'.
                ("quickestWorkdays", measure({ $0.elapsed.quickestWorkdays }, 0)),
                ("depositPerCase", measure({ $0.deposit.likely }, money)),
                ("visits", measure({ $0.counts.visitsInPerson }, 2)), ("documents", measure({ Exact($0.counts.documents) }, 0)),
                ("certifiedCopies", measure({ Exact($0.counts.certifiedCopies) }, 0)),
                ("agencies", measure({ Exact($0.counts.agencies) }, 0)), ("submissions", measure({ Exact($0.counts.submissions) }, 0)),
            ])
        }
        func findings(_ list: [Finding]) -> JSONWriter.Value {
            .array(list.map { finding in
                var fields: [(String, JSONWriter.Value)] = [
                    ("rule", .string(finding.rule.declared.id)), ("severity", .string(finding.severity.rawValue)),
                    ("procedure", .string(finding.procedure.id)), ("item", .string(finding.item.rawValue)),
                    ("itemId", .string(finding.itemID))]
                if let allowance = finding.suppression { fields.append(("because", .string(allowance.reason))) }
                return .object(fields)
            })
        }
        var gates: [(String, JSONWriter.Value)] = [("target", target.map { JSONWriter.number($0, decimals: 4) } ?? .null)]
        gates.append(("targetMet", targetMet.map(JSONWriter.Value.bool) ?? .null))
        return JSONWriter().write(.object([
            ("version", .number("1")), ("currency", .string(currency.description)),
            // The date both drafts' elapsed times are counted from, where the draft before's own differs.
            ("timedFrom", comparison.retimed.map { .string($0.from.description) } ?? .null),
            ("before", total(comparison.before)), ("after", total(comparison.after)),
            // The procedures of each draft whose staff time the administration's cost leaves out, where that cost differs.
            ("staffTimeUnvalued", comparison.staffTimeUnvalued.map {
                .object([("before", .number(String($0.before))), ("after", .number(String($0.after)))])
            } ?? .null),
            ("delta", .object([
                ("annualCost", JSONWriter.number(shownDelta, decimals: money)),
                ("annualCostLow", JSONWriter.number(comparison.delta.low, decimals: money)),
                ("annualCostHigh", JSONWriter.number(comparison.delta.high, decimals: money)),
                ("percent", comparison.fraction.map { JSONWriter.number($0 * 100, decimals: 2) } ?? .null),
            ])),
            ("gates", .object(gates)),
            ("changes", .array(changes)),
            ("procedures", .array(procedures)),
            ("warnings", .array(comparison.warnings.map { .object([("kind", .string($0.kind.rawValue)),
                                                                    ("procedure", $0.procedure.map(JSONWriter.Value.string) ?? .null),
                                                                    ("message", .string(wording.text($0)))]) })),
            ("barriers", .object([("introduced", findings(comparison.barriersIntroduced)),
                                  ("resolved", findings(comparison.barriersResolved)),
                                  ("accepted", findings(comparison.barriersAccepted))])),
        ]))
    }

    // MARK: - Helpers

    private func place(_ change: Change) -> String {
        let location = change.after ?? change.before
        guard let location else { return "" }
        return "\(location.file):\(lines.position(of: location).line)"
    }

    private func signed(_ value: Exact) -> String {
        let rounded = value.rounded(scale: NumberFormat.minorUnits(currency))
        return (rounded > 0 ? "+" : "") + format.money(rounded, currency)
    }

    private func signedNumber(_ value: Exact) -> String {
        (value > 0 ? "+" : "") + format.number(value)
    }

    private func signedPercent(_ fraction: Exact) -> String {
        (fraction > 0 ? "+" : "") + format.percent(fraction, decimals: 1)
    }

    private enum Paint: String {
        case plain = "0", green = "32", red = "31", cyan = "36", yellow = "33"
    }

    private func paint(_ text: String, _ paint: Paint) -> String {
        colored && paint != .plain ? "\u{1B}[\(paint.rawValue)m\(text)\u{1B}[0m" : text
    }
}
