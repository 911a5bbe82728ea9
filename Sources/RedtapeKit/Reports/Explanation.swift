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
    /// The exchange rates the cost model converted at.
    private let exchangeRates: [Currency: ExchangeRate]

    public init(_ assessment: ProcedureAssessment, workspace: Workspace, ruleset: Ruleset, findings: [Finding] = [],
                language: Language = .en) {
        self.assessment = assessment
        self.findings = findings
        self.language = language
        self.lines = SourceLines(workspace.files)
        var byName: [String: Assumption] = [:]
        for item in ([ruleset] + workspace.importedRulesets(of: ruleset)).flatMap(\.assumptions) { byName[item.declared.id] = item }
        self.assumptions = byName
        self.exchangeRates = AssessmentContext(for: ruleset, in: workspace).exchangeRates
    }

    private var format: NumberFormat { NumberFormat(language) }
    private var words: CostWording { CostWording(language) }
    private var currency: Currency { assessment.currency }

    private func pick(_ en: @autoclosure () -> String, _ vi: @autoclosure () -> String) -> String { language.pick(en(), vi()) }

    public func text() -> String {
        let p = assessment.procedure
        var out = "\(p.declared.id) — \(p.declared.name ?? "")\n"
        out += pick("  declared at ", "  khai báo tại ") + lines.cite(p.declared.location) + "\n"
        out += pick("  money in \(currency); figures are likely values, with (low – high) where inputs are ranges\n",
                    "  tiền tính bằng \(currency); số liệu là giá trị khả dĩ, kèm (thấp – cao) khi đầu vào là khoảng\n")
        out += section(1, pick("Cases a year", "Số hồ sơ mỗi năm")) + cases()
        out += section(2, pick("Tariff", "Giá trị thời gian")) + tariff()
        out += section(3, pick("Channels", "Kênh"))
        let shares = assessment.procedure.channels
        out += "  " + assessment.channels.map { channel in
            "\(Labels(language).channelAsWritten(channel.channel)) \(format.percent(channel.share))"
                + (shares.first { $0.channel == channel.channel }.map { uses($0.share) } ?? "")
        }.joined(separator: ", ") + "\n"
        out += section(4, pick("Cost of one case", "Chi phí một hồ sơ")) + terms()
        out += section(5, pick("Annual burden", "Chi phí hằng năm"))
        out += pick("  annual burden = cost a case × cases a year = ", "  chi phí hằng năm = chi phí một hồ sơ × số hồ sơ mỗi năm = ")
            + "\(exact(assessment.cost.likely)) × \(number(assessment.annualCases.likely))"
            + " = \(money(assessment.annualCost.likely))\(range(assessment.annualCost, money))\n"
        if assessment.oneOffCost != .zero {
            out += pick("  one-off cost, kept apart = ", "  chi phí một lần, tính riêng = ") + money(assessment.oneOffCost.likely)
                + range(assessment.oneOffCost, money) + "\n" + oneOffs()
        }
        if assessment.deposit != .zero { out += deposits() }
        if let value = assessment.presentValue {
            out += pick("  present value over \(value.years) years at ", "  giá trị hiện tại trong \(value.years) năm với lãi suất ")
                + "\(format.percent(value.rate, decimals: 2)) (\(value.timing.rawValue)) = \(money(value.value.likely)); "
                + pick("annualised ", "bình quân năm ") + money(value.annualised.likely) + "\n"
        }
        out += section(6, pick("Elapsed time", "Thời gian giải quyết")) + elapsed()
        out += section(7, pick("Who bears it", "Ai chịu chi phí"))
        for party in assessment.parties {
            out += "  \(Labels(language).party(party.party)): \(money(party.annualCost.likely))" + pick(" a year", " mỗi năm")
                + range(party.annualCost, money) + "\n"
        }
        if assessment.administrationCost != .zero {
            out += pick("  (administration: staff time × '", "  (cơ quan nhà nước: thời gian cán bộ × '")
                + "\(p.staffTariff?.assumptions.first ?? "staff_tariff")' = \(money(assessment.administrationCost.likely))"
                + pick(" a case)\n", " mỗi hồ sơ)\n")
        }
        out += section(8, pick("Counts", "Số lượng")) + counts()
        out += section(9, pick("Barriers", "Vướng mắc"))
        if findings.isEmpty { out += pick("  none found\n", "  không có\n") }
        for finding in findings {
            let cost = finding.annualCost.map { ", \(money($0.likely))" + pick(" a year attached", " mỗi năm liên quan") } ?? ""
            let accepted = finding.suppression.map { pick(" — accepted: ", " — chấp nhận: ") + "\"\($0.reason)\"" } ?? ""
            out += "  \(finding.severity.rawValue): \(BarrierLabels(language: language).title(finding.rule)) [\(finding.rule.declared.id)]"
                + pick(" on ", " tại ") + "\(finding.item.word(language)) '\(finding.itemID)'\(cost)    \(cite(finding.location))\(accepted)\n"
        }
        if !assessment.notes.isEmpty {
            out += section(10, pick("Notes", "Ghi chú")) + assessment.notes.map { "  \(words.text($0))\n" }.joined()
        }
        out += pick("\nAssumptions used\n", "\nGiả định đã dùng\n") + assumptionsUsed()
        return out
    }

    // MARK: - Sections

    private func section(_ number: Int, _ title: String) -> String { "\n\(number). \(title)\n" }

    private func cases() -> String {
        switch assessment.procedure.volume {
        case .cases(let cases):
            return pick("  cases = ", "  số hồ sơ = ") + quantity(cases) + "\(uses(cases))    \(cite(cases.location))\n"
        case .population(let population, let frequency):
            return pick("  population = ", "  dân số = ") + "\(quantity(population))\(uses(population))    \(cite(population.location))\n"
                + pick("  frequency = ", "  tần suất = ") + quantity(frequency)
                + "    \(cite(frequency.location))\n"
                + pick("  cases = population × frequency = ", "  số hồ sơ = dân số × tần suất = ") + number(assessment.annualCases.likely)
                + range(assessment.annualCases, number) + "\n"
        }
    }

    private func tariff() -> String {
        let p = assessment.procedure
        var out = ""
        if let tariff = p.tariff {
            out += pick("  tariff = ", "  giá trị một giờ = ") + "\(quantity(tariff))\(uses(tariff))    \(cite(tariff.location))\n"
        } else if p.segments.isEmpty {
            out += pick("  no tariff: time is not valued in money\n", "  không có giá trị giờ: thời gian không được quy ra tiền\n")
        }
        if let overhead = p.overhead {
            out += pick("  overhead = ", "  chi phí chung = ") + "\(format.percent(overhead.value.likely, decimals: 1))\(uses(overhead))    \(cite(overhead.location))\n"
        }
        for segment in p.segments {
            let tariff = segment.tariff.map { pick(" with tariff ", " với giá trị giờ ") + quantity($0) } ?? ""
            let overhead = segment.overhead.map {
                (segment.tariff == nil ? pick(" with", " với") : ",") + pick(" overhead ", " chi phí chung ")
                    + format.percent($0.value.likely, decimals: 1) + uses($0)
            } ?? ""
            out += pick("  segment ", "  nhóm ") + "\(segment.declared.id): \(format.percent(segment.share.value.likely))"
                + pick(" of cases", " số hồ sơ") + tariff + overhead + "\n"
        }
        out += pick("  hourly tariff used = ", "  giá trị một giờ được dùng = ") + rate(assessment.tariff.likely) + range(assessment.tariff, rate) + "\n"
        return out
    }

    private func terms() -> String {
        var table = Table([(pick("term", "khoản"), .left), (pick("working", "cách tính"), .left), (pick("hours", "giờ"), .right),
                           (pick("out of pocket", "chi phí trực tiếp"), .right), (pick("cost", "chi phí"), .right),
                           (pick("line", "dòng"), .left)])
        for term in assessment.terms {
            table.add([words.label(term), working(term.factors) + bounds(of: term), format.number(term.hours.likely, decimals: 4),
                       format.number(term.outOfPocket.likely, decimals: NumberFormat.minorUnits(currency)),
                       format.number(term.cost.likely, decimals: NumberFormat.minorUnits(currency)), cite(term.location)])
        }
        table.add([pick("total", "tổng"), "", format.number(assessment.hours.likely, decimals: 4),
                   format.number(assessment.outOfPocket.likely, decimals: NumberFormat.minorUnits(currency)),
                   format.number(assessment.cost.likely, decimals: NumberFormat.minorUnits(currency)), ""])
        var out = table.text(indent: "  ")
        out += pick("  each term: cost = hours × \(rate(assessment.tariff.likely)) + out of pocket\n",
                    "  mỗi khoản: chi phí = giờ × \(rate(assessment.tariff.likely)) + chi phí trực tiếp\n")
        out += pick("  cost a case = ", "  chi phí một hồ sơ = ") + format.number(assessment.hours.likely, decimals: 4)
            + pick(" h × ", " giờ × ") + rate(assessment.tariff.likely)
            + " + \(money(assessment.outOfPocket.likely)) = \(exact(assessment.cost.likely))\(range(assessment.cost, money))\n"
        return out
    }

    private func elapsed() -> String {
        let elapsed = assessment.elapsed
        var out = pick("  critical path: ", "  đường găng: ") + (elapsed.criticalPath.isEmpty ? "—" : elapsed.criticalPath.joined(separator: " → ")) + "\n"
        for id in elapsed.criticalPath {
            guard let step = assessment.procedure.steps.first(where: { $0.declared.id == id }), let within = step.within else { continue }
            out += "    \(id): " + pick("within ", "trong ") + "\(quantity(within))"
                + (step.takesDaysOfSome ? step.applies.map { pick(", applies ", ", tỷ lệ ") + format.percent($0.value.likely) } ?? "" : "")
                + (step.outsideLimit ? pick(", outside the limit", ", ngoài thời hạn") : "") + "    \(cite(within.location))\n"
        }
        out += pick("  elapsed = ", "  thời gian = ") + "\(Labels(language).workdays(elapsed.workdays.likely))\(range(elapsed.workdays, number))\n"
        if elapsed.stopsClock {
            let outside = assessment.procedure.steps.filter(\.stopsClock).map { "'\($0.declared.id)'" }
            out += pick("  counted against the limit = ", "  tính vào thời hạn = ")
                + Labels(language).workdays(elapsed.countedWorkdays.likely) + range(elapsed.countedWorkdays, number)
                + pick(", without the days of ", ", không tính thời gian của ") + outside.joined(separator: ", ")
                + pick(", outside the limit\n", ", nằm ngoài thời hạn\n")
        }
        // Steps only a share of the cases go through: the time above is that of the cases that take
        // longest; each group of cases that takes less is given below it.
        let some = assessment.procedure.steps.filter(\.takesDaysOfSome)
        func named(_ steps: [Step]) -> String {
            steps.map { "'\($0.declared.id)'" + ($0.applies.map { " (" + pick("applies ", "tỷ lệ ") + format.percent($0.value.likely) + ")" } ?? "") }
                .joined(separator: ", ")
        }
        for group in elapsed.byShare where group.workdays.likely < elapsed.workdays.likely {
            let others = some.filter { $0.declared.id != group.step }
            out += (group.step.map { step in
                pick("  a case that goes through ", "  hồ sơ qua ") + named(some.filter { $0.declared.id == step })
                    + (others.isEmpty ? "" : pick(" and not ", " mà không qua ") + named(others))
            } ?? pick("  a case that goes through none of ", "  hồ sơ không phải qua ") + named(some))
                + " = " + Labels(language).workdays(group.workdays.likely) + range(group.workdays, number)
                + (group.countedWorkdays == group.workdays ? ""
                    : pick(", counted against the limit ", ", tính vào thời hạn ") + Labels(language).workdays(group.countedWorkdays.likely))
                + "\n"
        }
        let p = assessment.procedure
        if let statutory = elapsed.statutoryWorkdays, p.channelLimits.isEmpty, let limit = p.limit {
            // A limit in calendar days is shown with the working days it counts as; one in working days is shown once.
            let workdays = limit.value.unit == .workdays ? "" : " = " + Labels(language).workdays(statutory.likely)
            out += pick("  statutory limit = ", "  thời hạn theo quy định = ")
                + "\(quantity(limit))\(workdays)    \(cite(limit.location))"
                + (!elapsed.exceedsLimit ? ""
                    : elapsed.exceedsLimitForSome
                    ? pick("  — the steps take longer than the limit for the cases that go through ",
                           "  — các bước kéo dài hơn thời hạn đối với hồ sơ phải qua ")
                        + named(some.filter { step in
                            elapsed.byShare.contains { $0.step == step.declared.id && $0.countedWorkdays.likely > statutory.likely }
                        })
                    : pick("  — the steps take longer than the limit", "  — các bước kéo dài hơn thời hạn")) + "\n"
        } else if !elapsed.channels.isEmpty {
            // Limits by channel: each channel's cases along the steps they go through, against the limit they are promised.
            let labels = Labels(language)
            for channel in elapsed.channels {
                let limit = p.channelLimits.first { $0.channel == channel.channel }?.limit ?? p.limit
                out += pick("  filed ", "  nộp ") + labels.channel(channel.channel) + ": "
                    + labels.workdays(channel.workdays.likely) + range(channel.workdays, number)
                    + (channel.criticalPath.isEmpty ? "" : " (" + channel.criticalPath.joined(separator: " → ") + ")")
                    + (channel.countedWorkdays == channel.workdays ? ""
                        : pick(", counted against the limit ", ", tính vào thời hạn ") + labels.workdays(channel.countedWorkdays.likely))
                    + (limit.map { limit in
                        // A limit in calendar days is shown with the working days it counts as, as the procedure's is.
                        let workdays = limit.value.unit == .workdays ? ""
                            : channel.statutoryWorkdays.map { " = " + labels.workdays($0.likely) } ?? ""
                        return pick(", statutory limit ", ", thời hạn theo quy định ") + quantity(limit) + workdays + "    " + cite(limit.location)
                    } ?? "")
                    + (channel.exceedsLimit ? pick("  — the steps take longer than the limit", "  — các bước kéo dài hơn thời hạn") : "")
                    + "\n"
            }
        }
        return out
    }

    private func counts() -> String {
        let c = assessment.counts
        let visits = format.number(c.visits, decimals: 2)
        guard language == .en else {
            return "  \(c.steps) bước, \(c.documents) thành phần hồ sơ (\(c.originals) bản chính, \(c.copies) bản sao, "
                + "\(c.certifiedCopies) bản chứng thực), bình quân \(visits) lần đến trực tiếp mỗi hồ sơ, "
                + "\(c.agencies) cơ quan, \(c.submissions) lần nộp, \(c.documentsHeldByState) thành phần nhà nước đã có dữ liệu\n"
        }
        func counted(_ count: Int, _ one: String, _ many: String) -> String { "\(count) " + (count == 1 ? one : many) }
        return "  " + [
            counted(c.steps, "step", "steps"),
            counted(c.documents, "document", "documents") + " (" + counted(c.originals, "original", "originals") + ", "
                + counted(c.copies, "copy", "copies") + ", \(c.certifiedCopies) certified)",
            "\(visits) in-person " + (c.visits == 1 ? "visit" : "visits") + " a case on average",
            counted(c.agencies, "agency", "agencies"),
            counted(c.submissions, "submission", "submissions"),
            counted(c.documentsHeldByState, "document the state already holds", "documents the state already holds"),
        ].joined(separator: ", ") + "\n"
    }

    private func assumptionsUsed() -> String {
        // What the procedure is written with, then what that draws on, each once.
        let expanded = Assumption.closure(of: assessment.procedure.assumptionsWritten) { assumptions[$0]?.value.assumptions }
        var converted: [Currency] = []
        for factor in assessment.terms.flatMap(\.factors) {
            if case .exchangeRate(let code) = factor.kind, !converted.contains(code) { converted.append(code) }
        }
        let rates = converted.compactMap { exchangeRates[$0] }.map { rate in
            "  1 \(rate.from) = \(quantity(rate.rate))  (" + pick("exchange rate", "tỷ giá") + ")    \(cite(rate.location))\n"
        }.joined()
        guard !expanded.isEmpty || !rates.isEmpty else { return pick("  none\n", "  không có\n") }
        return expanded.compactMap { name in
            guard let assumption = assumptions[name] else { return nil }
            let estimate = pick("estimate", "ước tính")
            let source = assumption.source.map { pick("source: ", "nguồn: ") + $0 } ?? (assumption.isEstimate ? estimate : pick("no source", "không có nguồn"))
            let note = assumption.note.map { "; " + pick("note: ", "ghi chú: ") + $0 } ?? ""
            return "  \(name) = \(quantity(assumption.value))  (\(source)\(assumption.isEstimate && assumption.source != nil ? "; " + estimate : "")\(note))"
                + "    \(cite(assumption.value.location))\n"
        }.joined() + rates
    }

    // MARK: - Numbers

    private func money(_ value: Exact) -> String { format.money(value, currency) }

    private func number(_ value: Exact) -> String { format.number(value, decimals: 2) }

    /// Money with up to four decimals, for intermediate figures that are multiplied again.
    private func exact(_ value: Exact) -> String { format.number(value, decimals: 4) + unit }

    /// A tariff, with the decimals an auditor needs to recompute the products exactly.
    private func rate(_ value: Exact) -> String { format.number(value, decimals: 4) + unit + pick("/h", "/giờ") }

    /// ` VND`, or ` ₫` in Vietnamese, after a figure written with more decimals than money has.
    private var unit: String { " " + format.symbol(currency) }

    private func range(_ figure: Figure, _ show: (Exact) -> String) -> String {
        figure.isPoint ? "" : " (\(show(figure.low)) – \(show(figure.high)))"
    }

    /// A quantity as written in the model: `1.5 h`, `43,750 VND`, `25%`, `3 workdays`.
    private func quantity(_ amount: Amount) -> String { quantity(amount.value) }

    private func quantity(_ value: Estimate) -> String {
        func one(_ number: Exact) -> String {
            switch value.unit {
            case .duration: return format.hours(number / 60)
            case .percent: return format.percent(number, decimals: 1)
            case .money(let code): return format.money(number, code)
            case .rate(let code, let period): return format.money(number, code) + "/" + QuantityText(language).period(period)
            case .workdays: return Labels(language).workdays(number)
            case .days: return format.number(number, decimals: 2) + pick(" days", " ngày")
            case .years: return format.number(number, decimals: 2) + pick(" years", " năm")
            case .frequency, .number: return format.number(number, decimals: 2)
            }
        }
        // A count a year is said once, after its range: `400,000 (300,000 – 500,000) a year`.
        let period = value.unit == .frequency ? pick(" a year", " mỗi năm") : ""
        return (value.isPoint ? one(value.likely) : "\(one(value.likely)) (\(one(value.low)) – \(one(value.high)))") + period
    }

    /// The money a case places and gets back, with the steps that ask for it, and what the year's cases
    /// place: held, not spent, so neither is part of the burden (METHOD.md §9).
    private func deposits() -> String {
        let steps = assessment.procedure.steps.compactMap { step -> String? in
            guard step.actor == .applicant, let deposit = step.deposit else { return nil }
            let share = step.applies.map { " × " + format.percent($0.value.likely) } ?? ""
            // The share of the cases filed on the channels it applies to, as the average takes it.
            let filed = assessment.procedure.channels.filter { step.appliesOn.contains($0.channel) }
            let channels = step.appliesOn.isEmpty ? "" : " × " + pick("filed ", "nộp ")
                + filed.map { Labels(language).channelAsWritten($0.channel) }.joined(separator: ", ") + " "
                + format.percent(filed.reduce(Exact(0)) { $0 + $1.share.value.likely })
            return pick("step", "bước") + " '\(step.declared.id)' " + quantity(deposit) + share + channels + uses(deposit) + ", " + cite(deposit.location)
        }
        return pick("  deposit a case, returned, kept apart = ", "  tiền ký quỹ một hồ sơ, được hoàn trả, tính riêng = ")
            + money(assessment.deposit.likely) + range(assessment.deposit, money) + " (" + steps.joined(separator: "; ") + ")\n"
            + pick("  deposits placed a year = ", "  tiền ký quỹ mỗi năm = ") + "\(money(assessment.deposit.likely)) × \(number(assessment.annualCases.likely))"
            + " = \(money(assessment.annualDeposits.likely))\(range(assessment.annualDeposits, money))\n"
    }

    /// Each `one_off` item's working: its time at the tariff and its money, times the subjects it
    /// affects, which are the cases a year when it names none.
    private func oneOffs() -> String {
        zip(assessment.oneOffs, assessment.procedure.oneOffs).map { cost, item in
            var each: [String] = []
            if let effort = item.effort {
                each.append(pick("effort ", "thời gian ") + format.hours(cost.hours.likely) + uses(effort) + " × " + rate(cost.tariff.likely))
            }
            if let money = item.cost { each.append(pick("cost ", "chi phí ") + self.money(cost.money.likely) + uses(money)) }
            let perSubject = each.count > 1 ? "(" + each.joined(separator: " + ") + ")" : each.first ?? money(0)
            let affected = item.affected.map { number(cost.affected.likely) + uses($0) }
                ?? number(cost.affected.likely) + pick(" (the cases a year: it names no 'affected')",
                                                      " (số hồ sơ mỗi năm: không khai báo 'affected')")
            return "    one_off '\(item.declared.id)': " + perSubject + pick(" × affected ", " × số đối tượng ") + affected
                + " = " + money(cost.total.likely) + "    " + cite(item.declared.location) + "\n"
        }.joined()
    }

    /// `line 46` in the procedure's own file, `file:line` elsewhere.
    private func cite(_ location: SourceLocation) -> String {
        location.isInSameFile(as: assessment.procedure.declared.location)
            ? pick("line ", "dòng ") + String(lines.position(of: location).line) : lines.cite(location)
    }

    private func uses(_ amount: Amount) -> String {
        amount.assumptions.isEmpty ? "" : " [" + amount.assumptions.joined(separator: ", ") + "]"
    }

    /// The bounds a fee's amounts are held to, after its working: what a case pays is within them.
    private func bounds(of term: Term) -> String {
        guard term.kind == .fee, let fee = assessment.procedure.fees.first(where: { $0.declared.id == term.item }) else { return "" }
        let bounds = Labels(language).bounds(of: fee)
        return bounds.isEmpty ? "" : " (" + bounds.joined(separator: ", ") + ")"
    }

    /// Each channel's share of the cases and what a case filed on it pays.
    private func channels(_ parts: [ChannelFee]) -> String {
        let labels = Labels(language)
        return parts.map { part in
            "\(labels.channelAsWritten(part.channel)) \(format.percent(part.share, decimals: 1)) × \(money(part.amount))"
        }.joined(separator: " + ")
    }

    private func working(_ factors: [Factor]) -> String {
        factors.map { factor in
            let value: String = switch factor.kind {
            case .duration: format.number(factor.value / 60, decimals: 4) + pick(" h", " giờ")
            case .money: money(factor.value)
            case .moneyIn(let code): format.money(factor.value, code)
            case .exchangeRate(let code): money(factor.value) + "/" + code.description
            case .share: format.percent(factor.value, decimals: 1)
            case .count: format.number(factor.value, decimals: 2)
            }
            if case .averageOverChannels(let parts) = factor.name {
                return words.name(factor.name) + " (" + channels(parts) + ")"
            }
            if case .averageOverSegments(let parts) = factor.name {
                return words.name(factor.name) + " (" + parts.map { part in
                    "\(part.segment) \(format.percent(part.share, decimals: 1)) × \(money(part.amount))"
                        + (part.channels.isEmpty ? "" : " [" + channels(part.channels) + "]")
                }.joined(separator: " + ") + ")"
            }
            return "\(words.name(factor.name)) \(value)"
        }.joined(separator: " × ")
    }
}
