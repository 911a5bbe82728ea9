import Foundation

/// One request's view of an open document: checked with the editor's unsaved buffers, and asked
/// what stands at a position.
struct EditorSession {
    let path: String
    let workspace: Workspace
    let file: SourceFile
    let language: Language
    /// The document's problems, as `check` reports them: those found once it is assessed included.
    private let ownDiagnostics: [Diagnostic]

    init(path: String, documents: [String: String], language: Language = .en) {
        self.path = path
        self.language = language
        let buffers = documents.mapValues { Array($0.utf8) }
        let scan = CatalogScan.run([path], keeping: .items, reader: OverlayReader(files: buffers, base: FileSystemReader()))
        workspace = scan.workspace
        ownDiagnostics = scan.diagnostics.filter { $0.location.file == path }
        file = workspace.files.first { $0.path == path } ?? SourceFile(path: path, text: documents[path] ?? "")
    }

    var ruleset: Ruleset? { workspace.rulesets[path] }
    var positions: TextPositions { TextPositions(file: file) }

    // MARK: - Diagnostics

    func diagnostics() -> JSONWriter.Value {
        .array(ownDiagnostics.map(lspDiagnostic))
    }

    private func lspDiagnostic(_ diagnostic: Diagnostic) -> JSONWriter.Value {
        var message = diagnostic.message
        if let help = diagnostic.help { message += "\n" + help }
        return .object([
            ("range", range(diagnostic.location.range, in: file)),
            ("severity", .number(diagnostic.severity == .error ? "1" : diagnostic.severity == .warning ? "2" : "3")),
            ("code", .string(diagnostic.code.rawValue)), ("source", .string("redtape")), ("message", .string(message)),
        ])
    }

    // MARK: - Quick fixes

    /// The fixes `check` offers (`= fix: …`) for the problems on the lines from `first` to `last`, as
    /// quick fixes the editor applies in place; a problem's only fix is the preferred one.
    func codeActions(uri: String, first: Int, last: Int) -> JSONWriter.Value {
        .array(ownDiagnostics.filter { diagnostic in
            let line = positions.position(of: diagnostic.location.range.start).line
            return first <= line && line <= last
        }.flatMap { diagnostic in
            diagnostic.fixIts.map { fix in
                .object([
                    ("title", .string(fix.message)), ("kind", .string("quickfix")),
                    ("diagnostics", .array([lspDiagnostic(diagnostic)])), ("isPreferred", .bool(diagnostic.fixIts.count == 1)),
                    ("edit", .object([("changes", .object([(uri, .array([
                        .object([("range", range(fix.range, in: file)), ("newText", .string(fix.replacement))]),
                    ]))]))])),
                ])
            }
        })
    }

    // MARK: - What stands at a position

    private enum Target {
        case procedure(Procedure)
        case item(Procedure, Declared)
        case assumption(Assumption)
        case declaration(Declared)
        case importedFile(String)
    }

    private func target(line: Int, character: Int) -> Target? {
        let offset = positions.offset(line: line, character: character)
        let tokens = Lexer.tokenize(file).tokens
        guard let token = tokens.first(where: { $0.start <= offset && offset <= $0.end && ($0.kind == .identifier || $0.kind == .string) })
        else { return nil }
        let text = file.text(token.range)
        if token.kind == .string {
            let written = String(text.dropFirst().dropLast())
            return ruleset?.imports.first { $0.written == written }.map { .importedFile($0.resolvedPath) }
        }
        let scope = [ruleset].compactMap { $0 } + (ruleset.map { workspace.importedRulesets(of: $0) } ?? [])
        if let procedure = enclosingProcedure(offset) {
            if procedure.declared.id == text { return .procedure(procedure) }
            let items = procedure.documents.map(\.declared) + procedure.steps.map(\.declared) + procedure.fees.map(\.declared)
                + procedure.segments.map(\.declared) + procedure.oneOffs.map(\.declared)
            if let item = items.first(where: { $0.id == text }) { return .item(procedure, item) }
        }
        if let assumption = scope.flatMap(\.assumptions).first(where: { $0.declared.id == text }) { return .assumption(assumption) }
        if let procedure = scope.flatMap(\.procedures).first(where: { $0.declared.id == text }) { return .procedure(procedure) }
        let declarations = scope.flatMap { $0.agencies.map(\.declared) + $0.registries.map(\.declared) + $0.rules.map(\.declared) }
        return declarations.first { $0.id == text }.map { .declaration($0) }
    }

