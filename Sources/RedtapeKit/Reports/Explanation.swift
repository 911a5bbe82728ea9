import Foundation

/// `redtape explain`: a procedure's computation as a readable trace. Each step shows the formula, the
/// likely values that enter it, the line each value comes from and the assumptions it used, so an
/// auditor can recompute every figure by hand.
public struct Explanation: Sendable {
    public let assessment: ProcedureAssessment
    public let findings: [Finding]
    public let language: Language
    private let lines: SourceLines
    private let assumptions: [String: Assumption]

    public init(_ assessment: ProcedureAssessment, workspace: Workspace, ruleset: Ruleset, findings: [Finding] = [],
                language: Language = .en) {
        self.assessment = assessment
        self.findings = findings
        self.language = language
        self.lines = SourceLines(workspace.files)
        var byName: [String: Assumption] = [:]
        for item in ([ruleset] + workspace.importedRulesets(of: ruleset)).flatMap(\.assumptions) { byName[item.declared.id] = item }
        self.assumptions = byName
    }

    private var format: NumberFormat { NumberFormat(language) }
    private var currency: Currency { assessment.currency }

    public func text() -> String {
        let p = assessment.procedure
        var out = "\(p.declared.id) — \(p.declared.name ?? "")\n"
        out += "  declared at \(lines.cite(p.declared.location))\n"
        out += "  money in \(currency); figures are likely values, with (low – high) where inputs are ranges\n"
        out += section(1, "Cases a year") + cases()
        out += section(2, "Tariff") + tariff()
        out += section(3, "Channels")
        out += "  " + assessment.channels.map { "\($0.channel.rawValue) \(format.percent($0.share))" }.joined(separator: ", ") + "\n"
        out += section(4, "Cost of one case") + terms()
        out += section(5, "Annual burden")
        out += "  annual burden = cost a case × cases a year = \(exact(assessment.cost.likely)) × \(number(assessment.annualCases.likely))"
            + " = \(money(assessment.annualCost.likely))\(range(assessment.annualCost, money))\n"
        if assessment.oneOffCost != .zero {
            out += "  one-off cost, kept apart = \(money(assessment.oneOffCost.likely))\n"
        }
        if let value = assessment.presentValue {
            out += "  present value over \(value.years) years at \(format.percent(value.rate, decimals: 2)) (\(value.timing.rawValue))"
                + " = \(money(value.value.likely)); annualised \(money(value.annualised.likely))\n"
        }
        out += section(6, "Elapsed time") + elapsed()
        out += section(7, "Who bears it")
        for party in assessment.parties {
            out += "  \(party.party.rawValue): \(money(party.annualCost.likely)) a year\(range(party.annualCost, money))\n"
        }
        if assessment.administrationCost != .zero {
            out += "  (administration: staff time × '\(p.staffTariff?.assumptions.first ?? "staff_tariff")' = "
                + "\(money(assessment.administrationCost.likely)) a case)\n"
        }
        out += section(8, "Counts") + counts()
        out += section(9, "Barriers")
        if findings.isEmpty { out += "  none found\n" }
        for finding in findings {
            let cost = finding.annualCost.map { ", \(money($0.likely)) a year attached" } ?? ""
            let accepted = finding.suppression.map { " — accepted: \"\($0.reason)\"" } ?? ""
            out += "  \(finding.severity.rawValue): \(finding.rule.declared.name ?? finding.rule.declared.id) [\(finding.rule.declared.id)]"
                + " on \(finding.item.rawValue) '\(finding.itemID)'\(cost)    \(cite(finding.location))\(accepted)\n"
        }
        if !assessment.notes.isEmpty {
            out += section(10, "Notes") + assessment.notes.map { "  \($0)\n" }.joined()
        }
        out += "\nAssumptions used\n" + assumptionsUsed()
        return out
    }

    // MARK: - Sections

    private func section(_ number: Int, _ title: String) -> String { "\n\(number). \(title)\n" }

