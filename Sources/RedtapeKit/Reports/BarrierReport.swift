import Foundation

/// `redtape barriers` output: every finding with its place, why it matters, the annual cost attached
/// and the suggested fix, as text, JSON or SARIF 2.1.0 for code-review tools (and, in
/// BarrierReport+Tables, Markdown and CSV).
public struct BarrierReport: Sendable {
    public let analysis: BarrierAnalysis
    public let currency: Currency
    public let language: Language
    let lines: SourceLines

    public init(_ analysis: BarrierAnalysis, currency: Currency, files: [SourceFile], language: Language = .en) {
        self.analysis = analysis
        self.currency = currency
        self.language = language
        self.lines = SourceLines(files + (analysis.catalogueFile.map { [$0] } ?? []))
    }

    var format: NumberFormat { NumberFormat(language) }
    var labels: BarrierLabels { BarrierLabels(language: language) }

    // MARK: - Text

    public func text() -> String {
        var out: [UInt8] = []
        writeText { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text, handed to `write` a part at a time in order, so that the text of a national catalog's
    /// hundreds of thousands of findings is never held whole: entries are written on all cores, a
    /// slice each, a group of slices at a time.
    public func writeText(_ write: ([UInt8]) -> Void) {
        let active = analysis.active
        let slices = Parallel.ranges(active.count, size: Self.slice).map { active[$0] }
        for group in stride(from: 0, to: slices.count, by: Self.group) {
            let parts = Parallel.map(Array(slices[group..<min(group + Self.group, slices.count)])) { slice in
                var part: [UInt8] = []
                part.reserveCapacity(slice.count * 512)
                var written = Written(detailWords: BarrierLabels.DetailWords(language))
                for finding in slice { entry(finding, into: &part, written: &written) }
                return part
            }
            for part in parts { write(part) }
        }
        var out = ""
        if !analysis.suppressed.isEmpty {
            out += "\n" + labels.accepted + "\n"
            for finding in analysis.suppressed {
                out += "\(place(finding)): \(finding.severity.rawValue): \(labels.title(finding.rule))"
                    + " [\(finding.rule.declared.id)]\n"
                out += "  \(labels.subject(finding))\n"
                out += "  \(labels.allowedBecause) \"\(finding.suppression!.reason)\"\n"
            }
        }
        out += "\n" + summary() + "\n"
        write(Array(out.utf8))
    }

    /// Findings written together on one core, and slices written before the next are begun.
    private static let slice = 4_096
    private static let group = 8

    /// What the findings of one slice share, written once for the slice: the file of the finding
    /// before (a catalog lists each file's findings together, and finding a file's lines by its path
    /// cost as much as writing the finding), and what each rule's findings all say.
    private struct Written {
        var file: SourceFile?
        var rules: [ObjectIdentifier: RuleText] = [:]
        let detailWords: BarrierLabels.DetailWords
        /// Each detail's line, as written: the findings on a document many procedures ask for share one.
        var details: [Finding.Detail: [UInt8]] = [:]
    }

    /// The lines every finding of a rule has: its title after the severity, and why, the principle
    /// and the fix.
    private struct RuleText {
        let title: [UInt8]
        let notes: [UInt8]
        let fix: [UInt8]
    }

    /// One finding, appended piece by piece as bytes: a national catalog has close to a million of them.
    private func entry(_ finding: Finding, into out: inout [UInt8], written: inout Written) {
        if written.file?.pathNumber != finding.location.fileNumber { written.file = lines.file(of: finding.location) }
        place(finding, in: written.file, into: &out)
        out.append(text: ": ")
        out.append(text: finding.severity.rawValue)
        let rule = ObjectIdentifier(finding.rule)
        let text: RuleText
        if let known = written.rules[rule] {
            text = known
        } else {
            text = ruleText(finding.rule)
            written.rules[rule] = text
        }
        out.append(contentsOf: text.title)
        labels.writeSubject(finding, into: &out)
        out.append(UInt8(ascii: "\n"))
        if let detail = finding.detail {
            if let line = written.details[detail] {
                out.append(contentsOf: line)
            } else {
                var line: [UInt8] = [0x20, 0x20]
                labels.write(detail, into: &line, words: written.detailWords)
                line.append(UInt8(ascii: "\n"))
                written.details[detail] = line
                out.append(contentsOf: line)
            }
        }
        out.append(contentsOf: text.notes)
        if let cost = finding.annualCost {
            out.append(text: "  ")
            labels.writeCostAttached(format.money(cost.likely, currency), into: &out)
            out.append(UInt8(ascii: "\n"))
        }
        out.append(contentsOf: text.fix)
    }

    private func ruleText(_ rule: Rule) -> RuleText {
        let text = labels.text(rule)
        var notes: [UInt8] = []
        Self.line(labels.why, text.explanation, into: &notes)
        Self.line(labels.principle, text.principle, into: &notes)
        var fix: [UInt8] = []
        Self.line(labels.fix, text.fix, into: &fix)
        return RuleText(title: Array((": " + labels.title(rule) + " [" + rule.declared.id + "]\n  ").utf8),
                        notes: notes, fix: fix)
    }

    /// `  label: text` on a line of its own; nothing without a text.
    private static func line(_ label: String, _ text: String?, into out: inout [UInt8]) {
        guard let text else { return }
        out.append(text: "  ")
        out.append(text: label)
        out.append(text: ": ")
        out.append(text: text)
        out.append(UInt8(ascii: "\n"))
    }

    public func summary() -> String {
        let active = analysis.active
        let bySeverity = Severity.allCases.reversed().map { severity in (severity, active.count { $0.severity == severity }) }
        return labels.summary(active.count, bySeverity: bySeverity, accepted: analysis.suppressed.count)
    }

    private func place(_ finding: Finding) -> String {
        var out: [UInt8] = []
        place(finding, in: lines.file(of: finding.location), into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func place(_ finding: Finding, in file: SourceFile?, into out: inout [UInt8]) {
        let position = file?.position(of: finding.location.range.start) ?? SourcePosition(line: 0, column: 0)
        // The file at hand names its own path: the table of paths is asked only without one.
        out.append(text: file?.path ?? finding.location.file)
        out.append(UInt8(ascii: ":"))
        out.append(decimal: position.line)
        out.append(UInt8(ascii: ":"))
        out.append(decimal: position.column)
    }

    // MARK: - JSON

    public func json() -> String {
        let money = NumberFormat.minorUnits(currency)
        let findings: [JSONWriter.Value] = analysis.findings.map { finding in
            let position = lines.position(of: finding.location)
            let text = labels.text(finding.rule)
            var members: [(String, JSONWriter.Value)] = [
                ("rule", .string(finding.rule.declared.id)), ("title", .string(text.name ?? "")),
                ("severity", .string(finding.severity.rawValue)), ("standard", .bool(finding.isStandard)),
                ("procedure", .string(finding.procedure.id)), ("item", .string(finding.item.rawValue)),
                ("itemId", .string(finding.itemID)), ("itemName", finding.itemName.map(JSONWriter.Value.string) ?? .null),
                ("file", .string(finding.location.file)), ("line", .number(String(position.line))),
                ("column", .number(String(position.column))),
            ]
            if let cost = finding.annualCost {
                members.append(("annualCost", JSONWriter.number(cost.likely, decimals: money)))
                members.append(("annualCostLow", JSONWriter.number(cost.low, decimals: money)))
                members.append(("annualCostHigh", JSONWriter.number(cost.high, decimals: money)))
            } else {
                members.append(("annualCost", .null))
            }
            members += [
                ("explanation", text.explanation.map(JSONWriter.Value.string) ?? .null),
                ("principle", text.principle.map(JSONWriter.Value.string) ?? .null),
                ("fix", text.fix.map(JSONWriter.Value.string) ?? .null),
                ("detail", finding.detail.map { .string(labels.text($0)) } ?? .null),
                ("suppressed", .bool(finding.isSuppressed)),
                ("reason", finding.suppression.map { .string($0.reason) } ?? .null),
            ]
            return .object(members)
        }
        let active = analysis.active
        return JSONWriter().write(.object([
            ("version", .number("1")), ("currency", .string(currency.description)),
            ("findings", .array(findings)),
            ("summary", .object([
                ("findings", .number(String(active.count))),
                ("high", .number(String(active.count { $0.severity == .high }))),
                ("medium", .number(String(active.count { $0.severity == .medium }))),
                ("low", .number(String(active.count { $0.severity == .low }))),
                ("suppressed", .number(String(analysis.suppressed.count))),
            ])),
        ]))
    }

    // MARK: - SARIF

    /// SARIF 2.1.0: rules with their help text, results with physical locations, accepted findings as
    /// in-source suppressions with their justification.
    public func sarif(toolVersion: String) -> String {
        let rules = analysis.rules
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.declared.id, $0) })
        let descriptors: [JSONWriter.Value] = rules.map { rule in
            let help = [rule.explanation, rule.principle.map { "Principle: " + $0 }, rule.fix.map { "Fix: " + $0 }]
                .compactMap { $0 }.joined(separator: "\n")
            return .object([
                ("id", .string(rule.declared.id)),
                ("name", .string(SARIF.pascalCase(rule.declared.id))),
                ("shortDescription", .object([("text", .string(rule.declared.name ?? rule.declared.id))])),
                ("fullDescription", .object([("text", .string(rule.explanation ?? rule.declared.name ?? rule.declared.id))])),
                ("help", .object([("text", .string(help.isEmpty ? rule.declared.id : help))])),
                ("defaultConfiguration", .object([("level", .string(Self.level(rule.severity)))])),
                ("properties", .object([("severity", .string(rule.severity.rawValue)),
                                        ("principle", rule.principle.map(JSONWriter.Value.string) ?? .null)])),
            ])
        }
        let results: [JSONWriter.Value] = analysis.findings.map { finding in
            let start = lines.position(of: finding.location)
            let end = lines.position(of: SourceLocation(fileNumber: finding.location.fileNumber, range: .at(finding.location.range.end)))
            // In English whatever the language asked for, as the rest of a SARIF log is: tools read it.
            var message = "\(finding.rule.declared.name ?? finding.rule.declared.id): \(BarrierLabels(language: .en).subject(finding))."
            if let cost = finding.annualCost { message += " Annual cost attached: \(format.money(cost.likely, currency))." }
            if let fix = finding.rule.fix { message += " Fix: \(fix)" }
            var members: [(String, JSONWriter.Value)] = [
                ("ruleId", .string(finding.rule.declared.id)),
                ("ruleIndex", .number(String(index[finding.rule.declared.id] ?? 0))),
                ("level", .string(Self.level(finding.severity))),
                ("message", .object([("text", .string(message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(SARIF.uri(finding.location.file)))])),
                    ("region", .object([
                        ("startLine", .number(String(start.line))), ("startColumn", .number(String(start.column))),
                        ("endLine", .number(String(end.line))), ("endColumn", .number(String(max(end.column, start.column + 1)))),
                    ])),
                ]))])])),
            ]
            if let suppression = finding.suppression {
                members.append(("suppressions", .array([.object([("kind", .string("inSource")),
                                                                  ("justification", .string(suppression.reason))])])))
            }
            if let cost = finding.annualCost {
                members.append(("properties", .object([("annualCost", JSONWriter.number(cost.likely, decimals: NumberFormat.minorUnits(currency))),
                                                       ("currency", .string(currency.description))])))
            }
            return .object(members)
        }
        return SARIF.log(toolVersion: toolVersion, rules: descriptors, results: results)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .high: "error"
        case .medium: "warning"
        case .low: "note"
        }
    }
}
