import Foundation

/// Runs a checked rule condition against one item. Its thresholds are bound to the ruleset's values
/// first (`Condition.binding`): an assumption of the same name, else the rule's own default.
struct ConditionEvaluator {
    let facts: ItemFacts
    let item: ItemFacts.Item
    /// Supposes whether another procedure asks for the document, for counting before the whole
    /// catalog is known (see `BarrierTally`); nil reads it from the facts.
    var askedElsewhere: Bool? = nil

    func holds(_ condition: Condition) -> Bool {
        if case .bool(let value) = evaluate(condition) { return value }
        return false
    }

    private func evaluate(_ condition: Condition) -> ItemFacts.Value {
        switch condition {
        case .field(let kind, let name):
            if kind == .document, name == .askedElsewhere, let askedElsewhere, case .document = item { return .bool(askedElsewhere) }
            return facts.value(kind, name, item: item)
        case .constant(let estimate):
            return .quantity(estimate.likely)
        case .parameter(_, let value):
            return .quantity(value.likely)
        case .not(let inner):
            guard case .bool(let value) = evaluate(inner) else { return .none }
            return .bool(!value)
        case .and(let a, let b):
            return .bool(holds(a) && holds(b))
        case .or(let a, let b):
            return .bool(holds(a) || holds(b))
        case .compare(let op, let a, let b):
            return compare(op, evaluate(a), evaluate(b))
        }
    }

    private func compare(_ op: BinaryOperator, _ a: ItemFacts.Value, _ b: ItemFacts.Value) -> ItemFacts.Value {
        switch (a, b) {
        case (.bool(let x), .bool(let y)):
            return .bool(op == .equal ? x == y : op == .notEqual ? x != y : false)
        case (.quantity(let x), .quantity(let y)):
            switch op {
            case .equal: return .bool(x == y)
            case .notEqual: return .bool(x != y)
            case .less: return .bool(x < y)
            case .lessOrEqual: return .bool(x <= y)
            case .greater: return .bool(x > y)
            case .greaterOrEqual: return .bool(x >= y)
            default: return .none
            }
        default:
            return .bool(false)
        }
    }
}
