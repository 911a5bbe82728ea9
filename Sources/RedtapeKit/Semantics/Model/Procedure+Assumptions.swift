extension Procedure {
    /// The assumptions the procedure's figures are written with, in the order they are written: its
    /// volume, tariffs, channel shares, segments and limits, and every item's amounts. The assumptions
    /// these draw on in turn are in their own values (`Assumption.value.assumptions`).
    public var assumptionsWritten: [String] {
        var amounts: [Amount?] = []
        switch volume {
        case .cases(let cases): amounts.append(cases)
        case .population(let population, let frequency): amounts += [population, frequency]
        }
        amounts += [tariff, overhead, staffTariff, limit, validity]
        amounts += channels.map(\.share) + channelLimits.map(\.limit)
        for segment in segments { amounts += [segment.share, segment.tariff, segment.overhead] }
        for document in documents { amounts += [document.prepare, document.cost, document.applies] }
        for step in steps {
            amounts += [step.effort, step.staffEffort, step.travel, step.wait, step.fare, step.cost, step.within, step.applies]
        }
        for fee in fees { amounts += [fee.amount] + fee.channelAmounts.map(\.amount) }
        for oneOff in oneOffs { amounts += [oneOff.effort, oneOff.cost, oneOff.affected] }
        return Array(amounts.compactMap { $0?.assumptions }.joined()).uniqued()
    }
}
