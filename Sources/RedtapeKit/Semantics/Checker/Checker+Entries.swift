import Foundation

/// Reading the arguments of one entry in the shape its keyword takes.
extension Checker {
    /// Keywords that may be written more than once in a block.
    static let repeatable: KeywordBits = [
        Keyword.basis, .agency, .subject, .channel, .document, .step, .fee, .segment, .oneOff, .allow, .result, .holiday,
        .exchange, .amount, .waived, .translation, .limit,
    ].reduce(into: KeywordBits()) { $0.formUnion($1.bit) }

    /// Checks each entry of a block: known keyword, not repeated unless it may be, then `body`.
    mutating func checkChildren(of entry: Entry, in context: Context, _ body: (inout Checker, Entry, Keyword) -> Void) {
        guard let block = entry.block else { return }
        var seen = KeywordBits()
        for child in block.entries {
            guard let (keyword, bit) = context.keyword(of: child) else {
                unknownKeyword(child, in: context)
                continue
            }
            if seen.contains(bit), !Self.repeatable.contains(bit) {
                let word = child.keyword.text
                let first = block.entries.first { $0.keyword.text == word }!.keyword.range
                report(.duplicateFact, "'\(word)' is given twice in \(context.rawValue)", at: child.keyword.range,
                       help: stepLimitByChannel(child) ?? "keep one", notes: [note("first given here", first)])
                continue
            }
            seen.insert(bit)
            body(&self, child, keyword)
        }
    }

    /// `keyword name ["Label"]`: the identity of a declaration.
    mutating func declaration(_ entry: Entry, context: Context, needsName: Bool) -> Declared? {
        var keyword: String { entry.keyword.text }
        guard let first = entry.arguments.first, case .identifier = first.kind else {
            report(.expectedName, "expected a name after '\(keyword)'", at: entry.arguments.first?.range ?? entry.keyword.range,
                   help: usageHelp(keyword, context: .file))
            return nil
        }
        let id = text(first.range)
        var label: String?
        if entry.arguments.count > 1 {
            if case .string = entry.arguments[1].kind {
                label = stringValue(entry.arguments[1])
            } else {
                report(.wrongArguments, "expected the \(keyword)'s name in quotes, found \(describe(entry.arguments[1]))",
                       at: entry.arguments[1].range, help: usageHelp(keyword, context: .file))
            }
        }
        if entry.arguments.count > 2 {
            report(.wrongArguments, "too many arguments for '\(keyword)'",
                   at: entry.arguments[2].range.union(entry.arguments.last!.range), help: usageHelp(keyword, context: .file))
        }
        if label == nil, needsName, entry.arguments.count < 2 {
            report(.missingFact, "\(keyword) '\(id)' needs a name in quotes", at: first.range,
                   help: usageHelp(keyword, context: .file),
                   fixIts: [Diagnostic.FixIt("add a name", range: .at(first.range.end), replacement: " \"…\"")])
        }
        if let value = entry.value, keyword != "assume" {
            report(.wrongArguments, "'\(keyword)' takes no '= value'", at: value.range, help: usageHelp(keyword, context: .file))
        }
        return Declared(id: id, name: label, location: location(first.range))
    }

    // MARK: - Single facts