    private func cases() -> String {
        switch assessment.procedure.volume {
        case .cases(let cases):
            return "  cases = \(quantity(cases)) a year\(uses(cases))    \(cite(cases.location))\n"
        case .population(let population, let frequency):
            return "  population = \(quantity(population))\(uses(population))    \(cite(population.location))\n"
                + "  frequency = \(quantity(frequency)) a year    \(cite(frequency.location))\n"
                + "  cases = population × frequency = \(number(assessment.annualCases.likely))"
                + range(assessment.annualCases, number) + "\n"
        }
    }

    private func tariff() -> String {
        let p = assessment.procedure
        var out = ""
        if let tariff = p.tariff {
            out += "  tariff = \(quantity(tariff))\(uses(tariff))    \(cite(tariff.location))\n"
        } else if p.segments.isEmpty {
            out += "  no tariff: time is not valued in money\n"
        }
        if let overhead = p.overhead {
            out += "  overhead = \(format.percent(overhead.value.likely, decimals: 1))\(uses(overhead))    \(cite(overhead.location))\n"
        }
        for segment in p.segments {
            let tariff = segment.tariff.map { " with tariff \(quantity($0))" } ?? ""
            out += "  segment \(segment.declared.id): \(format.percent(segment.share.value.likely)) of cases\(tariff)\n"
        }
        out += "  hourly tariff used = \(rate(assessment.tariff.likely))\(range(assessment.tariff, rate))\n"
        return out
    }

    private func terms() -> String {
        var table = Table([("term", .left), ("working", .left), ("hours", .right), ("out of pocket", .right),
                           ("cost", .right), ("line", .left)])
        for term in assessment.terms {
            table.add([term.label, working(term.factors), format.number(term.hours.likely, decimals: 4),
                       format.number(term.outOfPocket.likely, decimals: NumberFormat.minorUnits(currency)),
                       format.number(term.cost.likely, decimals: NumberFormat.minorUnits(currency)), cite(term.location)])
        }
        table.add(["total", "", format.number(assessment.hours.likely, decimals: 4),
                   format.number(assessment.outOfPocket.likely, decimals: NumberFormat.minorUnits(currency)),
                   format.number(assessment.cost.likely, decimals: NumberFormat.minorUnits(currency)), ""])
        var out = table.text(indent: "  ")
        out += "  each term: cost = hours × \(rate(assessment.tariff.likely)) + out of pocket\n"
        out += "  cost a case = \(format.number(assessment.hours.likely, decimals: 4)) h × \(rate(assessment.tariff.likely))"
            + " + \(money(assessment.outOfPocket.likely)) = \(exact(assessment.cost.likely))\(range(assessment.cost, money))\n"
        return out
    }

    private func elapsed() -> String {
        let elapsed = assessment.elapsed
        var out = "  critical path: " + (elapsed.criticalPath.isEmpty ? "—" : elapsed.criticalPath.joined(separator: " → ")) + "\n"
        for id in elapsed.criticalPath {
            guard let step = assessment.procedure.steps.first(where: { $0.declared.id == id }), let within = step.within else { continue }
            out += "    \(id): within \(quantity(within))    \(cite(within.location))\n"
        }
        out += "  elapsed = \(Labels(language).workdays(elapsed.workdays.likely))\(range(elapsed.workdays, number))\n"
        if let statutory = elapsed.statutoryWorkdays, let limit = assessment.procedure.limit {
            out += "  statutory limit = \(quantity(limit)) = \(Labels(language).workdays(statutory.likely))    \(cite(limit.location))"
                + (elapsed.exceedsLimit ? "  — the steps take longer than the limit" : "") + "\n"
        }
        return out
    }

    private func counts() -> String {
        let c = assessment.counts
        return "  \(c.steps) steps, \(c.documents) documents (\(c.originals) originals, \(c.copies) copies, "
            + "\(c.certifiedCopies) certified), \(format.number(c.visits, decimals: 2)) in-person visits a case on average, "
            + "\(c.agencies) agencies, \(c.submissions) submissions, \(c.documentsHeldByState) documents the state already holds\n"
    }

