import Foundation

/// Turns the syntax tree of one file into a checked `Ruleset`, reporting every problem.
///
/// Names from imported files are passed in already checked; the checker resolves references,
/// evaluates assumptions, checks units and ranges, and finds duplicates and cycles.
public struct Checker {
    let tree: SyntaxTree
    let imported: [String: Symbol]
    var diagnostics: [Diagnostic] = []

    /// Own top-level declarations by name, gathered before anything is checked so that order does not matter.
    var declarations: [String: (kind: Symbol.Kind, entry: Entry)] = [:]
    /// The kind of every name the file can refer to, its own and those it imports: a procedure refers
    /// to a dozen agencies, registries and rules, each looked up here once rather than in the file's
    /// declarations and then in the imported names.
    var kinds: [String: Symbol.Kind] = [:]
    var assumptionValues: [String: Evaluated] = [:]
    var assumptionsInProgress: [String] = []
    /// The file's own assumptions something else in it refers to.
    var usedAssumptions: Set<String> = []
    /// The money unit of this file: its own header's, else the one its imports declare.
    var currency: Currency?
    var exchangeCurrencies: Set<Currency> = []
    var importedCurrency: Currency?
    /// An import of this file failed, and has been reported: the names it may have declared are not
    /// reported again as unknown, one message for every use of them.
    var importsMissing = false

    /// Checks a file against the rulesets it imports.
    public static func check(_ tree: SyntaxTree, imports: [Import], importedRulesets: [Ruleset]) -> (Ruleset, [Diagnostic]) {
        var symbols: [String: Symbol] = [:]
        symbols.reserveCapacity(importedRulesets.reduce(0) {
            $0 + $1.assumptions.count + $1.agencies.count + $1.registries.count + $1.procedures.count + $1.rules.count
        })
        var currency: Currency?
        for ruleset in importedRulesets {
            for item in ruleset.assumptions { symbols[item.declared.id] = Symbol(kind: .assumption, location: item.declared.location, value: item.value.value) }
            for item in ruleset.agencies { symbols[item.declared.id] = Symbol(kind: .agency, location: item.declared.location, value: nil) }
            for item in ruleset.registries { symbols[item.declared.id] = Symbol(kind: .registry, location: item.declared.location, value: nil) }
            for item in ruleset.procedures { symbols[item.declared.id] = Symbol(kind: .procedure, location: item.declared.location, value: nil) }
            for item in ruleset.rules { symbols[item.declared.id] = Symbol(kind: .rule, location: item.declared.location, value: nil) }
            for name in ruleset.unevaluatedAssumptions where symbols[name] == nil {
                symbols[name] = Symbol(kind: .assumption, location: SourceLocation(file: ruleset.path, range: .at(0)), value: nil)
            }
            currency = currency ?? ruleset.header?.currency
        }
        var checker = Checker(tree: tree, imported: symbols)
        checker.importedCurrency = currency
        let ruleset = checker.run(imports: imports)
        return (ruleset, checker.diagnostics)
    }

    init(tree: SyntaxTree, imported: [String: Symbol]) {
        self.tree = tree
        self.imported = imported
    }

    // MARK: - The file