    /// Checks that the entry has exactly `count` arguments, no value and no block.
    mutating func arguments(_ entry: Entry, count: Int, in context: Context) -> SyntaxList<ExpressionSyntax>? {
        // Named only in messages: the text is made only for one.
        var keyword: String { entry.keyword.text }
        if let block = entry.block {
            report(.unexpectedBlock, "'\(keyword)' takes no block", at: block.range,
                   help: usageHelp(keyword, context: context))
            return nil
        }
        if let value = entry.value {
            report(.wrongArguments, "'\(keyword)' takes no '= value'", at: value.range, help: usageHelp(keyword, context: context))
            return nil
        }
        guard entry.arguments.count == count else {
            let message: String
            let range: SourceRange
            if entry.arguments.count < count {
                message = count == 1 ? "'\(keyword)' needs a value" : "'\(keyword)' needs \(count) values"
                range = SourceRange.at(entry.keyword.range.end)
            } else {
                message = count == 0 ? "'\(keyword)' takes no value" : "too many values for '\(keyword)'"
                range = entry.arguments[count].range.union(entry.arguments.last!.range)
            }
            // A value written as a sentence would write it: the fix replaces the whole of it with what was meant.
            let whole = entry.arguments.first.map { $0.range.union(entry.arguments.last!.range) }
            let prose: (meant: String, help: String)? = if let meant = onceEveryFew(entry), let whole {
                (meant, "a count is given per year or per month: '\(text(whole))' is written \(keyword) \(meant)")
            } else if count == 1, let meant = rateWithPer(entry) {
                (meant, "a rate is written with '/': \(keyword) \(meant)")
            } else if count == 1, let meant = hoursAndMinutes(entry) {
                (meant, "a duration is written in one unit: \(keyword) \(meant)")
            } else {
                nil
            }
            if let prose, let whole {
                report(.wrongArguments, message, at: range, help: prose.help,
                       fixIts: [Diagnostic.FixIt("write '\(prose.meant)'", range: whole, replacement: prose.meant)])
                return nil
            }
            if let help = stepLimitByChannel(entry) {
                report(.wrongArguments, message, at: range, help: help)
                return nil
            }
            if let (help, fix) = visitByChannel(entry) {
                report(.wrongArguments, message, at: range, help: help, fixIts: fix.map { [$0] } ?? [])
                return nil
            }
            if count == 1, let name = unitAfterName(entry) {
                let unit = entry.arguments[1].range.union(entry.arguments.last!.range)
                report(.wrongArguments, "'\(name)' is a name: its unit is given where it is declared, not after it",
                       at: range,
                       help: "write '\(keyword) \(name)', and declare it with its unit: assume \(name) = … \(text(unit))",
                       fixIts: [Diagnostic.FixIt("remove '\(text(unit))'", range: SourceRange(start: entry.arguments[0].range.end, end: unit.end),
                                                 replacement: "")])
                return nil
            }
            report(.wrongArguments, message, at: range, help: usageHelp(keyword, context: context))
            return nil
        }
        return entry.arguments
    }

    /// `within 5 workdays online` in a step: a step's limit holds for every case, and the limit the
    /// cases of one channel are promised is the procedure's. Where to write it, or nil for any other entry.
    private func stepLimitByChannel(_ entry: Entry) -> String? {
        let arguments = entry.arguments
        guard entry.keyword.text == "within", arguments.count == 2, case .identifier = arguments[1].kind,
              let channel = Channel(rawValue: text(arguments[1].range)) else { return nil }
        let limit = text(arguments[0].range)
        return "a step's time limit holds for every case that goes through it: the limit the cases filed \(channel.rawValue) "
            + "are promised is the procedure's (limit \(limit) \(channel.rawValue)), and a step for their cases alone is "
            + "written apart with 'applies \(channel.rawValue)'"
    }

    /// `travel 1h in_person`: a step's travel, waiting, fare and visits are those of a case that comes
    /// in person, and count for those cases alone. What to write instead, and the fix that drops
    /// `in_person`; nil for any other entry.
    private func visitByChannel(_ entry: Entry) -> (help: String, fix: Diagnostic.FixIt?)? {
        let arguments = entry.arguments
        let keyword = entry.keyword.text
        guard ["travel", "wait", "fare", "visits"].contains(keyword), arguments.count == 2, case .identifier = arguments[1].kind,
              let channel = Channel(rawValue: text(arguments[1].range)) else { return nil }
        let counted = "'\(keyword)' is counted for each case that comes in person, and for no other"
        guard channel == .inPerson else {
            return (counted + ": a case filed \(channel.rawValue) makes no visit. A step only some channels' cases go "
                    + "through is written with 'applies \(channel.rawValue)'", nil)
        }
        let extra = SourceRange(start: arguments[0].range.end, end: arguments[1].range.end)
        return (counted + "; remove 'in_person'", Diagnostic.FixIt("remove 'in_person'", range: extra, replacement: ""))
    }

