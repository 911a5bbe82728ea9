extension Procedure {
    /// The assumptions the procedure's figures are written with, in the order they are written: its
    /// volume, tariffs, limits, channel shares and segments, and every item's amounts. The assumptions
    /// these draw on in turn are in their own values (`Assumption.value.assumptions`).
    public var assumptionsWritten: [String] {
        var names: [String] = []
        forEachAssumptionWritten { name in if !names.contains(name) { names.append(name) } }
        return names
    }

    /// Each assumption name the procedure's amounts are written with, as often as written: a report
    /// gathers those of a whole catalog, and an array for each procedure cost more than the names.
    func forEachAssumptionWritten(_ body: (String) -> Void) {
        func visit(_ amount: Amount?) {
            guard let amount, !amount.assumptions.isEmpty else { return }
            for name in amount.assumptions { body(name) }
        }
        switch volume {
        case .cases(let cases): visit(cases)
        case .population(let population, let frequency): visit(population); visit(frequency)
        }
        visit(tariff); visit(overhead); visit(staffTariff); visit(limit); visit(validity)
        for channel in channels { visit(channel.share) }
        for limit in channelLimits { visit(limit.limit) }
        for segment in segments { visit(segment.share); visit(segment.tariff); visit(segment.overhead) }
        for document in documents { visit(document.prepare); visit(document.cost); visit(document.applies) }
        for step in steps {
            visit(step.effort); visit(step.staffEffort); visit(step.travel); visit(step.wait); visit(step.fare)
            visit(step.cost); visit(step.deposit); visit(step.within); visit(step.applies); visit(step.visits)
        }
        for fee in fees {
            visit(fee.amount)
            for amount in fee.channelAmounts { visit(amount.amount) }
            for amount in fee.segmentAmounts { visit(amount.amount) }
            visit(fee.atLeast); visit(fee.atMost)
        }
        for oneOff in oneOffs { visit(oneOff.effort); visit(oneOff.cost); visit(oneOff.affected) }
    }
}
