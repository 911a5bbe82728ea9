/// Documents, steps and fees.
extension Checker {
    mutating func checkDocument(_ entry: Entry) -> Document? {
        guard let declared = declaration(entry, context: .document, needsName: true) else { return nil }
        let c = Context.document
        var form: String?
        var originals = 0
        var copies = 0
        var certified = false
        var notarised = false
        var heldBy: Reference?
        var prepare: Amount?
        var cost: Amount?
        var applies: Amount?
        var appliesOn: [Channel] = []
        var openEnded = false
        var basis: [String] = []
        var allowances: [Allowance] = []
        var countsGiven = false
        checkChildren(of: entry, in: c) { checker, child, keyword in
            switch keyword {
            case .form: form = checker.string(child, in: c)
            case .originals: originals = checker.integer(child, in: c) ?? 0; countsGiven = true
            case .copies: copies = checker.integer(child, in: c) ?? 0; countsGiven = true
            case .certified: certified = checker.flag(child, in: c)
            case .notarised: notarised = checker.flag(child, in: c)
            case .heldBy:
                if let name = checker.singleName(child, in: c) { heldBy = checker.reference(name, kind: .registry) }
            case .prepare: prepare = checker.amount(child, .duration, in: c)
            case .cost: cost = checker.amount(child, .money, in: c)
            case .applies: (applies, appliesOn) = checker.applies(child, in: c)
            case .openEnded: openEnded = checker.flag(child, in: c)
            case .basis: if let text = checker.string(child, in: c) { basis.append(text) }
            case .allow: if let allowance = checker.checkAllowance(child, in: c) { allowances.append(allowance) }
            default: break
            }
        }
        if !countsGiven { originals = 1 }
        return Document(declared: declared, form: form, originals: originals, copies: copies, certified: certified,
                        notarised: notarised, heldBy: heldBy, prepare: prepare, cost: cost, applies: applies,
                        appliesOn: appliesOn, openEnded: openEnded, basis: basis, allowances: allowances)
    }

    /// A step, and the fees declared inside it.
    mutating func checkStep(_ entry: Entry) -> (Step, [Fee])? {
        guard let declared = declaration(entry, context: .step, needsName: true) else { return nil }
        let c = Context.step
        var actor: Step.Actor?
        var channels: [Channel]?
        var effort: Amount?
        var staff: Amount?
        var travel: Amount?
        var wait: Amount?
        var fare: Amount?
        var cost: Amount?
        var deposit: Amount?
        var visits: Amount?
        var within: Amount?
        var outsideLimit = false
        var after: [Reference] = []
        var submits: [Reference] = []
        var applies: Amount?
        var appliesOn: [Channel] = []
        var basis: [String] = []
        var allowances: [Allowance] = []
        var fees: [Fee] = []
        checkChildren(of: entry, in: c) { checker, child, keyword in
            switch keyword {
            case .by:
                guard let name = checker.singleName(child, in: c) else { return }
                actor = name.text == "applicant" ? .applicant : .agency(checker.reference(name, kind: .agency, hint:
                    "one who works on the case and is no agency, such as an employer or a notary, has its time counted in a "
                    + "procedure of its own, with its 'subject' and the same cases"))
            case .channels:
                channels = checker.names(child, in: c).compactMap { checker.choice($0, of: Channel.self, for: "channel") }
            case .effort: effort = checker.amount(child, .duration, in: c)
            case .staff: staff = checker.amount(child, .duration, in: c)
            case .travel: travel = checker.amount(child, .duration, in: c)
            case .wait: wait = checker.amount(child, .duration, in: c)
            case .fare: fare = checker.amount(child, .money, in: c)
            case .cost: cost = checker.amount(child, .money, in: c)
            case .deposit: deposit = checker.amount(child, .money, in: c)
            case .visits: visits = checker.visits(child, in: c)
            case .within: within = checker.amount(child, .timeLimit, in: c)
            case .outsideLimit: outsideLimit = checker.flag(child, in: c)
            case .after:
                after = checker.names(child, in: c).map { Reference(name: $0.text, location: checker.location($0.range)) }
            case .submits:
                submits = checker.names(child, in: c).map { Reference(name: $0.text, location: checker.location($0.range)) }
            case .applies: (applies, appliesOn) = checker.applies(child, in: c)
            case .basis: if let text = checker.string(child, in: c) { basis.append(text) }
            case .allow: if let allowance = checker.checkAllowance(child, in: c) { allowances.append(allowance) }
            case .fee: if let fee = checker.checkFee(child, step: declared.id) { fees.append(fee) }
            default: break
            }
        }
        let step = Step(declared: declared, actor: actor ?? .applicant, channels: channels, effort: effort,
                        staffEffort: staff, travel: travel, wait: wait, fare: fare, cost: cost, deposit: deposit, visits: visits, within: within,
                        outsideLimit: outsideLimit, after: after, submits: submits, applies: applies, appliesOn: appliesOn, basis: basis, allowances: allowances)
        return (step, fees)
    }