    private func assumptionsUsed() -> String {
        let p = assessment.procedure
        var names: [String] = []
        func add(_ amount: Amount?) {
            for name in amount?.assumptions ?? [] where !names.contains(name) { names.append(name) }
        }
        switch p.volume {
        case .cases(let cases): add(cases)
        case .population(let population, let frequency): add(population); add(frequency)
        }
        add(p.tariff); add(p.overhead); add(p.staffTariff)
        for segment in p.segments { add(segment.tariff) }
        var expanded: [String] = []
        while let name = names.first {
            names.removeFirst()
            guard !expanded.contains(name), let assumption = assumptions[name] else { continue }
            expanded.append(name)
            names += assumption.value.assumptions
        }
        for term in assessment.terms {
            for name in term.assumptions where !expanded.contains(name) { expanded.append(name) }
        }
        guard !expanded.isEmpty else { return "  none\n" }
        return expanded.compactMap { name in
            guard let assumption = assumptions[name] else { return nil }
            let source = assumption.source.map { "source: \($0)" } ?? (assumption.isEstimate ? "estimate" : "no source")
            return "  \(name) = \(quantity(assumption.value))  (\(source)\(assumption.isEstimate && assumption.source != nil ? "; estimate" : ""))"
                + "    \(cite(assumption.value.location))\n"
        }.joined()
    }

    // MARK: - Numbers

    private func money(_ value: Exact) -> String { format.money(value, currency) }

    private func number(_ value: Exact) -> String { format.number(value, decimals: 2) }

    /// Money with up to four decimals, for intermediate figures that are multiplied again.
    private func exact(_ value: Exact) -> String { format.number(value, decimals: 4) + " " + currency }

    /// A tariff, with the decimals an auditor needs to recompute the products exactly.
    private func rate(_ value: Exact) -> String { format.number(value, decimals: 4) + " " + currency + "/h" }

    private func range(_ figure: Figure, _ show: (Exact) -> String) -> String {
        figure.isPoint ? "" : " (\(show(figure.low)) – \(show(figure.high)))"
    }

    /// A quantity as written in the model: `1.5 h`, `43,750 VND`, `25%`, `3 workdays`.
    private func quantity(_ amount: Amount) -> String {
        let value = amount.value
        func one(_ number: Exact) -> String {
            switch value.unit {
            case .duration: return format.hours(number / 60)
            case .percent: return format.percent(number, decimals: 1)
            case .money(let code): return format.money(number, code)
            case .rate(let code, let period): return format.money(number, code) + "/" + period.rawValue
            case .workdays: return Labels(language).workdays(number)
            case .days: return format.number(number, decimals: 2) + " days"
            case .years: return format.number(number, decimals: 2) + " years"
            case .frequency, .number: return format.number(number, decimals: 2)
            }
        }
        return value.isPoint ? one(value.likely) : "\(one(value.likely)) (\(one(value.low)) – \(one(value.high)))"
    }

    /// `line 46` in the procedure's own file, `file:line` elsewhere.
    private func cite(_ location: SourceLocation) -> String {
        location.file == assessment.procedure.declared.location.file
            ? "line \(lines.position(of: location).line)" : lines.cite(location)
    }

    private func uses(_ amount: Amount) -> String {
        amount.assumptions.isEmpty ? "" : " [" + amount.assumptions.joined(separator: ", ") + "]"
    }

    private func working(_ factors: [Factor]) -> String {
        factors.map { factor in
            let value: String = switch factor.kind {
            case .duration: format.number(factor.value / 60, decimals: 4) + " h"
            case .money: money(factor.value)
            case .share: format.percent(factor.value, decimals: 1)
            case .count: format.number(factor.value, decimals: 2)
            }
            return "\(factor.name) \(value)"
        }.joined(separator: " × ")
    }
}
