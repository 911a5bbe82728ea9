import Foundation

/// Rounds parts so that the rounded parts add up to the rounded total (largest remainder), as a
/// table of contributions must for a reader who adds it up.
enum Rounding {
    static func addingUp(_ parts: [Exact], total: Exact, scale: Int) -> [Exact] {
        var rounded = parts.map { $0.rounded(scale: scale) }
        let unit = Exact(significand: 1, exponent: -scale)!
        var gap = total.rounded(scale: scale) - rounded.reduce(0, +)
        guard gap != 0, !parts.isEmpty else { return rounded }
        let order = parts.indices.sorted { abs(parts[$0] - rounded[$0]) > abs(parts[$1] - rounded[$1]) }
        var index = 0
        while gap != 0, index < order.count * 4 {
            let position = order[index % order.count]
            let step = gap > 0 ? unit : -unit
            rounded[position] += step
            gap -= step
            index += 1
        }
        return rounded
    }
}
