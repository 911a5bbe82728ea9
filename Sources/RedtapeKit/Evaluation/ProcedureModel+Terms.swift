import Foundation

/// The items of a procedure turned into per-case terms, and the totals built from them.
extension ProcedureModel {
    /// A term's value on one channel at one bound: minutes of the applicant's time and money out of pocket.
    fileprivate struct Value {
        var minutes: Exact = 0
        var money: Exact = 0
    }

    /// What a term is worked out from: the item's amounts, read at every channel and bound by `value`.
    fileprivate enum Source {
        case preparation(Amount, applies: Amount?)
        /// Money paid once a case the item concerns: a document's cost, a step's.
        case money(Amount, applies: Amount?)
        case effort(Amount, applies: Amount?)
        case visit(Step)
        case fare(Amount, Step)
        case fee(Fee)

        /// Whether the term is the same on every channel (only visits, fares and fees depend on it).
        var isSameOnEveryChannel: Bool {
            switch self {
            case .preparation, .money, .effort: true
            case .visit, .fare, .fee: false
            }
        }
    }

    /// How to compute one term, and how to describe it.
    fileprivate struct Recipe {
        let kind: Term.Kind
        let item: String
        let itemName: String
        let location: SourceLocation
        let assumptions: [String]
        let factors: [Factor]
        let source: Source
        /// The channels whose cases the term concerns (`applies online`); every channel's when empty.
        let onlyOn: ChannelSet

        /// Without the factors and assumptions unless the model traces its terms: building them is a
        /// third of the work of a term, and only `explain` shows them.
        init(_ model: ProcedureModel, kind: Term.Kind, item: String, itemName: String, location: SourceLocation,
             assumptions: @autoclosure () -> [String], factors: @autoclosure () -> [Factor], source: Source,
             onlyOn: ChannelSet = []) {
            self.kind = kind
            self.item = item
            self.itemName = itemName
            self.location = location
            self.assumptions = model.tracing ? assumptions() : []
            self.factors = model.tracing ? factors() : []
            self.source = source
            self.onlyOn = onlyOn
        }
    }

    /// A term's value on one channel at one bound.
    private func value(_ source: Source, _ channel: Channel, _ bound: Bound) -> Value {
        switch source {
        case .preparation(let prepare, let share):
            Value(minutes: prepare.value[bound] * applies(share, bound))
        case .money(let cost, let share):
            Value(money: context.money(cost, bound) * applies(share, bound))
        case .effort(let effort, let share):
            Value(minutes: effort.value[bound] * applies(share, bound))
        case .visit(let step):
            Value(minutes: ((step.travel?.value[bound] ?? 0) + (step.wait?.value[bound] ?? 0)) * step.visits(on: channel, at: bound)
                * applies(step.applies, bound))
        case .fare(let fare, let step):
            Value(money: context.money(fare, bound) * step.visits(on: channel, at: bound) * applies(step.applies, bound))
        case .fee(let fee):
            Value(money: feeOnChannel(fee, channel, bound))
        }
    }

    private var recipes: [Recipe] {
        var recipes: [Recipe] = []
        // At most two a document, four a step and one a fee: room for them at once, not grown by doubling.
        recipes.reserveCapacity(2 * procedure.documents.count + 4 * applicantSteps.count + procedure.fees.count)
        for document in procedure.documents {
            let name = document.declared.name ?? document.declared.id
            let applies = document.applies
            if let prepare = document.prepare {
                recipes.append(shareRecipe(.preparation, prepare, of: document.declared, named: name, applies: applies,
                                           on: document.appliesOn))
            }
            if let cost = document.cost {
                recipes.append(shareRecipe(.documentCost, cost, of: document.declared, named: name, applies: applies,
                                           on: document.appliesOn))
            }
        }
        for step in applicantSteps {
            stepRecipes(step, into: &recipes)
        }
        for fee in procedure.fees {
            let name = fee.declared.name ?? fee.declared.id
            recipes.append(Recipe(
                self, kind: .fee, item: fee.declared.id, itemName: name, location: fee.declared.location,
                assumptions: fee.amount.assumptions, factors: feeFactors(fee), source: .fee(fee)))
        }
        return recipes
    }

