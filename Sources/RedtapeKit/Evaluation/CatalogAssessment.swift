import Foundation

/// The assessments of every procedure in the rulesets named on a command line, with totals and
/// the groupings a catalog review needs.
public struct CatalogAssessment: Sendable {
    public let currency: Currency
    public let procedures: [ProcedureAssessment]
    public let totalAnnualCost: Figure
    public let totalCases: Figure
    public let totalAnnualHours: Figure
    public let totalOneOff: Figure
    /// The money the year's cases place and get back (`deposit`): held, not spent, so no part of the burden.
    public let totalDeposits: Figure
    public let totalAdministration: Figure

    public struct Group: Sendable {
        public let key: String
        public private(set) var procedures: Int
        public private(set) var annualCost: Figure
        public private(set) var cases: Figure

        mutating func add(_ assessment: ProcedureAssessment) {
            procedures += 1
            annualCost += assessment.annualCost
            cases += assessment.annualCases
        }

        func adding(_ other: Group) -> Group {
            Group(key: key, procedures: procedures + other.procedures, annualCost: annualCost + other.annualCost,
                  cases: cases + other.cases)
        }
    }

    /// Why a set of rulesets cannot be assessed together.
    public enum Failure: Error, Sendable {
        /// Rulesets in different currencies cannot be added up.
        case mixedCurrencies([Currency: String])
    }

    /// Assesses every procedure of the workspace's root rulesets, in the order they were named,
    /// the rulesets spread over all cores (`serial` keeps to one, for comparison); without tracing
    /// each term's factors, which no report over a catalog shows.
    public static func assess(_ workspace: Workspace, serial: Bool = false) -> Result<CatalogAssessment, Failure> {
        let work = contexts(workspace)
        let currencies = currencies(work)
        if currencies.count > 1 { return .failure(.mixedCurrencies(currencies)) }
        let assessed = Parallel.map(work, serial: serial) { ruleset, context in
            let assessor = Assessor(context: context, tracing: false)
            return ruleset.procedures.map(assessor.assess)
        }
        return .success(CatalogAssessment(currency: currencies.keys.first ?? "VND", procedures: assessed.flatMap { $0 }))
    }

    /// The root rulesets with procedures, each with the context its figures are computed in.
    static func contexts(_ workspace: Workspace) -> [(Ruleset, AssessmentContext)] {
        workspace.rootRulesets.filter { !$0.procedures.isEmpty }.map { ($0, AssessmentContext(for: $0, in: workspace)) }
    }

    /// Each currency the rulesets are in, with the first ruleset in it.
    static func currencies(_ work: [(Ruleset, AssessmentContext)]) -> [Currency: String] {
        var currencies: [Currency: String] = [:]
        for (ruleset, context) in work where currencies[context.currency] == nil { currencies[context.currency] = ruleset.path }
        return currencies
    }

    public init(currency: Currency, procedures: [ProcedureAssessment]) {
        self.currency = currency
        self.procedures = procedures
        // Summed a slice at a time on all cores, then the slices' sums in order: the slices are fixed,
        // so the totals are the same on any number of cores.
        let totals = Parallel.map(Parallel.ranges(procedures.count, size: Self.slice)) { Totals(procedures[$0]) }
            .reduce(into: Totals()) { $0.add($1) }
        totalAnnualCost = totals.annualCost
        totalCases = totals.cases
        totalAnnualHours = totals.annualHours
        totalOneOff = totals.oneOff
        totalDeposits = totals.deposits
        totalAdministration = totals.administration
    }

    /// Procedures summed together, enough to be worth sharing between cores.
    private static let slice = 8_192

    /// The catalog's totals over some of its procedures.
    private struct Totals: Sendable {
        var annualCost = Figure.zero
        var cases = Figure.zero
        var annualHours = Figure.zero
        var oneOff = Figure.zero
        var deposits = Figure.zero
        var administration = Figure.zero

        init() {}

        init(_ procedures: ArraySlice<ProcedureAssessment>) {
            for assessment in procedures {
                annualCost += assessment.annualCost
                cases += assessment.annualCases
                annualHours += assessment.annualHours
                oneOff += assessment.oneOffCost
                deposits += assessment.annualDeposits
                administration += Figure.each { assessment.administrationCost[$0] * assessment.annualCases[$0] }
            }
        }

        mutating func add(_ other: Totals) {
            annualCost += other.annualCost
            cases += other.cases
            annualHours += other.annualHours
            oneOff += other.oneOff
            deposits += other.deposits
            administration += other.administration
        }
    }

    /// What a catalog review groups procedures by.
    public enum Grouping: Sendable {
        case sector
        /// The procedure's lead agency (the first it names).
        case agency
        case level

        func key(_ assessment: ProcedureAssessment) -> String? {
            switch self {
            case .sector: assessment.procedure.sector
            case .agency: assessment.procedure.agencies.first?.name
            case .level: assessment.procedure.level?.rawValue
            }
        }
    }

    /// The procedures grouped each way asked for, the groupings worked out side by side.
    public func groups(by groupings: [Grouping]) -> [[Group]] {
        Parallel.map(groupings) { grouping in group(grouping.key) }
    }

    /// The procedures with the largest likely annual burden, largest first (by id when equal, then in
    /// the catalog's order).
    ///
    /// A few of a national catalog (the thousands an HTML report tables) are picked in one pass, keeping
    /// the largest so far in order, instead of sorting the catalog.
    public func top(_ count: Int) -> [ProcedureAssessment] {
        guard count < procedures.count / 8 else { return Array(procedures.sorted(by: Self.ranksAbove).prefix(count)) }
        var top: [ProcedureAssessment] = []
        top.reserveCapacity(count + 1)
        for assessment in procedures where top.count < count || Self.ranksAbove(assessment, top[top.count - 1]) {
            // After those it does not rank above: the same order as a stable sort. Those it ranks above
            // are the end of the list, found by halving.
            var (low, high) = (0, top.count)
            while low < high {
                let middle = (low + high) / 2
                if Self.ranksAbove(assessment, top[middle]) { high = middle } else { low = middle + 1 }
            }
            top.insert(assessment, at: low)
            if top.count > count { top.removeLast() }
        }
        return top
    }

    private static func ranksAbove(_ a: ProcedureAssessment, _ b: ProcedureAssessment) -> Bool {
        (a.annualCost.likely, b.id) > (b.annualCost.likely, a.id)
    }

    /// Groups by a key, largest burden first; procedures without the key form a group keyed "".
    private func group(_ key: (ProcedureAssessment) -> String?) -> [Group] {
        // Running sums per spelling, found by its bytes: a sector is named in Vietnamese, and a string
        // that is not ASCII is normalised each time it is hashed. Spellings that are the same string
        // written with other bytes are then added together, in the order first met; the sums are
        // exact, so they are the same as summing each group's members in the catalog's order.
        var positions: [SpellingKey: Int] = [:]
        var spellings: [Group] = []
        for assessment in procedures {
            let name = key(assessment) ?? ""
            let position = positions[SpellingKey(name), default: spellings.count]
            if position == spellings.count {
                positions[SpellingKey(name)] = position
                spellings.append(Group(key: name, procedures: 0, annualCost: .zero, cases: .zero))
            }
            spellings[position].add(assessment)
        }
        var groups: [String: Group] = [:]
        for spelling in spellings {
            groups[spelling.key] = groups[spelling.key].map { $0.adding(spelling) } ?? spelling
        }
        return groups.values.sorted { ($0.annualCost.likely, $1.key) > ($1.annualCost.likely, $0.key) }
    }
}
