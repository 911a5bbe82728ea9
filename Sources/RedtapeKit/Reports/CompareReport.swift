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
            out += "\(group.key) — \(group.name): " + variantsLine(group) + "\n"
            out += ranking(group).text(indent: "  ")
            if let saving = saving(group) { out += "  \(saving)\n" }
            if !group.practices.isEmpty {
                out += "  " + pick("Lightest practice, item by item:", "Cách làm nhẹ nhất, từng mục:") + "\n"
                for practice in group.practices {
                    out += "    \(subject(practice.subject)): " + pick("best ", "tốt nhất ") + "\(practice.best) — "
                        + practice.values.map { "\($0.label) \(value($0.value))" }.joined(separator: "; ") + "\n"
                }
            }
            out += "\n"
        }
        return out
    }

    /// A section a procedure, for a memo or a pull request: the ranking, the saving and the lightest
    /// practice as tables.
    public func markdown() -> String {
        guard !comparison.groups.isEmpty else { return text() }
        var out = "## " + pick("redtape: localities compared", "redtape: so sánh giữa các địa phương") + "\n"
        for group in comparison.groups {
            out += "\n### \(Markdown.escape(group.key)) — \(Markdown.escape(group.name))\n\n" + variantsLine(group) + "\n\n"
            out += ranking(group).markdown()
            if let saving = saving(group) { out += "\n" + saving + "\n" }
            if !group.practices.isEmpty {
                var practices = Table([(pick("Item", "Mục"), .left), (pick("Best", "Tốt nhất"), .left),
                                       (pick("Every variant", "Mọi phương án"), .left)])
                for practice in group.practices {
                    practices.add([Markdown.escape(subject(practice.subject)), practice.best,
                                   practice.values.map { "\($0.label) \(value($0.value))" }.joined(separator: "; ")])
                }
                out += "\n" + pick("Lightest practice, item by item:", "Cách làm nhẹ nhất, từng mục:") + "\n\n" + practices.markdown()
            }
        }
        return out
    }

    private func variantsLine(_ group: LocalityComparison.Group) -> String {
        pick("\(group.variants.count) variants, lightest first", "\(group.variants.count) phương án, nhẹ nhất trước")
    }

    /// The variants of a procedure, lightest first, with the measures they are ranked by.
    private func ranking(_ group: LocalityComparison.Group) -> Table {
        var table = Table([(pick("rank", "hạng"), .right), (pick("variant", "phương án"), .left),
                           (pick("cost a case", "chi phí/hồ sơ"), .right), (pick("annual burden", "chi phí hằng năm"), .right),
                           (pick("hours", "giờ"), .right), (pick("workdays", "ngày làm việc"), .right),
                           (pick("visits", "lần đến"), .right), (pick("documents", "thành phần hồ sơ"), .right)])
        for (index, variant) in group.variants.enumerated() {
            let a = variant.assessment
            table.add([String(index + 1), variant.label, format.money(a.cost.likely, comparison.currency),
                       format.money(a.annualCost.likely, comparison.currency), format.hours(a.hours.likely),
                       format.number(a.elapsed.workdays.likely), format.number(a.counts.visitsInPerson, decimals: 2), String(a.counts.documents)])
        }
        return table
    }

    /// What a case would save where it costs most, if it were handled as where it costs least.
    private func saving(_ group: LocalityComparison.Group) -> String? {
        guard let lightest = group.variants.first, let heaviest = group.variants.last,
              heaviest.assessment.cost.likely > lightest.assessment.cost.likely else { return nil }
        let saving = format.money(heaviest.assessment.cost.likely - lightest.assessment.cost.likely, comparison.currency)
        // Who the cases are (a segment's share: households, areas of hardship) is a condition of the
        // locality, not its practice: a difference that comes partly from it is not all to be learnt.
        func segments(_ variant: LocalityComparison.Variant) -> [String: Exact] {
            Dictionary(variant.assessment.procedure.segments.map { ($0.declared.id, $0.share.value.likely) }, uniquingKeysWith: { x, _ in x })
        }
        guard segments(lightest) != segments(heaviest) else {
            return pick("In similar conditions, some localities do better: a case costs \(saving)"
                        + " less in \(lightest.label) than in \(heaviest.label).",
                        "Trong điều kiện tương tự, có địa phương làm tốt hơn: một hồ sơ ở \(lightest.label) tốn ít hơn "
                        + "ở \(heaviest.label) \(saving).")
        }
        return pick("A case costs \(saving) less in \(lightest.label) than in \(heaviest.label), but their cases are not alike: "
                    + "the segments' shares differ (\(shares(lightest)); \(shares(heaviest))), and part of the difference is "
                    + "theirs, not the practice's.",
                    "Một hồ sơ ở \(lightest.label) tốn ít hơn ở \(heaviest.label) \(saving), nhưng hồ sơ hai nơi không giống nhau: "
                    + "tỷ lệ các nhóm khác nhau (\(shares(lightest)); \(shares(heaviest))), một phần chênh lệch do đó, "
                    + "không do cách làm.")
    }

    /// `lai-chau: difficult 90%, others 10%`: a variant's segments with their likely shares.
    private func shares(_ variant: LocalityComparison.Variant) -> String {
        variant.label + ": " + variant.assessment.procedure.segments.map { segment in
            segment.declared.id + " " + format.percent(segment.share.value.likely)
        }.joined(separator: ", ")
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
        case .fee(let name, false): pick("fee '\(name)'", "phí '\(name)'")
        case .fee(let name, true):
            pick("fee '\(name)', paid a case on average (the same charges: the cases differ in how they file or in their segments)",
                 "phí '\(name)', bình quân mỗi hồ sơ (cùng mức thu: hồ sơ khác ở cách nộp hoặc nhóm đối tượng)")
        case .stepCost(let name):
            pick("cost of step '\(name)', a case that goes through it", "chi phí bước '\(name)', mỗi hồ sơ qua bước này")
        case .elapsed(let channel):
            Labels(language).elapsed(filedOn: channel)
        case .limit:
            pick("statutory limit", "thời hạn giải quyết")
        case .stepHours(let name):
            pick("hours on step '\(name)', a case on average", "số giờ cho bước '\(name)', bình quân mỗi hồ sơ")
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
