import Foundation

/// Two drafts compared: the annual burden before and after, and every change with its effect on it.
/// The contributions of the changes add up to the change in the total: exactly in the figures behind
/// them, and in the figures shown too (see `DiffReport`).
public struct DraftComparison: Sendable {
    public let before: CatalogAssessment
    public let after: CatalogAssessment
    public let currency: Currency
    public let procedures: [ProcedureComparison]
    public let warnings: [ComparisonWarning]
    public let barriersIntroduced: [Finding]
    public let barriersResolved: [Finding]
    /// Findings the draft after accepts on the record (`allow … because`) that the draft before did
    /// not: still standing, so neither resolved nor gone, but no longer counted against it.
    public let barriersAccepted: [Finding]
    /// The date the draft before was timed from, the draft after's, where its own differs.
    public let retimed: Retimed?

    /// Elapsed times compared on one calendar: a limit in calendar days ends on another weekday, and
    /// holidays fall elsewhere, from another start, which would show as a change no draft made.
    public struct Retimed: Sendable {
        /// The date both drafts are counted from.
        public let from: CalendarDate
        /// The draft before's own, when all its files have one.
        public let own: CalendarDate?

        public init(from: CalendarDate, own: CalendarDate?) {
            self.from = from
            self.own = own
        }
    }

    public var beforeTotal: Figure { before.totalAnnualCost }
    public var afterTotal: Figure { after.totalAnnualCost }
    public var delta: Figure { afterTotal - beforeTotal }

    /// The change as a fraction of the burden before (−0.2 is a 20% cut); nil when there was none before.
    public var fraction: Exact? {
        beforeTotal.likely == 0 ? nil : delta.likely / beforeTotal.likely
    }

    /// Every change of every procedure, in order.
    public var changes: [Change] { procedures.flatMap(\.changes) }

    public static func compare(before: CatalogAssessment, after: CatalogAssessment,
                               barriersBefore: [Finding] = [], barriersAfter: [Finding] = [], retimed: Retimed? = nil) -> DraftComparison {
        let pairs = Matching.pair(before.procedures, after.procedures, id: \.id, place: place, keys: [
            { $0.procedure.code }, { Matching.normalised($0.procedure.declared.name) },
        ])
        // Each pair is compared on its own: all cores share the work, in the pairs' order.
        let procedures = Parallel.map(pairs) { ProcedureComparison(before: $0.before, after: $0.after, renamed: $0.renamed) }
        let renames = Dictionary(pairs.compactMap { pair -> (ProcedureKey, ProcedureKey)? in
            guard let b = pair.before, let a = pair.after else { return nil }
            return (ProcedureKey(b.procedure.declared), ProcedureKey(a.procedure.declared))
        }, uniquingKeysWith: { first, _ in first })
        let changes = barrierChanges(before: barriersBefore, after: barriersAfter, renames: renames)
        return DraftComparison(before: before, after: after, currency: after.currency, procedures: procedures,
                               warnings: HonestyChecks.warnings(procedures), barriersIntroduced: changes.introduced,
                               barriersResolved: changes.resolved, barriersAccepted: changes.accepted, retimed: retimed)
    }

    /// Where a procedure stands in its draft, for drafts whose files declare procedures of the same id
    /// (a folder of localities, or of drafts before and after): its file's folder and name, which a
    /// draft read from a git revision (`main:Rulesets/vn`) shares with the working tree.
    private static func place(_ procedure: ProcedureAssessment) -> String {
        procedure.procedure.declared.location.file.split(separator: "/").suffix(2).joined(separator: "/")
    }

    /// Findings active after but not before (introduced, a finding no longer accepted included);
    /// active before and gone after (resolved); accepted after but not before (accepted), matched by
    /// rule, procedure and item, a procedure before under the procedure after it is paired with
    /// (renamed, or one of several of its id). A finding on a procedure itself matches one of the
    /// same rule on the same procedure, renamed or not.
    private static func barrierChanges(before: [Finding], after: [Finding], renames: [ProcedureKey: ProcedureKey])
        -> (introduced: [Finding], resolved: [Finding], accepted: [Finding]) {
        let activeBefore = before.filter { !$0.isSuppressed }
        let activeAfter = after.filter { !$0.isSuppressed }
        let acceptedBefore = before.filter(\.isSuppressed)
        let acceptedAfter = after.filter(\.isSuppressed)
        // The sides grouped side by side, the findings before under the names they have after.
        let groups = Parallel.map([(activeBefore, renames), (activeAfter, [:]), (acceptedBefore, renames), (acceptedAfter, [:])]) {
            findings, renames in FindingGroups(findings) { renames[$0] ?? $0 }
        }
        let (beforeGroups, afterGroups, acceptedBeforeGroups, acceptedAfterGroups) = (groups[0], groups[1], groups[2], groups[3])
        // A national catalog has a million findings a side: each is looked for among the few of its
        // procedure on the other side, on all cores.
        let introduced = Parallel.map(afterGroups.runs, slicesOf: 64) { run in
            run.range.filter { !beforeGroups.contains(activeAfter[$0], in: run.procedure) }
        }
        let resolved = Parallel.map(beforeGroups.runs, slicesOf: 64) { run in
            run.range.filter {
                !afterGroups.contains(activeBefore[$0], in: run.procedure)
                    && !acceptedAfterGroups.contains(activeBefore[$0], in: run.procedure)
            }
        }
        let accepted = acceptedAfterGroups.runs.flatMap { run in
            run.range.filter { !acceptedBeforeGroups.contains(acceptedAfter[$0], in: run.procedure) }
        }
        return (introduced.joined().map { activeAfter[$0] }, resolved.joined().map { activeBefore[$0] },
                accepted.map { acceptedAfter[$0] })
    }
}