    private func stepRecipes(_ step: Step, into recipes: inout [Recipe]) {
        let name = step.declared.name ?? step.declared.id
        let applies = step.applies
        if let effort = step.effort {
            recipes.append(shareRecipe(.effort, effort, of: step.declared, named: name, applies: applies, on: step.appliesOn))
        }
        let visits = procedure.expectedVisits(step)
        if visits > 0, let timed = step.travel ?? step.wait {
            recipes.append(Recipe(
                self, kind: .visit, item: step.declared.id, itemName: name, location: timed.location,
                assumptions: (step.travel?.assumptions ?? []).appending(step.wait?.assumptions ?? [])
                    .appending(step.visits?.assumptions ?? []),
                factors: [Factor(.travelAndWait, (step.travel?.value.likely ?? 0) + (step.wait?.value.likely ?? 0), .duration), Factor(.visitsPerCase, visits, .count)]
                    .appending(sharedFactor(applies)),
                source: .visit(step)))
        }
        if visits > 0, let fare = step.fare {
            recipes.append(Recipe(
                self, kind: .fare, item: step.declared.id, itemName: name, location: fare.location,
                assumptions: fare.assumptions.appending(step.visits?.assumptions ?? []),
                factors: moneyFactors(.fare, fare) + [Factor(.visitsPerCase, visits, .count)] + sharedFactor(applies),
                source: .fare(fare, step)))
        }
        if let cost = step.cost {
            recipes.append(shareRecipe(.stepCost, cost, of: step.declared, named: name, applies: applies, on: step.appliesOn))
        }
    }

    /// A term of the cases an item concerns: the time it takes (preparing a document, the effort of a
    /// step) or the money it costs, times the share of cases it `applies` to, or on the channels it
    /// applies to. Its factors are made only when traced, as `Recipe` asks.
    private func shareRecipe(_ kind: Term.Kind, _ amount: Amount, of item: Declared, named name: String, applies: Amount?,
                             on channels: [Channel]) -> Recipe {
        let source: Source = switch kind {
        case .preparation: .preparation(amount, applies: applies)
        case .effort: .effort(amount, applies: applies)
        default: .money(amount, applies: applies)
        }
        return Recipe(self, kind: kind, item: item.id, itemName: name, location: amount.location,
                      assumptions: amount.assumptions.appending(applies?.assumptions ?? []),
                      factors: factors(kind, amount) + sharedFactor(applies)
                        + (channels.isEmpty ? [] : [Factor(.filedOn(channels), share(filedOn: channels), .share)]),
                      source: source, onlyOn: ChannelSet(channels))
    }

    /// The share of cases filed on these channels (likely shares).
    func share(filedOn channels: [Channel]) -> Exact {
        mix.reduce(Exact(0)) { $0 + (channels.contains($1.channel) ? $1.share : 0) }
    }

    /// The factors an item's own amount is, in the working of its term.
    private func factors(_ kind: Term.Kind, _ amount: Amount) -> [Factor] {
        switch kind {
        case .preparation: [Factor(.prepare, amount.value.likely, .duration)]
        case .effort: [Factor(.effort, amount.value.likely, .duration)]
        default: moneyFactors(.cost, amount)
        }
    }

    /// An amount of money as a factor; one in another currency as written, times the header's exchange
    /// rate, so that the working shows where the converted figure comes from.
    private func moneyFactors(_ name: Factor.Name, _ amount: Amount) -> [Factor] {
        if case .money(let code) = amount.value.unit, code != context.currency, let rate = context.exchangeRates[code] {
            return [Factor(name, amount.value.likely, .moneyIn(code)), Factor(.exchangeRate, rate.rate.likely, .exchangeRate(code))]
        }
        return [Factor(name, context.money(amount, .likely), .money)]
    }