    private func enclosingProcedure(_ offset: Int) -> Procedure? {
        let tree = Parser.parse(file).tree
        guard let entry = tree.entries.first(where: { $0.keyword.text == "procedure" && $0.range.start <= offset && offset <= $0.range.end }),
              let argument = entry.arguments.first, case .identifier = argument.kind else { return nil }
        let id = file.text(argument.range)
        return ruleset?.procedures.first { $0.declared.id == id }
    }

    // MARK: - Hover

    func hover(line: Int, character: Int) -> JSONWriter.Value {
        guard let target = target(line: line, character: character), let text = hoverText(target) else { return .null }
        return .object([("contents", .object([("kind", .string("markdown")), ("value", .string(text))]))])
    }

    private func hoverText(_ target: Target) -> String? {
        let format = NumberFormat(language)
        let pick = language.pick
        switch target {
        case .procedure(let procedure):
            guard let (assessment, context) = assess(procedure) else { return nil }
            let currency = context.currency
            let (cost, outOfPocket) = (format.money(assessment.cost.likely, currency), format.money(assessment.outOfPocket.likely, currency))
            let (annual, cases) = (format.money(assessment.annualCost.likely, currency), format.number(assessment.annualCases.likely))
            // With steps outside the limit, the days it counts beside it: the elapsed time is longer.
            let counted = assessment.elapsed.stopsClock
                ? ", " + pick("\(format.number(assessment.elapsed.countedWorkdays.likely)) counted",
                              "tính \(format.number(assessment.elapsed.countedWorkdays.likely))") : ""
            let limit = assessment.elapsed.statutoryWorkdays.map { " (" + pick("limit", "thời hạn") + " \(format.number($0.likely))\(counted))" } ?? ""
            var text = "**\(procedure.declared.name ?? procedure.declared.id)**\n\n"
            text += pick("- cost a case: \(cost) (\(format.hours(assessment.hours.likely)), \(outOfPocket) out of pocket)\n",
                         "- chi phí/hồ sơ: \(cost) (\(format.hours(assessment.hours.likely)), chi phí trực tiếp \(outOfPocket))\n")
            text += pick("- annual burden: \(annual) for \(cases) cases\n", "- chi phí hằng năm: \(annual) cho \(cases) hồ sơ\n")
            if assessment.deposit != .zero {
                let deposit = format.money(assessment.deposit.likely, currency)
                text += pick("- deposit: \(deposit) a case, returned (not in the burden)\n",
                             "- tiền ký quỹ: \(deposit) mỗi hồ sơ, được hoàn trả (không tính vào chi phí)\n")
            }
            // Where steps only some of the cases take lengthen theirs, the quickest cases' time, as the report gives it.
            let quickest = assessment.elapsed.quickestWorkdays
                .map { ", " + pick("\(format.number($0)) for some cases", "\(format.number($0)) với một số hồ sơ") } ?? ""
            text += "- " + pick("elapsed", "thời gian") + ": " + Labels(language).workdays(assessment.elapsed.workdays.likely) + quickest
                + limit + "\n"
            let findings = findings(procedure, assessment: assessment, context: context)
            text += "- " + pick("barriers", "vướng mắc") + ": \(findings.count)"
                + (findings.isEmpty ? "" : ": " + findings.prefix(5).map { $0.rule.declared.id }.joined(separator: ", "))
            return text
        case .item(let procedure, let declared):
            guard let (assessment, context) = assess(procedure) else { return nil }
            let terms = assessment.terms.filter { $0.item == declared.id }
            let cost = terms.reduce(Exact(0)) { $0 + $1.cost.likely }
            let hours = terms.reduce(Exact(0)) { $0 + $1.hours.likely }
            let share = format.percent(assessment.cost.likely == 0 ? Exact(0) : cost / assessment.cost.likely, decimals: 1)
            let (money, annual) = (format.money(cost, context.currency), format.money(cost * assessment.annualCases.likely, context.currency))
            // A step's deposit is money held, not spent: said apart from its cost.
            let deposit = procedure.steps.first { $0.declared.id == declared.id && $0.actor == .applicant }?.deposit.map { deposit in
                "\n- " + pick("deposit ", "tiền ký quỹ ") + QuantityText(language).text(deposit.value)
                    + pick(", returned (not in the burden)", ", được hoàn trả (không tính vào chi phí)")
            } ?? ""
            return "**\(declared.name ?? declared.id)**\n\n"
                + pick("- \(format.hours(hours)) and \(money) a case\n- \(share) of the procedure's cost a case\n- \(annual) a year",
                       "- \(format.hours(hours)) và \(money) mỗi hồ sơ\n- \(share) chi phí mỗi hồ sơ của thủ tục\n- \(annual) mỗi năm")
                + deposit
        case .assumption(let assumption):
            return "**\(assumption.declared.name ?? assumption.declared.id)** = \(QuantityText(language).text(assumption.value.value))\n\n"
                + (assumption.source.map { pick("Source", "Nguồn") + ": \($0)" } ?? "")
                + (assumption.isEstimate ? "\n\n*" + pick("Estimate", "Ước tính") + "*" : "")
        case .declaration(let declared):
            return "**\(declared.name ?? declared.id)**"
        case .importedFile(let path):
            return pick("Imports", "Nhập tệp") + " `\(path)`"
        }
    }