    /// `visits 2`: a count, whole or not, a range or an assumption (the months of benefit a monthly
    /// report takes, on average); a hundred at most, past which a number is more likely a slip.
    mutating func visits(_ entry: Entry, in context: Context) -> Amount? {
        guard let visits = amount(entry, .count, in: context) else { return nil }
        guard visits.value.high <= 100 else {
            report(.outOfRange, "'visits' takes a number of visits from 0 to 100", at: visits.location.range,
                   help: usageHelp("visits", context: context))
            return nil
        }
        return visits
    }

    /// `applies 30%`, the share of cases an item concerns (a percentage, or an assumption that is one),
    /// or `applies online, post`, the channels whose cases it concerns. A name that is neither is
    /// taken for a misspelt channel.
    mutating func applies(_ entry: Entry, in context: Context) -> (share: Amount?, channels: [Channel]) {
        func isAssumption(_ name: String) -> Bool {
            (declarations[name]?.kind ?? imported[name]?.kind) == .assumption
        }
        // `applies online, post` is one argument, a list.
        var first = entry.arguments.first
        if case .list(let items)? = first?.kind, let item = items.first { first = tree.operand(item) }
        guard let first, case .identifier = first.kind, entry.value == nil, entry.block == nil,
              !isAssumption(text(first.range)) else {
            return (amount(entry, .share, in: context), [])
        }
        return (nil, names(entry, in: context).compactMap { name in
            if Channel(rawValue: name.text) == nil, let share = segmentShare(name.text, around: name.range) {
                let meant = share.map { "applies \($0)" }
                report(.invalidChoice, "'\(name.text)' is a segment: 'applies' takes a share of the cases or channels",
                       at: name.range,
                       help: "an item only a segment's cases need takes their share" + (meant.map { ": \($0)" } ?? ", 'applies 40%'")
                           + "; its time is valued at the tariff averaged over the segments",
                       fixIts: share.map { [Diagnostic.FixIt("write '\($0)'", range: name.range, replacement: $0)] } ?? [])
                return nil
            }
            return choice(name, of: Channel.self, for: "channel")
        })
    }

    /// Whether the procedure written around `range` declares a segment of this name, and its share as
    /// written: nil for no such segment, `.some(nil)` for one that gives no share. Looked up only for a
    /// name that is no channel, which is already an error.
    private func segmentShare(_ name: String, around range: SourceRange) -> String?? {
        let procedure = tree.entries.first { $0.keyword.text == "procedure" && $0.range.start <= range.start && range.end <= $0.range.end }
        guard let segment = procedure?.block?.entries.first(where: { entry in
            entry.keyword.text == "segment" && entry.arguments.first.map { text($0.range) == name } == true
        }) else { return nil }
        return .some(segment.block?.entries.first { $0.keyword.text == "share" }.flatMap(\.arguments.first).map { text($0.range) })
    }