    /// A fee as amount × share of cases charged; with amounts that differ by channel, as the average
    /// charged, each channel's share of cases times what a case filed on it pays, and the step's
    /// `applies`; with amounts that differ by segment, each segment's share times what its cases pay,
    /// and, where that differs by channel too, what they pay on each.
    private func feeFactors(_ fee: Fee) -> [Factor] {
        let amount = context.money(fee.amount, .likely)
        // An amount held to the fee's bounds is the amount a case pays: shown as such, in the ruleset's currency.
        let paid = context.bounded(amount, by: fee, .likely)
        if !fee.segmentAmounts.isEmpty {
            let paidAt = step(named: fee.step)
            let parts = segments.map { segment in
                // What the segment's cases pay on each channel, where that differs: a fee's table of both.
                let channels = mix.map { ChannelFee(channel: $0.channel, share: $0.share,
                                                    amount: feeFiledOn(fee, $0.channel, paidAt: paidAt, segment: segment, .likely)) }
                return SegmentFee(segment: segment.id ?? "", share: segment.share, amount: feeOverChannels(fee, segment: segment, .likely),
                                  channels: channels.contains { $0.amount != channels[0].amount } ? channels : [])
            }
            let average = parts.reduce(Exact(0)) { $0 + $1.share * $1.amount }
            return [Factor(.averageOverSegments(parts), average, .money)] + sharedFactor(paidAt?.applies)
        }
        guard fee.channelAmounts.isEmpty, paid > 0 else {
            let paidAt = step(named: fee.step)
            let parts = mix.map { ChannelFee(channel: $0.channel, share: $0.share,
                                             amount: feeFiledOn(fee, $0.channel, paidAt: paidAt, .likely)) }
            let average = parts.reduce(Exact(0)) { $0 + $1.share * $1.amount }
            return [Factor(.averageOverChannels(parts), average, .money)] + sharedFactor(paidAt?.applies)
        }
        let factors = paid == amount ? moneyFactors(.amount, fee.amount) : [Factor(.amount, paid, .money)]
        return factors + [Factor(.shareCharged, feePerCase(fee, segment: nil, .likely) / paid, .share)]
    }

    private func sharedFactor(_ amount: Amount?) -> [Factor] {
        amount.map { [Factor(.applies, $0.value.likely, .share)] } ?? []
    }

    /// A fee on one channel, averaged over segments (some may be waived).
    private func feeOnChannel(_ fee: Fee, _ channel: Channel, _ bound: Bound) -> Exact {
        let paidAt = step(named: fee.step)
        return feeFiledOn(fee, channel, paidAt: paidAt, bound) * applies(paidAt?.applies, bound)
    }

    /// What a case filed on a channel pays of a fee paid at `paidAt`, before the step's `applies`, for
    /// one segment or averaged over all: zero where the step does not concern the channel.
    private func feeFiledOn(_ fee: Fee, _ channel: Channel, paidAt: Step?, segment: SegmentModel? = nil, _ bound: Bound) -> Exact {
        if let paidAt, !paidAt.concerns(channel) { return 0 }
        let actual = paidAt.map { $0.channel(for: channel) } ?? channel
        if let segment { return self.fee(fee, on: actual, segment: segment.id, bound) }
        return segments.reduce(Exact(0)) { $0 + $1.share * self.fee(fee, on: actual, segment: $1.id, bound) }
    }

    // MARK: - Terms and totals

    /// Every recipe evaluated once per channel and bound, in one array: a procedure has a dozen
    /// recipes, and an array for each recipe and channel cost more to make than the values in them.
    struct Evaluation {
        fileprivate let recipes: [Recipe]
        fileprivate let channels: Int
        fileprivate let values: [Value]

        fileprivate func value(_ recipe: Int, _ channel: Int, _ bound: Int) -> Value {
            values[(recipe * channels + channel) * Bound.allCases.count + bound]
        }
    }

    func evaluate() -> Evaluation {
        let recipes = self.recipes
        var values: [Value] = []
        values.reserveCapacity(recipes.count * mix.count * Bound.allCases.count)
        for recipe in recipes {
            // An item that costs the same on every channel is worked out once and its values repeated.
            let first = values.count
            for (index, entry) in mix.enumerated() {
                for bound in Bound.allCases {
                    if !recipe.onlyOn.isEmpty {
                        // An item of some channels' cases only: nothing on the others.
                        values.append(recipe.onlyOn.contains(ChannelSet(entry.channel))
                                      ? value(recipe.source, entry.channel, bound) : Value())
                    } else {
                        values.append(index > 0 && recipe.source.isSameOnEveryChannel
                                      ? values[first + boundIndex(bound)] : value(recipe.source, entry.channel, bound))
                    }
                }
            }
        }
        return Evaluation(recipes: recipes, channels: mix.count, values: values)
    }

    private func boundIndex(_ bound: Bound) -> Int {
        switch bound {
        case .low: 0
        case .likely: 1
        case .high: 2
        }
    }

