import Foundation

/// Finds the barriers in every procedure of a workspace: the standard catalogue's rules, less the ones
/// a ruleset switches off, plus the rules the ruleset (and the files it imports) declare.
public struct BarrierAnalysis: Sendable {
    public let findings: [Finding]
    /// Problems with rule settings: a `disable`, `severity` or `allow` naming no known rule.
    public let diagnostics: [Diagnostic]
    /// Every rule that was applied somewhere, standard rules first, for reports and SARIF.
    public let rules: [Rule]
    public let catalogueFile: SourceFile?

    /// The findings not accepted with `allow`, and those accepted, in the order found.
    public let active: [Finding]
    public let suppressed: [Finding]

    init(findings: [Finding], diagnostics: [Diagnostic], rules: [Rule], catalogueFile: SourceFile?) {
        self.findings = findings
        self.diagnostics = diagnostics
        self.rules = rules
        self.catalogueFile = catalogueFile
        active = findings.filter { !$0.isSuppressed }
        suppressed = findings.filter(\.isSuppressed)
    }

    public static func run(_ workspace: Workspace, catalog: CatalogAssessment, serial: Bool = false) -> BarrierAnalysis {
        let standard = StandardCatalogue.load()
        let perRuleset = analyseAll(workspace, catalog: catalog, standardRules: standard?.ruleset.rules ?? [],
                                    sharing: .known(documentIndex(workspace)), serial: serial)
        let findings = perRuleset.flatMap(\.findings)
        let imported = Set(workspace.rulesets.values.flatMap { $0.imports.map(\.resolvedPath) })
        let libraries = workspace.rootRulesets.compactMap(ruleLibrary)
        return BarrierAnalysis(findings: findings,
                               diagnostics: perRuleset.flatMap(\.diagnostics)
                                   + unused(perRuleset.flatMap(\.unused) + libraries, importedPaths: imported),
                               rules: rules(of: findings), catalogueFile: standard?.file)
    }

    /// Every rule that gave a finding, in the order first found.
    static func rules(of findings: [Finding]) -> [Rule] {
        var order = RuleOrder()
        for finding in findings { _ = order.position(of: finding.rule) }
        return order.rules
    }

    /// What one ruleset adds to a tally, from its procedures' assessments.
    static func tally(_ ruleset: Ruleset, in workspace: Workspace, assessments: [ProcedureAssessment],
                      standardRules: [Rule]) -> Outcome {
        analyse(ruleset, in: workspace, standardRules: standardRules, assessments: index(assessments), sharing: .counting)
    }

    /// What one ruleset adds to a tally when the findings are wanted: its findings, with those that turn on other
    /// procedures' documents marked to be settled once the whole catalog is read.
    static func collect(_ ruleset: Ruleset, in workspace: Workspace, assessments: [ProcedureAssessment],
                        standardRules: [Rule]) -> Outcome {
        analyse(ruleset, in: workspace, standardRules: standardRules, assessments: index(assessments), sharing: .deferred)
    }

    /// Whether the documents other procedures ask for are known. With the whole catalog read, findings
    /// are built at once; read a batch at a time, they are counted, or built, and a finding that depends
    /// on documents asked for elsewhere is settled once the catalog is read.
    private enum Sharing {
        case known([DocumentKey: SharedDocument])
        case counting
        case deferred

        /// Which procedures ask for each document, when known.
        var documents: [DocumentKey: SharedDocument]? {
            if case .known(let index) = self { return index }
            return nil
        }
    }

    /// What one ruleset's procedures give: their findings (when building them), how many remain active,
    /// those whose answer waits on the whole catalog, the documents asked for, and the problems with
    /// the ruleset's rule settings.
    struct Outcome: Sendable {
        var findings: [Finding] = []
        var active = 0
        var undecided: [BarrierTally.Undecided] = []
        /// Each procedure's id, with the identities of the documents it asks for.
        var documents: [(procedure: String, keys: [DocumentKey])] = []
        var diagnostics: [Diagnostic] = []
        /// W065 for the ruleset's own assumptions nothing reads, which stand only if no other file
        /// imports it (`unused(_:importedPaths:)`): it may be their source of the figure.
        var unused: [Diagnostic] = []
        /// The files the ruleset imports.
        var imports: [String] = []
        /// Findings built before the catalog is read, which wait on other procedures' documents.
        var pending: [Pending] = []
    }

