import Foundation

/// The values of the fields a rule condition can read, for one procedure and its items.
///
/// Built once per procedure and read by every rule, so what several rules ask (a document's identity,
/// whether it is asked for twice) is worked out once. A class, so that the evaluators of the many
/// rules share it rather than copy the procedure and its assessment for each condition.
final class ItemFacts {
    let procedure: Procedure
    let assessment: ProcedureAssessment
    let context: AssessmentContext
    /// Normalised document names asked for by more than one procedure.
    let sharedDocuments: [DocumentKey: SharedDocument]
    /// Each document's identity across procedures (`key`), in the procedure's order.
    let documentKeys: [DocumentKey]
    /// Whether each document is asked for twice within the procedure.
    private let askedTwice: [Bool]
    /// The channels the procedure offers: a few, looked through rather than hashed.
    private let channels: [Channel]
    /// Whether the procedure or one of its items accepts a finding on the record (`allow`): most do
    /// not, and then no item is searched for an allowance, rule by rule.
    let allows: Bool

    /// One item of the procedure under examination, by its position in the procedure.
    enum Item {
        case procedure
        case document(Int)
        case step(Int)
        case fee(Int)
    }

    enum Value {
        case bool(Bool)
        case quantity(Exact)
        /// A field with no value, such as the time limit of a step that has none: every comparison is false.
        case none
    }

    /// Document identities already worked out, by the text they come from: the procedures of one
    /// file ask for the same few documents over and over. Found by the text's bytes: working out an
    /// identity costs less than normalising a name in Vietnamese to hash it, and two spellings of one
    /// name are merely worked out twice, to the same identity.
    struct Identities {
        private var known: [SpellingKey: DocumentKey] = [:]

        mutating func key(_ document: Document) -> DocumentKey {
            let text = SpellingKey(ItemFacts.keyText(of: document))
            if let key = known[text] { return key }
            let key = DocumentKey(ItemFacts.identity(text.text))
            known[text] = key
            return key
        }
    }

    init(procedure: Procedure, assessment: ProcedureAssessment, context: AssessmentContext,
         sharedDocuments: [DocumentKey: SharedDocument], identities: inout Identities) {
        self.procedure = procedure
        self.assessment = assessment
        self.context = context
        self.sharedDocuments = sharedDocuments
        channels = procedure.channels.map(\.channel)
        allows = !procedure.allowances.isEmpty || procedure.documents.contains { !$0.allowances.isEmpty }
            || procedure.steps.contains { !$0.allowances.isEmpty } || procedure.fees.contains { !$0.allowances.isEmpty }
        let keys = procedure.documents.map { identities.key($0) }
        documentKeys = keys
        // The documents whose identity another of the procedure's documents shares.
        let repeated = keys.count > 16 ? Self.repeated(keys) : keys.map { key in keys.count { $0 == key } > 1 }
        var submittingSteps = NameTable<Int>()
        for step in procedure.steps {
            var named = NameSet()
            for reference in step.submits where named.insert(reference.name).inserted {
                let (inserted, position) = submittingSteps.insert(reference.name, 1)
                if !inserted { submittingSteps[position: position] += 1 }
            }
        }
        askedTwice = zip(procedure.documents, repeated).map { document, repeated in
            repeated || submittingSteps[document.declared.id] ?? 0 > 1
        }
    }