    mutating func checkFee(_ entry: Entry, step: String?) -> Fee? {
        guard let declared = declaration(entry, context: .fee, needsName: true) else { return nil }
        let c = Context.fee
        var amount: Amount?
        var channelAmounts: [Fee.ChannelAmount] = []
        var segmentAmounts: [Fee.SegmentAmount] = []
        var atLeast: Amount?
        var atMost: Amount?
        var waived: [Reference] = []
        var basis: [String] = []
        var allowances: [Allowance] = []
        // An amount for every channel written but refused has its own error: the fee is not also said
        // to have none.
        var amountWritten = false
        checkChildren(of: entry, in: c) { checker, child, keyword in
            switch keyword {
            case .amount:
                amountWritten = amountWritten || !(2...3).contains(child.arguments.count)
                guard !child.arguments.isEmpty, child.arguments.count <= 3, child.block == nil, child.value == nil else {
                    checker.report(.wrongArguments, "'amount' takes an amount and, optionally, a channel, a segment, or a segment and a channel",
                                   at: child.keyword.range, help: checker.usageHelp("amount", context: c))
                    return
                }
                guard let value = checker.quantity(child.arguments[0], .money, for: "amount", in: c) else { return }
                guard child.arguments.count > 1 else {
                    if let earlier = amount {
                        checker.report(.duplicateFact, "the fee's amount is given twice", at: child.keyword.range,
                                       help: "give one amount, and amounts per channel or segment with 'amount … online'",
                                       notes: [Diagnostic.Note("first given here", at: earlier.location)])
                    }
                    amount = value
                    return
                }
                var words: [Name] = []
                for argument in child.arguments.dropFirst() {
                    guard let word = checker.name(argument, of: child, in: c) else { return }
                    words.append(word)
                }
                let channels = words.filter { Channel(rawValue: $0.text) != nil }
                // A channel's name, or else a segment's, which is looked for once the procedure's are known.
                if words.count == 1, let channel = Channel(rawValue: words[0].text) {
                    if let earlier = channelAmounts.first(where: { $0.channel == channel }) {
                        checker.report(.duplicateFact, "the amount on '\(channel.rawValue)' is given twice", at: child.keyword.range,
                                       help: "give each channel one amount",
                                       notes: [Diagnostic.Note("first given here", at: earlier.amount.location)])
                    }
                    channelAmounts.append(Fee.ChannelAmount(channel: channel, amount: value))
                    return
                }
                guard words.count == 1 || channels.count == 1 else {
                    let help = channels.isEmpty
                        ? "a cell of a fee's table is one segment on one channel: 'amount \(checker.text(child.arguments[0].range)) \(words[0].text) online'"
                        : "a case is filed on one channel: give each channel its own amount, 'amount \(checker.text(child.arguments[0].range)) \(channels[0].text)'"
                    checker.report(.wrongArguments, channels.isEmpty ? "'amount' names two segments" : "'amount' names two channels",
                                   at: words[1].range, help: help)
                    return
                }
                // One word, no channel's, or two of which one is a channel: the other names the segment.
                guard let segment = words.first(where: { Channel(rawValue: $0.text) == nil }) else { return }
                let channel = channels.first.flatMap { Channel(rawValue: $0.text) }
                let given = Fee.SegmentAmount(segment: Reference(name: segment.text, location: checker.location(segment.range)),
                                              channel: channel, amount: value)
                if let earlier = segmentAmounts.first(where: { $0.segment.name == segment.text && $0.channel == channel }) {
                    checker.report(.duplicateFact, "the amount of segment '\(given.label)' is given twice", at: child.keyword.range,
                                   help: "give each segment one amount" + (channel == nil ? "" : " on each channel"),
                                   notes: [Diagnostic.Note("first given here", at: earlier.amount.location)])
                } else {
                    segmentAmounts.append(given)
                }
            case .atLeast: atLeast = checker.amount(child, .money, in: c)
            case .atMost: atMost = checker.amount(child, .money, in: c)
            case .waived:
                waived += checker.names(child, in: c).map { Reference(name: $0.text, location: checker.location($0.range)) }
            case .basis: if let text = checker.string(child, in: c) { basis.append(text) }
            case .allow: if let allowance = checker.checkAllowance(child, in: c) { allowances.append(allowance) }
            default: break
            }
        }
        guard let amount else {
            if amountWritten { return nil }
            if let given = segmentAmounts.first {
                report(.missingFact, "fee '\(declared.id)' has an amount for segment '\(given.label)' and none for the others",
                       at: declared.location.range,
                       help: "'amount' without a segment is what the other cases pay; for a fee charged to '\(given.segment.name)' "
                           + "alone, write 'amount \(text(given.amount.location.range))' and waive it for the other segments")
            } else if let given = channelAmounts.first {
                // `amount 30_000 VND online` alone: what the other channels pay is missing, not the fee.
                let named = channelAmounts.map(\.channel.rawValue).uniqued()
                let others = Channel.allCases.map(\.rawValue).filter { !named.contains($0) }
                let channels = named.map { "'\($0)'" }.joined(separator: " and ")
                report(.missingFact, "fee '\(declared.id)' has an amount for \(channels) and none for the other channels",
                       at: declared.location.range,
                       help: "'amount' without a channel is what the other channels pay; for a fee charged on \(channels) "
                           + "alone, write 'amount \(text(given.amount.location.range))' and 'waived \(others.joined(separator: ", "))'")
            } else {
                report(.missingFact, "fee '\(declared.id)' has no amount", at: declared.location.range,
                       help: usageHelp("amount", context: c))
            }
            return nil
        }
        // Compared as written, so in one currency: bounds in two are converted only when the fee is costed.
        if let atLeast, let atMost, atLeast.value.unit == atMost.value.unit, atLeast.value.likely > atMost.value.likely {
            report(.outOfRange, "fee '\(declared.id)' is at least \(text(atLeast.location.range)) and at most "
                   + "\(text(atMost.location.range)): no amount is both", at: atMost.location.range,
                   help: "give 'at_least' the smaller amount and 'at_most' the larger, as the law bounds the fee",
                   notes: [Diagnostic.Note("the least it pays is given here", at: atLeast.location)])
            return nil
        }
        return Fee(declared: declared, step: step, amount: amount, channelAmounts: channelAmounts, segmentAmounts: segmentAmounts,
                   atLeast: atLeast, atMost: atMost, waivedFor: waived, basis: basis, allowances: allowances)
    }

