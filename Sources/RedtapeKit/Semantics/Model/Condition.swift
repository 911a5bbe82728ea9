/// The kinds of item a barrier rule can look at.
public enum ItemKind: String, CaseIterable, Hashable, Sendable {
    case procedure, document, step, fee
}

/// A checked rule condition: fields of the item under examination, constants and thresholds,
/// combined with comparisons and `and` / `or` / `not`.
public indirect enum Condition: Sendable {
    case field(ItemKind, RuleField)
    case constant(Estimate)
    /// A threshold named by an assumption; a ruleset may declare its own value under the same name.
    case parameter(String, Estimate)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case compare(BinaryOperator, Condition, Condition)
}

/// A field a rule condition may read, by its name as written (`document.certified`): the checker
/// resolves each name once, so that a rule run on every item of a catalog switches on a case instead
/// of comparing names.
public enum RuleField: String, Sendable {
    case online, inPersonOnly = "in_person_only", fullOnline = "full_online", paperOnly = "paper_only"
    case visits, agencies, submissions, steps, documents, elapsed, limit, exceedsLimit = "exceeds_limit"
    case valid, cases, hours, cost, annualCost = "annual_cost", certified, notarised, heldBy = "held_by"
    case openEnded = "open_ended", askedTwice = "asked_twice", askedElsewhere = "asked_elsewhere", originals
    case copies, prepare, byAgency = "by_agency", byApplicant = "by_applicant", hasLimit = "has_limit"
    case within, inPerson = "in_person", effort, hasBasis = "has_basis", waivedOnline = "waived_online"
    case outsideLimit = "outside_limit"
    case amount, deposit, hasDeposit = "has_deposit"
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
        public let field: RuleField
        public let type: FieldType
        public let meaning: String

        public var name: String { field.rawValue }

        init(_ field: RuleField, type: FieldType, meaning: String) {
            self.field = field
            self.type = type
            self.meaning = meaning
        }
    }

    public static let all: [ItemKind: [Field]] = [
        .procedure: [
            Field(.online, type: .bool, meaning: "offers an online channel"),
            Field(.inPersonOnly, type: .bool, meaning: "in person is its only channel"),
            Field(.fullOnline, type: .bool,
                  meaning: "can be done entirely online: an online channel, every applicant step offered online, a result not on paper only"),
            Field(.paperOnly, type: .bool, meaning: "every result it gives is on paper"),
            Field(.visits, type: .quantity(.number), meaning: "in-person visits for a case filed in person"),
            Field(.agencies, type: .quantity(.number), meaning: "agencies involved"),
            Field(.submissions, type: .quantity(.number), meaning: "separate submissions by the applicant"),
            Field(.steps, type: .quantity(.number), meaning: "steps"),
            Field(.documents, type: .quantity(.number), meaning: "documents asked for"),
            Field(.elapsed, type: .quantity(.workdays), meaning: "elapsed working days along the critical path"),
            Field(.limit, type: .quantity(.workdays), meaning: "the statutory time limit, in working days"),
            Field(.exceedsLimit, type: .bool, meaning: "the steps' limits add up to more than the statutory limit (the days of steps outside it left out)"),
            Field(.valid, type: .quantity(.years), meaning: "how long the result is valid"),
            Field(.cases, type: .quantity(.frequency), meaning: "cases a year"),
            Field(.hours, type: .quantity(.duration), meaning: "the applicant's time a case"),
            Field(.cost, type: .quantity(.money), meaning: "the cost of a case"),
            Field(.annualCost, type: .quantity(.money), meaning: "the annual burden"),
        ],
        .document: [
            Field(.certified, type: .bool, meaning: "copies must be certified"),
            Field(.notarised, type: .bool, meaning: "copies must be notarised"),
            Field(.heldBy, type: .bool, meaning: "a state registry already holds the data"),
            Field(.openEnded, type: .bool, meaning: "an open requirement (\"other documents as requested\")"),
            Field(.askedTwice, type: .bool,
                  meaning: "the same document is asked for twice in the procedure (same name, or handed in at two steps)"),
            Field(.askedElsewhere, type: .bool, meaning: "another procedure of the catalog asks for the same document"),
            Field(.originals, type: .quantity(.number), meaning: "originals asked for"),
            Field(.copies, type: .quantity(.number), meaning: "copies asked for"),
            Field(.prepare, type: .quantity(.duration), meaning: "time to prepare it"),
            Field(.cost, type: .quantity(.money), meaning: "its out-of-pocket cost"),
        ],
        .step: [
            Field(.byAgency, type: .bool, meaning: "done by an agency"),
            Field(.byApplicant, type: .bool, meaning: "done by the applicant"),
            Field(.hasLimit, type: .bool, meaning: "has a processing time limit"),
            Field(.within, type: .quantity(.workdays), meaning: "its time limit, in working days"),
            Field(.outsideLimit, type: .bool, meaning: "its days are outside the statutory limit"),
            Field(.online, type: .bool, meaning: "can be done online"),
            Field(.inPerson, type: .bool, meaning: "can be done in person"),
            Field(.effort, type: .quantity(.duration), meaning: "the applicant's time on it"),
            Field(.visits, type: .quantity(.number), meaning: "in-person visits it takes when done in person"),
            Field(.hasDeposit, type: .bool, meaning: "asks the applicant to place money and get it back (a deposit above nothing)"),
            Field(.deposit, type: .quantity(.money), meaning: "the money the applicant places and gets back"),
        ],
        .fee: [
            Field(.hasBasis, type: .bool, meaning: "cites a legal basis"),
            Field(.waivedOnline, type: .bool, meaning: "is waived online"),
            Field(.amount, type: .quantity(.money), meaning: "its amount, as 'amount' without a channel or segment gives it, within its bounds"),
        ],
    ]

    public static func field(_ kind: ItemKind, _ name: String) -> Field? {
        all[kind]?.first { $0.name == name }
    }
}