    /// The W065 and W067 diagnostics that stand: those of files no other file imports.
    static func unused(_ diagnostics: [Diagnostic], importedPaths: Set<String>) -> [Diagnostic] {
        diagnostics.filter { !importedPaths.contains($0.location.file) }
    }

    /// W067 for a file of rules or rule settings with no procedure of its own, which stands only if no
    /// other file imports it: its rules apply to the procedures of the files that import it, and to
    /// none of those it imports (`barriers before.ruleset rules.ruleset`, where `rules.ruleset`
    /// imports the procedures, finds nothing by them).
    static func ruleLibrary(_ ruleset: Ruleset) -> Diagnostic? {
        guard ruleset.procedures.isEmpty,
              let first = ruleset.rules.first?.declared.location ?? ruleset.ruleSettings.first?.rule.location else { return nil }
        let name = (ruleset.path as NSString).lastPathComponent
        return Diagnostic(.warning, .rulesForNoProcedure, "the rules and settings of '\(name)' apply to no procedure",
                          at: first,
                          help: "rules apply to the procedures of the file that declares them and of the files that import it, "
                              + "not to those of the files it imports: write 'import \"\(name)\"' (with its path) in each file "
                              + "of procedures they are for")
    }

    /// A finding on a document whose detail names the other procedures asking for it, and which, when
    /// `holdsWhenShared` is set, holds only if some do (or only if none do).
    struct Pending: Sendable {
        /// The finding's position among those its ruleset gave.
        let finding: Int
        /// The document's identity across procedures (`ItemFacts.key`).
        let document: DocumentKey
        let procedure: String
        let holdsWhenShared: Bool?
    }

    private static func analyseAll(_ workspace: Workspace, catalog: CatalogAssessment, standardRules: [Rule],
                                   sharing: Sharing, serial: Bool) -> [Outcome] {
        let assessments = index(catalog.procedures)
        let rulesets = workspace.rootRulesets.filter { !$0.procedures.isEmpty }
        return Parallel.map(rulesets, serial: serial) { ruleset in
            analyse(ruleset, in: workspace, standardRules: standardRules, assessments: assessments, sharing: sharing)
        }
    }

    /// A procedure by the file it is declared in (its path's number) and its id.
    private struct ProcedureKey: Hashable {
        let file: UInt32
        let id: String

        init(_ declared: Declared) {
            file = declared.location.fileNumber
            id = declared.id
        }
    }