    // MARK: - References inside a procedure

    /// `after` naming a document or a fee of the procedure: what is meant is most often the step it
    /// is handed in or paid at, which the fix names when there is one other than this step.
    private mutating func afterNamesNoStep(_ reference: Reference, kind: LocalNames.Kind, in step: Step, of p: ProcedureParts) {
        let name = reference.name
        let steps: [String] = switch kind {
        case .document: p.steps.filter { $0.submits.contains { $0.name == name } }.map(\.declared.id)
        case .fee: p.fees.compactMap { $0.declared.id == name ? $0.step : nil }
        default: []
        }
        let others = steps.filter { $0 != step.declared.id }
        let verb = kind == .fee ? "paid" : "handed in"
        let at = switch others.count {
        case 0: "name the step that must be done first"
        case 1: "\(kind.word) '\(name)' is \(verb) at step '\(others[0])'"
        default: "\(kind.word) '\(name)' is \(verb) at steps " + others.map { "'\($0)'" }.joined(separator: ", ")
        }
        let help = "'after' names the steps this one waits for; " + at
        report(.wrongKindOfReference, "'\(name)' is a \(kind.word), not a step", at: reference.location.range, help: help,
               fixIts: others.count == 1 ? [Diagnostic.FixIt("replace with '\(others[0])'", range: reference.location.range,
                                                             replacement: others[0])] : [])
    }

