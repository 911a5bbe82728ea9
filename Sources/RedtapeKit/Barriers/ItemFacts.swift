import Foundation

/// The values of the fields a rule condition can read, for one procedure and its items.
struct ItemFacts {
    let procedure: Procedure
    let assessment: ProcedureAssessment
    let context: AssessmentContext
    /// Normalised document names asked for by more than one procedure.
    let sharedDocuments: [String: SharedDocument]

    enum Value {
        case bool(Bool)
        case quantity(Decimal)
        /// A field with no value, such as the time limit of a step that has none: every comparison is false.
        case none
    }

    /// The value of `kind.field` for the procedure, or for the item of that kind under examination.
    func value(_ kind: ItemKind, _ field: String, item: Any?) -> Value {
        switch kind {
        case .procedure: procedureValue(field)
        case .document: (item as? Document).map { documentValue(field, $0) } ?? .none
        case .step: (item as? Step).map { stepValue(field, $0) } ?? .none
        case .fee: (item as? Fee).map { feeValue(field, $0) } ?? .none
        }
    }

    private func procedureValue(_ field: String) -> Value {
        let channels = Set(procedure.channels.map(\.channel))
        let counts = assessment.counts
        switch field {
        case "online": return .bool(channels.contains(.online))
        case "in_person_only": return .bool(channels == [.inPerson])
        case "full_online":
            let stepsOnline = procedure.steps.filter { $0.actor == .applicant }.allSatisfy { $0.channels?.contains(.online) ?? true }
            let resultOnline = !procedure.results.contains { $0.form == .paper }
            return .bool(channels.contains(.online) && stepsOnline && resultOnline)
        case "paper_only": return .bool(!procedure.results.isEmpty && procedure.results.allSatisfy { $0.form == .paper })
        case "visits": return .quantity(Decimal(counts.visitsInPerson))
        case "agencies": return .quantity(Decimal(counts.agencies))
        case "submissions": return .quantity(Decimal(counts.submissions))
        case "steps": return .quantity(Decimal(counts.steps))
        case "documents": return .quantity(Decimal(counts.documents))
        case "elapsed": return .quantity(assessment.elapsed.workdays.likely)
        case "limit": return assessment.elapsed.statutoryWorkdays.map { .quantity($0.likely) } ?? .none
        case "exceeds_limit": return .bool(assessment.elapsed.exceedsLimit)
        case "valid": return procedure.validity.map { .quantity($0.value.likely) } ?? .none
        case "cases": return .quantity(assessment.annualCases.likely)
        case "hours": return .quantity(assessment.hours.likely * 60)
        case "cost": return .quantity(assessment.cost.likely)
        case "annual_cost": return .quantity(assessment.annualCost.likely)
        default: return .none
        }
    }

    private func documentValue(_ field: String, _ document: Document) -> Value {
        switch field {
        case "certified": return .bool(document.certified)
        case "notarised": return .bool(document.notarised)
        case "held_by": return .bool(document.heldBy != nil)
        case "open_ended": return .bool(document.openEnded)
        case "asked_twice":
            let key = Self.key(document)
            let sameName = procedure.documents.filter { Self.key($0) == key }.count > 1
            let steps = procedure.steps.filter { $0.submits.contains { $0.name == document.declared.id } }.count
            return .bool(sameName || steps > 1)
        case "asked_elsewhere":
            return .bool(sharedDocuments[Self.key(document)] != nil)
        case "originals": return .quantity(Decimal(document.originals))
        case "copies": return .quantity(Decimal(document.copies))
        case "prepare": return document.prepare.map { .quantity($0.value.likely) } ?? .quantity(0)
        case "cost": return .quantity(context.money(document.cost, .likely))
        default: return .none
        }
    }

    private func stepValue(_ field: String, _ step: Step) -> Value {
        switch field {
        case "by_agency": if case .agency = step.actor { return .bool(true) } else { return .bool(false) }
        case "by_applicant": return .bool(step.actor == .applicant)
        case "has_limit": return .bool(step.within != nil)
        case "within":
            guard let within = step.within else { return .none }
            if within.value.unit == .days {
                let end = context.calendar.adding(calendarDays: within.value.likely.ceilingInt, to: context.startDay)
                return .quantity(Decimal(context.calendar.workingDays(from: context.startDay, to: end)))
            }
            return .quantity(within.value.likely)
        case "online": return .bool(step.channels?.contains(.online) ?? procedure.channels.contains { $0.channel == .online })
        case "in_person": return .bool(step.channels?.contains(.inPerson) ?? procedure.channels.contains { $0.channel == .inPerson })
        case "effort": return .quantity(step.effort?.value.likely ?? 0)
        case "visits": return .quantity(Decimal(step.visits ?? 1))
        default: return .none
        }
    }

    private func feeValue(_ field: String, _ fee: Fee) -> Value {
        switch field {
        case "has_basis": return .bool(!fee.basis.isEmpty)
        case "waived_online": return .bool(fee.waivedFor.contains { $0.name == Channel.online.rawValue })
        case "amount": return .quantity(context.money(fee.amount, .likely))
        default: return .none
        }
    }

    /// A document's identity across procedures: its form if it names one, else its name, in lower case
    /// with spaces folded.
    static func key(_ document: Document) -> String {
        let text = document.form ?? document.declared.name ?? document.declared.id
        return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
