import Foundation

/// A procedure and the items inside it.
extension Checker {
    mutating func checkProcedure(_ entry: Entry) -> Procedure? {
        guard let declared = declaration(entry, context: .procedure, needsName: true) else { return nil }
        guard entry.block != nil else {
            report(.missingBlock, "procedure '\(declared.id)' needs a block with its facts", at: entry.keyword.range,
                   help: usageHelp("procedure", context: .file))
            return nil
        }
        var builder = ProcedureParts()
        var local = LocalNames()
        checkChildren(of: entry, in: .procedure) { checker, child, keyword in
            checker.checkProcedureFact(child, keyword, into: &builder, names: &local)
        }
        // Written only into a message: most procedures have none.
        var procedureName: String { "procedure '\(declared.id)'" }
        let volume = checkVolume(builder, of: procedureName, at: declared.location.range)
        if builder.channels.isEmpty {
            if !builder.channelFailed {
                report(.missingFact, "\(procedureName) declares no channel", at: declared.location.range,
                       help: "add 'channel in_person', or shares such as 'channel online 60%' and 'channel in_person 40%'")
            }
        } else if !builder.channelFailed {
            checkShares(builder.channels.map(\.share), of: "the channel shares of \(procedureName)",
                        help: "give each channel's share of cases so that they add up to 100%")
        }
        if !builder.segments.isEmpty, !builder.segmentFailed {
            checkShares(builder.segments.map(\.share), of: "the segment shares of \(procedureName)",
                        help: "give each segment's share of cases so that they add up to 100%")
        }
        let steps = resolveSteps(builder, local: local, in: entry)
        for limit in builder.channelLimits where !builder.offered.isEmpty && !builder.offered.contains(limit.channel) {
            report(.channelNotOffered, "the limit for '\(limit.channel.rawValue)' concerns no case: the procedure has no "
                   + "'\(limit.channel.rawValue)' channel", at: limit.limit.location.range,
                   help: "add 'channel \(limit.channel.rawValue) …' to the procedure, or remove the limit")
        }
        for document in builder.documents where !document.appliesOn.isEmpty {
            appliesOnChannels(document.appliesOn, of: "document", document.declared, offered: builder.offered, in: entry)
        }
        checkDependencyCycles(steps)
        let fees = builder.fees
        for fee in fees {
            resolveSegments(of: fee, local: local, in: entry)
            feeChannelsOffered(fee, offered: builder.offered, in: entry)
        }
        checkSegmentsHaveEffect(builder.segments, fees: fees)
        if builder.basis.isEmpty {
            report(.missingRecommendedFact, "\(procedureName) cites no legal basis", at: declared.location.range,
                   help: "add 'basis \"…\"' with the law, decree or circular that sets it")
        }
        return Procedure(
            declared: declared, code: builder.code, sector: builder.sector, level: builder.level,
            agencies: builder.agencies, subjects: builder.subjects, volume: volume ?? .cases(zeroCases(declared)),
            segments: builder.segments, tariff: builder.tariff, overhead: builder.overhead,
            staffTariff: builder.staffTariff, channels: builder.channels, limit: builder.limit, channelLimits: builder.channelLimits, basis: builder.basis,
            results: builder.results, documents: builder.documents, steps: steps, fees: fees,
            oneOffs: builder.oneOffs, allowances: builder.allowances, validity: builder.validity)
    }

