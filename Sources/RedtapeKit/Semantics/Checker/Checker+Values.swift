import Foundation

/// The value of an expression and the assumptions it drew on.
struct Evaluated: Sendable {
    var estimate: Estimate
    var assumptions: [String]
}

extension Checker {
    /// Numbers with more significant digits than this cannot be held exactly.
    static let maximumDigits = 28

    /// Evaluates a constant expression, reporting what is wrong with it; nil after an error.
    mutating func evaluate(_ expression: ExpressionSyntax) -> Evaluated? {
        switch expression.kind {
        case .number(let digits, let unit):
            return number(digits, unit: unit, at: expression.range).map { Evaluated(estimate: $0, assumptions: []) }
        case .identifier:
            return assumptionValue(text(expression.range), at: expression.range)
        case .parenthesized(let inner):
            return evaluate(tree.operand(inner))
        case .unary(.negate, let operand):
            guard var value = evaluate(tree.operand(operand)) else { return nil }
            let e = value.estimate
            value.estimate = Estimate(low: -e.high, likely: -e.likely, high: -e.low, unit: e.unit)
            return value
        case .range(let low, let likely, let high):
            return range(tree.operand(low), likely.map(tree.operand), tree.operand(high), at: expression.range)
        case .binary(let op, let left, let right) where [.add, .subtract, .multiply, .divide].contains(op):
            if op == .divide, let meant = perPeriod(tree.operand(left), tree.operand(right)) {
                report(.unknownUnit, "'\(text(expression.range))' divides by '\(text(tree.operand(right).range))', which is no "
                       + "assumption: a count a year or a month is written with 'per'",
                       at: expression.range, help: "write '\(meant)'",
                       fixIts: [Diagnostic.FixIt("write '\(meant)'", range: expression.range, replacement: meant)])
                return nil
            }
            if op == .subtract, let meant = rangeWithHyphen(tree.operand(left), tree.operand(right)) {
                report(.unitMismatch, "'\(text(expression.range))' is read as a subtraction: a range is written with '..'",
                       at: expression.range, help: "write '\(meant)'",
                       fixIts: [Diagnostic.FixIt("write '\(meant)'", range: expression.range, replacement: meant)])
                return nil
            }
            guard let a = evaluate(tree.operand(left)), let b = evaluate(tree.operand(right)) else { return nil }
            switch Estimate.combine(op, a.estimate, b.estimate) {
            case .success(let estimate):
                return Evaluated(estimate: estimate, assumptions: a.assumptions.appending(b.assumptions))
            case .failure(.mismatch(let x, let y)) where Set([x, y]) == [.number, .percent] && op != .multiply && op != .divide:
                let plain = x == .number ? tree.operand(left) : tree.operand(right)
                if let share = percentWritten(plain) {
                    let meant = text(SourceRange(start: expression.range.start, end: plain.range.start)) + share
                        + text(SourceRange(start: plain.range.end, end: expression.range.end))
                    report(.unitMismatch, "cannot \(op == .add ? "add" : "subtract") a plain number and a percentage",
                           at: expression.range, help: "a share is a percentage: write '\(meant)'",
                           fixIts: [Diagnostic.FixIt("write '\(share)'", range: plain.range, replacement: share)])
                } else {
                    arithmeticError(.mismatch(x, y), op, at: expression.range)
                }
                return nil
            case .failure(let failure):
                arithmeticError(failure, op, at: expression.range)
                return nil
            }
        case .missing:
            return nil
        default:
            if let meant = thousandsWithCommas(expression) {
                report(.wrongArguments, "'\(text(expression.range))' is read as a list: ',' separates the items of a list",
                       at: expression.range, help: "write the thousands with '_' between them: \(meant)",
                       fixIts: [Diagnostic.FixIt("write '\(meant)'", range: expression.range, replacement: meant)])
                return nil
            }
            report(.wrongArguments, "expected a quantity, found \(describe(expression))", at: expression.range,
                   help: "write a number with its unit, such as '30min' or '50_000 VND', or an assumption's name")
            return nil
        }
    }

    /// `150_000/year`, a count a year written as a fraction: `150_000 per year`, or nil for any other
    /// division (an assumption may be called `year`).
    private func perPeriod(_ left: ExpressionSyntax, _ right: ExpressionSyntax) -> String? {
        guard case .number(let digits, nil) = left.kind, case .identifier = right.kind else { return nil }
        let word = text(right.range)
        guard declarations[word] == nil, imported[word] == nil else { return nil }
        let period = switch word.lowercased() {
        case "year", "years", "yr", "annum": "year"
        case "month", "months": "month"
        default: nil as String?
        }
        return period.map { text(digits) + " per " + $0 }
    }

