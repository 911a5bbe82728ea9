import Foundation

/// One procedure in two drafts and the changes between them, each with its share of the change in
/// the annual burden:
///
///     volume      = (cases′ − cases) × cost a case
///     tariff      = hours′ × (tariff′ − tariff) × cases′
///     item        = Σ over its terms ((hours′ − hours) × tariff + (money′ − money)) × cases′
///
/// which add up to cases′ × cost′ − cases × cost (docs/METHOD.md §17).
public struct ProcedureComparison: Sendable {
    public let before: ProcedureAssessment?
    public let after: ProcedureAssessment?
    public let renamed: Bool
    public let changes: [Change]

    public var id: String { after?.id ?? before!.id }
    public var annualCostDelta: Figure { changes.map(\.annualCostDelta).sum() }

    init(before: ProcedureAssessment?, after: ProcedureAssessment?, renamed: Bool) {
        self.before = before
        self.after = after
        self.renamed = renamed
        switch (before, after) {
        case (nil, let a?):
            changes = [Change(kind: .procedureAdded, path: a.id, phrases: [.newProcedure(name: a.procedure.declared.name ?? a.id)],
                              annualCostDelta: a.annualCost, before: nil, after: a.procedure.declared.location)]
        case (let b?, nil):
            changes = [Change(kind: .procedureRemoved, path: b.id, phrases: [.procedureRemoved(name: b.procedure.declared.name ?? b.id)],
                              annualCostDelta: .zero - b.annualCost, before: b.procedure.declared.location, after: nil)]
        case (let b?, let a?):
            changes = Self.attribute(b, a, renamed: renamed)
        case (nil, nil):
            changes = []
        }
    }

    // MARK: - Attribution

    private static func attribute(_ b: ProcedureAssessment, _ a: ProcedureAssessment, renamed: Bool) -> [Change] {
        let path = a.id
        var changes: [Change] = []
        var facts = ItemDifferences.procedure(b.procedure, a.procedure)
        // A rate of a currency both drafts write amounts in: named on the facts' line, its effect on the items'.
        let changedRates = b.exchangeRates.isEmpty ? [] : Set(b.exchangeRates.keys.filter { code in
            a.exchangeRates[code].map { $0 != b.exchangeRates[code] } ?? false
        })
        for code in changedRates.sorted() {
            facts.append(.exchangeRate(code, before: b.exchangeRates[code]!, after: a.exchangeRates[code]!))
        }
        // A one-off cost is kept apart from the annual burden (METHOD.md §9): named on the facts' line, with
        // no share of the change in the burden.
        if b.oneOffCost.likely != a.oneOffCost.likely {
            facts.append(.oneOffCost(before: b.oneOffCost.likely, after: a.oneOffCost.likely, currency: a.currency))
        }
        if renamed || !facts.isEmpty {
            changes.append(Change(kind: renamed ? .procedureRenamed : .modified, path: path,
                                  phrases: (renamed ? [.renamed(from: b.id)] : []) + facts, annualCostDelta: .zero,
                                  before: b.procedure.declared.location, after: a.procedure.declared.location))
        }
        if b.annualCases != a.annualCases {
            changes.append(Change(
                kind: .volume, path: path,
                phrases: [.cases(before: b.annualCases.likely, after: a.annualCases.likely)] + volumeCauses(b.procedure, a.procedure),
                annualCostDelta: Figure.each { (a.annualCases[$0] - b.annualCases[$0]) * b.cost[$0] },
                before: volumeLocation(b.procedure, beside: a.procedure), after: volumeLocation(a.procedure, beside: b.procedure)))
        }
        if b.tariff != a.tariff {
            changes.append(Change(
                kind: .tariff, path: path,
                phrases: [.tariff(before: b.tariff.likely, after: a.tariff.likely, currency: a.currency)],
                annualCostDelta: Figure.each { a.hours[$0] * (a.tariff[$0] - b.tariff[$0]) * a.annualCases[$0] },
                before: b.procedure.tariff?.location, after: a.procedure.tariff?.location))
        }
        changes += itemChanges(b, a, path: path, changedRates: changedRates)
        return changes
    }

