import Foundation

/// `redtape compare` output: each procedure's variants ranked, and the lightest practice item by item.
public struct CompareReport: Sendable {
    public let comparison: LocalityComparison

    public init(_ comparison: LocalityComparison) {
        self.comparison = comparison
    }

    public func text() -> String {
        guard !comparison.groups.isEmpty else {
            return "No procedure appears in more than one variant: compare variants of the same procedure "
                + "(the same code, or the same id).\n"
        }
        let format = NumberFormat(.en)
        var out = ""
        for group in comparison.groups {
            out += "\(group.key) — \(group.name): \(group.variants.count) variants, lightest first\n"
            var table = Table([("rank", .right), ("variant", .left), ("cost a case", .right), ("annual burden", .right),
                               ("hours", .right), ("elapsed", .right), ("visits", .right), ("documents", .right)])
            for (index, variant) in group.variants.enumerated() {
                let a = variant.assessment
                table.add([String(index + 1), variant.label, format.money(a.cost.likely, comparison.currency),
                           format.money(a.annualCost.likely, comparison.currency), format.hours(a.hours.likely),
                           format.number(a.elapsed.workdays.likely), String(a.counts.visitsInPerson), String(a.counts.documents)])
            }
            out += table.text(indent: "  ")
            if let lightest = group.variants.first, let heaviest = group.variants.last,
               heaviest.assessment.cost.likely > lightest.assessment.cost.likely {
                let saving = heaviest.assessment.cost.likely - lightest.assessment.cost.likely
                out += "  In similar conditions, some localities do better: a case costs \(format.money(saving, comparison.currency))"
                    + " less in \(lightest.label) than in \(heaviest.label).\n"
            }
            if !group.practices.isEmpty {
                out += "  Lightest practice, item by item:\n"
                for practice in group.practices {
                    out += "    \(practice.subject): best \(practice.best) — "
                        + practice.values.map { "\($0.label) \($0.text)" }.joined(separator: "; ") + "\n"
                }
            }
            out += "\n"
        }
        return out
    }

    public func json() -> String {
        let money = NumberFormat.minorUnits(comparison.currency)
        let groups: [JSONWriter.Value] = comparison.groups.map { group in
            .object([
                ("procedure", .string(group.key)), ("name", .string(group.name)),
                ("variants", .array(group.variants.enumerated().map { index, variant in
                    .object([("rank", .number(String(index + 1))), ("variant", .string(variant.label)),
                             ("id", .string(variant.assessment.id)),
                             ("cost", JSONWriter.number(variant.assessment.cost.likely, decimals: money)),
                             ("annualCost", JSONWriter.number(variant.assessment.annualCost.likely, decimals: money)),
                             ("hours", JSONWriter.number(variant.assessment.hours.likely, decimals: 4)),
                             ("elapsedWorkdays", JSONWriter.number(variant.assessment.elapsed.workdays.likely, decimals: 0))])
                })),
                ("practices", .array(group.practices.map { practice in
                    .object([("subject", .string(practice.subject)), ("best", .string(practice.best)),
                             ("values", .array(practice.values.map { .object([("variant", .string($0.label)), ("value", .string($0.text))]) }))])
                })),
            ])
        }
        return JSONWriter().write(.object([("version", .number("1")), ("currency", .string(comparison.currency)),
                                           ("procedures", .array(groups))]))
    }
}