    private func assess(_ procedure: Procedure) -> (ProcedureAssessment, AssessmentContext)? {
        guard let ruleset, !workspace.diagnostics.hasErrors || ruleset.procedures.contains(where: { $0.declared.id == procedure.declared.id }) else {
            return nil
        }
        let context = AssessmentContext(for: ruleset, in: workspace)
        return (Assessor(context: context).assess(procedure), context)
    }

    private func findings(_ procedure: Procedure, assessment: ProcedureAssessment, context: AssessmentContext) -> [Finding] {
        let catalog = CatalogAssessment(currency: context.currency, procedures: [assessment])
        return BarrierAnalysis.run(workspace, catalog: catalog).active.filter { $0.procedure.id == procedure.declared.id }
    }

    // MARK: - Definition

    func definition(line: Int, character: Int) -> JSONWriter.Value {
        guard let target = target(line: line, character: character) else { return .null }
        let location: SourceLocation
        switch target {
        case .procedure(let procedure): location = procedure.declared.location
        case .item(_, let declared), .declaration(let declared): location = declared.location
        case .assumption(let assumption): location = assumption.declared.location
        case .importedFile(let path):
            return .object([("uri", .string(LanguageServer.uri(path))), ("range", point(0, 0))])
        }
        guard let target = workspace.files.first(where: { $0.path == location.file }) else { return .null }
        return .object([("uri", .string(LanguageServer.uri(location.file))), ("range", range(location.range, in: target))])
    }

    // MARK: - Symbols and formatting

    func symbols() -> JSONWriter.Value {
        guard let ruleset else { return .array([]) }
        func symbol(_ declared: Declared, kind: Int, detail: String, children: [JSONWriter.Value] = []) -> JSONWriter.Value {
            let where_ = range(declared.location.range, in: file)
            return .object([("name", .string(declared.id)), ("detail", .string(declared.name ?? detail)), ("kind", .number(String(kind))),
                            ("range", where_), ("selectionRange", where_), ("children", .array(children))])
        }
        var list: [JSONWriter.Value] = []
        list += ruleset.assumptions.map { symbol($0.declared, kind: 14, detail: "assumption") }
        list += ruleset.agencies.map { symbol($0.declared, kind: 5, detail: "agency") }
        list += ruleset.registries.map { symbol($0.declared, kind: 5, detail: "registry") }
        list += ruleset.procedures.map { p in
            symbol(p.declared, kind: 12, detail: "procedure",
                   children: p.documents.map { symbol($0.declared, kind: 8, detail: "document") }
                       + p.steps.map { symbol($0.declared, kind: 6, detail: "step") }
                       + p.fees.map { symbol($0.declared, kind: 7, detail: "fee") })
        }
        list += ruleset.rules.map { symbol($0.declared, kind: 24, detail: "rule") }
        return .array(list)
    }

    func formatting() -> JSONWriter.Value {
        let (tree, diagnostics) = Parser.parse(file)
        guard !diagnostics.hasErrors else { return .array([]) }
        let formatted = Formatter().format(tree)
        guard formatted != String(decoding: file.bytes, as: UTF8.self) else { return .array([]) }
        let end = positions.position(of: file.bytes.count)
        return .array([.object([("range", .object([("start", point(0, 0)), ("end", point(end.line, end.character))])),
                                ("newText", .string(formatted))])])
    }

    // MARK: - Ranges

    private func range(_ range: SourceRange, in file: SourceFile) -> JSONWriter.Value {
        let map = TextPositions(file: file)
        let start = map.position(of: range.start)
        let end = map.position(of: max(range.end, range.start))
        return .object([("start", point(start.line, start.character)), ("end", point(end.line, end.character))])
    }

    private func point(_ line: Int, _ character: Int) -> JSONWriter.Value {
        .object([("line", .number(String(line))), ("character", .number(String(character)))])
    }
}