    /// A recipe's value at a bound, weighted by the channel mix. Most items (preparing a document, the
    /// effort of a step) cost the same on every channel, and then the weighted value is that value,
    /// the shares adding up to one: no products to work out. `part` is given as a closure: a key path
    /// passed as a function is made anew at every call.
    private func weighted(_ evaluation: Evaluation, _ index: Int, _ bound: Int, _ part: (Value) -> Exact) -> Exact {
        if sharesAddUp, let first = mix.indices.first {
            let value = part(evaluation.value(index, first, bound))
            if mix.indices.dropFirst().allSatisfy({ part(evaluation.value(index, $0, bound)) == value }) { return value }
        }
        return mix.indices.reduce(Exact(0)) { $0 + mix[$1].share * part(evaluation.value(index, $1, bound)) }
    }

    /// Every item's contribution to a case, weighted by the channel mix, and their sums: the hours of
    /// a case, its money out of pocket, and its cost. The hours are the minutes summed and made hours
    /// once, and the cost those hours at the tariff plus the money, which is the sum of the terms'
    /// costs exactly, with a few divisions and products instead of one for every term. Room for one
    /// term a recipe is made at once: `diff` and the report keep every procedure's terms, and an
    /// array grown by doubling would keep up to half as much again, unused. Unless `listed`, only
    /// the sums are worked out, and the list of terms is empty.
    func terms(_ evaluation: Evaluation, listed: Bool = true) -> (terms: [Term], hours: Figure, outOfPocket: Figure, cost: Figure) {
        var terms: [Term] = []
        if listed { terms.reserveCapacity(evaluation.recipes.count) }
        var (totalMinutes, totalMoney) = (Figure.zero, Figure.zero)
        for (index, recipe) in evaluation.recipes.enumerated() {
            let minutes = Figure.each { weighted(evaluation, index, boundIndex($0)) { $0.minutes } }
            let money = Figure.each { weighted(evaluation, index, boundIndex($0)) { $0.money } }
            totalMinutes += minutes
            totalMoney += money
            guard listed, minutes != .zero || money != .zero else { continue }
            let hours = Figure.each { minutes[$0] / 60 }
            let cost = Figure.each { hours[$0] * tariff[$0] + money[$0] }
            terms.append(Term(kind: recipe.kind, item: recipe.item, itemName: recipe.itemName, hours: hours, outOfPocket: money,
                              cost: cost, factors: recipe.factors, location: recipe.location, assumptions: recipe.assumptions))
        }
        let hours = Figure.each { totalMinutes[$0] / 60 }
        return (terms, hours, totalMoney, Figure.each { hours[$0] * tariff[$0] + totalMoney[$0] })
    }

    /// The cost of a case filed on each channel.
    func channels(_ evaluation: Evaluation) -> [ChannelAssessment] {
        mix.indices.map { c in
            let hours = Figure.each { bound in
                evaluation.recipes.indices.reduce(Exact(0)) { $0 + evaluation.value($1, c, boundIndex(bound)).minutes } / 60
            }
            let money = Figure.each { bound in
                evaluation.recipes.indices.reduce(Exact(0)) { $0 + evaluation.value($1, c, boundIndex(bound)).money }
            }
            let visits = applicantSteps.reduce(Exact(0)) { $0 + $1.visits(on: mix[c].channel) }
            return ChannelAssessment(channel: mix[c].channel, share: mix[c].share, hours: hours, outOfPocket: money,
                                     cost: Figure.each { hours[$0] * tariff[$0] + money[$0] }, visits: visits)
        }
    }

    /// Who bears the annual cost: each segment's applicants by their subject, and the administration
    /// (`administration` is its cost a case). The totals stand in the order of `Party.allCases`.
    func parties(_ evaluation: Evaluation, hours: Figure, cost: Figure, cases: Figure, administration: Figure) -> [PartyBurden] {
        let parties = PartyBurden.Party.allCases
        var totals = [Figure?](repeating: nil, count: parties.count)
        // Only several segments, each at its own tariff and fees, need the money that is not a fee.
        lazy var nonFeeMoney = Figure.each { bound in
            evaluation.recipes.indices.filter { evaluation.recipes[$0].kind != .fee }.reduce(Exact(0)) { total, index in
                total + weighted(evaluation, index, boundIndex(bound)) { $0.money }
            }
        }
        for segment in segments {
            let perCase: Figure
            if segments.count == 1 {
                perCase = cost
            } else {
                let fees = Figure.each { bound in procedure.fees.reduce(Exact(0)) { $0 + feePerCase($1, segment: segment, bound) } }
                perCase = Figure.each { hours[$0] * segment.tariff[$0] + nonFeeMoney[$0] + fees[$0] }
            }
            let party: PartyBurden.Party = switch segment.subject {
            case .citizen: .citizens
            case .business: .businesses
            case .organisation: .organisations
            }
            let index = parties.firstIndex(of: party)!
            totals[index] = (totals[index] ?? .zero) + Figure.each { perCase[$0] * cases[$0] * segment.share }
        }
        if administration != .zero {
            totals[parties.firstIndex(of: .administration)!] = Figure.each { administration[$0] * cases[$0] }
        }
        return parties.indices.compactMap { index in totals[index].map { PartyBurden(party: parties[index], annualCost: $0) } }
    }

