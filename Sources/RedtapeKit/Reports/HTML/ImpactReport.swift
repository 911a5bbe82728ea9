import Foundation

/// The HTML impact report: one self-contained file, with no script and no external request, for a
/// single draft or for a before/after comparison. Every figure names the file and line it comes from.
public struct ImpactReport: Sendable {
    public enum Subject: Sendable {
        case catalog(CatalogAssessment, BarrierAnalysis)
        case comparison(DraftComparison, after: BarrierAnalysis)
    }

    /// Procedures beyond this many (by burden) are listed in the catalog table but not detailed,
    /// so that a national catalog stays a file a browser opens quickly.
    public static let detailedProcedures = 100
    /// Procedures beyond this many (by burden) are left out of the catalog table too: a table of a
    /// national catalog's 128,000 rows would make a 30 MB page no reader scrolls. The CSV of
    /// `redtape score` lists them all.
    public static let tabledProcedures = 5_000

    public let subject: Subject
    public let title: String
    public let language: Language
    public let target: Exact?
    private let lines: SourceLines
    private let rulesets: [Ruleset]
    private let naming: ProcedureNaming

    public init(_ subject: Subject, workspaces: [Workspace], title: String, language: Language = .en, target: Exact? = nil) {
        self.subject = subject
        self.title = title
        self.language = language
        self.target = target
        self.lines = SourceLines(workspaces.flatMap(\.files))
        var seen: Set<String> = []
        self.rulesets = workspaces.flatMap { $0.rulesets.values.sorted { $0.path < $1.path } }.filter { seen.insert($0.path).inserted }
        switch subject {
        case .catalog(let catalog, _): naming = ProcedureNaming(catalog.procedures)
        case .comparison(let comparison, _): naming = ProcedureNaming(comparison.after.procedures)
        }
    }

    private var labels: ReportLabels { ReportLabels(language) }
    private var format: NumberFormat { NumberFormat(language) }
    private var wording: ChangeWording { ChangeWording(language) }
    private var barrierWords: BarrierLabels { BarrierLabels(language: language) }

    private var catalog: CatalogAssessment {
        switch subject {
        case .catalog(let catalog, _): catalog
        case .comparison(let comparison, _): comparison.after
        }
    }

    private var analysis: BarrierAnalysis {
        switch subject {
        case .catalog(_, let analysis), .comparison(_, let analysis): analysis
        }
    }

    private var currency: Currency { catalog.currency }

    public func html() -> String {
        let body: [HTMLNode] = [
            H.el("header", [], [H.el("h1", text: title),
                                H.el("p", [("class", "sub")], text: labels.generated + " " + rulesets.filter { !$0.procedures.isEmpty }
                                    .map(\.path).joined(separator: ", "))]),
            headline(),
            waterfall(),
            topBurdens(),
            barrierSummary(),
            procedures(),
            assumptions(),
            method(),
        ]
        let document = HTMLNode.fragment([
            .raw("<!DOCTYPE html>\n"),
            H.el("html", [("lang", language.rawValue)], [
                H.el("head", [], [
                    H.el("meta", [("charset", "utf-8")]),
                    H.el("meta", [("http-equiv", "Content-Security-Policy"), ("content", ReportStyle.policy)]),
                    H.el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                    H.el("meta", [("name", "generator"), ("content", "redtape")]),
                    H.el("title", text: title),
                    H.el("style", [], [.raw(ReportStyle.css)]),
                ]),
                H.el("body", [], body),
            ]),
        ])
        return document.render() + "\n"
    }

    // MARK: - Sections

    private func section(_ id: String, _ heading: String, _ children: [HTMLNode]) -> HTMLNode {
        H.el("section", [("id", id)], [H.el("h2", text: heading)] + children)
    }

    private func card(_ key: String, _ value: String, _ note: String? = nil, cls: String? = nil) -> HTMLNode {
        H.el("div", [("class", "card")], [H.el("div", [("class", "k")], text: key),
                                          H.el("div", [("class", cls.map { "v " + $0 } ?? "v")], text: value)]
             + (note.map { [H.el("div", [("class", "src")], text: $0)] } ?? []))
    }