    /// `10-20min`, a range written with a hyphen, which reads as 10 minus 20 minutes: `10min..20min`,
    /// or nil for any other subtraction.
    private func rangeWithHyphen(_ left: ExpressionSyntax, _ right: ExpressionSyntax) -> String? {
        guard case .number(let low, nil) = left.kind, case .number(let high, let unit?) = right.kind else { return nil }
        let unitWritten = text(SourceRange(start: high.end, end: unit.range.end))
        return text(low) + unitWritten + ".." + text(right.range)
    }

    /// `1 - online_share`: the plain number a share is added to or taken from, as the percentage it
    /// stands for (`100%`), or nil when it is no number written plainly or no whole percentage.
    private func percentWritten(_ expression: ExpressionSyntax) -> String? {
        guard case .number(let digits, nil) = expression.kind,
              let value = Self.numberValue(tree.file.bytes[digits.start..<digits.end]) else { return nil }
        let percent = value * Exact(100)
        guard percent == percent.rounded(scale: 0) else { return nil }
        return "\(percent)%"
    }

    /// `200,000 VND`, as money is often written, read as a list of 200 and 000 VND: the number meant,
    /// `200_000 VND`, or nil for any other expression.
    private func thousandsWithCommas(_ expression: ExpressionSyntax) -> String? {
        guard case .list(let positions) = expression.kind, positions.count > 1 else { return nil }
        var groups: [String] = []
        var rest = ""
        for position in positions {
            guard case .number(let digits, let unit) = tree.operand(position).kind else { return nil }
            let group = text(digits)
            let isFirst = groups.isEmpty
            guard group.allSatisfy({ $0.isASCII && $0.isNumber }), isFirst ? group.count <= 3 : group.count == 3,
                  unit == nil || position == positions.last! else { return nil }
            groups.append(group)
            if unit != nil { rest = text(SourceRange(start: digits.end, end: tree.operand(position).range.end)) }
        }
        return groups.joined(separator: "_") + rest
    }

    private mutating func range(_ lowExpression: ExpressionSyntax, _ likelyExpression: ExpressionSyntax?,
                                _ highExpression: ExpressionSyntax, at range: SourceRange) -> Evaluated? {
        // `2_000_000..5_000_000 VND`: a bare bound takes the unit written on the high one.
        var lowExpression = lowExpression
        var likelyExpression = likelyExpression
        if case .number(_, let unit?) = highExpression.kind {
            lowExpression = Self.withUnit(lowExpression, unit)
            likelyExpression = likelyExpression.map { Self.withUnit($0, unit) }
        }
        guard let low = evaluate(lowExpression), let high = evaluate(highExpression) else { return nil }
        let likely = likelyExpression.flatMap { evaluate($0) }
        if likelyExpression != nil, likely == nil { return nil }
        if let bound = high.estimate.unit != low.estimate.unit ? high
            : likely.flatMap({ $0.estimate.unit != low.estimate.unit ? $0 : nil }) {
            report(.unitMismatch, "the bounds of a range must have the same unit",
                   at: range, help: "\(low.estimate.unit.description) and \(bound.estimate.unit.description) differ")
            return nil
        }
        let middle = likely?.estimate.likely ?? (low.estimate.likely + high.estimate.likely) * Self.half
        guard low.estimate.low <= middle, middle <= high.estimate.high else {
            report(.invalidRange, "a range runs from low to high", at: range,
                   help: likely == nil ? "write the smaller bound first" : "write low..likely..high, in that order")
            return nil
        }
        let estimate = Estimate(low: low.estimate.low, likely: middle, high: high.estimate.high, unit: low.estimate.unit)
        return Evaluated(estimate: estimate,
                         assumptions: low.assumptions.appending(likely?.assumptions ?? []).appending(high.assumptions))
    }

    private static func withUnit(_ expression: ExpressionSyntax, _ unit: UnitSyntax) -> ExpressionSyntax {
        guard case .number(let digits, nil) = expression.kind else { return expression }
        return ExpressionSyntax(kind: .number(digits: digits, unit: unit), range: expression.range)
    }

    private mutating func arithmeticError(_ failure: ArithmeticError, _ op: BinaryOperator, at range: SourceRange) {
        switch failure {
        case .mismatch(let a, let b):
            report(.unitMismatch, "cannot \(op == .add ? "add" : "subtract") \(a.description) and \(b.description)",
                   at: range, help: "both sides of '\(op.rawValue)' need the same unit")
        case .mixedCurrencies(let a, let b):
            report(.mixedCurrencies, "cannot combine \(a) and \(b) in one sum", at: range,
                   help: "convert one side with an exchange rate: 'exchange 1 \(b) = … \(a)' in the ruleset header")
        case .unsupported(let op, let a, let b):
            report(.invalidOperation, "cannot apply '\(op.rawValue)' to \(a.description) and \(b.description)",
                   at: range, help: "money times a duration, for example, has no meaning; a rate times a duration does")
        case .divisionByZero:
            report(.outOfRange, "division by zero", at: range, help: "the divisor can be zero within its range")
        }
    }

