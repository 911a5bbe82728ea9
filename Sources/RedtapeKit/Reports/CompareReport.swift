import Foundation

/// `redtape compare` output: each procedure's variants ranked, and the lightest practice item by item.
public struct CompareReport: Sendable {
    public let comparison: LocalityComparison
    public let language: Language

    public init(_ comparison: LocalityComparison, language: Language = .en) {
        self.comparison = comparison
        self.language = language
    }

    private var format: NumberFormat { NumberFormat(language) }

    private func pick(_ en: @autoclosure () -> String, _ vi: @autoclosure () -> String) -> String { language.pick(en(), vi()) }

    public func text() -> String {
        guard !comparison.groups.isEmpty else {
            return pick("No procedure appears in more than one variant: compare variants of the same procedure "
                        + "(the same code, or the same id).\n",
                        "Không thủ tục nào có mặt trong hơn một phương án: hãy so sánh các phương án của cùng một thủ tục "
                        + "(cùng mã, hoặc cùng id).\n")
        }
        var out = ""
        for group in comparison.groups {
            out += "\(group.key) — \(group.name): " + pick("\(group.variants.count) variants, lightest first\n",
                                                          "\(group.variants.count) phương án, nhẹ nhất trước\n")
            var table = Table([(pick("rank", "hạng"), .right), (pick("variant", "phương án"), .left),
                               (pick("cost a case", "chi phí/hồ sơ"), .right), (pick("annual burden", "chi phí hằng năm"), .right),
                               (pick("hours", "giờ"), .right), (pick("elapsed", "thời gian"), .right),
                               (pick("visits", "lần đến"), .right), (pick("documents", "thành phần hồ sơ"), .right)])
            for (index, variant) in group.variants.enumerated() {
                let a = variant.assessment
                table.add([String(index + 1), variant.label, format.money(a.cost.likely, comparison.currency),
                           format.money(a.annualCost.likely, comparison.currency), format.hours(a.hours.likely),
                           format.number(a.elapsed.workdays.likely), String(a.counts.visitsInPerson), String(a.counts.documents)])
            }
            out += table.text(indent: "  ")
            if let lightest = group.variants.first, let heaviest = group.variants.last,
               heaviest.assessment.cost.likely > lightest.assessment.cost.likely {
                let saving = format.money(heaviest.assessment.cost.likely - lightest.assessment.cost.likely, comparison.currency)
                out += pick("  In similar conditions, some localities do better: a case costs \(saving)"
                            + " less in \(lightest.label) than in \(heaviest.label).\n",
                            "  Trong điều kiện tương tự, có địa phương làm tốt hơn: một hồ sơ ở \(lightest.label) tốn ít hơn "
                            + "ở \(heaviest.label) \(saving).\n")
            }
            if !group.practices.isEmpty {
                out += pick("  Lightest practice, item by item:\n", "  Cách làm nhẹ nhất, từng mục:\n")
                for practice in group.practices {
                    out += "    \(subject(practice.subject)): " + pick("best ", "tốt nhất ") + "\(practice.best) — "
                        + practice.values.map { "\($0.label) \(value($0.value))" }.joined(separator: "; ") + "\n"
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
                    .object([("subject", .string(subject(practice.subject))), ("best", .string(practice.best)),
                             ("values", .array(practice.values.map { .object([("variant", .string($0.label)), ("value", .string(value($0.value)))]) }))])
                })),
            ])
        }
        return JSONWriter().write(.object([("version", .number("1")), ("currency", .string(comparison.currency.description)),
                                           ("procedures", .array(groups))]))
    }

    private func subject(_ subject: LocalityComparison.Practice.Subject) -> String {
        switch subject {
        case .measure(let measure): Labels(language).measure(measure)
        case .document(let name): ItemKind.document.word(language) + " '\(name)'"
        case .fee(let name): pick("fee '\(name)'", "phí '\(name)'")
        }
    }

    private func value(_ value: LocalityComparison.Practice.Value) -> String {
        switch value {
        case .money(let amount): format.money(amount, comparison.currency)
        case .hours(let hours): format.hours(hours)
        case .workdays(let days): format.number(days) + pick(" workdays", " ngày làm việc")
        case .count(let count): format.number(count)
        case .asked(let asked): asked ? pick("asked", "có yêu cầu") : pick("not asked", "không yêu cầu")
        }
    }
}
