/// Expressions, from the loosest operator to the tightest:
/// `or` · `and` · `not` · comparisons · ranges (`..`) · `+ -` · `* /` · unary `-` · `.member` · literals.
extension Parser {
    /// One argument of an entry: an expression, or a comma-separated list of them.
    mutating func parseArgument() -> ExpressionSyntax {
        let first = parseExpression()
        guard current.kind == .comma else { return first }
        var items = [first]
        while current.kind == .comma {
            advance()
            skipNewlines()
            items.append(parseExpression())
        }
        return ExpressionSyntax(kind: .list(keep(items)), range: first.range.union(items.last!.range))
    }

    mutating func parseExpression() -> ExpressionSyntax {
        expressionDepth += 1
        defer { expressionDepth -= 1 }
        if expressionDepth > Self.maximumExpressionDepth {
            error(.nestingTooDeep, "expression is nested more than \(Self.maximumExpressionDepth) deep",
                  at: current.range, help: "split it into named assumptions")
            skipLine()
            return ExpressionSyntax(kind: .missing, range: .at(current.start))
        }
        // Most arguments are a lone name, number or string: read it, and climb the operators only if one follows.
        guard current.kind != .minus, !isWord("not") else { return parseOr() }
        let first = parsePostfix()
        return continuesExpression ? parseOr(first: first) : first
    }

    /// Whether an operator follows, so that the expression read so far is an operand of a larger one.
    private var continuesExpression: Bool {
        switch current.kind {
        case .plus, .minus, .star, .slash, .dotDot, .equalEquals, .notEquals, .less, .lessEquals, .greater, .greaterEquals:
            true
        default:
            isWord("and") || isWord("or")
        }
    }

    // Each level takes the expression's leftmost operand when it has been read already.

    private mutating func parseOr(first: ExpressionSyntax? = nil) -> ExpressionSyntax {
        var left = parseAnd(first: first)
        while isWord("or") {
            advance()
            skipNewlines()
            left = binary(.or, left, parseAnd())
        }
        return left
    }

    private mutating func parseAnd(first: ExpressionSyntax? = nil) -> ExpressionSyntax {
        var left = parseNot(first: first)
        while isWord("and") {
            advance()
            skipNewlines()
            left = binary(.and, left, parseNot())
        }
        return left
    }

    private mutating func parseNot(first: ExpressionSyntax? = nil) -> ExpressionSyntax {
        guard first == nil, isWord("not") else { return parseComparison(first: first) }
        let start = current.start
        advance()
        let operand = parseNot()
        return ExpressionSyntax(kind: .unary(.not, keep(operand)), range: SourceRange(start: start, end: operand.range.end))
    }

    private mutating func parseComparison(first: ExpressionSyntax? = nil) -> ExpressionSyntax {
        let left = parseRange(first: first)
        let op: BinaryOperator
        switch current.kind {
        case .equalEquals: op = .equal
        case .notEquals: op = .notEqual
        case .less: op = .less
        case .lessEquals: op = .lessOrEqual
        case .greater: op = .greater
        case .greaterEquals: op = .greaterOrEqual
        default: return left
        }
        advance()
        skipNewlines()
        return binary(op, left, parseRange())
    }

    private mutating func parseRange(first: ExpressionSyntax? = nil) -> ExpressionSyntax {
        let low = parseAdditive(first: first)
        guard current.kind == .dotDot else { return low }
        advance()
        let second = parseAdditive()
        guard current.kind == .dotDot else {
            return ExpressionSyntax(kind: .range(low: keep(low), likely: nil, high: keep(second)), range: low.range.union(second.range))
        }
        advance()
        let high = parseAdditive()
        return ExpressionSyntax(kind: .range(low: keep(low), likely: keep(second), high: keep(high)),
                                range: low.range.union(high.range))
    }

    private mutating func parseAdditive(first: ExpressionSyntax? = nil) -> ExpressionSyntax {
        var left = parseMultiplicative(first: first)
        while current.kind == .plus || current.kind == .minus {
            let op: BinaryOperator = current.kind == .plus ? .add : .subtract
            advance()
            skipNewlines()
            left = binary(op, left, parseMultiplicative())
        }
        return left
    }

    private mutating func parseMultiplicative(first: ExpressionSyntax? = nil) -> ExpressionSyntax {
        var left = first ?? parseUnary()
        while current.kind == .star || current.kind == .slash {
            let op: BinaryOperator = current.kind == .star ? .multiply : .divide
            advance()
            skipNewlines()
            left = binary(op, left, parseUnary())
        }
        return left
    }

    private mutating func parseUnary() -> ExpressionSyntax {
        guard current.kind == .minus else { return parsePostfix() }
        let start = current.start
        advance()
        let operand = parseUnary()
        return ExpressionSyntax(kind: .unary(.negate, keep(operand)), range: SourceRange(start: start, end: operand.range.end))
    }