    private func headline() -> HTMLNode {
        var cards: [HTMLNode] = []
        switch subject {
        case .catalog(let catalog, _):
            cards.append(card(labels.annualBurden, format.money(catalog.totalAnnualCost.likely, currency),
                              rangeText(catalog.totalAnnualCost)))
            cards.append(card(labels.annualHours, format.number(catalog.totalAnnualHours.likely)))
            cards.append(card(labels.procedures, String(catalog.procedures.count)))
            cards.append(card(labels.findings, String(analysis.active.count)))
            // The costs kept apart from the burden, when the catalog has them.
            for (label, total) in catalog.costsApart(in: language) where total.likely != 0 {
                cards.append(card(label, format.money(total.likely, currency), rangeText(total)))
            }
        case .comparison(let comparison, _):
            cards.append(card(labels.annualBurden, format.money(comparison.beforeTotal.likely, currency) + " → "
                              + format.money(comparison.afterTotal.likely, currency)))
            let change = format.money(comparison.delta.likely, currency)
                + (comparison.fraction.map { " (" + format.percent($0, decimals: 1) + ")" } ?? "")
            cards.append(card(labels.change, change, cls: comparison.delta.likely <= 0 ? "met" : "missed"))
            cards.append(card(labels.annualHours, format.number(comparison.before.totalAnnualHours.likely) + " → "
                              + format.number(comparison.after.totalAnnualHours.likely)))
            for (label, before, after) in comparison.costsApart(in: language) {
                cards.append(card(label, format.money(before, currency) + " → " + format.money(after, currency)))
            }
            let elapsed = comparison.procedures.compactMap { p -> (Exact, Exact)? in
                guard let b = p.before, let a = p.after else { return nil }
                return (b.elapsed.workdays.likely, a.elapsed.workdays.likely)
            }
            if !elapsed.isEmpty {
                cards.append(card(labels.elapsedLongest, format.number(elapsed.map(\.0).max() ?? 0) + " → "
                                  + format.number(elapsed.map(\.1).max() ?? 0) + " " + labels.workdays))
            }
            if let target {
                let met = comparison.fraction.map { -$0 >= target } ?? false
                cards.append(card(labels.target + " " + format.percent(target), met ? labels.met : labels.notMet,
                                  cls: met ? "met" : "missed"))
            }
        }
        // A catalog that holds two drafts of a procedure adds both to its totals, which a reader
        // comparing them did not mean.
        var notice: [HTMLNode] = []
        if case .catalog = subject, !naming.repeatedIDs.isEmpty {
            notice.append(H.el("p", [("class", "sub")], text: labels.repeatedProcedures(naming.repeatedIDs.count)))
        }
        if case .comparison(let comparison, _) = subject, let unvalued = comparison.staffTimeUnvalued {
            notice.append(H.el("p", [("class", "sub")], text: labels.staffTimeUnvalued(unvalued)))
        }
        if case .comparison(let comparison, _) = subject, let retimed = comparison.retimed {
            notice.append(H.el("p", [("class", "sub")], text: labels.retimed(retimed)))
        }
        return section("headline", labels.headline, [H.el("div", [("class", "cards")], cards)] + notice + [whoBears()])
    }

    /// The annual burden by who bears it, when more than one party does: what a regulatory impact
    /// assessment reports first after the total (the burden on businesses, on citizens).
    private func whoBears() -> HTMLNode {
        switch subject {
        case .catalog(let catalog, _):
            return whoBears(Self.burdenByParty(catalog.procedures))
        case .comparison(let comparison, _):
            let (before, after) = (Self.burdenByParty(comparison.before.procedures), Self.burdenByParty(comparison.after.procedures))
            let parties = PartyBurden.Party.allCases.filter { party in (before + after).contains { $0.party == party } }
            guard parties.count > 1 else { return .fragment([]) }
            func sum(_ list: [(party: PartyBurden.Party, annualCost: Exact)], _ party: PartyBurden.Party) -> Exact {
                list.first { $0.party == party }?.annualCost ?? 0
            }
            return H.table(caption: labels.whoBears, headers: [labels.party, labels.before, labels.after, labels.change],
                           rows: parties.map { party in
                               let (b, a) = (sum(before, party), sum(after, party))
                               return [Labels(language).party(party), format.money(b, currency), format.money(a, currency),
                                       format.money(a - b, currency)]
                           }, numeric: [1, 2, 3])
        }
    }