    /// A segment with no tariff or subject of its own, for which no fee is waived or charged another amount, is costed as every
    /// other case is: most often a reduced fee or another tariff was meant and not written. The last
    /// segment is exempt when another differs: it is the rest of the cases.
    private mutating func checkSegmentsHaveEffect(_ segments: [Segment], fees: [Fee]) {
        let idle = segments.filter { segment in
            segment.tariff == nil && segment.overhead == nil && segment.subject == nil
                && !fees.contains { fee in
                    fee.waivedFor.contains { $0.name == segment.declared.id }
                        || fee.segmentAmounts.contains { $0.segment.name == segment.declared.id }
                }
        }
        // Beside segments that differ, the last one declared may be the rest of the cases, which the shares need.
        let rest = idle.count < segments.count ? segments.last?.declared.id : nil
        // The last segment differs: one written before it may be the rest of the cases, declared out of place.
        let restOutOfPlace = rest != nil && idle.last?.declared.id != rest
        for segment in idle where segment.declared.id != rest {
            let id = segment.declared.id
            report(.segmentWithoutEffect, "segment '\(id)' changes nothing: it has no tariff, overhead or subject of its "
                   + "own, and no fee is waived for it or charges it an amount of its own", at: segment.declared.location.range,
                   help: (restOutOfPlace ? "if it is the rest of the cases, declare it last; if not, " : "")
                       + "give it a 'tariff', an 'overhead' or a 'subject', write 'waived \(id)' in a fee it does not pay "
                       + "or 'amount … \(id)' in one it pays another amount of, or remove it; a document or step only its "
                       + "cases need takes their share: 'applies \(text(segment.share.location.range))'")
        }
    }

    // MARK: - Facts

    private mutating func checkProcedureFact(_ child: Entry, _ keyword: Keyword, into p: inout ProcedureParts,
                                             names local: inout LocalNames) {
        let c = Context.procedure
        switch keyword {
        case .code: p.code = string(child, in: c)
        case .sector: p.sector = string(child, in: c)
        case .level: p.level = choice(child, in: c, Level.self)
        case .agency:
            for name in names(child, in: c) { p.agencies.append(reference(name, kind: .agency)) }
        case .subject:
            if let subject = choice(child, in: c, Subject.self) { p.subjects.append(subject) }
        case .cases: p.cases = amount(child, .frequency, in: c)
            p.volumeEntries.append(child)
        case .population: p.population = amount(child, .count, in: c)
            p.volumeEntries.append(child)
        case .frequency: p.frequency = amount(child, .frequency, in: c)
            p.volumeEntries.append(child)
        case .tariff: p.tariff = amount(child, .rate, in: c)
        case .overhead: p.overhead = amount(child, .uplift, in: c)
        case .staffTariff: p.staffTariff = amount(child, .rate, in: c)
        case .limit: checkLimit(child, into: &p)
        case .valid: p.validity = amount(child, .years, in: c)
        case .basis: if let text = string(child, in: c) { p.basis.append(text) }
        case .channel:
            let before = diagnostics.count
            checkChannel(child, into: &p)
            if diagnostics.count > before { p.channelFailed = true }
        case .result: if let result = checkResult(child) { p.results.append(result) }
        case .allow: if let allowance = checkAllowance(child, in: c) { p.allowances.append(allowance) }
        case .segment:
            if let segment = checkSegment(child) {
                local.declare(segment.declared, as: .segment, checker: &self)
                p.segments.append(segment)
            } else {
                p.segmentFailed = true
            }
        case .document:
            if let document = checkDocument(child) {
                local.declare(document.declared, as: .document, checker: &self)
                p.documents.appendMakingRoom(document)
            }
        case .step:
            if let (step, fees) = checkStep(child) {
                local.declare(step.declared, as: .step, checker: &self)
                p.steps.appendMakingRoom(step)
                for fee in fees { local.declare(fee.declared, as: .fee, checker: &self) }
                p.fees.append(contentsOf: fees)
            }
        case .fee:
            if let fee = checkFee(child, step: nil) {
                local.declare(fee.declared, as: .fee, checker: &self)
                p.fees.append(fee)
            }
        case .oneOff:
            if let oneOff = checkOneOff(child) {
                local.declare(oneOff.declared, as: .oneOff, checker: &self)
                p.oneOffs.append(oneOff)
            }
        default: break
        }
    }

