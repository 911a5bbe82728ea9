/// The kinds of item a barrier rule can look at.
public enum ItemKind: String, CaseIterable, Hashable, Sendable {
    case procedure, document, step, fee
}

/// A checked rule condition: fields of the item under examination, constants and thresholds,
/// combined with comparisons and `and` / `or` / `not`.
public indirect enum Condition: Sendable {
    case field(ItemKind, String)
    case constant(Estimate)
    /// A threshold named by an assumption; a ruleset may declare its own value under the same name.
    case parameter(String, Estimate)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case compare(BinaryOperator, Condition, Condition)
}

/// What a field of an item holds, for checking conditions before they run.
public enum FieldType: Hashable, Sendable {
    case bool
    case quantity(QuantityKind)

    public enum QuantityKind: String, Hashable, Sendable {
        case number, duration, workdays, years, money, frequency, percent

        init(_ unit: Unit) {
            switch unit {
            case .number: self = .number
            case .percent: self = .percent
            case .money, .rate: self = .money
            case .duration: self = .duration
            case .workdays, .days: self = .workdays
            case .years: self = .years
            case .frequency: self = .frequency
            }
        }
    }
}

/// Every field a rule condition may read, with what it holds and what it means (listed in docs/LANGUAGE.md).
public enum RuleFields {
    public struct Field: Sendable {
        public let name: String
        public let type: FieldType
        public let meaning: String
    }

    public static let all: [ItemKind: [Field]] = [
        .procedure: [
            Field(name: "online", type: .bool, meaning: "offers an online channel"),
            Field(name: "in_person_only", type: .bool, meaning: "in person is its only channel"),
            Field(name: "full_online", type: .bool,
                  meaning: "can be done entirely online: an online channel, every applicant step offered online, a result not on paper only"),
            Field(name: "paper_only", type: .bool, meaning: "every result it gives is on paper"),
            Field(name: "visits", type: .quantity(.number), meaning: "in-person visits for a case filed in person"),
            Field(name: "agencies", type: .quantity(.number), meaning: "agencies involved"),
            Field(name: "submissions", type: .quantity(.number), meaning: "separate submissions by the applicant"),
            Field(name: "steps", type: .quantity(.number), meaning: "steps"),
            Field(name: "documents", type: .quantity(.number), meaning: "documents asked for"),
            Field(name: "elapsed", type: .quantity(.workdays), meaning: "elapsed working days along the critical path"),
            Field(name: "limit", type: .quantity(.workdays), meaning: "the statutory time limit, in working days"),
            Field(name: "exceeds_limit", type: .bool, meaning: "the steps' limits add up to more than the statutory limit"),
            Field(name: "valid", type: .quantity(.years), meaning: "how long the result is valid"),
            Field(name: "cases", type: .quantity(.frequency), meaning: "cases a year"),
            Field(name: "hours", type: .quantity(.duration), meaning: "the applicant's time a case"),
            Field(name: "cost", type: .quantity(.money), meaning: "the cost of a case"),
            Field(name: "annual_cost", type: .quantity(.money), meaning: "the annual burden"),
        ],
        .document: [
            Field(name: "certified", type: .bool, meaning: "copies must be certified"),
            Field(name: "notarised", type: .bool, meaning: "copies must be notarised"),
            Field(name: "held_by", type: .bool, meaning: "a state registry already holds the data"),
            Field(name: "open_ended", type: .bool, meaning: "an open requirement (\"other documents as requested\")"),
            Field(name: "asked_twice", type: .bool,
                  meaning: "the same document is asked for twice in the procedure (same name, or handed in at two steps)"),
            Field(name: "asked_elsewhere", type: .bool, meaning: "another procedure of the catalog asks for the same document"),
            Field(name: "originals", type: .quantity(.number), meaning: "originals asked for"),
            Field(name: "copies", type: .quantity(.number), meaning: "copies asked for"),
            Field(name: "prepare", type: .quantity(.duration), meaning: "time to prepare it"),
            Field(name: "cost", type: .quantity(.money), meaning: "its out-of-pocket cost"),
        ],
        .step: [
            Field(name: "by_agency", type: .bool, meaning: "done by an agency"),
            Field(name: "by_applicant", type: .bool, meaning: "done by the applicant"),
            Field(name: "has_limit", type: .bool, meaning: "has a processing time limit"),
            Field(name: "within", type: .quantity(.workdays), meaning: "its time limit, in working days"),
            Field(name: "online", type: .bool, meaning: "can be done online"),
            Field(name: "in_person", type: .bool, meaning: "can be done in person"),
            Field(name: "effort", type: .quantity(.duration), meaning: "the applicant's time on it"),
            Field(name: "visits", type: .quantity(.number), meaning: "in-person visits it takes when done in person"),
        ],
        .fee: [
            Field(name: "has_basis", type: .bool, meaning: "cites a legal basis"),
            Field(name: "waived_online", type: .bool, meaning: "is waived online"),
            Field(name: "amount", type: .quantity(.money), meaning: "its amount"),
        ],
    ]

    public static func field(_ kind: ItemKind, _ name: String) -> Field? {
        all[kind]?.first { $0.name == name }
    }
}
