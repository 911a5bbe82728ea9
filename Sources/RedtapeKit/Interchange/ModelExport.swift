import Foundation

/// `redtape export --format json`: the checked model of every ruleset, with every value's unit,
/// range and source line, for other tools to read.
public struct ModelExport: Sendable {
    public let workspace: Workspace
    private let lines: SourceLines

    public init(_ workspace: Workspace) {
        self.workspace = workspace
        self.lines = SourceLines(workspace.files)
    }

    public func json() -> String {
        JSONWriter().write(.object([
            ("version", .number("1")),
            ("rulesets", .array(workspace.rootRulesets.map(ruleset))),
        ]))
    }

    private func ruleset(_ r: Ruleset) -> JSONWriter.Value {
        .object([
            ("path", .string(r.path)),
            ("title", optional(r.header?.title)), ("jurisdiction", optional(r.header?.jurisdiction)),
            ("currency", optional(r.header?.currency?.description)), ("basis", strings(r.header?.basis ?? [])),
            ("version", optional(r.header?.version)), ("effective", optional(r.header?.effective)),
            ("holidays", strings(r.header?.holidays ?? [])),
            ("exchangeRates", .array((r.header?.exchangeRates ?? []).map { rate in
                .object([("from", .string(rate.from.description)), ("rate", estimate(rate.rate, at: rate.location))])
            })),
            ("discounting", r.header?.discounting.map { d in
                .object([("rate", amount(d.rate)), ("horizon", amount(d.horizon)), ("timing", .string(d.timing.rawValue))])
            } ?? .null),
            ("imports", strings(r.imports.map(\.resolvedPath))),
            ("assumptions", .array(r.assumptions.map { a in
                .object(declared(a.declared) + [("value", amount(a.value)), ("source", optional(a.source)),
                                                ("estimate", .bool(a.isEstimate)), ("date", optional(a.date))])
            })),
            ("agencies", .array(r.agencies.map { .object(declared($0.declared) + [("level", optional($0.level?.rawValue))]) })),
            ("registries", .array(r.registries.map { .object(declared($0.declared)) })),
            ("procedures", .array(r.procedures.map(procedure))),
            ("rules", .array(r.rules.map { rule in
                .object(declared(rule.declared) + [("severity", .string(rule.severity.rawValue)), ("subject", .string(rule.subject.rawValue))])
            })),
        ])
    }

    private func procedure(_ p: Procedure) -> JSONWriter.Value {
        var volume: [(String, JSONWriter.Value)]
        switch p.volume {
        case .cases(let cases): volume = [("cases", amount(cases))]
        case .population(let population, let frequency): volume = [("population", amount(population)), ("frequency", amount(frequency))]
        }
        return .object(declared(p.declared) + [
            ("code", optional(p.code)), ("sector", optional(p.sector)), ("level", optional(p.level?.rawValue)),
            ("agencies", strings(p.agencies.map(\.name))), ("subjects", strings(p.subjects.map(\.rawValue))),
        ] + volume + [
            ("tariff", optionalAmount(p.tariff)), ("overhead", optionalAmount(p.overhead)),
            ("staffTariff", optionalAmount(p.staffTariff)),
            ("segments", .array(p.segments.map { g in
                .object(declared(g.declared) + [
                    ("share", amount(g.share)), ("tariff", optionalAmount(g.tariff)), ("overhead", optionalAmount(g.overhead)),
                    ("subject", optional(g.subject?.rawValue)),
                ])
            })),
            ("channels", .array(p.channels.map { .object([("channel", .string($0.channel.rawValue)), ("share", amount($0.share))]) })),
            ("limit", optionalAmount(p.limit)),
            ("channelLimits", .array(p.channelLimits.map { .object([("channel", .string($0.channel.rawValue)), ("limit", amount($0.limit))]) })),
            ("valid", optionalAmount(p.validity)), ("basis", strings(p.basis)),
            ("results", .array(p.results.map { .object([("name", .string($0.name)), ("form", .string($0.form.rawValue))]) })),
            ("documents", .array(p.documents.map { d in
                .object(declared(d.declared) + [
                    ("form", optional(d.form)), ("originals", .number(String(d.originals))), ("copies", .number(String(d.copies))),
                    ("certified", .bool(d.certified)), ("notarised", .bool(d.notarised)), ("heldBy", optional(d.heldBy?.name)),
                    ("prepare", optionalAmount(d.prepare)), ("cost", optionalAmount(d.cost)), ("applies", optionalAmount(d.applies)), ("appliesOn", strings(d.appliesOn.map(\.rawValue))),
                    ("openEnded", .bool(d.openEnded)), ("basis", strings(d.basis)), allowances(d.allowances),
                ])
            })),
            ("steps", .array(p.steps.map { s in
                let actor: String = switch s.actor {
                case .applicant: "applicant"
                case .agency(let reference): reference.name
                }
                return .object(declared(s.declared) + [
                    ("by", .string(actor)), ("channels", s.channels.map { strings($0.map(\.rawValue)) } ?? .null),
                    ("effort", optionalAmount(s.effort)), ("staff", optionalAmount(s.staffEffort)),
                    ("travel", optionalAmount(s.travel)), ("wait", optionalAmount(s.wait)), ("fare", optionalAmount(s.fare)), ("cost", optionalAmount(s.cost)),
                    ("deposit", optionalAmount(s.deposit)),
                    ("visits", optionalAmount(s.visits)), ("within", optionalAmount(s.within)),
                    ("outsideLimit", .bool(s.outsideLimit)),
                    ("after", strings(s.after.map(\.name))), ("submits", strings(s.submits.map(\.name))),
                    ("applies", optionalAmount(s.applies)), ("appliesOn", strings(s.appliesOn.map(\.rawValue))),
                    ("basis", strings(s.basis)), allowances(s.allowances),
                ])
            })),
            ("fees", .array(p.fees.map { f in
                .object(declared(f.declared) + [
                    ("step", optional(f.step)), ("amount", amount(f.amount)),
                    ("channelAmounts", .array(f.channelAmounts.map { .object([("channel", .string($0.channel.rawValue)), ("amount", amount($0.amount))]) })),
                    ("segmentAmounts", .array(f.segmentAmounts.map {
                        .object([("segment", .string($0.segment.name)), ("channel", optional($0.channel?.rawValue)), ("amount", amount($0.amount))])
                    })),
                    ("atLeast", optionalAmount(f.atLeast)), ("atMost", optionalAmount(f.atMost)),
                    ("waivedFor", strings(f.waivedFor.map(\.name))), ("basis", strings(f.basis)), allowances(f.allowances),
                ])
            })),
            ("oneOffs", .array(p.oneOffs.map { o in
                .object(declared(o.declared) + [
                    ("effort", optionalAmount(o.effort)), ("cost", optionalAmount(o.cost)), ("affected", optionalAmount(o.affected)),
                ])
            })),
            allowances(p.allowances),
        ])
    }

