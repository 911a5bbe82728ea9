import Foundation

/// Variants of the same procedure as several localities publish it, ranked by the cost of a case,
/// with the lightest practice named item by item: "in similar conditions, some localities do better".
public struct LocalityComparison: Sendable {
    public struct Variant: Sendable {
        /// How the variant is named in reports: its file or folder as given.
        public let label: String
        public let assessment: ProcedureAssessment
    }

    /// One procedure (by code, else by id) across variants.
    public struct Group: Sendable {
        public let key: String
        public let name: String
        /// Lightest first.
        public let variants: [Variant]
        public let practices: [Practice]
    }

    /// An item or measure on which the variants differ, with who does it best.
    public struct Practice: Sendable {
        public let subject: Subject
        /// Each variant's value, lightest first.
        public let values: [(label: String, value: Value)]
        public let best: String

        /// What the variants differ on, for the report to word in its language.
        public enum Subject: Sendable, Equatable {
            case measure(CaseMeasure)
            /// A document some variants ask for and others do not.
            case document(name: String)
            /// A fee of the same name, a case. `sameCharges`: every variant charges the same amounts with
            /// the same waivers, so what a case pays on average differs by how the cases file (their
            /// channels, their segments), not by what the locality charges.
            case fee(name: String, sameCharges: Bool)
            /// What a case that goes through a step of the same name pays for it (`cost` of the step, as
            /// written), whichever share of the cases goes through it.
            case stepCost(name: String)
            /// The time the cases filed on a channel take, where every variant gives that channel a limit
            /// of its own.
            case elapsed(filed: Channel)
            /// The statutory limit the cases are promised, in working days, where every variant gives one:
            /// a locality that promises the same result sooner.
            case limit
            /// The applicant's hours on a step of the same name (its effort, and its travel and waiting at
            /// each visit), a case on average: a locality's office nearer, or its queue shorter.
            case stepHours(name: String)
        }

        public enum Value: Sendable {
            case money(Exact)
            case hours(Exact)
            case workdays(Exact)
            case count(Exact)
            /// Whether the variant asks for the document.
            case asked(Bool)
        }
    }

    public let groups: [Group]
    public let currency: Currency

    /// `variants`: each label with the procedures it holds.
    public static func compare(_ variants: [(label: String, procedures: [ProcedureAssessment])]) -> LocalityComparison {
        var byKey: [String: [Variant]] = [:]
        var order: [String] = []
        for (label, procedures) in variants {
            for assessment in procedures {
                let key = assessment.procedure.code ?? assessment.id
                if byKey[key] == nil { order.append(key) }
                byKey[key, default: []].append(Variant(label: label, assessment: assessment))
            }
        }
        let currency = variants.lazy.flatMap(\.procedures).first?.currency ?? "VND"
        let groups = order.compactMap { key -> Group? in
            guard let members = byKey[key], members.count > 1 else { return nil }
            let ranked = members.sorted { ($0.assessment.cost.likely, $0.label) < ($1.assessment.cost.likely, $1.label) }
            return Group(key: key, name: ranked[0].assessment.procedure.declared.name ?? ranked[0].assessment.id,
                         variants: ranked, practices: practices(ranked))
        }
        return LocalityComparison(groups: groups, currency: currency)
    }

    // MARK: - Practices