    private mutating func checkChannel(_ entry: Entry, into p: inout ProcedureParts) {
        let c = Context.procedure
        if let lines = channelsOnOneLine(entry) {
            let whole = entry.arguments.first!.range.union(entry.arguments.last!.range)
            report(.wrongArguments, "'channel' takes one channel and its share: each channel has a line of its own",
                   at: entry.keyword.range, help: "write them one under the other: channel " + lines.joined(separator: ", channel "),
                   fixIts: [Diagnostic.FixIt("put each channel on a line of its own", range: whole,
                                             replacement: lines.joined(separator: "\n" + indentation(of: entry) + "channel "))])
            return
        }
        guard !entry.arguments.isEmpty, entry.arguments.count <= 2, entry.block == nil, entry.value == nil,
              let word = name(entry.arguments[0], of: entry, in: c) else {
            report(.wrongArguments, "'channel' takes a channel and its share of cases", at: entry.keyword.range,
                   help: usageHelp("channel", context: c))
            return
        }
        guard let channel = choice(word, of: Channel.self, for: "channel") else { return }
        if let earlier = p.channels.first(where: { $0.channel == channel }) {
            report(.duplicateFact, "channel '\(channel.rawValue)' is given twice", at: word.range,
                   notes: [Diagnostic.Note("first given here", at: earlier.share.location)])
            return
        }
        let share: Amount?
        if entry.arguments.count == 2 {
            share = quantity(entry.arguments[1], .share, for: "channel", in: c)
        } else {
            share = Amount(value: Estimate(1, .percent), location: location(word.range))
        }
        if let share { p.channels.append(ChannelShare(channel: channel, share: share)) }
    }

    /// `channel online 60%, in_person 40%`: several channels and their shares on one line, read as
    /// lists; each written `channel <name> <share>`, or nil for any other entry.
    private func channelsOnOneLine(_ entry: Entry) -> [String]? {
        // Asked of every channel line: nothing is made for one without a list.
        guard entry.arguments.contains(where: { if case .list = $0.kind { true } else { false } }) else { return nil }
        var parts: [ExpressionSyntax] = []
        for argument in entry.arguments {
            if case .list(let positions) = argument.kind {
                parts += positions.map(tree.operand)
            } else {
                parts.append(argument)
            }
        }
        guard parts.count >= 4, parts.count.isMultiple(of: 2) else { return nil }
        var lines: [String] = []
        for index in stride(from: 0, to: parts.count, by: 2) {
            guard case .identifier = parts[index].kind, Channel(rawValue: text(parts[index].range)) != nil,
                  case .number = parts[index + 1].kind else { return nil }
            lines.append(text(parts[index].range) + " " + text(parts[index + 1].range))
        }
        return lines
    }

    /// The spaces before an entry's keyword on its line, for a fix that adds lines beside it.
    func indentation(of entry: Entry) -> String {
        let bytes = tree.file.bytes
        var start = entry.keyword.range.start
        while start > 0, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") { start -= 1 }
        return text(SourceRange(start: start, end: entry.keyword.range.start))
    }

    /// `limit 7 workdays`, and `limit 5 workdays online` for the cases of a channel the law gives a
    /// limit of its own; each given once.
    private mutating func checkLimit(_ entry: Entry, into p: inout ProcedureParts) {
        let c = Context.procedure
        guard !entry.arguments.isEmpty, entry.arguments.count <= 2, entry.block == nil, entry.value == nil else {
            report(.wrongArguments, "'limit' takes a time limit and, optionally, a channel", at: entry.keyword.range,
                   help: usageHelp("limit", context: c))
            return
        }
        guard let value = quantity(entry.arguments[0], .timeLimit, for: "limit", in: c) else { return }
        guard entry.arguments.count == 2 else {
            if let earlier = p.limit {
                report(.duplicateFact, "the procedure's limit is given twice", at: entry.keyword.range,
                       help: "give one limit, and limits per channel with 'limit … online'",
                       notes: [Diagnostic.Note("first given here", at: earlier.location)])
            }
            p.limit = value
            return
        }
        guard let word = name(entry.arguments[1], of: entry, in: c),
              let channel = choice(word, of: Channel.self, for: "channel") else { return }
        if let earlier = p.channelLimits.first(where: { $0.channel == channel }) {
            report(.duplicateFact, "the limit for '\(channel.rawValue)' is given twice", at: entry.keyword.range,
                   help: "keep one", notes: [Diagnostic.Note("first given here", at: earlier.limit.location)])
            return
        }
        p.channelLimits.append(ChannelLimit(channel: channel, limit: value))
    }