    /// Checks the names a step uses against the procedure's own steps, documents and channels.
    mutating func resolveSteps(_ p: ProcedureParts, local: LocalNames, in procedure: Entry) -> [Step] {
        // Three channels at most: looked through, not hashed.
        let offered = p.offered
        for step in p.steps {
            for reference in step.after {
                if reference.name == step.declared.id {
                    report(.selfDependency, "step '\(step.declared.id)' cannot come after itself",
                           at: reference.location.range, help: "remove '\(reference.name)' from 'after'")
                } else if !local.contains(reference.name, as: .step) {
                    if let kind = local.kind(of: reference.name) {
                        afterNamesNoStep(reference, kind: kind, in: step, of: p)
                    } else {
                        // A step cannot come after itself: it is no candidate for its own 'after'.
                        unknownName(reference.name, expected: .item(.step), among: local.names(of: .step).filter { $0 != step.declared.id },
                                    at: reference.location.range)
                    }
                }
            }
            for reference in step.submits where !local.contains(reference.name, as: .document) {
                if let kind = local.kind(of: reference.name) {
                    report(.wrongKindOfReference, "'\(reference.name)' is a \(kind.word), not a document", at: reference.location.range,
                           help: "'submits' names the documents handed in at this step; remove '\(reference.name)'")
                } else {
                    unknownName(reference.name, expected: .item(.document), among: local.names(of: .document), at: reference.location.range)
                }
            }
            for channel in step.channels ?? [] where !offered.isEmpty && !offered.contains(channel) {
                report(.channelNotOffered, "step '\(step.declared.id)' is offered '\(channel.rawValue)', "
                       + "but the procedure has no '\(channel.rawValue)' channel",
                       at: factRange("channels", of: step.declared, in: procedure),
                       help: "add 'channel \(channel.rawValue) …' to the procedure, or remove it from the step")
            }
            if !step.appliesOn.isEmpty {
                appliesOnChannels(step.appliesOn, of: "step", step.declared, offered: offered, in: procedure)
            }
            if step.outsideLimit && step.within == nil {
                report(.outsideLimitWithoutTime, "step '\(step.declared.id)' is outside the limit but has no 'within': it has no days to leave out of the limit",
                       at: factRange("outside_limit", of: step.declared, in: procedure),
                       help: "give it the days the law allows for it ('within 15 days'), which the elapsed time counts and "
                           + "the statutory limit does not; or remove 'outside_limit'")
            }
            if step.actor == .applicant, step.within != nil, !step.outsideLimit, p.limit != nil || !p.channelLimits.isEmpty {
                applicantDaysCounted(step, agencies: p.agencies, in: procedure)
            }
            if case .agency(let agency) = step.actor {
                applicantFactsOnAgencyStep(step, agency: agency.name)
            } else {
                visitsCountForSomeCase(step, offered: offered)
            }
        }
        return p.steps
    }

    /// Travel, waiting, a fare and visits count for the cases that come in person for a step. A step
    /// no case comes to in person (done online or by post for every channel the procedure offers) has
    /// them written for nothing, which its figures would not show.
    mutating func visitsCountForSomeCase(_ step: Step, offered: [Channel]) {
        guard !offered.isEmpty, !step.takesNoVisit,
              step.travel != nil || step.wait != nil || step.fare != nil || step.visits != nil,
              !offered.contains(where: { step.concerns($0) && step.channel(for: $0) == .inPerson }),
              let unused = UnusedFacts(step, [(step.travel, "travel"), (step.wait, "waiting"), (step.fare, "fare")]) else { return }
        let help = if let channels = step.channels, !channels.contains(.inPerson) {
            "its 'channels \(channels.map(\.rawValue).joined(separator: ", "))' has every case do it at a distance: "
                + "remove \(unused.them), or add 'in_person' to its channels"
        } else if !step.appliesOn.isEmpty, offered.contains(.inPerson) {
            "it applies to cases filed '\(step.appliesOn.map(\.rawValue).joined(separator: ", "))', which do not come in person: "
                + "remove \(unused.them), or add 'in_person' to its 'applies'"
        } else {
            "the procedure has no 'in_person' channel: remove \(unused.them), or add 'channel in_person …' to the procedure"
        }
        // `visits benefit_months` on a monthly report filed online: the times it is done, which its effort counts.
        let repeated = step.visits.flatMap { visits -> String? in
            guard visits.value.likely > 1 else { return nil }
            // A range is a factor in brackets: `10min * 3..5` would read as `(10min * 3)..5`.
            let times = text(visits.location.range)
            let factor = times.contains("..") ? "(\(times))" : times
            return "; a step done several times a case at a distance has its effort written for all of them: "
                + "'effort \(step.effort.map { text($0.location.range) } ?? "10min") * \(factor)'"
        } ?? ""
        report(.visitsForNoCase, "step '\(step.declared.id)' is done in person by no case: its \(unused.phrase) for nothing",
               at: unused.range, help: help + repeated)
    }