    /// `tariff 30_000 VND per hour`: money a period written in words, which is the rate `30_000 VND/h`;
    /// nil for any other entry.
    private func rateWithPer(_ entry: Entry) -> String? {
        let arguments = entry.arguments
        guard arguments.count == 3, case .number(let digits, let unit?) = arguments[0].kind, unit.form == .word,
              Currency(tree.file.bytes[unit.first.start..<unit.first.end]) != nil,
              case .identifier = arguments[1].kind, text(arguments[1].range) == "per",
              case .identifier = arguments[2].kind else { return nil }
        let period: Unit.Period? = switch text(arguments[2].range).lowercased() {
        case "h", "hour", "hours": .hour
        case "workday", "workdays", "working_day": .workday
        case "day", "days": .day
        case "year", "years": .year
        default: nil
        }
        return period.map { text(digits) + " " + text(unit.first) + "/" + $0.rawValue }
    }

    /// `travel 1h30min`, `wait 30min..1h 30min` or `wait 1h30min..2h`: hours and then minutes, as a
    /// clock gives them, which is a duration in minutes (`90min`, `30min..90min`, `90min..2h`); nil for
    /// any other entry. Read from the text, as `1h30min` is the number 1 and a name.
    private func hoursAndMinutes(_ entry: Entry) -> String? {
        let arguments = entry.arguments
        guard arguments.count == 2 else { return nil }
        // The hours end the first argument (`30min..1h`), the minutes begin the second (`30min..2h`).
        var hours = arguments[0].range
        if case .range(_, _, let high) = arguments[0].kind { hours = tree.operand(high).range }
        var minutesWritten = arguments[1].range
        if case .range(let low, _, _) = arguments[1].kind { minutesWritten = tree.operand(low).range }
        let written = text(SourceRange(start: hours.start, end: minutesWritten.end)).filter { $0 != " " && $0 != "_" }
        guard written.hasSuffix("min"), let h = written.firstIndex(of: "h"),
              let whole = Int(written[..<h]), let minutes = Int(written[written.index(after: h)...].dropLast(3)),
              (0..<10_000).contains(whole), (0..<60).contains(minutes) else { return nil }
        return text(SourceRange(start: arguments[0].range.start, end: hours.start)) + "\(whole * 60 + minutes)min"
            + text(SourceRange(start: minutesWritten.end, end: arguments[1].range.end))
    }

    /// `cases requests per year`: a name followed by the words of a unit, which a name cannot take (an
    /// assumption's unit is part of its value). The name, or nil for any other entry.
    private func unitAfterName(_ entry: Entry) -> String? {
        let arguments = entry.arguments
        guard arguments.count >= 2, case .identifier = arguments[0].kind,
              arguments.dropFirst().allSatisfy({ if case .identifier = $0.kind { true } else { false } }) else { return nil }
        let next = text(arguments[1].range)
        guard next == "per" || UnitWords.isUnitWord(next.utf8) else { return nil }
        return text(arguments[0].range)
    }

    mutating func string(_ entry: Entry, in context: Context) -> String? {
        guard let argument = arguments(entry, count: 1, in: context)?.first else { return nil }
        guard case .string = argument.kind else {
            report(.wrongArguments, "'\(entry.keyword.text)' takes text in quotes, found \(describe(argument))",
                   at: argument.range, help: usageHelp(entry.keyword.text, context: context))
            return nil
        }
        return stringValue(argument)
    }

    /// A keyword written alone, such as `certified`.
    mutating func flag(_ entry: Entry, in context: Context) -> Bool {
        arguments(entry, count: 0, in: context) != nil
    }

    mutating func name(_ argument: ExpressionSyntax, of entry: Entry, in context: Context) -> Name? {
        guard case .identifier = argument.kind else {
            report(.wrongArguments, "'\(entry.keyword.text)' takes a name, found \(describe(argument))",
                   at: argument.range, help: usageHelp(entry.keyword.text, context: context))
            return nil
        }
        return Name(text: text(argument.range), range: argument.range)
    }