    private mutating func checkResult(_ entry: Entry) -> ProcedureResult? {
        // `paper, electronic`: a result issued in both forms is written `both`.
        if entry.arguments.count == 2, case .list(let items) = entry.arguments[1].kind,
           Set(tree.operands(items).map { text($0.range) }) == ["paper", "electronic"] {
            let list = entry.arguments[1].range
            report(.wrongArguments, "'result' takes one form, found a list", at: list,
                   help: "a result issued on paper and electronically is written: result \(text(entry.arguments[0].range)) both",
                   fixIts: [Diagnostic.FixIt("write 'both'", range: list, replacement: "both")])
            return nil
        }
        guard let arguments = arguments(entry, count: 2, in: .procedure) else { return nil }
        guard case .string = arguments[0].kind else {
            report(.wrongArguments, "'result' takes the result's name in quotes first", at: arguments[0].range,
                   help: usageHelp("result", context: .procedure))
            return nil
        }
        guard let word = name(arguments[1], of: entry, in: .procedure),
              let form = choice(word, of: ProcedureResult.Form.self, for: "result form") else { return nil }
        return ProcedureResult(name: stringValue(arguments[0]), form: form, location: location(entry.range))
    }

    /// `allow rule because "reason"`.
    mutating func checkAllowance(_ entry: Entry, in context: Context) -> Allowance? {
        let args = entry.arguments
        guard args.count >= 1, let rule = name(args[0], of: entry, in: context) else { return nil }
        guard args.count == 3, case .identifier = args[1].kind, text(args[1].range) == "because", case .string = args[2].kind,
              case let reason = stringValue(args[2]), !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            report(.missingFact, "'allow \(rule.text)' needs a reason", at: entry.range,
                   help: "a finding is accepted only on the record: allow \(rule.text) because \"…\"",
                   fixIts: args.count == 1
                       ? [Diagnostic.FixIt("add a reason", range: .at(entry.range.end), replacement: " because \"…\"")]
                       : [])
            return nil
        }
        return Allowance(rule: Reference(name: rule.text, location: location(rule.range)), reason: reason,
                         location: location(entry.range))
    }

    private mutating func checkSegment(_ entry: Entry) -> Segment? {
        guard let declared = declaration(entry, context: .segment, needsName: true) else { return nil }
        var share: Amount?
        var tariff: Amount?
        var overhead: Amount?
        var subject: Subject?
        checkChildren(of: entry, in: .segment) { checker, child, keyword in
            switch keyword {
            case .share: share = checker.amount(child, .share, in: .segment)
            case .tariff: tariff = checker.amount(child, .rate, in: .segment)
            case .overhead: overhead = checker.amount(child, .uplift, in: .segment)
            case .subject: subject = checker.choice(child, in: .segment, Subject.self)
            default: break
            }
        }
        guard let share else {
            report(.missingFact, "segment '\(declared.id)' needs a 'share' of the cases", at: declared.location.range,
                   help: usageHelp("share", context: .segment))
            return nil
        }
        return Segment(declared: declared, share: share, tariff: tariff, overhead: overhead, subject: subject)
    }

    private mutating func checkOneOff(_ entry: Entry) -> OneOff? {
        guard let declared = declaration(entry, context: .oneOff, needsName: true) else { return nil }
        var effort: Amount?
        var cost: Amount?
        var affected: Amount?
        checkChildren(of: entry, in: .oneOff) { checker, child, keyword in
            switch keyword {
            case .effort: effort = checker.amount(child, .duration, in: .oneOff)
            case .cost: cost = checker.amount(child, .money, in: .oneOff)
            case .affected: affected = checker.amount(child, .count, in: .oneOff)
            default: break
            }
        }
        return OneOff(declared: declared, effort: effort, cost: cost, affected: affected)
    }

    // MARK: - Whole-procedure checks

    private mutating func checkVolume(_ p: ProcedureParts, of name: @autoclosure () -> String, at range: SourceRange) -> Volume? {
        if let cases = p.cases {
            if p.population != nil || p.frequency != nil {
                report(.duplicateFact, "\(name()) gives 'cases' and also 'population' or 'frequency'",
                       at: p.volumeEntries.last!.keyword.range,
                       help: "give either 'cases', or 'population' with 'frequency'")
            }
            return .cases(cases)
        }
        if let population = p.population, let frequency = p.frequency {
            if let validity = p.validity { renewedBeforeExpiry(frequency, validity: validity, of: name()) }
            return .population(population, frequency: frequency)
        }
        let written = Set(p.volumeEntries.map(\.keyword.text))
        let missing: String? = written.isEmpty ? "how many cases a year"
            : written == ["population"] ? "its 'frequency'"
            : written == ["frequency"] ? "its 'population'" : nil
        if let missing {
            report(.missingFact, "\(name()) does not say \(missing)", at: range,
                   help: "add 'cases 10_000 per year', or 'population 10_000' with 'frequency 1 per year'")
        }
        return nil
    }

    /// Each of a population taking a procedure more often than its result lasts, at every reading of
    /// the two ranges: most often a renewal every few years written as once a year, which counts its
    /// cases, and its burden, several times over. A frequency rounded up (`0.34 per year` for a
    /// renewal every three years) is let be.
    private mutating func renewedBeforeExpiry(_ frequency: Amount, validity: Amount, of name: String) {
        guard frequency.value.low * validity.value.high > Exact(numerator: 105, denominator: 100) else { return }
        let valid = text(validity.location.range)
        let years = validity.value.likely
        let meant = years.isWhole && validity.value.low == validity.value.high ? "1 per year / \(NumberText.plain(years))" : nil
        report(.renewedBeforeExpiry,
               "\(name) has each of its population apply \(text(frequency.location.range)), but its result is valid \(valid)",
               at: frequency.location.range,
               help: "a result valid \(valid) is renewed once in that time" + (meant.map { ": 'frequency \($0)'" } ?? "")
                   + "; if 'population' counts those who apply each year, write 'cases' with that count per year, "
                   + "in place of 'population' and 'frequency'",
               fixIts: meant.map { [Diagnostic.FixIt("write '\($0)'", range: frequency.location.range, replacement: $0)] } ?? [])
    }

    private mutating func checkShares(_ shares: [Amount], of what: @autoclosure () -> String, help: String) {
        let total = shares.reduce(Exact(0)) { $0 + $1.value.likely }
        guard total != 1 else { return }
        let shown = NumberText.plain(total * 100)
        report(.sharesDoNotAddUp, "\(what()) add up to \(shown)%, not 100%",
               at: shares[shares.count - 1].location.range, help: help,
               notes: shares.dropLast().map { Diagnostic.Note("share given here", at: $0.location) })
    }

    private func zeroCases(_ declared: Declared) -> Amount {
        Amount(value: Estimate(0, .frequency), location: declared.location)
    }

    /// The names of the file and its imports declared as `kind`.
    func names(declaredAs kind: Symbol.Kind) -> [String] {
        declarations.filter { $0.value.kind == kind }.map(\.key) + imported.filter { $0.value.kind == kind }.map(\.key)
    }

    /// A name of the file or its imports; `hint`, for a name that resembles none, says what else may have been meant.
    mutating func reference(_ name: Name, kind: Symbol.Kind, hint: @autoclosure () -> String? = nil) -> Reference {
        let found = kinds[name.text]
        if let found, found != kind {
            // An agency where a registry belongs, say: what of the kind asked for there is, or how to declare one.
            let candidates = names(declaredAs: kind)
            let help = candidates.isEmpty
                ? "no \(kind.rawValue) is declared here; declare one " + (ExpectedName.symbol(kind).declaration(of: "<name>") ?? "")
                    + (ExpectedName.symbol(kind).isImportable ? ", or import the file that does" : "")
                : "\(kind.article) goes here; use one of: " + candidates.sorted().prefix(8).map { "'\($0)'" }.joined(separator: ", ")
            report(.wrongKindOfReference, "'\(name.text)' is \(found.article), not \(kind.article)", at: name.range, help: help)
        } else if found == nil {
            unknownName(name.text, expected: .symbol(kind), among: names(declaredAs: kind), at: name.range, hint: hint())
        }
        return Reference(name: name.text, location: location(name.range))
    }
}