    // MARK: - Numbers

    static let half = Exact(numerator: 1, denominator: 2)

    /// `200.000`: one to three digits, a point, exactly three digits — how thousands are grouped in
    /// Vietnamese (and German) writing, and almost never a decimal fraction in a ruleset.
    static func looksLikeThousands(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let point = bytes.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let whole = bytes[..<point]
        let fraction = bytes[bytes.index(after: point)...]
        return (1...3).contains(whole.count) && fraction.count == 3 && !fraction.contains(UInt8(ascii: "."))
            && !whole.contains(UInt8(ascii: "_")) && !whole.elementsEqual("0".utf8)
    }

    /// `_` groups digits: each one stands between two digits.
    static func underscoresBetweenDigits(_ digits: some Sequence<UInt8>) -> Bool {
        var previous: UInt8?
        var afterUnderscore = false
        for byte in digits {
            if byte == UInt8(ascii: "_") {
                guard let previous, Lexer.isDigit(previous) else { return false }
            } else if afterUnderscore, !Lexer.isDigit(byte) {
                return false
            }
            afterUnderscore = byte == UInt8(ascii: "_")
            previous = byte
        }
        return !afterUnderscore
    }

    /// The exact value of a number literal (`150_000`, `1.5`); nil when it has more digits than
    /// `maximumDigits`. Built from its digits, so no locale can change how it reads.
    static func numberValue(_ digits: ArraySlice<UInt8>) -> Exact? {
        // Up to 18 characters, the digits fit in 64 bits: the common case, and quicker than 128.
        if digits.count <= 18 {
            var significand: Int64 = 0
            var fractionDigits = 0
            var inFraction = false
            for byte in digits {
                switch byte {
                case UInt8(ascii: "_"): continue
                case UInt8(ascii: "."): inFraction = true
                default:
                    significand = significand * 10 + Int64(byte - UInt8(ascii: "0"))
                    if inFraction { fractionDigits += 1 }
                }
            }
            // A whole number, the most common by far, is already a fraction in lowest terms.
            if fractionDigits == 0 { return Exact(storage: .small(significand, 1)) }
            return Exact(significand: Int128(significand), exponent: -fractionDigits)
        }
        var significand: Int128 = 0
        var significant = 0
        var fractionDigits = 0
        var inFraction = false
        for byte in digits {
            switch byte {
            case UInt8(ascii: "_"):
                continue
            case UInt8(ascii: "."):
                inFraction = true
            default:
                let digit = Int128(byte - UInt8(ascii: "0"))
                if significant > 0 || digit > 0 { significant += 1 }
                if inFraction { fractionDigits += 1 }
                if significant > Self.maximumDigits { return nil }
                significand = significand * 10 + digit
            }
        }
        return Exact(significand: significand, exponent: -fractionDigits)
    }

    /// The value of a number literal, its digits read from the file's bytes; the text is made only
    /// for a message.
    mutating func number(_ digits: SourceRange, unit: UnitSyntax?, at range: SourceRange) -> Estimate? {
        let bytes = tree.file.bytes[digits.start..<digits.end]
        var underscore = false
        var point = false
        for byte in bytes {
            if byte == UInt8(ascii: "_") { underscore = true } else if byte == UInt8(ascii: ".") { point = true }
        }
        var text: String { self.text(digits) }
        if underscore, !Self.underscoresBetweenDigits(bytes) {
            report(.invalidNumber, "misplaced '_' in number '\(text)'", at: range,
                   help: "'_' separates groups of digits, as in '150_000'")
            return nil
        }
        guard let value = Self.numberValue(bytes) else {
            report(.invalidNumber, "number '\(text.prefix(40))\(text.count > 40 ? "…" : "")' has too many digits",
                   at: range, help: "numbers are exact up to \(Self.maximumDigits) digits")
            return nil
        }
        if point, Self.looksLikeThousands(text) {
            let meant = text.replacingOccurrences(of: ".", with: "_")
            report(.decimalPointAmbiguity, "'\(text)' is read as \(NumberText.plain(value)): '.' is the decimal point",
                   at: range, help: "if you meant \(meant), write it with '_' between the thousands",
                   fixIts: [Diagnostic.FixIt("write '\(meant)'", range: digits, replacement: meant)])
        }
        guard let unit else { return Estimate(value, .number) }
        return measure(value, in: unit)
    }