    private mutating func parsePostfix() -> ExpressionSyntax {
        var base = parsePrimary()
        while current.kind == .dot {
            if case .number(let digits, nil) = base.kind, peek().kind == .number {
                let written = file.text(digits) + "." + self.text(peek())
                // `1.200.000`, thousands as Vietnamese writes them: the number meant is offered.
                let groups = written.split(separator: ".", omittingEmptySubsequences: false)
                let thousands = groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
                    && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
                let range = base.range.union(peek().range)
                let meant = groups.joined(separator: "_")
                error(.invalidNumber, "'\(written)' is not a number: '.' is the decimal point", at: range,
                      help: thousands ? "write thousands with '_': \(meant)" : "write thousands with '_', as in 1_234_567",
                      fixIts: thousands ? [Diagnostic.FixIt("write '\(meant)'", range: range, replacement: meant)] : [])
                return base
            }
            advance()
            guard current.kind == .identifier else {
                error(.expectedName, "expected a field name after '.', found \(describe(current))", at: current.range)
                return base
            }
            let name = current.range
            advance()
            base = ExpressionSyntax(kind: .member(keep(base), name: name), range: base.range.union(name))
        }
        return base
    }

    // MARK: - Literals

    private mutating func parsePrimary() -> ExpressionSyntax {
        let token = current
        switch token.kind {
        case .number:
            advance()
            let unit = parseUnit(after: token)
            return ExpressionSyntax(kind: .number(digits: token.range, unit: unit),
                              range: SourceRange(start: token.start, end: unit?.range.end ?? token.end))
        case .string:
            advance()
            checkEscapes(token)
            return ExpressionSyntax(kind: .string, range: token.range)
        case .date:
            advance()
            return ExpressionSyntax(kind: .date, range: token.range)
        case .identifier:
            advance()
            return ExpressionSyntax(kind: .identifier, range: token.range)
        case .leftParen:
            advance()
            skipNewlines()
            let inner = parseExpression()
            skipNewlines()
            guard current.kind == .rightParen else {
                error(.expectedToken, "expected ')' to close '('", at: current.range,
                      notes: [Diagnostic.Note("'(' is here", at: location(token.range))])
                return inner
            }
            let close = current
            advance()
            return ExpressionSyntax(kind: .parenthesized(keep(inner)), range: SourceRange(start: token.start, end: close.end))
        case .invalid:
            // The lexer has reported it; end the line quietly.
            lineHadError = true
            advance()
            return ExpressionSyntax(kind: .missing, range: token.range)
        default:
            error(.expectedValue, "expected a value, found \(describe(token))", at: token.range)
            return ExpressionSyntax(kind: .missing, range: .at(token.start))
        }
    }

    /// The unit after a number: `%`, `min`, `h`, `workdays`, `days`, `years`, a currency code,
    /// a rate such as `VND/h`, or `per year`. Recognised from its bytes: almost every number has one.
    private mutating func parseUnit(after number: Token) -> UnitSyntax? {
        let token = current
        // `30 %`, as some house styles space it, is read as `30%` (and `fmt` closes the gap).
        if token.kind == .percent {
            advance()
            return UnitSyntax(form: .percent, first: token.range, second: token.range, range: token.range)
        }
        guard token.kind == .identifier else { return nil }
        if isWord("per"), peek().kind == .identifier {
            let period = peek()
            advance()
            advance()
            return UnitSyntax(form: .per, first: period.range, second: period.range, range: token.range.union(period.range))
        }
        // `5 working days`, as the law words it: read as one unit, so the checker can say it is `workdays`.
        if peek().kind == .identifier, UnitWords.isTwoWordUnit(text(token), text(peek())) {
            let second = peek()
            advance()
            advance()
            return UnitSyntax(form: .twoWords, first: token.range, second: second.range, range: token.range.union(second.range))
        }
        guard UnitWords.isUnitWord(bytes(of: token)) else {
            // `30 mins`, `5 wrokdays`: read as a unit, so the checker can say which one was meant.
            guard UnitWords.isLikelyUnit(text(token)) else { return nil }
            advance()
            return UnitSyntax(form: .word, first: token.range, second: token.range, range: token.range)
        }
        advance()
        if current.kind == .slash, peek().kind == .identifier, UnitWords.timeWord(bytes(of: peek())) != nil
            || current.start == token.end && peek().start == current.end && UnitWords.isLikelyPeriod(text(peek())) {
            let period = peek()
            advance()
            advance()
            return UnitSyntax(form: .rate, first: token.range, second: period.range, range: token.range.union(period.range))
        }
        return UnitSyntax(form: .word, first: token.range, second: token.range, range: token.range)
    }

    // MARK: - Strings

    /// Reports the escapes of a string that the language does not know; the checker reads its value.
    private mutating func checkEscapes(_ token: Token) {
        guard bytes(of: token).contains(UInt8(ascii: "\\")) else { return }
        for escape in file.unknownEscapes(in: token.range) {
            error(.invalidEscape, "unknown escape '\(file.text(escape))' in string", at: escape,
                  help: "strings know '\\\"', '\\\\', '\\n' and '\\t'; write '\\\\' for a backslash")
        }
    }

    // MARK: - Helpers

    mutating func skipNewlines() {
        while current.kind == .newline {
            advance()
        }
    }

    /// Whether the current token is the identifier `word`, compared byte by byte without making a string.
    func isWord(_ word: StaticString) -> Bool {
        let token = current
        guard token.kind == .identifier, token.end - token.start == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            var index = 0
            while index < expected.count {
                if bytes[token.start + index] != expected[index] { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func binary(_ op: BinaryOperator, _ left: ExpressionSyntax, _ right: ExpressionSyntax) -> ExpressionSyntax {
        ExpressionSyntax(kind: .binary(op, keep(left), keep(right)), range: left.range.union(right.range))
    }
}
