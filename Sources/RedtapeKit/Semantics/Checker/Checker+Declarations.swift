import Foundation

/// The top-level declarations other than procedures.
extension Checker {
    mutating func checkHeader(_ entry: Entry) -> Header? {
        guard let title = headerTitle(entry) else { return nil }
        var jurisdiction: String?
        var currency: Currency?
        var version: String?
        var effective: String?
        var basis: [String] = []
        var holidays: [String] = []
        var rates: [ExchangeRate] = []
        var discount: Amount?
        var horizon: Amount?
        var timing: Discounting.Timing?
        var discountEntries: [Entry] = []
        checkChildren(of: entry, in: .header) { checker, child, keyword in
            switch keyword {
            case .jurisdiction:
                jurisdiction = checker.singleName(child, in: .header)?.text
            case .currency:
                guard let code = checker.singleName(child, in: .header) else { return }
                if let code = Currency(code.text) {
                    currency = code
                } else {
                    checker.report(.invalidChoice, "'\(code.text)' is not a currency code", at: code.range,
                                   help: "write the ISO 4217 code in capitals, such as VND or EUR")
                }
            case .version: version = checker.string(child, in: .header)
            case .effective: effective = checker.date(child, in: .header)
            case .basis: if let text = checker.string(child, in: .header) { basis.append(text) }
            case .holiday: if let day = checker.date(child, in: .header) { holidays.append(day) }
            case .exchange: if let rate = checker.exchangeRate(child) { rates.append(rate) }
            case .discount:
                discount = checker.amount(child, .share, in: .header)
                discountEntries.append(child)
            case .horizon:
                horizon = checker.amount(child, .years, in: .header)
                discountEntries.append(child)
            case .timing:
                timing = checker.choice(child, in: .header, Discounting.Timing.self)
                discountEntries.append(child)
            default: break
            }
        }
        var discounting: Discounting?
        if let discount, let horizon {
            if !horizon.value.isPoint || !horizon.value.likely.isWhole || horizon.value.likely < 1 || horizon.value.likely > 100 {
                report(.outOfRange, "'horizon' takes a whole number of years from 1 to 100", at: horizon.location.range,
                       help: usageHelp("horizon", context: .header))
            } else {
                discounting = Discounting(rate: discount, horizon: horizon, timing: timing ?? .endOfYear)
            }
        } else if let first = discountEntries.first {
            let missing = discount == nil ? "discount" : "horizon"
            if !discountEntries.contains(where: { $0.keyword.text == missing }) {
                report(.missingFact, "a present value needs both 'discount' and 'horizon'", at: first.keyword.range,
                       help: usageHelp(missing, context: .header))
            }
        }
        return Header(title: title, jurisdiction: jurisdiction, currency: currency, version: version,
                      effective: effective, basis: basis, holidays: holidays, exchangeRates: rates,
                      discounting: discounting, location: location(entry.keyword.range))
    }

    private mutating func headerTitle(_ entry: Entry) -> String? {
        guard entry.arguments.count == 1, case .string = entry.arguments[0].kind else {
            report(.wrongArguments, "'ruleset' takes the ruleset's title in quotes",
                   at: entry.arguments.first?.range ?? entry.keyword.range, help: usageHelp("ruleset", context: .file))
            return nil
        }
        if entry.block == nil {
            report(.missingBlock, "'ruleset' needs a block with its facts", at: entry.keyword.range,
                   help: "write: ruleset \"Title\" { jurisdiction VN … }")
        }
        return stringValue(entry.arguments[0])
    }

    /// `exchange 1 EUR = 27_000 VND`.
    private mutating func exchangeRate(_ entry: Entry) -> ExchangeRate? {
        guard entry.arguments.count == 1, let valueExpression = entry.value else {
            report(.wrongArguments, "'exchange' needs an amount in each currency", at: entry.keyword.range,
                   help: usageHelp("exchange", context: .header))
            return nil
        }
        let from = quantity(entry.arguments[0], .exchangeable, for: "exchange", in: .header)
        // A rate refused still names its currency: the amounts written in it are not also told they
        // have none, the rate's own error being what to mend.
        if case .money(let code)? = from?.value.unit { exchangeCurrencies.insert(code) }
        guard let from, let to = quantity(valueExpression, .exchangeable, for: "exchange", in: .header),
              case .money(let fromCode) = from.value.unit, case .money(let toCode) = to.value.unit,
              from.value.likely > 0 else { return nil }
        let rate = to.value.map { $0 / from.value.likely }
        return ExchangeRate(from: fromCode, to: toCode, rate: rate, location: location(entry.range))
    }

    mutating func checkAssumption(_ entry: Entry) -> Assumption? {
        guard let declared = declaration(entry, context: .assumption, needsName: false) else { return nil }
        guard let expression = entry.value else {
            report(.missingFact, "assumption '\(declared.id)' needs a value", at: entry.keyword.range.union(entry.range),
                   help: usageHelp("assume", context: .file))
            return nil
        }
        var source: String?
        var isEstimate = false
        var date: String?
        var note: String?
        checkChildren(of: entry, in: .assumption) { checker, child, keyword in
            switch keyword {
            case .source: source = checker.string(child, in: .assumption)
            case .estimate: isEstimate = checker.flag(child, in: .assumption)
            case .date: date = checker.date(child, in: .assumption)
            case .note: note = checker.string(child, in: .assumption)
            default: break
            }
        }
        guard let value = assumptionValue(declared.id, at: expression.range, using: false) else { return nil }
        if value.estimate.low < 0 {
            report(.outOfRange, "assumption '\(declared.id)' is negative", at: expression.range,
                   help: "tariffs, rates, populations and thresholds are zero or more")
        }
        if source == nil, !isEstimate {
            report(.missingRecommendedFact, "assumption '\(declared.id)' cites no source", at: declared.location.range,
                   help: "add 'source \"…\"' naming where the figure comes from, or 'estimate' if it is your own")
        }
        return Assumption(declared: declared,
                          value: Amount(value: value.estimate, location: location(expression.range),
                                        assumptions: assumptionValues[declared.id]?.assumptions ?? []),
                          source: source, isEstimate: isEstimate, date: date, note: note)
    }