    /// Who bears how much of an annual burden, when more than one party does.
    private func whoBears(_ burden: [(party: PartyBurden.Party, annualCost: Exact)]) -> HTMLNode {
        guard burden.count > 1 else { return .fragment([]) }
        return H.table(caption: labels.whoBears, headers: [labels.party, labels.annualBurden],
                       rows: burden.map { [Labels(language).party($0.party), format.money($0.annualCost, currency)] }, numeric: [1])
    }

    /// The applicants' annual burden by who bears it (likely figures), in the order of `Party.allCases`.
    /// The administration's own cost stands apart from the burden (METHOD.md §8), and so apart from these.
    static func burdenByParty(_ procedures: [ProcedureAssessment]) -> [(party: PartyBurden.Party, annualCost: Exact)] {
        var sums: [PartyBurden.Party: Exact] = [:]
        for procedure in procedures {
            for burden in procedure.parties where burden.party != .administration {
                sums[burden.party, default: 0] += burden.annualCost.likely
            }
        }
        return PartyBurden.Party.allCases.compactMap { party in sums[party].map { (party, $0) } }
    }

    private func waterfall() -> HTMLNode {
        guard case .comparison(let comparison, _) = subject else { return .fragment([]) }
        let changes = comparison.changes.filter { $0.annualCostDelta.likely != 0 }
            .sorted { abs($0.annualCostDelta.likely) > abs($1.annualCostDelta.likely) }
        var steps = changes.prefix(12).map { change in
            Charts.Bar(label: chartLabel(change), value: change.annualCostDelta.likely, text: format.shortMoney(change.annualCostDelta.likely),
                       detail: wording.summary(change))
        }
        let rest = changes.dropFirst(12).reduce(Exact(0)) { $0 + $1.annualCostDelta.likely }
        if changes.count > 12 { steps.append(Charts.Bar(label: labels.otherChanges, value: rest, text: format.shortMoney(rest))) }
        let chart = Charts.waterfall(
            before: (labels.before, comparison.beforeTotal.likely, format.shortMoney(comparison.beforeTotal.likely)),
            steps: steps,
            after: (labels.after, comparison.afterTotal.likely, format.shortMoney(comparison.afterTotal.likely)),
            title: labels.waterfallTitle)
        let rows = changes.map { change in
            [change.path, wording.summary(change), format.money(change.annualCostDelta.likely, currency), place(change.after ?? change.before)]
        }
        return section("waterfall", labels.waterfallTitle, [
            chart,
            H.el("details", [], [H.el("summary", text: labels.dataTable),
                                 H.table(caption: labels.waterfallTitle, headers: [labels.where_, labels.change, labels.annualBurden, labels.source],
                                         rows: rows, numeric: [2], paths: [0, 3])]),
        ] + warnings(comparison))
    }

    /// A change's name under its column: the item's id, or what kind of effect it is.
    private func chartLabel(_ change: Change) -> String {
        switch change.kind {
        case .volume: labels.volume
        case .tariff: labels.tariff
        default: change.path.split(separator: "/").last.map(String.init) ?? change.path
        }
    }

    private func warnings(_ comparison: DraftComparison) -> [HTMLNode] {
        guard !comparison.warnings.isEmpty else { return [] }
        return [H.el("h3", text: labels.lookTwice), H.el("ul", [], comparison.warnings.map { H.el("li", text: wording.text($0)) })]
    }