    /// A step an agency does costs the applicant nothing and the agency its `staff` time: the
    /// applicant's effort, travel, waiting, fare, money and visits written on it count for nothing,
    /// which its figures would not show.
    mutating func applicantFactsOnAgencyStep(_ step: Step, agency: String) {
        // Asked of every agency's step, which most often has its staff time alone: nothing is listed for those.
        guard step.effort != nil || step.travel != nil || step.wait != nil || step.fare != nil || step.cost != nil
                || step.deposit != nil
                || (step.visits != nil && !step.takesNoVisit),
              let unused = UnusedFacts(step, [(step.effort, "effort"), (step.travel, "travel"), (step.wait, "waiting"),
                                              (step.fare, "fare"), (step.cost, "cost"), (step.deposit, "deposit")]) else { return }
        report(.applicantFactsOnAgencyStep, "step '\(step.declared.id)' is done by '\(agency)': its \(unused.phrase) for nothing",
               at: unused.range,
               help: "an agency's time on a step is its 'staff' time; what the applicant spends on it (hosting an inspection, "
                   + "say) is a step of its own, done by the applicant, with 'visits 0' when it is done where the applicant is")
    }

    /// The facts of a step that count for nothing, for a message: `travel and waiting count`, and where
    /// the first is written. Its visits are one of them unless none are written or `visits 0` is.
    private struct UnusedFacts {
        let phrase: String
        let them: String
        let range: SourceRange

        init?(_ step: Step, _ facts: [(Amount?, String)]) {
            let written = facts.filter { $0.0 != nil }
            let visits = step.visits != nil && !step.takesNoVisit
            let words = written.map(\.1) + (visits ? ["visits"] : [])
            guard let last = words.last, let range = written.first?.0?.location.range ?? (visits ? step.visits?.location.range : nil)
            else { return nil }
            let plural = words.count > 1 || last == "visits"
            phrase = (words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " and " + last) + (plural ? " count" : " counts")
            them = words.count == 1 ? "it" : "them"
            self.range = range
        }
    }

    /// An item that `applies` to cases filed on a channel the procedure does not offer concerns no case.
    mutating func appliesOnChannels(_ channels: [Channel], of kind: String, _ item: Declared, offered: [Channel],
                                    in procedure: Entry) {
        for channel in channels where !offered.isEmpty && !offered.contains(channel) {
            report(.channelNotOffered, "\(kind) '\(item.id)' applies to cases filed '\(channel.rawValue)', "
                   + "but the procedure has no '\(channel.rawValue)' channel", at: factRange("applies", of: item, in: procedure),
                   help: "add 'channel \(channel.rawValue) …' to the procedure, or remove it from 'applies'")
        }
    }

    /// Where an item's fact (`applies`, `channels`) is written, found in the procedure's syntax for a
    /// message about it: the model keeps the channels a fact names, not its line. The item's name
    /// when it cannot be found.
    func factRange(_ keyword: String, of item: Declared, in procedure: Entry) -> SourceRange {
        fact(keyword, of: item, in: procedure)?.range ?? item.location.range
    }

    /// The entry of an item's fact, as written in its block.
    private func fact(_ keyword: String, of item: Declared, in procedure: Entry) -> Entry? {
        entry(of: item, in: procedure)?.block?.entries.first { $0.keyword.text == keyword }
    }

    /// The entry that declares an item of the procedure: the innermost around its name, as a fee is
    /// declared inside its step.
    private func entry(of item: Declared, in procedure: Entry) -> Entry? {
        let start = item.location.range.start
        func around(_ entry: Entry) -> Entry? {
            entry.block?.entries.first { $0.range.start <= start && start < $0.range.end }
        }
        var found = around(procedure)
        while let inner = found.flatMap(around) { found = inner }
        return found
    }

    /// Whether an error was reported in the entry's text: what follows from it is not told as well.
    private func hasError(in entry: Entry) -> Bool {
        diagnostics.contains { $0.severity == .error && entry.range.start <= $0.location.range.start
            && $0.location.range.start < entry.range.end }
    }