    mutating func checkAgency(_ entry: Entry) -> Agency? {
        guard let declared = declaration(entry, context: .agency, needsName: true) else { return nil }
        var level: Level?
        checkChildren(of: entry, in: .agency) { checker, child, keyword in
            level = checker.choice(child, in: .agency, Level.self)
        }
        return Agency(declared: declared, level: level)
    }

    mutating func checkRule(_ entry: Entry) -> Rule? {
        guard let declared = declaration(entry, context: .rule, needsName: true) else { return nil }
        guard entry.block != nil else {
            report(.missingBlock, "rule '\(declared.id)' needs a block with 'severity' and 'when'",
                   at: entry.keyword.range, help: usageHelp("rule", context: .file))
            return nil
        }
        var severity: Severity?
        var condition: CheckedCondition?
        var conditionWritten: ExpressionSyntax?
        var principle: String?
        var explanation: String?
        var fix: String?
        var attach: Rule.Attachment?
        var translations: [String: Rule.Text] = [:]
        checkChildren(of: entry, in: .rule) { checker, child, keyword in
            switch keyword {
            case .severity: severity = checker.choice(child, in: .rule, Severity.self)
            case .when:
                conditionWritten = checker.arguments(child, count: 1, in: .rule)?.first
                condition = conditionWritten.flatMap { checker.checkCondition($0) }
            case .principle: principle = checker.string(child, in: .rule)
            case .explain: explanation = checker.string(child, in: .rule)
            case .fix: fix = checker.string(child, in: .rule)
            case .attach: attach = checker.choice(child, in: .rule, Rule.Attachment.self)
            case .translation:
                if let (language, text) = checker.checkTranslation(child, of: declared.id, known: translations) {
                    translations[language] = text
                }
            default: break
            }
        }
        guard let written = conditionWritten else {
            report(.missingFact, "rule '\(declared.id)' has no 'when' condition", at: declared.location.range,
                   help: usageHelp("when", context: .rule))
            return nil
        }
        guard let condition else { return nil }
        guard condition.type == .bool else {
            report(.conditionType, "a rule's condition must be yes or no", at: written.range,
                   help: "compare the value with a threshold, such as step.within > 15 workdays")
            return nil
        }
        let items = condition.kinds.subtracting([.procedure])
        guard items.count <= 1 else {
            report(.conditionType, "a rule looks at one kind of item, but this one reads "
                   + items.map(\.rawValue).sorted().joined(separator: " and "), at: written.range,
                   help: "write one rule for each kind of item; 'procedure' fields may be read with any of them")
            return nil
        }
        return Rule(declared: declared, severity: severity ?? .medium, subject: items.first ?? .procedure,
                    condition: condition.condition, principle: principle, explanation: explanation, fix: fix,
                    attach: attach ?? .item, translations: translations)
    }

    /// `translation vi { name "…" explain "…" }`: a rule's texts in another language, by its code.
    mutating func checkTranslation(_ entry: Entry, of rule: String, known: [String: Rule.Text]) -> (String, Rule.Text)? {
        guard let argument = entry.arguments.first, entry.arguments.count == 1, case .identifier = argument.kind,
              case let code = text(argument.range), code.utf8.count >= 2, code.utf8.count <= 3, code.utf8.allSatisfy({ (0x61...0x7A).contains($0) }) else {
            report(.wrongArguments, "'translation' takes a language code such as vi",
                   at: entry.arguments.first?.range ?? entry.keyword.range, help: usageHelp("translation", context: .rule))
            return nil
        }
        if known[code] != nil {
            report(.duplicateFact, "rule '\(rule)' is translated into '\(code)' twice", at: argument.range, help: "keep one")
            return nil
        }
        guard entry.block != nil else {
            report(.missingBlock, "'translation \(code)' needs a block with the rule's texts", at: entry.keyword.range,
                   help: usageHelp("translation", context: .rule))
            return nil
        }
        var (name, principle, explanation, fix): (String?, String?, String?, String?)
        checkChildren(of: entry, in: .translation) { checker, child, keyword in
            switch keyword {
            case .name: name = checker.string(child, in: .translation)
            case .principle: principle = checker.string(child, in: .translation)
            case .explain: explanation = checker.string(child, in: .translation)
            case .fix: fix = checker.string(child, in: .translation)
            default: break
            }
        }
        return (code, Rule.Text(name: name, principle: principle, explanation: explanation, fix: fix))
    }

    /// `disable rule` or `severity rule low`; the rule may come from the standard catalogue, so its name is kept as written.
    mutating func checkRuleSetting(_ entry: Entry) -> RuleSetting? {
        let isDisable = entry.keyword.text == "disable"
        guard let arguments = arguments(entry, count: isDisable ? 1 : 2, in: .file),
              let rule = name(arguments[0], of: entry, in: .file) else { return nil }
        let reference = Reference(name: rule.text, location: location(rule.range))
        if isDisable { return RuleSetting(rule: reference, change: .disable) }
        guard let level = name(arguments[1], of: entry, in: .file),
              let severity = choice(level, of: Severity.self, for: "severity") else { return nil }
        return RuleSetting(rule: reference, change: .severity(severity))
    }
}