    /// The effect of an item's terms: before and after, for the terms of the named item.
    private static func effect(_ b: ProcedureAssessment, _ a: ProcedureAssessment, beforeID: String?, afterID: String?,
                               kinds: [Term.Kind]) -> Figure {
        // In one pass over each side's terms, by position: a national diff runs this for every item of
        // every procedure, and copying the terms out retained each of their fields.
        func sums(_ terms: [Term], of id: String?) -> (hours: Figure, money: Figure) {
            var (hours, money) = (Figure.zero, Figure.zero)
            for index in terms.indices where terms[index].item == id && kinds.contains(terms[index].kind) {
                hours += terms[index].hours
                money += terms[index].outOfPocket
            }
            return (hours, money)
        }
        let (before, after) = (sums(b.terms, of: beforeID), sums(a.terms, of: afterID))
        return Figure.each { bound in
            let hours = after.hours[bound] - before.hours[bound]
            let money = after.money[bound] - before.money[bound]
            return (hours * b.tariff[bound] + money) * a.annualCases[bound]
        }
    }

    private static func itemChanges(_ b: ProcedureAssessment, _ a: ProcedureAssessment, path: String,
                                    changedRates: Set<Currency>) -> [Change] {
        var changes: [Change] = []
        func add<Item>(_ pairs: [Matching.Pair<Item>], kind: ItemKind, kinds: [Term.Kind], declared: (Item) -> Declared,
                       currencies: (Item) -> Set<Currency>,
                       differences: (Item, Item) -> [ChangePhrase], moved: (Item, Item) -> ChangePhrase? = { _, _ in nil },
                       extra: (Item?, Item?) -> ChangePhrase? = { _, _ in nil }) {
            for pair in pairs {
                let beforeID = pair.before.map { declared($0).id }
                let afterID = pair.after.map { declared($0).id }
                let delta = effect(b, a, beforeID: beforeID, afterID: afterID, kinds: kinds)
                // Written only for a change: most items of most procedures are the same in both drafts.
                var itemPath: String { "\(path)/\(kind.rawValue)/\(afterID ?? beforeID!)" }
                var name: String? { (pair.after ?? pair.before).flatMap { declared($0).name } }
                switch (pair.before, pair.after) {
                case (nil, let new?):
                    changes.append(Change(kind: .added, path: itemPath, phrases: [.itemAdded(kind, name: name)] + [extra(nil, new)].compactMap { $0 },
                                          annualCostDelta: delta, before: nil, after: declared(new).location))
                case (let old?, nil):
                    changes.append(Change(kind: .removed, path: itemPath, phrases: [.itemRemoved(kind, name: name)] + [extra(old, nil)].compactMap { $0 },
                                          annualCostDelta: delta, before: declared(old).location, after: nil))
                case (let old?, let new?):
                    var phrases = differences(old, new)
                    let move = moved(old, new)
                    if let move { phrases.insert(move, at: 0) }
                    if pair.renamed { phrases.insert(.renamed(from: declared(old).id), at: 0) }
                    guard !phrases.isEmpty || delta != .zero else { continue }
                    if phrases.isEmpty {
                        let followsRate = !changedRates.isEmpty && !changedRates.isDisjoint(with: currencies(new))
                        phrases = [followsRate ? .costFollowsRate(kind) : .costFollows(kind)]
                    }
                    let changeKind: Change.Kind = pair.renamed ? .renamed : move != nil ? .moved : .modified
                    changes.append(Change(kind: changeKind, path: itemPath, phrases: [.item(kind, name: name, phrases)],
                                          annualCostDelta: delta, before: declared(old).location, after: declared(new).location))
                case (nil, nil):
                    continue
                }
            }
        }
        let p = b.procedure
        let q = a.procedure
        add(Matching.pair(p.documents, q.documents, id: \.declared.id,
                          keys: [{ Matching.normalised($0.form) }, { Matching.normalised($0.declared.name) }]),
            kind: .document, kinds: [.preparation, .documentCost], declared: \.declared, currencies: \.currencies,
            differences: ItemDifferences.document)
        add(Matching.pair(p.steps, q.steps, id: \.declared.id, keys: [{ Matching.normalised($0.declared.name) }]),
            kind: .step, kinds: [.effort, .visit, .fare, .stepCost], declared: \.declared, currencies: \.currencies,
            differences: { old, new in
                ItemDifferences.step(old, new) + [visitsPhrase(old, in: p, new, in: q)].compactMap { $0 }
                    + [administrationPhrase(old.declared.id, in: b, new.declared.id, in: a)].compactMap { $0 }
            },
            extra: { old, new in administrationPhrase(old?.declared.id, in: b, new?.declared.id, in: a) })
        add(Matching.pair(p.fees, q.fees, id: \.declared.id, keys: [{ Matching.normalised($0.declared.name) }]),
            kind: .fee, kinds: [.fee], declared: \.declared, currencies: \.currencies,
            differences: { old, new in
                let own = ItemDifferences.fee(old, new)
                return own + [averageFeePhrase(old, in: b, new, in: a, besides: own)].compactMap { $0 }
            },
            moved: { old, new in old.step == new.step ? nil : .moved(fromStep: old.step, toStep: new.step) })
        return changes
    }