/// A procedure of one draft: the file that declares it (its path's number) and its id.
private struct ProcedureKey: Hashable, Sendable {
    let file: UInt32
    let id: String

    init(_ procedure: Declared) {
        file = procedure.location.fileNumber
        id = procedure.id
    }
}

/// A draft's findings by procedure: runs of neighbouring findings on one procedure (a catalog lists
/// each procedure's findings together), found by the procedure after as the comparison pairs them.
private struct FindingGroups: Sendable {
    struct Run: Sendable {
        let procedure: ProcedureKey
        let range: Range<Int>
    }

    let findings: [Finding]
    let runs: [Run]
    private let runsByProcedure: [ProcedureKey: [Int]]

    init(_ findings: [Finding], procedureAfter: (ProcedureKey) -> ProcedureKey) {
        var runs: [Run] = []
        var start = 0
        while start < findings.count {
            let procedure = ProcedureKey(findings[start].procedure)
            var end = start + 1
            while end < findings.count, ProcedureKey(findings[end].procedure) == procedure { end += 1 }
            runs.append(Run(procedure: procedureAfter(procedure), range: start..<end))
            start = end
        }
        var byProcedure: [ProcedureKey: [Int]] = [:]
        for index in runs.indices { byProcedure[runs[index].procedure, default: []].append(index) }
        self.findings = findings
        self.runs = runs
        runsByProcedure = byProcedure
    }

    /// Whether a finding of the same rule on the same item stands on `procedure` here.
    func contains(_ finding: Finding, in procedure: ProcedureKey) -> Bool {
        guard let indices = runsByProcedure[procedure] else { return false }
        for index in indices {
            for other in findings[runs[index].range]
            where other.rule.declared.id == finding.rule.declared.id && other.item == finding.item
                && (finding.item == .procedure || other.itemID == finding.itemID) {
                return true
            }
        }
        return false
    }
}

/// One change and its effect on the annual burden.
public struct Change: Sendable {
    public enum Kind: String, Sendable {
        /// More or fewer cases a year (population or frequency).
        case volume
        /// A different value of the applicant's hour.
        case tariff
        case added, removed, modified, renamed, moved
        case procedureAdded = "procedure-added"
        case procedureRemoved = "procedure-removed"
        case procedureRenamed = "procedure-renamed"
    }

    public let kind: Kind
    /// `procedure/document/id`, the place of the change.
    public let path: String
    /// What changed (`prepare 1–2 h → 30 min`), for the reports to word in their language.
    public let phrases: [ChangePhrase]
    public let annualCostDelta: Figure
    public let before: SourceLocation?
    public let after: SourceLocation?
}

/// Something a reviewer should look at twice.
public struct ComparisonWarning: Sendable {
    public enum Kind: String, Sendable {
        /// Counts fell but cost and time did not: fewer items on paper, the same burden in practice.
        case superficial
        /// Cost moved from one procedure, party or segment to another rather than away.
        case burdenShift = "burden-shift"
    }
    public let kind: Kind
    public let procedure: String?
    /// What was found, for the reports to word in their language (`ChangeWording`).
    public let concern: Concern

    public enum Concern: Sendable {
        /// Counts fell while the cost and time of a case did not.
        case countsOnly(procedure: String, counts: [CountChange], cost: (before: Exact, after: Exact),
                        hours: (before: Exact, after: Exact), currency: Currency)
        /// Items removed while others, added or grown, came back with `share` of what they cost.
        case workMoved(procedure: String, removed: [Item], grown: [Item], share: Exact)
        /// One party's cost fell while another's rose.
        case partyShift(procedure: String, falls: [(party: PartyBurden.Party, delta: Exact)],
                        rises: [(party: PartyBurden.Party, delta: Exact)], currency: Currency)
        /// Procedures whose burden rose by most of what others cut.
        case procedureShift(falls: [ProcedureDelta], rises: [ProcedureDelta], currency: Currency)
    }

    /// A count of a case before and after (visits may be an average: a step's visits an estimate).
    public struct CountChange: Sendable {
        public let count: CaseMeasure
        public let before: Exact
        public let after: Exact
    }

    public struct ProcedureDelta: Sendable {
        public let id: String
        public let isNew: Bool
        public let delta: Exact
    }

    /// An item of a procedure named in a warning, as a reviewer looks it up: its kind and id.
    public struct Item: Sendable {
        /// Nil for a part of a procedure that is no document, step or fee (a one-off cost, say).
        public let kind: ItemKind?
        public let id: String
        /// Whether the later draft added it.
        public let isNew: Bool

        /// The item a change is about, read from its path (`procedure/document/id`).
        init(_ change: Change) {
            let parts = change.path.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 3, let kind = ItemKind(rawValue: String(parts[1])) {
                (self.kind, id) = (kind, String(parts[2]))
            } else {
                (self.kind, id) = (nil, change.path)
            }
            isNew = change.kind == .added
        }
    }
}