    /// Whether each key occurs more than once, counted in a table: for the rare procedure with many documents.
    private static func repeated(_ keys: [DocumentKey]) -> [Bool] {
        var counts: [DocumentKey: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        return keys.map { counts[$0, default: 0] > 1 }
    }

    /// The value of `kind.field` for the procedure, or for the item under examination; `.none` when
    /// the condition reads a field of another kind of item than the one examined.
    func value(_ kind: ItemKind, _ field: RuleField, item: Item) -> Value {
        switch (kind, item) {
        case (.procedure, _): procedureValue(field)
        case (.document, .document(let index)): documentValue(field, index)
        case (.step, .step(let index)): stepValue(field, procedure.steps[index])
        case (.fee, .fee(let index)): feeValue(field, procedure.fees[index])
        default: .none
        }
    }

    private func procedureValue(_ field: RuleField) -> Value {
        let counts = assessment.counts
        switch field {
        case .online: return .bool(channels.contains(.online))
        case .inPersonOnly: return .bool(!channels.isEmpty && channels.allSatisfy { $0 == .inPerson })
        case .fullOnline:
            let stepsOnline = procedure.steps.filter { $0.actor == .applicant }.allSatisfy { $0.channels?.contains(.online) ?? true }
            let resultOnline = !procedure.results.contains { $0.form == .paper }
            return .bool(channels.contains(.online) && stepsOnline && resultOnline)
        case .paperOnly: return .bool(!procedure.results.isEmpty && procedure.results.allSatisfy { $0.form == .paper })
        case .visits: return .quantity(counts.visitsInPerson)
        case .agencies: return .quantity(Exact(counts.agencies))
        case .submissions: return .quantity(Exact(counts.submissions))
        case .steps: return .quantity(Exact(counts.steps))
        case .documents: return .quantity(Exact(counts.documents))
        case .elapsed: return .quantity(assessment.elapsed.workdays.likely)
        case .limit: return assessment.elapsed.statutoryWorkdays.map { .quantity($0.likely) } ?? .none
        case .exceedsLimit: return .bool(assessment.elapsed.exceedsLimit)
        case .valid: return procedure.validity.map { .quantity($0.value.likely) } ?? .none
        case .cases: return .quantity(assessment.annualCases.likely)
        case .hours: return .quantity(assessment.hours.likely * 60)
        case .cost: return .quantity(assessment.cost.likely)
        case .annualCost: return .quantity(assessment.annualCost.likely)
        default: return .none
        }
    }

    private func documentValue(_ field: RuleField, _ index: Int) -> Value {
        let document = procedure.documents[index]
        switch field {
        case .certified: return .bool(document.certified)
        case .notarised: return .bool(document.notarised)
        case .heldBy: return .bool(document.heldBy != nil)
        case .openEnded: return .bool(document.openEnded)
        case .askedTwice: return .bool(askedTwice[index])
        case .askedElsewhere: return .bool(sharedDocuments[documentKeys[index]] != nil)
        case .originals: return .quantity(Exact(document.originals))
        case .copies: return .quantity(Exact(document.copies))
        case .prepare: return document.prepare.map { .quantity($0.value.likely) } ?? .quantity(0)
        case .cost: return .quantity(context.money(document.cost, .likely))
        default: return .none
        }
    }

    private func stepValue(_ field: RuleField, _ step: Step) -> Value {
        switch field {
        case .byAgency: if case .agency = step.actor { return .bool(true) } else { return .bool(false) }
        case .byApplicant: return .bool(step.actor == .applicant)
        case .hasLimit: return .bool(step.within != nil)
        case .outsideLimit: return .bool(step.outsideLimit)
        case .within:
            guard let within = step.within else { return .none }
            if within.value.unit == .days {
                let end = context.calendar.adding(calendarDays: within.value.likely.ceilingInt, to: context.startDay)
                return .quantity(Exact(context.calendar.workingDays(from: context.startDay, to: end)))
            }
            return .quantity(within.value.likely)
        case .online: return .bool(step.channels?.contains(.online) ?? procedure.channels.contains { $0.channel == .online })
        case .inPerson: return .bool(step.channels?.contains(.inPerson) ?? procedure.channels.contains { $0.channel == .inPerson })
        case .effort: return .quantity(step.effort?.value.likely ?? 0)
        case .visits: return .quantity(step.visits?.value.likely ?? 1)
        case .deposit: return .quantity(context.money(step.deposit, .likely))
        // `deposit 0 VND`, a deposit abolished and its line kept, holds nothing.
        case .hasDeposit: return .bool(context.money(step.deposit, .high) > 0)
        default: return .none
        }
    }

    private func feeValue(_ field: RuleField, _ fee: Fee) -> Value {
        switch field {
        case .hasBasis: return .bool(!fee.basis.isEmpty)
        case .waivedOnline: return .bool(fee.waivedFor.contains { $0.name == Channel.online.rawValue })
        case .amount: return .quantity(context.bounded(context.money(fee.amount, .likely), by: fee, .likely))
        default: return .none
        }
    }

    /// A document's identity across procedures: its form if it names one, else its name, in lower case
    /// with runs of white space folded to one space and none at either end.
    static func key(_ document: Document) -> DocumentKey {
        DocumentKey(identity(keyText(of: document)))
    }

    /// What a document's identity is worked out from.
    static func keyText(of document: Document) -> String {
        document.form ?? document.declared.name ?? document.declared.id
    }

    /// `text` in lower case, scalar by scalar as `lowercased()` maps it, with runs of white space
    /// folded to one space and none at either end. Built as bytes: every document of a national
    /// catalog passes through here, and most of their names are largely ASCII.
    static func identity(_ text: String) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar) {
            if isWhitespace(scalar) {
                pendingSpace = !folded.isEmpty
                return
            }
            if pendingSpace {
                folded.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            folded.append(contentsOf: UTF8.encode(scalar)!)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                append(Unicode.Scalar((0x41...0x5A).contains(value) ? value + 0x20 : value))
            } else if !scalar.properties.changesWhenLowercased {
                // Most letters of a Vietnamese name are lower case already: no mapping to build.
                append(scalar)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Unicode's White_Space property, which is fixed: looked up by value rather than in the
    /// character database, for every letter of every document name.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