    /// The largest burdens, when there are several to rank: one procedure's burden is the headline's.
    private func topBurdens() -> HTMLNode {
        let top = catalog.top(10)
        guard top.count > 1 else { return .fragment([]) }
        let chart = Charts.bars(top.map { Charts.Bar(label: naming.name($0), value: $0.annualCost.likely,
                                                    text: format.compactMoney($0.annualCost.likely, currency)) },
                                title: labels.topBurdens)
        let rows = top.map { a in
            [naming.id(a), a.procedure.declared.name ?? "", format.money(a.cost.likely, currency), format.money(a.annualCost.likely, currency),
             place(a.procedure.declared.location)]
        }
        return section("top-burdens", labels.topBurdens, [
            chart,
            H.table(caption: labels.topBurdens, headers: [labels.procedure, labels.name, labels.costPerCase, labels.annualBurden, labels.source],
                    rows: rows, numeric: [2, 3], paths: [4]),
        ])
    }

    private func barrierSummary() -> HTMLNode {
        let rows = analysis.countsByRule().map { entry in
            [barrierWords.severity(entry.severity), barrierWords.title(entry.rule), String(entry.count), barrierWords.text(entry.rule).fix ?? ""]
        }
        var children: [HTMLNode] = [H.el("p", text: labels.findingsSummary(analysis.active.count, accepted: analysis.suppressed.count))]
        if !rows.isEmpty {
            children.append(H.table(caption: nil, headers: [labels.severity, labels.barrier, labels.count, labels.fix], rows: rows, numeric: [2]))
        }
        if case .comparison(let comparison, _) = subject {
            let lists = [(labels.resolved, comparison.barriersResolved), (labels.introduced, comparison.barriersIntroduced),
                         (labels.acceptedByChange, comparison.barriersAccepted)]
            for (title, list) in lists where !list.isEmpty {
                children.append(H.el("h3", text: title))
                children.append(H.el("ul", [], list.map { f in
                    let reason = f.suppression.map { " (" + barrierWords.allowedBecause + " \u{201C}" + $0.reason + "\u{201D})" } ?? ""
                    return H.el("li", [], [H.el("span", [("class", "sev-" + f.severity.rawValue)], text: barrierWords.severity(f.severity) + " "),
                                           .text(barrierWords.title(f.rule) + " — " + barrierWords.subject(f) + reason)])
                }))
            }
        }
        return section("barriers", labels.barriers, children)
    }

    private func procedures() -> HTMLNode {
        let ranked = catalog.top(Self.tabledProcedures)
        let procedureCount = catalog.procedures.count
        var children: [HTMLNode] = []
        // Each procedure's changes under the procedure after, by file and id: two files of a draft may
        // declare the same id.
        let changesByProcedure: [ProcedureKey: ProcedureComparison]
        if case .comparison(let comparison, _) = subject {
            changesByProcedure = Dictionary(comparison.procedures.compactMap { change in
                change.after.map { (ProcedureKey(file: $0.procedure.declared.location.fileNumber, id: $0.id), change) }
            }, uniquingKeysWith: { first, _ in first })
        } else {
            changesByProcedure = [:]
        }
        let detailed = ranked.prefix(Self.detailedProcedures)
        // One pass over the findings for the procedures shown in detail, not one pass for each.
        let shown = Set(detailed.map { ProcedureKey(file: $0.procedure.declared.location.fileNumber, id: $0.id) })
        let shownIDs = Set(shown.map(\.id))
        var findingsByProcedure: [ProcedureKey: [Finding]] = [:]
        for finding in analysis.findings where shownIDs.contains(finding.procedure.id) {
            let key = ProcedureKey(file: finding.procedure.location.fileNumber, id: finding.procedure.id)
            if shown.contains(key) { findingsByProcedure[key, default: []].append(finding) }
        }
        // An anchor a procedure: `p-birth`, and `p-birth-2` for a second file's procedure of that id.
        var anchors: [String: Int] = [:]
        for assessment in detailed {
            let key = ProcedureKey(file: assessment.procedure.declared.location.fileNumber, id: assessment.id)
            let seen = anchors[assessment.id, default: 0]
            anchors[assessment.id] = seen + 1
            children.append(procedureDetails(assessment, anchor: "p-" + assessment.id + (seen == 0 ? "" : "-\(seen + 1)"),
                                             changes: changesByProcedure[key], findings: findingsByProcedure[key] ?? [],
                                             alone: procedureCount == 1))
        }
        if ranked.count > Self.detailedProcedures {
            children.append(H.el("p", [("class", "sub")], text: labels.moreProcedures(ranked.count - Self.detailedProcedures)))
        }
        let rows = ranked.map { a in
            [naming.id(a), a.procedure.declared.name ?? "", format.number(a.annualCases.likely), format.money(a.cost.likely, currency),
             format.money(a.annualCost.likely, currency), format.number(a.elapsed.workdays.likely), place(a.procedure.declared.location)]
        }
        // A table of one procedure would repeat its details' first line.
        guard procedureCount > 1 else { return section("procedures", labels.proceduresHeading, children) }
        let summary = procedureCount > Self.tabledProcedures
            ? labels.largestProcedures(Self.tabledProcedures, of: procedureCount) : labels.allProcedures(procedureCount)
        children.append(H.el("details", [], [H.el("summary", text: summary),
                                             H.table(caption: nil, headers: [labels.procedure, labels.name, labels.cases, labels.costPerCase,
                                                                             labels.annualBurden, labels.elapsedShort, labels.source],
                                                     rows: rows, numeric: [2, 3, 4, 5], paths: [6])]))
        return section("procedures", labels.proceduresHeading, children)
    }