/// What has been read of a procedure so far.
struct ProcedureParts {
    var code: String?
    var sector: String?
    var level: Level?
    var agencies: [Reference] = []
    var subjects: [Subject] = []
    var cases: Amount?
    var population: Amount?
    var frequency: Amount?
    var volumeEntries: [Entry] = []
    var segments: [Segment] = []
    var tariff: Amount?
    var overhead: Amount?
    var staffTariff: Amount?
    var channels: [ChannelShare] = []
    /// A channel or segment line was wrong: their shares cannot be judged.
    var channelFailed = false
    /// The channels the procedure offers, for judging its items' channels; none to judge by when a
    /// channel line was wrong, whose channel may be the one they name.
    var offered: [Channel] { channelFailed ? [] : channels.map(\.channel) }
    var segmentFailed = false
    var limit: Amount?
    var channelLimits: [ChannelLimit] = []
    var validity: Amount?
    var basis: [String] = []
    var results: [ProcedureResult] = []
    var documents: [Document] = []
    var steps: [Step] = []
    var fees: [Fee] = []
    var oneOffs: [OneOff] = []
    var allowances: [Allowance] = []
}

/// Names declared inside one procedure, which share one namespace: one table of them, each with
/// where it was first declared and the kinds of item it was declared as (two, after a duplicate),
/// rather than a table a kind, each with arrays to make for every procedure of a catalog.
struct LocalNames {
    enum Kind: UInt8 {
        case segment = 1, document = 2, step = 4, fee = 8, oneOff = 16