    /// One name, or several separated by commas.
    mutating func names(_ entry: Entry, in context: Context) -> [Name] {
        if entry.arguments.count > 1, entry.value == nil, entry.block == nil, entry.arguments.allSatisfy(isNames) {
            // `submits a b`: a list written without its commas.
            let first = entry.arguments.first!.range, last = entry.arguments.last!.range
            let listed = entry.arguments.map { text($0.range) }.joined(separator: ", ")
            report(.wrongArguments, "the names after '\(entry.keyword.text)' are separated by commas", at: first.union(last),
                   help: "write it as: \(entry.keyword.text) \(listed)",
                   fixIts: [Diagnostic.FixIt("separate them with commas", range: first.union(last), replacement: listed)])
            return []
        }
        guard let argument = arguments(entry, count: 1, in: context)?.first else { return [] }
        if case .list(let items) = argument.kind {
            return listedOnce(tree.operands(items), of: entry, in: context)
        }
        return name(argument, of: entry, in: context).map { [$0] } ?? []
    }

    /// The names of a list, each once: a name listed again (`submits form, id_copy, form`) says nothing
    /// more, and is reported with a fix that removes it.
    private mutating func listedOnce(_ items: SyntaxList<ExpressionSyntax>, of entry: Entry, in context: Context) -> [Name] {
        var listed: [Name] = []
        var previousEnd = items.first?.range.start ?? 0
        for item in items {
            defer { previousEnd = item.range.end }
            guard let name = name(item, of: entry, in: context) else { continue }
            guard let first = listed.first(where: { $0.text == name.text }) else {
                listed.append(name)
                continue
            }
            report(.repeatedName, "'\(name.text)' is listed twice after '\(entry.keyword.text)'", at: name.range,
                   help: "once is enough; remove the repeat",
                   notes: [Diagnostic.Note("first listed here", at: location(first.range))],
                   fixIts: [Diagnostic.FixIt("remove the repeat", range: SourceRange(start: previousEnd, end: name.range.end),
                                             replacement: "")])
        }
        return listed
    }

    /// The one name an entry takes (`held_by population_db`): a list is refused, not cut to its first.
    mutating func singleName(_ entry: Entry, in context: Context) -> Name? {
        guard let argument = arguments(entry, count: 1, in: context)?.first else { return nil }
        if case .list = argument.kind {
            report(.wrongArguments, "'\(entry.keyword.text)' takes one name, not a list", at: argument.range,
                   help: usageHelp(entry.keyword.text, context: context))
            return nil
        }
        return name(argument, of: entry, in: context)
    }

    /// Whether an argument is a name or a list of names.
    private func isNames(_ argument: ExpressionSyntax) -> Bool {
        switch argument.kind {
        case .identifier: true
        case .list(let items): tree.operands(items).allSatisfy { if case .identifier = $0.kind { true } else { false } }
        default: false
        }
    }

    /// One of a fixed set of words, such as a level or a subject.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ entry: Entry, in context: Context, _ type: T.Type) -> T?
    where T.RawValue == String {
        guard let argument = arguments(entry, count: 1, in: context)?.first,
              let word = name(argument, of: entry, in: context) else { return nil }
        return choice(word, of: type, for: entry.keyword.text)
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ word: Name, of type: T.Type, for keyword: @autoclosure () -> String) -> T?
    where T.RawValue == String {
        if let value = T(rawValue: word.text) { return value }
        let options = T.allCases.map(\.rawValue)
        let guess = Suggestion.closest(to: word.text, in: options)
        report(.invalidChoice, "'\(word.text)' is not a valid \(keyword())", at: word.range,
               help: (guess.map { "did you mean '\($0)'? " } ?? "") + "'\(keyword())' is one of: " + options.joined(separator: ", "),
               fixIts: guess.map { [Diagnostic.FixIt("replace with '\($0)'", range: word.range, replacement: $0)] } ?? [])
        return nil
    }

    /// A whole number of items (originals, copies, visits).
    mutating func integer(_ entry: Entry, in context: Context, maximum: Int = 1_000) -> Int? {
        guard let argument = arguments(entry, count: 1, in: context)?.first,
              let value = checked(argument, .count, for: entry.keyword.text, in: context)?.estimate else { return nil }
        guard value.isPoint, value.likely.isWhole, value.likely <= Exact(maximum) else {
            report(.outOfRange, "'\(entry.keyword.text)' takes a whole number from 0 to \(maximum)",
                   at: argument.range, help: usageHelp(entry.keyword.text, context: context))
            return nil
        }
        return value.likely.integerValue
    }