    /// An applicant's step whose days count against the statutory limit. The limit runs from a complete
    /// dossier and counts the administration's days, so such a step is either one the law leaves out of
    /// it — a course taken before filing, correcting the dossier — or the agency's, written without its
    /// `by`: either way the limit is misread, and the finding on it with it. A step with staff time is an
    /// agency's, and is offered the procedure's agency (or the file's only one).
    mutating func applicantDaysCounted(_ step: Step, agencies: [Reference], in procedure: Entry) {
        guard let entry = entry(of: step.declared, in: procedure),
              let within = entry.block?.entries.first(where: { $0.keyword.text == "within" }),
              // A step whose own text has an error (`outside limit`, written apart) is told that, not this.
              !hasError(in: entry) else { return }
        let days = text(within.arguments.first?.range ?? within.range)
        let id = step.declared.id
        guard step.staffEffort != nil else {
            report(.applicantDaysCounted, "step '\(id)' is the applicant's, and its \(days) count against the statutory limit",
                   at: within.range,
                   help: "the limit runs from a complete dossier and counts the administration's days: write 'outside_limit' "
                       + "for the applicant's own (a course taken before filing, correcting the dossier), or 'by <agency>' for a "
                       + "step the agency does",
                   fixIts: [Diagnostic.FixIt("add 'outside_limit'", range: SourceRange(start: within.range.end, end: within.range.end),
                                             replacement: "\n" + indentation(of: within) + "outside_limit")])
            return
        }
        let agency = agencies.first?.name ?? {
            let declared = kinds.filter { $0.value == .agency }.map(\.key)
            return declared.count == 1 ? declared[0] : nil
        }()
        report(.applicantDaysCounted,
               "step '\(id)' has staff time and no 'by': it is taken for the applicant's, and its \(days) count against the statutory limit",
               at: within.range,
               help: "name the agency that does it, 'by \(agency ?? "<agency>")': its days are then the administration's, and its "
                   + "staff time its cost",
               fixIts: agency.map { [Diagnostic.FixIt("add 'by \($0)'", range: SourceRange(start: within.range.start, end: within.range.start),
                                                     replacement: "by \($0)\n" + indentation(of: within))] } ?? [])
    }

    /// A fee may be waived for a channel or for one of the procedure's segments, and charge a segment an
    /// amount of its own, which are known once the procedure's segments are: a channel misspelt after an
    /// amount (`onlin`) is told as such, not as a segment.
    mutating func resolveSegments(of fee: Fee, local: LocalNames, in procedure: Entry) {
        let named = fee.waivedFor + fee.segmentAmounts.map(\.segment)
        for reference in named where Channel(rawValue: reference.name) == nil && !local.contains(reference.name, as: .segment) {
            unknownName(reference.name, expected: .channelOrSegment,
                        among: Channel.allCases.map(\.rawValue) + local.names(of: .segment), at: reference.location.range)
        }
        for given in fee.segmentAmounts {
            guard let waiver = fee.waivedFor.first(where: { $0.name == given.segment.name }) else { continue }
            report(.duplicateFact, "fee '\(fee.declared.id)' both charges segment '\(given.segment.name)' an amount and waives it",
                   at: given.segment.location.range, help: "keep the amount, or the waiver: a segment waived pays nothing",
                   notes: [Diagnostic.Note("waived here", at: waiver.location)])
        }
        for cell in fee.segmentAmounts {
            guard let channel = cell.channel, let waiver = fee.waivedFor.first(where: { $0.name == channel.rawValue }) else { continue }
            report(.duplicateFact, "fee '\(fee.declared.id)' both charges '\(cell.label)' an amount and waives '\(channel.rawValue)'",
                   at: cell.segment.location.range, help: "keep the amount, or the waiver: a channel waived pays nothing",
                   notes: [Diagnostic.Note("waived here", at: waiver.location)])
        }
        // A segment with an amount of its own, filed on a channel with one too: which would its cases
        // pay? Neither reading is the law's for certain, so the fee's table must give the cell, unless
        // a line of it was refused or names a segment misspelt, which may be that cell.
        guard !fee.channelAmounts.isEmpty, fee.segmentAmounts.contains(where: { $0.channel == nil }) else { return }
        if let written = entry(of: fee.declared, in: procedure), hasError(in: written) { return }
        for row in fee.segmentAmounts where row.channel == nil && local.contains(row.segment.name, as: .segment) {
            for given in fee.channelAmounts where !fee.segmentAmounts.contains(where: {
                $0.segment.name == row.segment.name && $0.channel == given.channel
            }) {
                let channel = given.channel.rawValue
                report(.missingFact, "fee '\(fee.declared.id)' does not say what segment '\(row.segment.name)' pays on '\(channel)'",
                       at: row.segment.location.range,
                       help: "it has an amount for '\(row.segment.name)' and another for '\(channel)': give the cell of the two as the law "
                           + "sets it, 'amount <amount> \(row.segment.name) \(channel)'",
                       notes: [Diagnostic.Note("amount on '\(channel)' given here", at: given.amount.location)])
            }
        }
    }