        var word: String {
            switch self {
            case .segment: "segment"
            case .document: "document"
            case .step: "step"
            case .fee: "fee"
            case .oneOff: "one-off cost"
            }
        }
    }

    private var all = NameTable<(location: SourceLocation, kinds: UInt8)>()

    mutating func declare(_ declared: Declared, as kind: Kind, checker: inout Checker) {
        let (inserted, position) = all.insert(declared.id, (declared.location, kind.rawValue))
        guard !inserted else { return }
        let earlier = all[position: position]
        checker.report(.duplicateDefinition, "'\(declared.id)' is already declared in this procedure",
                       at: declared.location.range, help: "give each \(kind.word) its own name",
                       notes: [Diagnostic.Note("'\(declared.id)' is first declared here", at: earlier.location)])
        all[position: position].kinds |= kind.rawValue
    }

    /// Whether the name is declared as an item of this kind.
    func contains(_ name: String, as kind: Kind) -> Bool {
        all[name].map { $0.kinds & kind.rawValue != 0 } ?? false
    }

    /// The kind a name is declared as (the first of its kinds, after a duplicate), when it is.
    func kind(of name: String) -> Kind? {
        guard let kinds = all[name]?.kinds else { return nil }
        return [Kind.segment, .document, .step, .fee, .oneOff].first { kinds & $0.rawValue != 0 }
    }

    /// The names declared as items of this kind, in the order declared, for suggestions.
    func names(of kind: Kind) -> [String] {
        all.names.indices.filter { all.values[$0].kinds & kind.rawValue != 0 }.map { all.names[$0] }
    }
}
