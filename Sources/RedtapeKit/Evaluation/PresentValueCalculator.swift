import Foundation

/// Present value of a stream of equal annual costs, and the equivalent annual cost of a total.
///
/// With discount rate r over H years, the annuity factor is F = Σ 1/(1+r)^t for t = 1…H when each
/// year's cost falls at its end, or t = 0…H−1 when it falls at its start. PV = one-off + annual × F;
/// the annualised value is PV ÷ F (for end-of-year timing, 1/F is the capital recovery factor
/// r / (1 − (1+r)^−H): 0.142378 at 7% over 10 years).
struct PresentValueCalculator {
    let discounting: Discounting

    func value(annual: Figure, oneOff: Figure) -> PresentValue {
        let years = discounting.horizon.value.likely.ceilingInt
        let value = Figure.each { bound in oneOff[bound] + annual[bound] * factor(rate: discounting.rate.value[bound], years: years) }
        let annualised = Figure.each { bound in value[bound] / factor(rate: discounting.rate.value[bound], years: years) }
        return PresentValue(rate: discounting.rate.value.likely, years: years, timing: discounting.timing,
                            value: value, annualised: annualised)
    }

    func factor(rate: Exact, years: Int) -> Exact {
        let first = discounting.timing == .endOfYear ? 1 : 0
        var total: Exact = 0
        var discount: Exact = 1
        for _ in 0..<first { discount /= (1 + rate) }
        for _ in 0..<years {
            total += discount
            discount /= (1 + rate)
        }
        return total
    }
}