    /// A step's in-person visits a case, when they changed: a new channel mix moves a step's cost
    /// with none of its own facts changed, and its line should say why. Averaged over all the cases,
    /// as the counts are: a step that applies to 30% of them makes 0.3 of its visits a case.
    private static func visitsPhrase(_ old: Step, in p: Procedure, _ new: Step, in q: Procedure) -> ChangePhrase? {
        guard old.actor == .applicant, new.actor == .applicant else { return nil }
        let (oldShare, newShare) = (old.applies?.value.likely ?? 1, new.applies?.value.likely ?? 1)
        let (before, after) = (p.expectedVisits(old) * oldShare, q.expectedVisits(new) * newShare)
        // When every case comes in person for the step, these are its `visits`, which the line already gives.
        let written = ((old.visits?.value.likely ?? 1) * oldShare, (new.visits?.value.likely ?? 1) * newShare)
        guard before != after, (before, after) != written else { return nil }
        return .visits(before: before, after: after)
    }

    /// What a step costs the administration a year, when it changed: the step's line then says what
    /// its staff time, or the staff tariff, is worth, which the burden, the applicants', leaves out.
    /// A step with staff time in a procedure with no staff tariff has no such worth, which the line
    /// says rather than calling it nothing.
    private static func administrationPhrase(_ old: String?, in b: ProcedureAssessment, _ new: String?,
                                             in a: ProcedureAssessment) -> ChangePhrase? {
        func yearly(_ step: String?, in assessment: ProcedureAssessment) -> Exact? {
            guard let step else { return 0 }
            if assessment.procedure.staffTariff == nil {
                return assessment.procedure.steps.contains { $0.declared.id == step && $0.staffEffort != nil } ? nil : 0
            }
            guard let perCase = assessment.administrationBySteps.first(where: { $0.step == step }) else { return 0 }
            return perCase.cost * assessment.annualCases.likely
        }
        let (before, after) = (yearly(old, in: b), yearly(new, in: a))
        return before == after ? nil : .administrationCost(before: before, after: after, currency: a.currency)
    }

    /// What a case pays of a fee on average, when it changed with none of the fee's amounts or
    /// waivers changed: a new channel mix moves a fee that differs by channel, and its line should say why.
    private static func averageFeePhrase(_ old: Fee, in b: ProcedureAssessment, _ new: Fee, in a: ProcedureAssessment,
                                         besides own: [ChangePhrase]) -> ChangePhrase? {
        let amountChanged = own.contains {
            switch $0 {
            case .quantity(.amount, _, _), .quantity(.amountOn, _, _), .quantity(.amountFor, _, _), .quantity(.atLeast, _, _),
                 .quantity(.atMost, _, _), .value(.waivedFor, _, _): true
            default: false
            }
        }
        guard !amountChanged else { return nil }
        func paid(_ fee: Fee, in assessment: ProcedureAssessment) -> Exact {
            assessment.terms.first { $0.kind == .fee && $0.item == fee.declared.id }?.outOfPocket.likely ?? 0
        }
        let (before, after) = (paid(old, in: b), paid(new, in: a))
        return before == after ? nil : .averageFee(before: before, after: after, currency: a.currency)
    }

    /// What moved the cases, where both drafts count them as a population and a frequency: a
    /// declaration filed once a year where it was filed each quarter, `frequency 4 → 1 per year`.
    private static func volumeCauses(_ b: Procedure, _ a: Procedure) -> [ChangePhrase] {
        guard case .population(let population, let frequency) = b.volume,
              case .population(let newPopulation, let newFrequency) = a.volume else { return [] }
        return [ItemDifferences.amount(.population, population, newPopulation),
                ItemDifferences.amount(.frequency, frequency, newFrequency)].compactMap { $0 }
    }

    /// The line that gives the cases: the frequency's where only it changed, else the population's.
    private static func volumeLocation(_ procedure: Procedure, beside other: Procedure) -> SourceLocation {
        switch (procedure.volume, other.volume) {
        case (.cases(let cases), _): cases.location
        case (.population(let population, let frequency), .population(let otherPopulation, _)):
            population.value == otherPopulation.value ? frequency.location : population.location
        case (.population(let population, _), _): population.location
        }
    }
}