    /// `01/07/2025`, a date as it is written in letters and decrees (day/month/year), read as a
    /// division: the date meant, year-month-day, and the help to give. No fix is offered when the day
    /// and the month could be either way round (`03/07/2025`), only both readings.
    private func dateWithSlashes(_ expression: ExpressionSyntax) -> (meant: String?, help: String)? {
        guard case .binary(.divide, let left, let yearPosition) = expression.kind,
              case .binary(.divide, let dayPosition, let monthPosition) = tree.operand(left).kind else { return nil }
        func whole(_ position: Int) -> Int? {
            guard case .number(let digits, nil) = tree.operand(position).kind else { return nil }
            return Int(text(digits))
        }
        guard let first = whole(dayPosition), let second = whole(monthPosition), let year = whole(yearPosition),
              (1000...9999).contains(year) else { return nil }
        func written(day: Int, month: Int) -> String? {
            let date = "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
            return CalendarDate(date) != nil ? date : nil
        }
        let dayFirst = written(day: first, month: second)
        let monthFirst = written(day: second, month: first)
        switch (dayFirst, monthFirst) {
        case (let date?, nil), (nil, let date?):
            return (date, "a date is written year-month-day: \(date)")
        case (let a?, let b?) where a == b:
            return (a, "a date is written year-month-day: \(a)")
        case (let a?, let b?):
            return (nil, "a date is written year-month-day: \(a) if the day comes first, as in Vietnamese, or \(b) if the month does")
        default:
            return nil
        }
    }

    /// `YYYY-MM-DD`, checked to be a real day.
    mutating func date(_ entry: Entry, in context: Context) -> String? {
        guard let argument = arguments(entry, count: 1, in: context)?.first else { return nil }
        guard case .date = argument.kind else {
            if let (meant, help) = dateWithSlashes(argument) {
                report(.wrongArguments, "'\(entry.keyword.text)' takes a date such as 2025-07-01, found '\(text(argument.range))'",
                       at: argument.range, help: help,
                       fixIts: meant.map { [Diagnostic.FixIt("write '\($0)'", range: argument.range, replacement: $0)] } ?? [])
                return nil
            }
            report(.wrongArguments, "'\(entry.keyword.text)' takes a date such as 2025-07-01, found \(describe(argument))",
                   at: argument.range, help: usageHelp(entry.keyword.text, context: context))
            return nil
        }
        let text = text(argument.range)
        guard CalendarDate(text) != nil else {
            report(.invalidDate, "'\(text)' is not a day of the calendar", at: argument.range,
                   help: "write the date as year-month-day, such as 2025-07-01")
            return nil
        }
        return text
    }

    // MARK: - Quantities

    mutating func amount(_ entry: Entry, _ expected: Expectation, in context: Context) -> Amount? {
        guard let argument = arguments(entry, count: 1, in: context)?.first else { return nil }
        return quantity(argument, expected, for: entry.keyword.text, in: context)
    }

    /// Evaluates an expression and checks that it is the kind of quantity expected and not negative.
    /// The keyword is named only in a message, and its text made only then.
    mutating func quantity(_ expression: ExpressionSyntax, _ expected: Expectation, for keyword: @autoclosure () -> String,
                           in context: Context) -> Amount? {
        guard let evaluated = checked(expression, expected, for: keyword(), in: context) else { return nil }
        return Amount(value: evaluated.estimate, location: location(expression.range), assumptions: evaluated.assumptions)
    }

