import Foundation
import Testing
@testable import RedtapeKit

/// Properties that must hold for any procedure, checked on generated ones.
@Suite("Cost model properties")
struct PropertyTests {
    /// A random but valid procedure body; every quantity is a range or a point, chosen by the seed.
    static func procedure(_ random: inout SeededRandom, population: Int) -> String {
        func range(_ low: Int, _ unit: String) -> String {
            let high = low + random.next(below: 3) * low
            return high == low ? "\(low)\(unit)" : "\(low)\(unit)..\(high)\(unit)"
        }
        let online = 10 * random.next(below: 11)
        var body = "  population \(population)\n  frequency 1 per year\n  tariff \(1_000 * (1 + random.next(below: 50))) VND/h\n"
        body += online == 0 ? "  channel in_person\n" : online == 100 ? "  channel online\n"
            : "  channel online \(online)%\n  channel in_person \(100 - online)%\n"
        for index in 0..<(1 + random.next(below: 4)) {
            body += "  document d\(index) \"D\" {\n    prepare \(range(5 * (1 + random.next(below: 12)), "min"))\n"
            if random.next(below: 2) == 0 { body += "    cost \(range(1_000 * (1 + random.next(below: 9)), "")) VND\n" }
            body += "  }\n"
        }
        body += "  step s \"S\" {\n    effort \(range(10, "min"))\n    travel \(range(30, "min"))\n    wait 15min\n"
        body += "    fee f \"F\" {\n      amount \(10_000 * (1 + random.next(below: 9))) VND\n      waived online\n      basis \"T\"\n    }\n  }\n"
        return body
    }

    static let seeds: [UInt64] = Array(1...40)

    @Test("annual = cost a case × cases, and low ≤ likely ≤ high, for every figure", arguments: seeds)
    func identities(_ seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let a = try Assess.procedure(Assess.ruleset(procedure: Self.procedure(&random, population: 1_000 + random.next(below: 9_000))))
        for bound in Bound.allCases {
            // Exact: annual cost is defined as this product, and the per-case cost as the sum of the terms.
            #expect(a.annualCost[bound] == a.cost[bound] * a.annualCases[bound])
            #expect(a.cost[bound] == a.terms.map { $0.cost[bound] }.reduce(0, +))
        }
        for figure in [a.hours, a.outOfPocket, a.cost, a.annualCost, a.annualCases, a.elapsed.workdays] {
            #expect(figure.low <= figure.likely && figure.likely <= figure.high)
        }
    }

    @Test("doubling the population doubles the annual burden and leaves per-case figures alone", arguments: seeds)
    func doublingPopulation(_ seed: UInt64) throws {
        var first = SeededRandom(seed: seed)
        var second = SeededRandom(seed: seed)
        let population = 500 + Int(seed) * 37
        let single = try Assess.procedure(Assess.ruleset(procedure: Self.procedure(&first, population: population)))
        let double = try Assess.procedure(Assess.ruleset(procedure: Self.procedure(&second, population: population * 2)))
        #expect(double.cost == single.cost)
        #expect(double.hours == single.hours)
        // Equal to 10 decimal places: a third of an hour carries 38 significant digits, not infinitely many.
        for bound in Bound.allCases {
            #expect(double.annualCost[bound].places(10) == (single.annualCost[bound] * 2).places(10))
        }
    }

    @Test("adding a fee waived on a channel changes nothing on that channel", arguments: seeds)
    func waivedFee(_ seed: UInt64) throws {
        var first = SeededRandom(seed: seed)
        var second = SeededRandom(seed: seed)
        let base = Self.procedure(&first, population: 1_000)
        let withFee = Self.procedure(&second, population: 1_000)
            + "  fee extra \"Extra\" {\n    amount 99_000 VND\n    waived online\n    basis \"T\"\n  }\n"
        let before = try Assess.procedure(Assess.ruleset(procedure: base))
        let after = try Assess.procedure(Assess.ruleset(procedure: withFee))
        let online = { (a: ProcedureAssessment) in a.channels.first { $0.channel == .online } }
        if let onlineBefore = online(before), let onlineAfter = online(after) {
            #expect(onlineBefore.cost == onlineAfter.cost)
        }
        let inPerson = { (a: ProcedureAssessment) in a.channels.first { $0.channel == .inPerson } }
        if let inPersonBefore = inPerson(before), let inPersonAfter = inPerson(after) {
            #expect(inPersonAfter.cost.likely.places(10) == (inPersonBefore.cost.likely + 99_000).places(10))
        }
    }
}