    // MARK: - Values

    private func declared(_ d: Declared) -> [(String, JSONWriter.Value)] {
        [("id", .string(d.id)), ("name", optional(d.name)), ("file", .string(d.location.file)),
         ("line", .number(String(lines.position(of: d.location).line)))]
    }

    private func amount(_ amount: Amount) -> JSONWriter.Value {
        estimate(amount.value, at: amount.location, assumptions: amount.assumptions)
    }

    /// A value with its bounds, unit and source line: an amount's, or an exchange rate's (in the
    /// ruleset's currency, for one unit of the other).
    private func estimate(_ value: Estimate, at location: SourceLocation, assumptions: [String] = []) -> JSONWriter.Value {
        let (unit, currency) = Self.unit(value.unit)
        return .object([
            ("likely", .number(NumberText.plain(value.likely))), ("low", .number(NumberText.plain(value.low))),
            ("high", .number(NumberText.plain(value.high))), ("unit", .string(unit)), ("currency", optional(currency?.description)),
            ("line", .number(String(lines.position(of: location).line))),
            ("assumptions", strings(assumptions)),
        ])
    }

    private func optionalAmount(_ value: Amount?) -> JSONWriter.Value { value.map(amount) ?? .null }

    /// The barrier findings accepted on the record (`allow … because "…"`), with their reasons.
    private func allowances(_ list: [Allowance]) -> (String, JSONWriter.Value) {
        ("allowances", .array(list.map { allowance in
            .object([("rule", .string(allowance.rule.name)), ("because", .string(allowance.reason)),
                     ("line", .number(String(lines.position(of: allowance.location).line)))])
        }))
    }
    private func optional(_ text: String?) -> JSONWriter.Value { text.map(JSONWriter.Value.string) ?? .null }
    private func strings(_ list: [String]) -> JSONWriter.Value { .array(list.map(JSONWriter.Value.string)) }

    /// The unit's name in the export: durations in minutes, percentages as fractions.
    static func unit(_ unit: Unit) -> (String, Currency?) {
        switch unit {
        case .number: ("number", nil)
        case .percent: ("fraction", nil)
        case .money(let currency): ("money", currency)
        case .duration: ("minutes", nil)
        case .workdays: ("workdays", nil)
        case .days: ("days", nil)
        case .years: ("years", nil)
        case .rate(let currency, let period): ("money per \(period.rawValue == "h" ? "hour" : period.rawValue)", currency)
        case .frequency: ("per year", nil)
        }
    }
}