    private mutating func run(imports: [Import]) -> Ruleset {
        // Top-level keywords recognised from their bytes: a catalog's files have a hundred thousand entries.
        importsMissing = tree.entries.count { Context.file.keyword(of: $0)?.keyword == .import } > imports.count
        gatherDeclarations()
        let headerEntries = tree.entries.filter { Context.file.keyword(of: $0)?.keyword == .ruleset }
        for extra in headerEntries.dropFirst() {
            report(.duplicateFact, "a file has one 'ruleset' header", at: extra.keyword.range,
                   notes: [note("the header is here", headerEntries[0].keyword.range)])
        }
        let header = headerEntries.first.flatMap { checkHeader($0) }
        currency = header?.currency ?? importedCurrency
        exchangeCurrencies.formUnion(header?.exchangeRates.map(\.from) ?? [])

        var assumptions: [Assumption] = []
        var agencies: [Agency] = []
        var registries: [Registry] = []
        var procedures: [Procedure] = []
        var rules: [Rule] = []
        var settings: [RuleSetting] = []
        for entry in tree.entries {
            guard let (keyword, _) = Context.file.keyword(of: entry) else {
                unknownKeyword(entry, in: .file)
                continue
            }
            switch keyword {
            case .ruleset, .import:
                continue
            case .assume:
                if let item = checkAssumption(entry) { assumptions.append(item) }
            case .agency:
                if let item = checkAgency(entry) { agencies.append(item) }
            case .registry:
                if let declared = declaration(entry, context: .registry, needsName: true) {
                    checkChildren(of: entry, in: .registry) { _, _, _ in }
                    registries.append(Registry(declared: declared))
                }
            case .procedure:
                if let item = checkProcedure(entry) { procedures.append(item) }
            case .rule:
                if let item = checkRule(entry) { rules.append(item) }
            case .disable, .severity:
                if let item = checkRuleSetting(entry) { settings.append(item) }
            default:
                unknownKeyword(entry, in: .file)
            }
        }
        let evaluated = Set(assumptions.map(\.declared.id))
        let unevaluated = declarations.filter { $0.value.kind == .assumption && !evaluated.contains($0.key) }.map(\.key).sorted()
        let ruleset = Ruleset(path: tree.file.path, header: header, imports: imports, assumptions: assumptions,
                              agencies: agencies, registries: registries, procedures: procedures, rules: rules,
                              ruleSettings: settings, unevaluatedAssumptions: unevaluated,
                              unreferencedAssumptions: unreferenced(assumptions, procedures: procedures))
        if ruleset.isEmpty, unevaluated.isEmpty, !diagnostics.hasErrors {
            diagnostics.append(Diagnostic(.warning, .emptyFile, "this file declares nothing",
                                          at: location(.at(0)),
                                          help: "add a 'procedure' or an 'assume' declaration, or remove the file"))
        }
        return ruleset
    }

    /// A file of assumptions alone is a library for the files that import it; a file of procedures
    /// declares its own for them, and one none of them refers to counts for nothing.
    private func unreferenced(_ assumptions: [Assumption], procedures: [Procedure]) -> [Declared] {
        procedures.isEmpty ? [] : assumptions.map(\.declared).filter { !usedAssumptions.contains($0.id) }
    }

    private mutating func gatherDeclarations() {
        declarations.reserveCapacity(tree.entries.count)
        for entry in tree.entries {
            let kind: Symbol.Kind
            switch Context.file.keyword(of: entry)?.keyword {
            case .assume: kind = .assumption
            case .agency: kind = .agency
            case .registry: kind = .registry
            case .procedure: kind = .procedure
            case .rule: kind = .rule
            default: continue
            }
            guard let first = entry.arguments.first, case .identifier = first.kind else { continue }
            let name = text(first.range)
            if let earlier = declarations[name] {
                report(.duplicateDefinition, "'\(name)' is already declared", at: first.range,
                       help: "give each \(kind.rawValue) its own name",
                       notes: [note("'\(name)' is first declared here", earlier.entry.arguments[0].range)])
            } else if let other = imported[name] {
                report(.duplicateDefinition, "'\(name)' is already declared in an imported file", at: first.range,
                       help: "rename it, or use the imported \(other.kind.rawValue)",
                       notes: [Diagnostic.Note("'\(name)' is declared here", at: other.location)])
            } else {
                declarations[name] = (kind, entry)
            }
        }
        kinds.reserveCapacity(imported.count + declarations.count)
        for (name, symbol) in imported { kinds[name] = symbol.kind }
        for (name, declared) in declarations { kinds[name] = declared.kind }
    }

    // MARK: - Reporting

    func location(_ range: SourceRange) -> SourceLocation { tree.file.location(range) }

    /// A name, date or number as written.
    func text(_ range: SourceRange) -> String { tree.file.text(range) }

    /// The value of a string literal.
    func stringValue(_ expression: ExpressionSyntax) -> String { tree.file.stringValue(expression.range) }

    func note(_ message: String, _ range: SourceRange) -> Diagnostic.Note {
        Diagnostic.Note(message, at: location(range))
    }

    mutating func report(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange, help: String? = nil,
        notes: [Diagnostic.Note] = [], fixIts: [Diagnostic.FixIt] = []
    ) {
        diagnostics.append(Diagnostic(code.severity, code, message, at: location(range), help: help, notes: notes,
                                      fixIts: fixIts))
    }

    /// The words a drafter reaches for to bound a fee, and the keyword each means.
    private static let feeBounds: [String: Keyword] = [
        "min": .atLeast, "minimum": .atLeast, "floor": .atLeast, "least": .atLeast,
        "max": .atMost, "maximum": .atMost, "ceiling": .atMost, "cap": .atMost, "most": .atMost,
    ]