    /// The cases a document concerns, when not all: a share of them, or those filed on some channels.
    private func neededBy(_ document: Document) -> String {
        if !document.appliesOn.isEmpty {
            return Labels(language).filedOn(document.appliesOn)
        }
        return document.applies.map { QuantityText(language).text($0.value) } ?? ""
    }

    /// A fee's amount as written, a range where it is one, the amounts it has on a channel or for a
    /// segment of their own (`200,000 VND; online 100,000 VND`), and its bounds.
    private func feeAmounts(_ fee: Fee) -> String {
        let quantities = QuantityText(language)
        return ([quantities.text(fee.amount.value)]
            + fee.channelAmounts.map { Labels(language).channel($0.channel) + " " + quantities.text($0.amount.value) }
            + fee.segmentAmounts.map { given in
                given.segment.name + (given.channel.map { " " + Labels(language).channel($0) } ?? "") + " " + quantities.text(given.amount.value)
            } + Labels(language).bounds(of: fee))
            .joined(separator: "; ")
    }

    /// A procedure, by the file that declares it (its path's number) and its id.
    private struct ProcedureKey: Hashable {
        let file: UInt32
        let id: String
    }

    /// A procedure `alone` in the report has its burden by party in the headline already.
    private func procedureDetails(_ a: ProcedureAssessment, anchor: String, changes: ProcedureComparison?, findings: [Finding],
                                  alone: Bool) -> HTMLNode {
        let p = a.procedure
        var children: [HTMLNode] = [
            H.el("p", [], [.text(labels.factsLine(cases: format.number(a.annualCases.likely), cost: format.money(a.cost.likely, currency),
                                                  deposit: a.deposit == .zero ? nil : format.money(a.deposit.likely, currency),
                                                  hours: format.hours(a.hours.likely), elapsed: format.number(a.elapsed.workdays.likely),
                                                  quickest: a.elapsed.quickestWorkdays.map { format.number($0) },
                                                  limit: a.elapsed.statutoryWorkdays.map { format.number($0.likely) },
                                                  counted: a.elapsed.stopsClock ? format.number(a.elapsed.countedWorkdays.likely) : nil)),
                           H.el("span", [("class", "src")], text: " — " + place(p.declared.location))]),
        ]
        if let changes, !changes.changes.isEmpty {
            children.append(H.table(caption: labels.changes, headers: [labels.change, labels.annualBurden, labels.source],
                                    rows: changes.changes.map { [wording.summary($0), format.money($0.annualCostDelta.likely, currency),
                                                                 place($0.after ?? $0.before)] }, numeric: [1], paths: [2]))
        }
        if !alone { children.append(whoBears(Self.burdenByParty([a]))) }
        if !a.elapsed.schedule.isEmpty {
            let names = Dictionary(p.steps.map { ($0.declared.id, $0.declared.name ?? $0.declared.id) }, uniquingKeysWith: { x, _ in x })
            let critical = Set(a.elapsed.criticalPath)
            // The days the limit does not count push the day it falls on, on the applicant's calendar, by as many.
            let outside = a.elapsed.stopsClock ? Set(p.steps.filter(\.stopsClock).map(\.declared.id)) : []
            let stopped = (a.elapsed.workdays.likely - a.elapsed.countedWorkdays.likely).integerValue
            children.append(H.el("h3", text: labels.timeline))
            children.append(Charts.timeline(a.elapsed.schedule, critical: critical, outside: outside, names: names,
                                            title: labels.timelineTitle(p.declared.name ?? a.id),
                                            limit: a.elapsed.statutoryWorkdays.map { $0.likely.integerValue + stopped }))
            // A step only a share of the cases take says whose days these are.
            let shares = Dictionary(p.steps.filter(\.takesDaysOfSome).map { ($0.declared.id, $0.applies?.value.likely ?? 1) },
                                    uniquingKeysWith: { x, _ in x })
            children.append(H.table(caption: nil, headers: [labels.step, labels.start, labels.finish, labels.criticalPath],
                                    rows: a.elapsed.schedule.map { step in
                                        [(names[step.step] ?? step.step) + (outside.contains(step.step) ? labels.outsideLimit : "")
                                            + (shares[step.step].map { labels.ofTheCases(format.percent($0)) } ?? ""),
                                         String(step.start), String(step.finish), critical.contains(step.step) ? "✓" : ""]
                                    }, numeric: [1, 2]))
        }
        if !a.elapsed.channels.isEmpty {
            let channelLabels = Labels(language)
            // The days each channel's limit counts, where steps outside the limit make them fewer than the elapsed.
            let counted = a.elapsed.stopsClock
            children.append(H.table(caption: labels.byChannelCaption,
                                    headers: [labels.filedOn, labels.elapsedShort] + (counted ? [labels.countedShort] : [])
                                        + [labels.statutoryShort, labels.overLimit],
                                    rows: a.elapsed.channels.map { channel in
                                        [channelLabels.channel(channel.channel), format.number(channel.workdays.likely)]
                                            + (counted ? [format.number(channel.countedWorkdays.likely)] : [])
                                            + [channel.statutoryWorkdays.map { format.number($0.likely) } ?? "—",
                                               channel.exceedsLimit ? "✓" : ""]
                                    }, numeric: counted ? [1, 2, 3] : [1, 2]))
        }
        children.append(H.table(caption: labels.costOfACase, headers: [labels.term, labels.hoursShort, labels.outOfPocket, labels.costPerCase, labels.source],
                                rows: a.terms.map { [CostWording(language).label($0), format.number($0.hours.likely, decimals: 2),
                                                     format.money($0.outOfPocket.likely, currency), format.money($0.cost.likely, currency),
                                                     place($0.location)] }, numeric: [1, 2, 3], paths: [4]))
        if !p.documents.isEmpty {
            children.append(H.table(caption: labels.documents, headers: [labels.name, labels.originals, labels.copies, labels.certified,
                                                                         labels.heldBy, labels.neededBy, labels.source],
                                    rows: p.documents.map { d in
                                        [d.declared.name ?? d.declared.id, String(d.originals), String(d.copies),
                                         d.certified || d.notarised ? "✓" : "", d.heldBy?.name ?? "", neededBy(d),
                                         place(d.declared.location)]
                                    }, numeric: [1, 2]))
        }
        if !p.fees.isEmpty {
            children.append(H.table(caption: labels.fees, headers: [labels.name, labels.amount, labels.waived, labels.legalBasis],
                                    rows: p.fees.map { f in
                                        [f.declared.name ?? f.declared.id, feeAmounts(f),
                                         f.waivedFor.map { Channel(rawValue: $0.name).map(Labels(language).channel) ?? $0.name }
                                            .joined(separator: ", "),
                                         f.basis.joined(separator: "; ")]
                                    }, numeric: [1]))
        }
        if !findings.isEmpty {
            children.append(H.el("h3", text: labels.barriers))
            children.append(H.el("ul", [], findings.map { f in
                H.el("li", [], [H.el("span", [("class", "sev-" + f.severity.rawValue)], text: barrierWords.severity(f.severity) + " "),
                                .text(barrierWords.title(f.rule) + " — " + barrierWords.subject(f)
                                      + (f.suppression.map { " (" + labels.accepted + ": " + $0.reason + ")" } ?? "")),
                                H.el("span", [("class", "src")], text: " " + place(f.location))])
            }))
        }
        let summary = "\(naming.id(a)) — \(p.declared.name ?? ""): \(format.money(a.annualCost.likely, currency))"
        return H.el("details", [("id", anchor)], [H.el("summary", text: summary)] + children)
    }

