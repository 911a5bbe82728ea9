/// Rule conditions: field references checked against `RuleFields`, thresholds resolved to assumptions,
/// and the types of every comparison checked before any rule runs.
extension Checker {
    struct CheckedCondition {
        let condition: Condition
        let type: FieldType
        /// The kinds of item whose fields the condition reads.
        let kinds: Set<ItemKind>
    }

    mutating func checkCondition(_ expression: ExpressionSyntax) -> CheckedCondition? {
        switch expression.kind {
        case .member(let base, let member):
            let base = tree.operand(base)
            let name = Name(text: text(member), range: member)
            guard case .identifier = base.kind, let kind = ItemKind(rawValue: text(base.range)) else {
                report(.unknownField, "a field belongs to 'procedure', 'document', 'step' or 'fee'", at: base.range,
                       help: "write, for example, document.certified or step.within")
                return nil
            }
            guard let field = RuleFields.field(kind, name.text) else {
                let names = RuleFields.all[kind]?.map(\.name) ?? []
                let guess = Suggestion.closest(to: name.text, in: names)
                report(.unknownField, "\(kind.rawValue) has no field '\(name.text)'", at: name.range,
                       help: guess.map { "did you mean '\($0)'?" } ?? "its fields are: " + names.joined(separator: ", "),
                       fixIts: guess.map { [Diagnostic.FixIt("replace with '\($0)'", range: name.range, replacement: $0)] } ?? [])
                return nil
            }
            return CheckedCondition(condition: .field(kind, field.field), type: field.type, kinds: [kind])
        case .identifier where ItemKind(rawValue: text(expression.range)) != nil:
            let name = text(expression.range)
            report(.unknownField, "'\(name)' needs a field", at: expression.range,
                   help: "write \(name).<field>, such as " + (RuleFields.all[ItemKind(rawValue: name)!]?.first.map { "\(name).\($0.name)" } ?? ""))
            return nil
        case .identifier:
            let name = text(expression.range)
            guard let value = assumptionValue(name, at: expression.range) else { return nil }
            return CheckedCondition(condition: .parameter(name, value.estimate),
                                    type: .quantity(.init(value.estimate.unit)), kinds: [])
        case .number, .range, .binary(.add, _, _), .binary(.subtract, _, _), .binary(.multiply, _, _),
             .binary(.divide, _, _), .unary(.negate, _):
            guard let value = evaluate(expression) else { return nil }
            return CheckedCondition(condition: .constant(value.estimate), type: .quantity(.init(value.estimate.unit)), kinds: [])
        case .parenthesized(let inner):
            return checkCondition(tree.operand(inner))
        case .unary(.not, let operand):
            guard let inner = checkBoolean(tree.operand(operand)) else { return nil }
            return CheckedCondition(condition: .not(inner.condition), type: .bool, kinds: inner.kinds)
        case .binary(let op, let left, let right) where op == .and || op == .or:
            guard let a = checkBoolean(tree.operand(left)), let b = checkBoolean(tree.operand(right)) else { return nil }
            let combined: Condition = op == .and ? .and(a.condition, b.condition) : .or(a.condition, b.condition)
            return CheckedCondition(condition: combined, type: .bool, kinds: a.kinds.union(b.kinds))
        case .binary(let op, let left, let right):
            guard let a = checkCondition(tree.operand(left)), let b = checkCondition(tree.operand(right)) else { return nil }
            let ordering = [BinaryOperator.less, .lessOrEqual, .greater, .greaterOrEqual].contains(op)
            if a.type != b.type || ordering && a.type == .bool {
                report(.conditionType, "cannot compare \(describe(a.type)) with \(describe(b.type)) using '\(op.rawValue)'",
                       at: expression.range, help: "compare a field with a value of the same kind, such as step.within > 15 workdays")
                return nil
            }
            return CheckedCondition(condition: .compare(op, a.condition, b.condition), type: .bool, kinds: a.kinds.union(b.kinds))
        default:
            report(.conditionType, "a condition cannot use \(describe(expression))", at: expression.range,
                   help: "combine fields, numbers and assumptions with comparisons and 'and', 'or', 'not'")
            return nil
        }
    }

    private mutating func checkBoolean(_ expression: ExpressionSyntax) -> CheckedCondition? {
        guard let checked = checkCondition(expression) else { return nil }
        guard checked.type == .bool else {
            report(.conditionType, "expected a yes-or-no condition, found \(describe(checked.type))", at: expression.range,
                   help: "compare it with a value, such as document.copies > 0")
            return nil
        }
        return checked
    }

    private func describe(_ type: FieldType) -> String {
        switch type {
        case .bool: "a yes-or-no value"
        case .quantity(let kind): kind == .number ? "a number" : "a quantity (\(kind.rawValue))"
        }
    }
}