    mutating func unknownKeyword(_ entry: Entry, in context: Context) {
        let word = entry.keyword.text
        // A drafter tying a fee to the step where it is paid reaches for 'step' or 'at step'; say where it goes.
        let paidAtStep = context == .fee && ["at", "step", "paid", "paid_at", "during"].contains(word)
            ? "; a fee paid at a step is declared inside that step's block: step file { … fee f \"…\" { amount … } }" : ""
        // `online 115_000 VND` in a fee: a fee's amount on one channel is an 'amount' line naming it.
        if context == .fee, Channel(rawValue: word) != nil, let first = entry.arguments.first?.range,
           let last = entry.arguments.last?.range, entry.value == nil, entry.block == nil {
            let meant = "amount \(text(first.union(last))) \(word)"
            report(.unknownKeyword, "unknown keyword '\(word)' in \(context.rawValue)", at: entry.keyword.range,
                   help: "a fee's amount on one channel is an 'amount' line with the channel after it: \(meant)",
                   fixIts: [Diagnostic.FixIt("write '\(meant)'", range: entry.keyword.range.union(last), replacement: meant)])
            return
        }
        // `minimum 500_000 VND`, `cap 150_000_000 VND`: the bounds of a fee have the language's own words.
        if context == .fee, let bound = Self.feeBounds[word] {
            report(.unknownKeyword, "unknown keyword '\(word)' in \(context.rawValue)", at: entry.keyword.range,
                   help: "the least and the most a fee charges are its '\(Keyword.atLeast.rawValue)' and '\(Keyword.atMost.rawValue)'",
                   fixIts: [Diagnostic.FixIt("replace with '\(bound.rawValue)'", range: entry.keyword.range, replacement: bound.rawValue)])
            return
        }
        // `people 2` for a step both spouses or every partner must attend: time is counted a case, all of theirs.
        if context == .step, ["people", "persons", "attendees", "parties", "participants", "applicants"].contains(word) {
            report(.unknownKeyword, "unknown keyword '\(word)' in \(context.rawValue)", at: entry.keyword.range,
                   help: "a step's time is counted a case, whoever spends it: when several people must come, write all of "
                       + "their time (two people travelling an hour each: 'travel 2h') and say so in a comment")
            return
        }
        // `held by population_db`, `outside limit`: a keyword of two words written with a space.
        if let first = entry.arguments.first, case .identifier = first.kind, context.keyword(word + "_" + text(first.range)) != nil {
            let joined = word + "_" + text(first.range)
            report(.unknownKeyword, "unknown keyword '\(word)' in \(context.rawValue)", at: entry.keyword.range,
                   help: "did you mean '\(joined)'? The words of a keyword are joined by '_'",
                   fixIts: [Diagnostic.FixIt("write '\(joined)'", range: entry.keyword.range.union(first.range), replacement: joined)])
            return
        }
        // A trip to a photo shop or a notary for a document is part of getting it, not a visit to the agency.
        let gettingDocument = context == .document && ["travel", "wait", "effort", "fare"].contains(word)
            ? "; the time to get a document, its trips and waiting included, is its 'prepare' (prepare 45min..1h), "
                + "and what it costs, its 'cost'" : ""
        let homes = Context.homes(of: word).filter { $0 != context }
        if !homes.isEmpty {
            let places = homes.map { $0 == .file ? "at the top level of a file" : "inside \($0.rawValue)" }
            report(.misplacedKeyword, "'\(word)' does not belong in \(context.rawValue)", at: entry.keyword.range,
                   help: "write '\(word)' " + places.joined(separator: " or ") + paidAtStep + gettingDocument)
            return
        }
        let known = context.keywords.map(\.rawValue)
        if let guess = Suggestion.closest(to: word, in: known) {
            report(.unknownKeyword, "unknown keyword '\(word)' in \(context.rawValue)", at: entry.keyword.range,
                   help: "did you mean '\(guess)'?",
                   fixIts: [Diagnostic.FixIt("replace with '\(guess)'", range: entry.keyword.range, replacement: guess)])
        } else {
            let list = known.isEmpty ? "no keywords" : known.map { "'\($0)'" }.joined(separator: ", ")
            report(.unknownKeyword, "unknown keyword '\(word)' in \(context.rawValue)", at: entry.keyword.range,
                   help: "\(context.rawValue) takes \(list)" + paidAtStep)
        }
    }
}