    private func assumptions() -> HTMLNode {
        // Two drafts that each declare the same figure, as standalone drafts do, list it once, with
        // both places; a figure that changed stands on a row of its own for each draft.
        var rows: [[String]] = []
        var rowByFigure: [[String]: Int] = [:]
        func add(_ figure: [String], at location: SourceLocation) {
            if let row = rowByFigure[figure] {
                rows[row][figure.count] += ", " + place(location)
            } else {
                rowByFigure[figure] = rows.count
                rows.append(figure + [place(location)])
            }
        }
        let quantities = QuantityText(language)
        let used = assumptionsUsed()
        for item in rulesets.flatMap(\.assumptions) where used.contains(item.declared.id) {
            // A note says what an estimate rests on, where no source is cited, or what to make of one that is.
            let cited = [item.source, item.note.map { labels.note + ": " + $0 }].compactMap { $0 }.joined(separator: " — ")
            add([item.declared.id, item.declared.name ?? "", quantities.text(item.value.value),
                 cited, item.isEstimate ? labels.estimate : "", item.date ?? ""], at: item.value.location)
        }
        // The rates amounts in other currencies are converted at: figures the computation uses too.
        for rate in rulesets.compactMap(\.header).flatMap(\.exchangeRates) {
            add(["1 \(rate.from)", labels.exchangeRate, quantities.text(rate.rate), "", "", ""], at: rate.location)
        }
        // And the convention present values are worked out by.
        for discounting in rulesets.compactMap(\.header?.discounting) {
            add(["discount", labels.discountRate(discounting.timing), quantities.text(discounting.rate.value), "", "", ""],
                at: discounting.rate.location)
            add(["horizon", labels.horizon, quantities.text(discounting.horizon.value), "", "", ""], at: discounting.horizon.location)
        }
        guard !rows.isEmpty else { return section("assumptions", labels.assumptions, [H.el("p", text: labels.noAssumptions)]) }
        return section("assumptions", labels.assumptions, [
            H.el("p", text: labels.assumptionsIntro),
            H.table(caption: nil, headers: [labels.name, labels.meaning, labels.value, labels.sourceCited, labels.estimate, labels.date, labels.source],
                    rows: rows, paths: [6]),
        ])
    }