    /// The value of an expression, once checked as `quantity` checks it; nil after an error.
    mutating func checked(_ expression: ExpressionSyntax, _ expected: Expectation, for keyword: @autoclosure () -> String,
                          in context: Context) -> Evaluated? {
        guard let evaluated = evaluate(expression) else { return nil }
        let value = evaluated.estimate
        guard expected.accepts(value.unit) else {
            var fixIts: [Diagnostic.FixIt] = []
            var help = "write \(expected.description), such as \(expected.example)"
            if expected == .count, value.unit == .frequency, keyword() == "population" {
                // The cases a year, counted already: `cases` takes them, without a frequency.
                help = "a count per year is the procedure's cases: write 'cases \(text(expression.range))' in place of 'population' and 'frequency'"
            }
            if value.unit == .number, let unit = expected.suggestedUnit ?? currencyUnit(for: expected) {
                help = "add a unit: \(expected.example)"
                guard case .number(let digits, _) = expression.kind else {
                    // A plain value reached through an assumption: the unit belongs on the assumption.
                    if case .identifier = expression.kind {
                        help = "give '\(text(expression.range))' a unit where it is declared, such as \(expected.example)"
                    } else {
                        help = "write \(expected.description), such as \(expected.example)"
                    }
                    report(.unitMismatch, "'\(keyword())' takes \(expected.description), not \(value.unit.description)",
                           at: expression.range, help: help)
                    return nil
                }
                // The number as written, with the unit it lacks: `channel online 70` → '70%'.
                let written = text(digits)
                // `applies 0.3` is a fraction, not three tenths of a percent: '30%'.
                if unit == "%", value.likely > 0, value.likely < 1 {
                    let percent = NumberText.plain(value.likely * 100) + "%"
                    report(.unitMismatch, "'\(keyword())' takes \(expected.description), not \(value.unit.description)",
                           at: expression.range, help: "\(written) reads as a fraction: write '\(percent)'",
                           fixIts: [Diagnostic.FixIt("write '\(percent)'", range: expression.range, replacement: percent)])
                    return nil
                }
                help = switch expected {
                case .duration: "add a unit: '\(written)min' or '\(written)h'"
                case .timeLimit: "add a unit: '\(written) workdays' or '\(written) days'"
                default: (expected.suggestedUnit == nil ? "add the currency: '" : "add the unit: '") + written + unit + "'"
                }
                fixIts.append(Diagnostic.FixIt("add '\(unit.trimmingCharacters(in: .whitespaces))'",
                                               range: .at(expression.range.end), replacement: unit))
            }
            report(.unitMismatch, "'\(keyword())' takes \(expected.description), not \(value.unit.description)",
                   at: expression.range, help: help, fixIts: fixIts)
            return nil
        }
        if value.low < 0 {
            report(.outOfRange, "'\(keyword())' cannot be negative", at: expression.range,
                   help: usageHelp(keyword(), context: context))
            return nil
        }
        if expected == .share, value.high > 1 {
            report(.outOfRange, "'\(keyword())' cannot be more than 100%", at: expression.range,
                   help: usageHelp(keyword(), context: context))
            return nil
        }
        if case .money(let code) = value.unit, let currency, code != currency, !exchangeCurrencies.contains(code) {
            report(.undeclaredCurrency, "amount in \(code), but the ruleset's currency is \(currency)",
                   at: expression.range,
                   help: "write it in \(currency), or declare 'exchange 1 \(code) = … \(currency)' in the ruleset header")
            return nil
        }
        return evaluated
    }

    /// The unit a bare number meant as money or a rate most likely lacks: the file's currency.
    private func currencyUnit(for expected: Expectation) -> String? {
        guard let currency else { return nil }
        switch expected {
        case .money, .exchangeable: return " \(currency)"
        case .rate: return " \(currency)/h"
        default: return nil
        }
    }

    /// `1 per 5 years`, as a renewal is often worded: the same as `1 per year / 5`, which the language
    /// reads; nil for any other entry.
    private func onceEveryFew(_ entry: Entry) -> String? {
        let arguments = entry.arguments
        guard arguments.count == 3, case .number(let count, nil) = arguments[0].kind, text(arguments[1].range) == "per",
              case .number(let every, let unit?) = arguments[2].kind else { return nil }
        let period: String
        switch text(unit.range) {
        case "year", "years": period = "year"
        case "month", "months": period = "month"
        default: return nil
        }
        return "\(text(count)) per \(period) / \(text(every))"
    }

    func usageHelp(_ keyword: String, context: Context) -> String? {
        Usage.of(keyword, in: context).map { "usage: \($0)" }
    }
}