    /// The administration's cost per case: staff time on every step at the staff tariff.
    func administrationCost() -> Figure {
        Figure.each { bound in
            // Only the steps an official works on: most are the applicant's.
            var minutes: Exact = 0
            for step in procedure.steps where step.staffEffort != nil { minutes += staffMinutes(step, bound) }
            return minutes / 60 * context.hourlyRate(procedure.staffTariff, bound)
        }
    }

    /// What each step an official works on costs the administration a case (likely values), for
    /// `diff` to name on the step's line.
    func administrationCostBySteps() -> [StepCost] {
        let rate = context.hourlyRate(procedure.staffTariff, .likely)
        return procedure.steps.compactMap { step in
            step.staffEffort == nil ? nil : StepCost(step: step.declared.id, cost: staffMinutes(step, .likely) / 60 * rate)
        }
    }

    /// A step's staff time a case, in minutes: its `staff` time for the cases it concerns.
    private func staffMinutes(_ step: Step, _ bound: Bound) -> Exact {
        averaged(step.staffEffort?.value[bound] ?? 0, over: step, bound)
    }

    /// What a step takes from the cases it concerns, averaged over all the cases: times its share of
    /// them (`applies 30%`), or the share filed on the channels it applies to (`applies online`).
    private func averaged(_ value: Exact, over step: Step, _ bound: Bound) -> Exact {
        let each = value * applies(step.applies, bound)
        return step.appliesOn.isEmpty ? each : each * share(filedOn: step.appliesOn)
    }

    /// Each one-off cost: its time at the tariff plus its money, and the subjects affected (the annual
    /// cases if not given), which `explain` traces.
    func oneOffCosts() -> [OneOffCost] {
        procedure.oneOffs.map { item in
            OneOffCost(item: item.declared, hours: Figure.each { (item.effort?.value[$0] ?? 0) / 60 },
                       money: Figure.each { context.money(item.cost, $0) },
                       affected: Figure.each { item.affected?.value[$0] ?? annualCases[$0] }, tariff: tariff)
        }
    }

    /// The money a case places and gets back, on average: each of the applicant's steps' `deposit` for
    /// the cases that go through the step, as a step's `cost` is counted (METHOD.md §9).
    func deposit() -> Figure {
        // Most procedures ask for none: asked once, not at each bound.
        guard applicantSteps.contains(where: { $0.deposit != nil }) else { return .zero }
        return Figure.each { bound in
            applicantSteps.reduce(Exact(0)) { total, step in
                step.deposit.map { total + averaged(context.money($0, bound), over: step, bound) } ?? total
            }
        }
    }

    func counts() -> Counts {
        var agencies = NameSet()
        for reference in procedure.agencies { agencies.insert(reference.name) }
        for step in procedure.steps {
            if case .agency(let reference) = step.actor { agencies.insert(reference.name) }
        }
        let documents = procedure.documents
        return Counts(
            steps: procedure.steps.count, documents: documents.count,
            originals: documents.reduce(0) { $0 + $1.originals }, copies: documents.reduce(0) { $0 + $1.copies },
            certifiedCopies: documents.filter { $0.certified || $0.notarised }.reduce(0) { $0 + $1.copies },
            visits: applicantSteps.reduce(Exact(0)) { $0 + procedure.expectedVisits($1) * applies($1.applies, .likely) },
            visitsInPerson: applicantSteps.reduce(Exact(0)) { $0 + $1.visits(on: .inPerson) },
            agencies: agencies.names.count, submissions: applicantSteps.filter { !$0.submits.isEmpty }.count,
            documentsHeldByState: documents.filter { $0.heldBy != nil }.count)
    }
}