    /// Assessments by the file and id of their procedure.
    private static func index(_ assessments: [ProcedureAssessment]) -> [ProcedureKey: ProcedureAssessment] {
        Dictionary(assessments.map { (ProcedureKey($0.procedure.declared), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The findings of one ruleset's procedures, and the problems with its rule settings.
    private static func analyse(_ ruleset: Ruleset, in workspace: Workspace, standardRules: [Rule],
                                assessments: [ProcedureKey: ProcedureAssessment], sharing: Sharing) -> Outcome {
        var outcome = Outcome()
        var diagnostics: [Diagnostic] = []
        let scope = [ruleset] + workspace.importedRulesets(of: ruleset)
        let context = AssessmentContext(for: ruleset, in: workspace)
        var rules: [String: (rule: Rule, standard: Bool)] = [:]
        var ruleOrder: [String] = []
        for rule in standardRules { rules[rule.declared.id] = (rule, true); ruleOrder.append(rule.declared.id) }
        for rule in scope.flatMap(\.rules) {
            if rules[rule.declared.id] == nil { ruleOrder.append(rule.declared.id) }
            rules[rule.declared.id] = (rule, false)
        }
        if !ruleset.unreferencedAssumptions.isEmpty {
            outcome.unused = unused(ruleset.unreferencedAssumptions, thresholds: rules.values.flatMap(\.rule.condition.parameterNames))
        }
        // Every file in its scope, not only those it names: a file of rules imported through another is imported too.
        outcome.imports = scope.dropFirst().map(\.path)
        var severities: [String: Severity] = [:]
        var disabled: Set<String> = []
        for setting in scope.flatMap(\.ruleSettings) {
            guard rules[setting.rule.name] != nil else {
                diagnostics.append(unknownRule(setting.rule, known: ruleOrder))
                continue
            }
            switch setting.change {
            case .disable: disabled.insert(setting.rule.name)
            case .severity(let severity): severities[setting.rule.name] = severity
            }
        }
        var parameters: [String: Estimate] = [:]
        for assumption in scope.flatMap(\.assumptions) { parameters[assumption.declared.id] = assumption.value.value }
        // The rules in force for this ruleset, settled once for all of its procedures.
        let applied: [AppliedRule] = ruleOrder.compactMap { id in
            guard !disabled.contains(id), let (rule, isStandard) = rules[id] else { return nil }
            return AppliedRule(rule: rule, isStandard: isStandard, severity: severities[id] ?? rule.severity,
                               condition: rule.condition.binding(parameters),
                               readsSharing: rule.subject == .document && rule.condition.reads(.askedElsewhere))
        }

        var identities = ItemFacts.Identities()
        for procedure in ruleset.procedures {
            guard let assessment = assessments[ProcedureKey(procedure.declared)] else { continue }
            let facts = ItemFacts(procedure: procedure, assessment: assessment, context: context,
                                  sharedDocuments: sharing.documents ?? [:], identities: &identities)
            if sharing.documents == nil { outcome.documents.append((procedure.declared.id, facts.documentKeys.uniqued())) }
            for allowance in facts.allows ? Self.allowances(of: procedure) : [] where rules[allowance.rule.name] == nil {
                diagnostics.append(unknownRule(allowance.rule, known: ruleOrder))
            }
            for applied in applied {
                switch sharing {
                case .counting:
                    count(applied, facts: facts, into: &outcome)
                    continue
                case .deferred:
                    collect(applied, facts: facts, into: &outcome)
                    continue
                case .known:
                    break
                }
                for item in Self.matches(applied, facts: facts) {
                    let suppression = Self.suppression(of: applied.rule, on: item, facts: facts)
                    if suppression == nil { outcome.active += 1 }
                    outcome.findings.append(Self.finding(applied.rule, on: item, facts: facts, severity: applied.severity,
                                                         suppression: suppression, isStandard: applied.isStandard))
                }
            }
        }
        outcome.diagnostics = diagnostics
        return outcome
    }

    // MARK: - One rule

    /// A rule as one ruleset applies it: its severity after the ruleset's settings, and its condition
    /// with the ruleset's thresholds in place.
    private struct AppliedRule {
        let rule: Rule
        let isStandard: Bool
        let severity: Severity
        let condition: Condition
        /// Whether the condition asks if other procedures ask for the same document.
        let readsSharing: Bool
    }

    /// The items of the procedure the rule could hold for, in the procedure's order.
    /// Made as they are read: every rule is applied to every procedure, and an array of its items
    /// for each would be made and freed as often.
    private static func items(_ rule: Rule, of procedure: Procedure) -> LazyMapSequence<Range<Int>, ItemFacts.Item> {
        switch rule.subject {
        case .procedure: (0..<1).lazy.map { _ in .procedure }
        case .document: procedure.documents.indices.lazy.map { .document($0) }
        case .step: procedure.steps.indices.lazy.map { .step($0) }
        case .fee: procedure.fees.indices.lazy.map { .fee($0) }
        }
    }

    /// The items of the procedure the rule holds for, in the procedure's order.
    private static func matches(_ applied: AppliedRule, facts: ItemFacts) -> [ItemFacts.Item] {
        Array(items(applied.rule, of: facts.procedure).filter { ConditionEvaluator(facts: facts, item: $0).holds(applied.condition) })
    }

    /// Counts the rule's active findings on the procedure. Where the answer turns on whether another
    /// procedure asks for the document, the condition is tried both ways: if the answers differ, the
    /// finding waits, with the answer for a shared document, until the whole catalog is read.
    private static func count(_ applied: AppliedRule, facts: ItemFacts, into outcome: inout Outcome) {
        let rule = applied.rule
        for item in items(rule, of: facts.procedure) where suppression(of: rule, on: item, facts: facts) == nil {
            guard applied.readsSharing, case .document(let index) = item else {
                if ConditionEvaluator(facts: facts, item: item).holds(applied.condition) { outcome.active += 1 }
                continue
            }
            let whenShared = ConditionEvaluator(facts: facts, item: item, askedElsewhere: true).holds(applied.condition)
            let whenNot = ConditionEvaluator(facts: facts, item: item, askedElsewhere: false).holds(applied.condition)
            if whenShared == whenNot {
                if whenShared { outcome.active += 1 }
            } else {
                outcome.undecided.append(BarrierTally.Undecided(document: facts.documentKeys[index], holdsWhenShared: whenShared))
            }
        }
    }

    /// Builds the rule's findings on the procedure. Where the answer turns on whether another procedure
    /// asks for the document, the condition is tried both ways, and the finding is built if either
    /// holds, to be kept or dropped, and its detail written, once the whole catalog is read.
    private static func collect(_ applied: AppliedRule, facts: ItemFacts, into outcome: inout Outcome) {
        let procedure = facts.procedure
        for item in items(applied.rule, of: procedure) {
            let suppression = suppression(of: applied.rule, on: item, facts: facts)
            if applied.readsSharing, case .document(let index) = item {
                let whenShared = ConditionEvaluator(facts: facts, item: item, askedElsewhere: true).holds(applied.condition)
                let whenNot = ConditionEvaluator(facts: facts, item: item, askedElsewhere: false).holds(applied.condition)
                guard whenShared || whenNot else { continue }
                let document = facts.documentKeys[index]
                let holdsWhenShared = whenShared == whenNot ? nil : whenShared
                outcome.pending.append(Pending(finding: outcome.findings.count, document: document,
                                               procedure: procedure.declared.id, holdsWhenShared: holdsWhenShared))
                if suppression == nil {
                    if let holdsWhenShared {
                        outcome.undecided.append(BarrierTally.Undecided(document: document, holdsWhenShared: holdsWhenShared))
                    } else {
                        outcome.active += 1
                    }
                }
            } else if ConditionEvaluator(facts: facts, item: item).holds(applied.condition) {
                if suppression == nil { outcome.active += 1 }
            } else {
                continue
            }
            outcome.findings.append(finding(applied.rule, on: item, facts: facts, severity: applied.severity,
                                            suppression: suppression, isStandard: applied.isStandard))
        }
    }

    /// The `allow` that accepts the rule's finding on the item: on the item itself or on its procedure.
    private static func suppression(of rule: Rule, on item: ItemFacts.Item, facts: ItemFacts) -> Allowance? {
        guard facts.allows else { return nil }
        let procedure = facts.procedure
        let own: [Allowance] = switch item {
        case .procedure: []
        case .document(let index): procedure.documents[index].allowances
        case .step(let index): procedure.steps[index].allowances
        case .fee(let index): procedure.fees[index].allowances
        }
        let id = rule.declared.id
        return own.first { $0.rule.name == id } ?? procedure.allowances.first { $0.rule.name == id }
    }

    /// The finding on one item, with the annual cost of what it attaches to.
    private static func finding(_ rule: Rule, on item: ItemFacts.Item, facts: ItemFacts, severity: Severity,
                                suppression: Allowance?, isStandard: Bool) -> Finding {
        let procedure = facts.procedure
        let assessment = facts.assessment
        let kind: ItemKind
        let declared: Declared
        let own: CostOwner
        var detail: Finding.Detail?
        // The share of the cases a finding on a limit only some of them exceed concerns: its cost is theirs.
        var share: Exact?
        switch item {
        case .procedure:
            (kind, declared, own) = (.procedure, procedure.declared, .procedure)
            // Only a procedure with limits by channel has channels' times to name: the rule is read for none else.
            if !assessment.elapsed.channels.isEmpty, rule.condition.reads(.exceedsLimit) {
                let late = assessment.elapsed.channels.filter(\.exceedsLimit)
                detail = late.isEmpty ? nil : .overLimit(late)
                share = late.isEmpty ? nil : late.reduce(Exact(0)) { total, late in
                    total + (procedure.channels.first { $0.channel == late.channel }?.share.value.likely ?? 0)
                }
            } else if assessment.elapsed.exceedsLimitForSome, rule.condition.reads(.exceedsLimit),
                      let limit = assessment.elapsed.statutoryWorkdays {
                detail = .overLimitForSome(assessment.elapsed.byShare, limit: limit.likely)
                // Groups of steps taken independently may share cases: never more than all of them.
                share = min(1, assessment.elapsed.byShare.filter { $0.countedWorkdays.likely > limit.likely }
                    .reduce(Exact(0)) { $0 + $1.share })
            }
        case .document(let index):
            let document = procedure.documents[index]
            (kind, declared, own) = (.document, document.declared, .document(document.declared.id))
            if rule.condition.reads(.askedElsewhere) {
                detail = facts.sharedDocuments[facts.documentKeys[index]]?.others(than: procedure.declared.id)
            }
        case .step(let index):
            let step = procedure.steps[index]
            (kind, declared, own) = (.step, step.declared, .step(step.declared.id, fees: procedure.fees))
            if let deposit = step.deposit, rule.condition.reads(.hasDeposit) || rule.condition.reads(.deposit) {
                detail = .depositHeld(facts.context.money(deposit, .likely), facts.context.currency)
            }
        case .fee(let index):
            let fee = procedure.fees[index]
            (kind, declared, own) = (.fee, fee.declared, .fee(fee.declared.id))
        }
        // A step's travel is its own; a procedure, a document or a fee has none but the procedure's.
        let owner: CostOwner = rule.attach == .travel ? .travel(step: kind == .step ? declared.id : nil) : own
        let cost: Figure?
        if case .procedure = owner {
            // Every term: the assessment's own annual burden, which is their sum times the cases.
            cost = assessment.terms.isEmpty ? nil : assessment.annualCost
        } else {
            // Summed term by term as they stand in the assessment, reading a term's kind and item in
            // place: a catalog has a million findings, and a list of each one's terms, or a copy of
            // each term it looks at, would be made and freed as often.
            let terms = assessment.terms
            var total = Figure.zero
            var attached = false
            for index in terms.indices where owner.bears(terms[index].kind, item: terms[index].item) {
                total += terms[index].cost
                attached = true
            }
            cost = attached ? Figure.each { total[$0] * assessment.annualCases[$0] } : nil
        }
        let attachedCost = share.flatMap { share in cost.map { cost in Figure.each { cost[$0] * share } } } ?? cost
        return Finding(rule: rule, severity: severity, procedure: procedure.declared, item: kind, itemID: declared.id,
                       itemName: declared.name, location: declared.location, annualCost: attachedCost, detail: detail,
                       suppression: suppression, isStandard: isStandard)
    }

    /// Whose cost a finding carries: its item's own (a step's includes the fees paid at it, found
    /// among the procedure's `fees`), or travel (visits and fares): a step's own, or the procedure's.
    private enum CostOwner {
        case procedure
        case document(String)
        case step(String, fees: [Fee])
        case fee(String)
        case travel(step: String?)

        /// Whether the owner bears a term of this kind for this item.
        func bears(_ kind: Term.Kind, item: String) -> Bool {
            switch self {
            case .procedure: true
            case .document(let id): (kind == .preparation || kind == .documentCost) && item == id
            case .step(let id, let fees):
                switch kind {
                case .effort, .visit, .fare, .stepCost: item == id
                case .fee: fees.contains { $0.declared.id == item && $0.step == id }
                case .preparation, .documentCost: false
                }
            case .fee(let id): kind == .fee && item == id
            case .travel(let step): (kind == .visit || kind == .fare) && (step == nil || item == step)
            }
        }
    }

    // MARK: - Helpers

    /// Which procedures ask for each document, by the document's normalised form or name: how many,
    /// and the first few of them (enough to name some in a message, without a list per document).
    private static func documentIndex(_ workspace: Workspace) -> [DocumentKey: SharedDocument] {
        var askers = DocumentAskers()
        for ruleset in workspace.rootRulesets {
            for procedure in ruleset.procedures {
                askers.add(procedure.declared.id, asking: procedure.documents.map(ItemFacts.key).uniqued())
            }
        }
        return askers.shared()
    }

    private static func allowances(of procedure: Procedure) -> [Allowance] {
        procedure.allowances + procedure.documents.flatMap(\.allowances) + procedure.steps.flatMap(\.allowances)
            + procedure.fees.flatMap(\.allowances)
    }

    /// W065: a file's own assumptions that nothing in it refers to and no rule reads as its threshold;
    /// one spelt close to a threshold's name was most likely meant to set it.
    private static func unused(_ assumptions: [Declared], thresholds: [String]) -> [Diagnostic] {
        let thresholds = Set(thresholds).sorted()
        return assumptions.filter { !thresholds.contains($0.id) }.map { assumption in
            let guess = Suggestion.closest(to: assumption.id, in: thresholds)
            return Diagnostic(.warning, .unusedAssumption, "assumption '\(assumption.id)' is used by nothing in this file",
                              at: assumption.location,
                              help: guess.map { "a barrier rule's threshold is called '\($0)': did you mean it?" }
                                  ?? "write its name where the figure belongs, or remove it; a figure several files share "
                                  + "belongs in a file they import",
                              fixIts: guess.map { [Diagnostic.FixIt("rename to '\($0)'", range: assumption.location.range, replacement: $0)] } ?? [])
        }
    }

    private static func unknownRule(_ reference: Reference, known: [String]) -> Diagnostic {
        let guess = Suggestion.closest(to: reference.name, in: known)
        return Diagnostic(.warning, .unknownRule, "no barrier rule is called '\(reference.name)'", at: reference.location,
                          help: guess.map { "did you mean '\($0)'?" } ?? "the standard rules are listed by 'redtape barriers --rules'",
                          fixIts: guess.map { [Diagnostic.FixIt("replace with '\($0)'", range: reference.location.range, replacement: $0)] } ?? [])
    }
}

extension Condition {
    /// The condition with each threshold set to the value the ruleset declares under its name, if any.
    func binding(_ parameters: [String: Estimate]) -> Condition {
        switch self {
        case .field, .constant: self
        case .parameter(let name, let fallback): .parameter(name, parameters[name] ?? fallback)
        case .not(let inner): .not(inner.binding(parameters))
        case .and(let a, let b): .and(a.binding(parameters), b.binding(parameters))
        case .or(let a, let b): .or(a.binding(parameters), b.binding(parameters))
        case .compare(let op, let a, let b): .compare(op, a.binding(parameters), b.binding(parameters))
        }
    }

    /// The names of the thresholds the condition reads.
    var parameterNames: [String] {
        switch self {
        case .field, .constant: []
        case .parameter(let name, _): [name]
        case .not(let inner): inner.parameterNames
        case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b): a.parameterNames + b.parameterNames
        }
    }

    /// Whether the condition reads this field.
    func reads(_ field: RuleField) -> Bool {
        switch self {
        case .field(_, let name): name == field
        case .constant, .parameter: false
        case .not(let inner): inner.reads(field)
        case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b): a.reads(field) || b.reads(field)
        }
    }
}