    /// A number's value in its unit, the unit recognised from the bytes of its words.
    private mutating func measure(_ value: Exact, in unit: UnitSyntax) -> Estimate? {
        let bytes = tree.file.bytes
        switch unit.form {
        case .percent:
            return Estimate(value / 100, .percent)
        case .word:
            let word = bytes[unit.first.start..<unit.first.end]
            // Money is the commonest unit of all: a currency code is known before any word is compared.
            if let currency = Currency(word) { return Estimate(value, .money(currency)) }
            switch UnitWords.timeWord(word) {
            case .min: return Estimate(value, .duration)
            case .h: return Estimate(value * 60, .duration)
            case .workday, .workdays: return Estimate(value, .workdays)
            case .day, .days: return Estimate(value, .days)
            case .year, .years: return Estimate(value, .years)
            case nil: break
            }
        case .per:
            switch text(unit.first) {
            case "year": return Estimate(value, .frequency)
            case "month": return Estimate(value * 12, .frequency)
            default: break
            }
        case .rate:
            let period = text(unit.second)
            if let currency = Currency(bytes[unit.first.start..<unit.first.end]),
               let period = Unit.Period(rawValue: period == "workdays" ? "workday" : period) {
                return Estimate(value, .rate(currency, per: period))
            }
        case .twoWords:
            break
        }
        let written = unit.text(in: tree.file)
        report(.unknownUnit, "unknown unit '\(written)'", at: unit.range, help: UnitWords.help(for: written),
               fixIts: UnitWords.fixIts(for: written, at: unit.range))
        return nil
    }

    // MARK: - Assumptions

    /// The value of a named assumption, evaluating an own one on first use. An own one is counted as
    /// used, unless it is its own declaration asking (`using: false`).
    mutating func assumptionValue(_ name: String, at range: SourceRange, using: Bool = true) -> Evaluated? {
        if let value = assumptionValues[name] {
            if using { usedAssumptions.insert(name) }
            return Evaluated(estimate: value.estimate, assumptions: [name])
        }
        if let symbol = imported[name], symbol.kind == .assumption {
            // An imported assumption without a value failed where it is declared; that error is enough.
            return symbol.value.map { Evaluated(estimate: $0, assumptions: [name]) }
        }
        if let own = declarations[name], own.kind == .assumption {
            if using { usedAssumptions.insert(name) }
            if let start = assumptionsInProgress.firstIndex(of: name) {
                let cycle = assumptionsInProgress[start...] + [name]
                report(.assumptionCycle, "assumption '\(name)' depends on itself: "
                       + cycle.joined(separator: " → "), at: range,
                       help: "one of them must be given as a number")
                return nil
            }
            guard let entry = own.entry.value else { return nil }
            assumptionsInProgress.append(name)
            let value = evaluate(entry)
            assumptionsInProgress.removeLast()
            if let value { assumptionValues[name] = value }
            return value.map { Evaluated(estimate: $0.estimate, assumptions: [name]) }
        }
        if let kind = declarations[name]?.kind ?? imported[name]?.kind {
            report(.wrongKindOfReference, "'\(name)' is \(kind.article), not an assumption", at: range,
                   help: "a value here must be a number with a unit or the name of an 'assume' declaration")
            return nil
        }
        unknownName(name, expected: .symbol(.assumption), among: names(declaredAs: .assumption), at: range)
        return nil
    }

    mutating func unknownName(_ name: String, expected: ExpectedName, among candidates: [String], at range: SourceRange,
                              hint: String? = nil) {
        if importsMissing, expected.isImportable { return }
        if let guess = Suggestion.closest(to: name, in: candidates) {
            report(.unknownReference, "unknown \(expected.word) '\(name)'", at: range, help: "did you mean '\(guess)'?",
                   fixIts: [Diagnostic.FixIt("replace with '\(guess)'", range: range, replacement: guess)])
            return
        }
        let declaration = expected.declaration(of: name)
        let help: String
        if candidates.isEmpty {
            help = "no \(expected.word) is declared here; " + (declaration.map { "declare it \($0)" } ?? "declare it")
                + (expected.isImportable ? ", or import the file that does" : "")
        } else {
            help = (declaration.map { "declare it \($0)" } ?? "declare it") + ", or use one of: "
                + candidates.sorted().prefix(8).map { "'\($0)'" }.joined(separator: ", ")
        }
        report(.unknownReference, "unknown \(expected.word) '\(name)'", at: range, help: help + (hint.map { "; " + $0 } ?? ""))
    }

    func describe(_ expression: ExpressionSyntax) -> String {
        switch expression.kind {
        case .string: "a string"
        case .date: "a date"
        case .identifier: "'\(text(expression.range))'"
        case .list: "a list"
        case .member: "a field reference"
        case .binary(let op, _, _): "a '\(op.rawValue)' expression"
        case .unary(.not, _): "a 'not' expression"
        case .number: "a number"
        default: "an expression"
        }
    }
}