    private static func practices(_ variants: [Variant]) -> [Practice] {
        var practices: [Practice] = []
        /// The variants' values, lowest first, and who has the lowest; nil when they all have the same.
        /// `entries` stand in the variants' rank, which orders the ties.
        func lowest(_ entries: [(label: String, value: Exact)], _ subject: Practice.Subject, _ show: (Exact) -> Practice.Value) {
            let sorted = entries.enumerated().sorted { ($0.element.value, $0.offset) < ($1.element.value, $1.offset) }.map(\.element)
            guard let first = sorted.first, let last = sorted.last, first.value != last.value else { return }
            practices.append(Practice(subject: subject, values: sorted.map { ($0.label, show($0.value)) },
                                      best: sorted.filter { $0.value == first.value }.map(\.label).joined(separator: ", ")))
        }
        func measure(_ measure: CaseMeasure, _ value: (ProcedureAssessment) -> Exact, _ show: (Exact) -> Practice.Value) {
            lowest(variants.map { ($0.label, value($0.assessment)) }, .measure(measure), show)
        }
        measure(.cost, { $0.cost.likely }, Practice.Value.money)
        measure(.hours, { $0.hours.likely }, Practice.Value.hours)
        measure(.outOfPocket, { $0.outOfPocket.likely }, Practice.Value.money)
        measure(.elapsed, { $0.elapsed.workdays.likely }, Practice.Value.workdays)
        for channel in Channel.allCases {
            let times = variants.compactMap { variant in
                variant.assessment.elapsed.channels.first { $0.channel == channel }.map { (variant.label, $0.workdays.likely) }
            }
            if times.count == variants.count { lowest(times, .elapsed(filed: channel), Practice.Value.workdays) }
        }
        let limits = variants.compactMap { variant in variant.assessment.elapsed.statutoryWorkdays.map { (variant.label, $0.likely) } }
        if limits.count == variants.count { lowest(limits, .limit, Practice.Value.workdays) }
        measure(.visitsInPerson, { $0.counts.visitsInPerson }, Practice.Value.count)
        measure(.documents, { Exact($0.counts.documents) }, Practice.Value.count)
        measure(.certifiedCopies, { Exact($0.counts.certifiedCopies) }, Practice.Value.count)

        // Documents asked for by some localities and not others. A locality's document is another's when
        // they share an id, a form or a name, as diff pairs them, and so on from one locality to the next:
        // one locality's new form of the same declaration is not a document the others do without.
        let documents = variants.flatMap { variant in variant.assessment.procedure.documents.map { (variant.label, $0) } }
        var sameAs = Array(documents.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while sameAs[index] != index { index = sameAs[index] }
            return index
        }
        let sameness: [(Document) -> String?] = [
            { $0.declared.id }, { Matching.normalised($0.form) }, { Matching.normalised($0.declared.name) },
        ]
        for key in sameness {
            var first: [String: Int] = [:]
            for (index, (_, document)) in documents.enumerated() {
                guard let value = key(document) else { continue }
                if let other = first[value] { sameAs[root(index)] = root(other) } else { first[value] = index }
            }
        }
        var askers: [(name: String, labels: [String])] = []
        var position: [Int: Int] = [:]
        for (index, (label, document)) in documents.enumerated() {
            let group = root(index)
            if let at = position[group] {
                if !askers[at].labels.contains(label) { askers[at].labels.append(label) }
            } else {
                position[group] = askers.count
                askers.append((document.declared.name ?? document.declared.id, [label]))
            }
        }
        for entry in askers.sorted(by: { $0.name < $1.name }) where entry.labels.count < variants.count {
            let without = variants.map(\.label).filter { !entry.labels.contains($0) }
            practices.append(Practice(subject: .document(name: entry.name),
                                      values: without.map { ($0, .asked(false)) } + entry.labels.map { ($0, .asked(true)) },
                                      best: without.joined(separator: ", ")))
        }

        // Fees of the same name: the lowest amount per case.
        var fees: [String: [(label: String, value: Exact)]] = [:]
        var feeNames: [String: String] = [:]
        var charges: [String: Set<FeeCharges>] = [:]
        for variant in variants {
            for term in variant.assessment.terms where term.kind == .fee {
                let key = Matching.normalised("fee '\(term.itemName)'") ?? term.item
                feeNames[key] = term.itemName
                fees[key, default: []].append((variant.label, term.outOfPocket.likely))
                if let fee = variant.assessment.procedure.fees.first(where: { $0.declared.id == term.item }) {
                    charges[key, default: []].insert(FeeCharges(fee))
                }
            }
        }
        for (key, entries) in fees.sorted(by: { $0.key < $1.key }) {
            lowest(entries, .fee(name: feeNames[key] ?? key, sameCharges: charges[key]?.count == 1), Practice.Value.money)
        }

        // What a step of the same name costs a case that goes through it, in the variants that have it
        // with a cost in their own currency: the price a locality sets, apart from how many of its cases
        // go through the step.
        var stepCosts: [String: [(label: String, value: Exact)]] = [:]
        var stepNames: [String: String] = [:]
        for variant in variants {
            for step in variant.assessment.procedure.steps {
                guard let cost = step.cost?.value, cost.unit == .money(variant.assessment.currency) else { continue }
                let name = step.declared.name ?? step.declared.id
                let key = Matching.normalised(name) ?? step.declared.id
                stepNames[key] = name
                stepCosts[key, default: []].append((variant.label, cost.likely))
            }
        }
        for (key, entries) in stepCosts.sorted(by: { $0.key < $1.key }) where entries.count > 1 {
            lowest(entries, .stepCost(name: stepNames[key] ?? key), Practice.Value.money)
        }

        // The applicant's hours on a step of the same name, a case on average, in the variants that have
        // it: which locality's step takes its applicants least time.
        var stepHours: [String: [(label: String, value: Exact)]] = [:]
        for variant in variants {
            var hours: [String: Exact] = [:]
            for term in variant.assessment.terms where term.kind == .effort || term.kind == .visit {
                let key = Matching.normalised(term.itemName) ?? term.item
                stepNames[key] = term.itemName
                hours[key, default: 0] += term.hours.likely
            }
            for (key, value) in hours { stepHours[key, default: []].append((variant.label, value)) }
        }
        for (key, entries) in stepHours.sorted(by: { $0.key < $1.key }) where entries.count > 1 {
            lowest(entries, .stepHours(name: stepNames[key] ?? key), Practice.Value.hours)
        }
        return practices
    }
}

/// What a fee charges: its amount, its amounts by channel and by segment, their bounds, and whom it waives.
private struct FeeCharges: Hashable {
    let amount: Estimate
    let byChannel: [Channel: Estimate]
    let bySegment: [String: Estimate]
    let atLeast: Estimate?
    let atMost: Estimate?
    let waived: Set<String>

    init(_ fee: Fee) {
        amount = fee.amount.value
        byChannel = Dictionary(fee.channelAmounts.map { ($0.channel, $0.amount.value) }, uniquingKeysWith: { first, _ in first })
        bySegment = Dictionary(fee.segmentAmounts.map { ($0.label, $0.amount.value) }, uniquingKeysWith: { first, _ in first })
        (atLeast, atMost) = (fee.atLeast?.value, fee.atMost?.value)
        waived = Set(fee.waivedFor.map(\.name))
    }
}
