import Foundation

/// Completion as a drafter types: at the start of a line, the keywords the block takes there, each
/// with how it is written; after a keyword, the names it takes — the assumptions in scope after a
/// quantity's keyword, the procedure's documents after `submits`, its steps after `after`, the
/// agencies, registries, channels, levels, subjects or rules.
extension EditorSession {
    func completion(line: Int, character: Int) -> JSONWriter.Value {
        let offset = positions.offset(line: line, character: character)
        guard line >= 0, line < file.lineStarts.count else { return .array([]) }
        let typed = String(decoding: file.bytes[file.lineStarts[line]..<offset], as: UTF8.self)
        // Nothing is offered inside a comment or a text in quotes.
        guard !typed.contains("#"), typed.count(where: { $0 == "\"" }) % 2 == 0 else { return .array([]) }
        let words = typed.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let blocks = enclosingBlocks(offset)
        let context = blocks.last.flatMap { Context.opened(by: $0.keyword.text) } ?? .file
        if words.isEmpty || (words.count == 1 && !(typed.last == " " || typed.last == "\t")) {
            return .array(context.keywords.map { keyword in
                item(keyword.rawValue, kind: 14, detail: Usage.of(keyword.rawValue, in: context))
            })
        }
        let procedure = blocks.first { $0.keyword.text == "procedure" }
        return .array(names(after: String(words[0]), in: context, procedure: procedure))
    }

    /// The entries whose blocks hold the offset, outermost first.
    private func enclosingBlocks(_ offset: Int) -> [Entry] {
        var path: [Entry] = []
        var entries = Parser.parse(file).tree.entries
        while let entry = entries.first(where: { entry in
            entry.block.map { $0.range.start < offset && offset <= $0.range.end } ?? false
        }), let block = entry.block {
            path.append(entry)
            entries = block.entries
        }
        return path
    }

    private func names(after keyword: String, in context: Context, procedure: Entry?) -> [JSONWriter.Value] {
        let scope = [ruleset].compactMap { $0 } + (ruleset.map { workspace.importedRulesets(of: $0) } ?? [])
        func words(_ list: [String]) -> [JSONWriter.Value] { list.map { item($0, kind: 20, detail: nil) } }
        func declared(_ kind: String) -> [JSONWriter.Value] {
            items(of: procedure, declaredAs: kind).map { item($0.id, kind: 5, detail: $0.name) }
        }
        let channels = Channel.allCases.map(\.rawValue)
        switch keyword {
        case "agency" where context != .file, "by":
            let agencies = scope.flatMap(\.agencies).map { item($0.declared.id, kind: 7, detail: $0.declared.name) }
            return (keyword == "by" ? words(["applicant"]) : []) + agencies
        case "held_by": return scope.flatMap(\.registries).map { item($0.declared.id, kind: 7, detail: $0.declared.name) }
        case "submits": return declared("document")
        case "after": return declared("step")
        case "channel", "channels": return words(channels)
        case "waived": return words(channels) + declared("segment")
        case "level": return words(Level.allCases.map(\.rawValue))
        case "subject": return words(["citizen", "business", "organisation"])
        case "severity" where context == .rule: return words(Severity.allCases.map(\.rawValue))
        case "allow", "disable", "severity":
            let rules = (StandardCatalogue.load()?.ruleset.rules ?? []) + scope.flatMap(\.rules)
            return rules.map { item($0.declared.id, kind: 20, detail: $0.declared.name) }
        case "cases", "population", "frequency", "tariff", "overhead", "staff_tariff", "share", "limit", "valid", "prepare",
             "cost", "deposit", "applies", "effort", "staff", "travel", "wait", "fare", "visits", "within", "amount", "at_least", "at_most", "affected", "assume":
            // `applies` takes a share, or the channels whose cases the item concerns; a fee's `amount`
            // and the `limit` may name the channel they are of after their value, and an `amount` a segment.
            return (["applies", "amount", "limit"].contains(keyword) ? words(channels) : [])
                + (keyword == "amount" ? declared("segment") : [])
                + scope.flatMap(\.assumptions).map { assumption in
                item(assumption.declared.id, kind: 21,
                     detail: (assumption.declared.name.map { $0 + ": " } ?? "") + QuantityText(language).text(assumption.value.value))
            }
        default: return []
        }
    }

    /// The ids and names a procedure's block declares with `kind` (its documents, steps, segments),
    /// read from the text as typed, so that what was just written is offered before it checks.
    private func items(of procedure: Entry?, declaredAs kind: String) -> [(id: String, name: String?)] {
        guard let block = procedure?.block else { return [] }
        return block.entries.compactMap { entry in
            guard entry.keyword.text == kind, let first = entry.arguments.first, case .identifier = first.kind else { return nil }
            let name = entry.arguments.count > 1 ? file.stringValue(entry.arguments[1].range) : nil
            return (file.text(first.range), name)
        }
    }

    private func item(_ label: String, kind: Int, detail: String?) -> JSONWriter.Value {
        .object([("label", .string(label)), ("kind", .number(String(kind)))] + (detail.map { [("detail", .string($0))] } ?? []))
    }
}
