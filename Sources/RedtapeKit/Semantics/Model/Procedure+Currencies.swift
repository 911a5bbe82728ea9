/// The currencies a procedure's amounts are written in: the cost model converts those other than the
/// ruleset's at the header's exchange rates, and `diff` names a rate that changed where an item's
/// amounts are written in its currency.
extension Procedure {
    /// Every currency of the procedure's money and rates, its items' included.
    var currencies: Set<Currency> {
        var found = Amount.currencies(of: [tariff, staffTariff] + segments.map(\.tariff) + oneOffs.map(\.cost))
        for document in documents { found.formUnion(document.currencies) }
        for step in steps { found.formUnion(step.currencies) }
        for fee in fees { found.formUnion(fee.currencies) }
        return found
    }
}

extension Document {
    var currencies: Set<Currency> { Amount.currencies(of: [cost]) }
}

extension Step {
    var currencies: Set<Currency> { Amount.currencies(of: [fare, cost, deposit]) }
}

extension Fee {
    var currencies: Set<Currency> {
        Amount.currencies(of: [amount, atLeast, atMost] + channelAmounts.map(\.amount) + segmentAmounts.map(\.amount))
    }
}

extension Amount {
    /// The currencies of the amounts given: of money, and of rates such as `VND/h`.
    static func currencies(of amounts: [Amount?]) -> Set<Currency> {
        var found: Set<Currency> = []
        for amount in amounts {
            switch amount?.value.unit {
            case .money(let code)?, .rate(let code, _)?: found.insert(code)
            default: break
            }
        }
        return found
    }
}