    /// A fee's amount for the cases filed on a channel the procedure does not offer, or its waiver for
    /// them, concerns no case: most often another channel was meant (`post` for `online`), whose cases
    /// then pay what the others do, which no figure shows. Told where the channel is written: the model
    /// keeps the channel, not its word.
    mutating func feeChannelsOffered(_ fee: Fee, offered: [Channel], in procedure: Entry) {
        // Asked of every fee of a catalog, most of which name no channel: looked through, nothing made.
        func lacks(_ channel: Channel?) -> Bool { channel.map { !offered.contains($0) } ?? false }
        guard !offered.isEmpty,
              fee.channelAmounts.contains(where: { lacks($0.channel) }) || fee.segmentAmounts.contains(where: { lacks($0.channel) })
                || fee.waivedFor.contains(where: { lacks(Channel(rawValue: $0.name)) }),
              let lines = entry(of: fee.declared, in: procedure)?.block?.entries else { return }
        let choices = offered.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        for line in lines {
            let keyword = line.keyword.text
            guard keyword == "amount" || keyword == "waived" else { continue }
            // `waived online, post` is one argument, a list.
            let words = line.arguments.flatMap { argument -> [ExpressionSyntax] in
                if case .list(let items) = argument.kind { return Array(tree.operands(items)) }
                return [argument]
            }
            for word in words {
                guard case .identifier = word.kind, let channel = Channel(rawValue: text(word.range)),
                      !offered.contains(channel) else { continue }
                let what = keyword == "waived" ? "is waived for" : "gives an amount to"
                report(.channelNotOffered, "fee '\(fee.declared.id)' \(what) the cases filed '\(channel.rawValue)', "
                       + "but the procedure has no '\(channel.rawValue)' channel", at: word.range,
                       help: "name a channel the procedure offers (\(choices)), or add 'channel \(channel.rawValue) …' to the procedure")
            }
        }
    }

    /// Reports each cycle in the steps' `after` dependencies once.
    mutating func checkDependencyCycles(_ steps: [Step]) {
        if Self.dependsOnlyBackwards(steps) { return }
        var byName = NameTable<Step>()
        for step in steps { byName.set(step.declared.id, step) }
        enum Mark { case visiting, done }
        var marks = NameTable<Mark>()
        var path: [String] = []

        func visit(_ name: String, _ checker: inout Checker) {
            guard let step = byName[name] else { return }
            marks.set(name, .visiting)
            path.append(name)
            for reference in step.after where reference.name != name {
                switch marks[reference.name] {
                case .visiting:
                    let start = path.firstIndex(of: reference.name)!
                    let cycle = path[start...] + [reference.name]
                    checker.report(.dependencyCycle, "steps depend on each other in a circle: "
                                   + cycle.joined(separator: " → "), at: reference.location.range,
                                   help: "no step can start; remove one of these 'after' references")
                case .done:
                    continue
                case nil:
                    visit(reference.name, &checker)
                }
            }
            path.removeLast()
            marks.set(name, .done)
        }
        for step in steps where marks[step.declared.id] == nil {
            visit(step.declared.id, &self)
        }
    }

    /// Whether each step comes only after steps written before it, every step's id being its own:
    /// then no chain of dependencies can come back to where it started. Most procedures are written
    /// so, and need no search for cycles.
    static func dependsOnlyBackwards(_ steps: [Step]) -> Bool {
        for position in steps.indices {
            let step = steps[position]
            let earlier = steps[..<position]
            if earlier.contains(where: { $0.declared.id == step.declared.id }) { return false }
            for reference in step.after where reference.name != step.declared.id
                && !earlier.contains(where: { $0.declared.id == reference.name }) {
                return false
            }
        }
        return true
    }
}