    /// The names of the assumptions the procedures reported on are written with, those their values
    /// draw on, and the thresholds of the barrier rules found. By name: two drafts that each declare
    /// a figure of the same name list both.
    private func assumptionsUsed() -> Set<String> {
        let procedures = switch subject {
        case .catalog(let catalog, _): catalog.procedures
        case .comparison(let comparison, _): comparison.before.procedures + comparison.after.procedures
        }
        var written: Set<String> = []
        for assessment in procedures {
            assessment.procedure.forEachAssumptionWritten { written.insert($0) }
        }
        let declared = Dictionary(grouping: rulesets.flatMap(\.assumptions), by: \.declared.id)
        return Set(Assumption.closure(of: Array(written) + analysis.rules.flatMap(\.condition.parameterNames)) { name in
            declared[name].map { $0.flatMap(\.value.assumptions) }
        })
    }

    private func method() -> HTMLNode {
        section("method", labels.method, labels.methodParagraphs.map { H.el("p", text: $0) })
    }

    // MARK: - Helpers

    private func place(_ location: SourceLocation?) -> String {
        guard let location else { return "" }
        return lines.cite(location)
    }

    private func rangeText(_ figure: Figure) -> String? {
        figure.isPoint ? nil : format.money(figure.low, currency) + " – " + format.money(figure.high, currency)
    }
}
