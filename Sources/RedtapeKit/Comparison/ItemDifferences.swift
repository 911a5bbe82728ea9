/// What changed in an item between two drafts: `prepare 1–2 h → 30 min`, `no longer certified`, as
/// phrases the reports word (`ChangeWording`).
enum ItemDifferences {
    typealias Field = ChangePhrase.Field
    typealias Shown = ChangePhrase.Shown

    static func amount(_ field: Field, _ before: Amount?, _ after: Amount?) -> ChangePhrase? {
        guard before?.value != after?.value else { return nil }
        return .quantity(field, before: before?.value, after: after?.value)
    }

    /// `applies`: an item without it concerns every case, 100%, which writing it out does not change;
    /// and the channels whose cases it concerns, all of them when none are named.
    static func applies(_ before: Amount?, _ beforeOn: [Channel], _ after: Amount?, _ afterOn: [Channel]) -> [ChangePhrase] {
        let every = Estimate(1, .percent)
        let (from, to) = (before?.value ?? every, after?.value ?? every)
        func shown(_ channels: [Channel]) -> Shown { channels.isEmpty ? .allChannels : .channels(channels) }
        return [from == to ? nil : .quantity(.applies, before: from, after: to),
                Set(beforeOn) == Set(afterOn) ? nil : .value(.applies, before: shown(beforeOn), after: shown(afterOn))]
            .compactMap { $0 }
    }

    /// `visits`: one visit is what a step without it means, which writing it out does not change.
    static func visits(_ before: Amount?, _ after: Amount?) -> ChangePhrase? {
        let one = Estimate(1, .number)
        let (from, to) = (before?.value ?? one, after?.value ?? one)
        return from == to ? nil : .quantity(.visits, before: from, after: to)
    }

    static func flag(_ field: Field, _ before: Bool, _ after: Bool) -> ChangePhrase? {
        before == after ? nil : .flag(field, now: after)
    }

    static func value(_ field: Field, _ before: String?, _ after: String?) -> ChangePhrase? {
        before == after ? nil : .value(field, before: before.map(Shown.text) ?? .none, after: after.map(Shown.text) ?? .none)
    }

    static func count(_ field: Field, _ before: Int, _ after: Int) -> ChangePhrase? {
        before == after ? nil : .value(field, before: .text(String(before)), after: .text(String(after)))
    }

    /// `after a → a, b`: the lists are written only when their names differ, as most do not.
    static func names(_ field: Field, _ before: [Reference], _ after: [Reference]) -> ChangePhrase? {
        guard !before.elementsEqual(after, by: { $0.name == $1.name }) else { return nil }
        func shown(_ references: [Reference]) -> Shown {
            let names = references.map(\.name)
            return names.isEmpty ? .none : field == .waivedFor ? .waivers(names) : .text(names.joined(separator: ", "))
        }
        return .value(field, before: shown(before), after: shown(after))
    }

    static func document(_ a: Document, _ b: Document) -> [ChangePhrase] {
        [
            value(.name, a.declared.name, b.declared.name),
            value(.form, a.form, b.form),
            count(.originals, a.originals, b.originals),
            count(.copies, a.copies, b.copies),
            flag(.certified, a.certified, b.certified),
            flag(.notarised, a.notarised, b.notarised),
            value(.heldBy, a.heldBy?.name, b.heldBy?.name),
            amount(.prepare, a.prepare, b.prepare),
            amount(.cost, a.cost, b.cost),
            flag(.openEnded, a.openEnded, b.openEnded),
        ].compactMap { $0 } + applies(a.applies, a.appliesOn, b.applies, b.appliesOn)
    }

    static func step(_ a: Step, _ b: Step) -> [ChangePhrase] {
        func channels(_ step: Step) -> Shown {
            step.channels.map { .channels($0) } ?? .allChannels
        }
        return [
            value(.name, a.declared.name, b.declared.name),
            actor(a.actor) == actor(b.actor) ? nil : .value(.actor, before: actor(a.actor), after: actor(b.actor)),
            a.channels == b.channels ? nil : .value(.channels, before: channels(a), after: channels(b)),
            amount(.effort, a.effort, b.effort),
            amount(.staffTime, a.staffEffort, b.staffEffort),
            amount(.travel, a.travel, b.travel),
            amount(.wait, a.wait, b.wait),
            amount(.fare, a.fare, b.fare),
            amount(.cost, a.cost, b.cost),
            amount(.deposit, a.deposit, b.deposit),
            // One visit is what a step without `visits` means: writing it out changes nothing.
            visits(a.visits, b.visits),
            amount(.within, a.within, b.within),
            flag(.outsideLimit, a.outsideLimit, b.outsideLimit),
            names(.after, a.after, b.after),
            names(.submits, a.submits, b.submits),
        ].compactMap { $0 } + applies(a.applies, a.appliesOn, b.applies, b.appliesOn)
    }

    static func fee(_ a: Fee, _ b: Fee) -> [ChangePhrase] {
        var phrases = [
            value(.name, a.declared.name, b.declared.name),
            amount(.amount, a.amount, b.amount),
            amount(.atLeast, a.atLeast, b.atLeast),
            amount(.atMost, a.atMost, b.atMost),
            names(.waivedFor, a.waivedFor, b.waivedFor),
            value(.basis, a.basis.isEmpty ? nil : a.basis.joined(separator: "; "), b.basis.isEmpty ? nil : b.basis.joined(separator: "; ")),
        ].compactMap { $0 }
        for channel in Channel.allCases {
            let before = a.channelAmounts.first { $0.channel == channel }?.amount
            let after = b.channelAmounts.first { $0.channel == channel }?.amount
            guard before != nil || after != nil else { continue }
            // A channel without an amount of its own pays the fee's amount: that is what it paid or
            // pays on the side without one, not nothing.
            if let phrase = amount(.amountOn(channel), before ?? a.amount, after ?? b.amount) { phrases.append(phrase) }
        }
        // Likewise a segment without an amount of its own pays the fee's, or its channel's on a cell's channel.
        let given = a.segmentAmounts + b.segmentAmounts
        for label in given.map(\.label).uniqued() {
            guard let cell = given.first(where: { $0.label == label }) else { continue }
            let (segment, channel) = (cell.segment.name, cell.channel)
            if let phrase = amount(.amountFor(segment: segment, channel: channel), a.amount(for: segment, on: channel),
                                   b.amount(for: segment, on: channel)) { phrases.append(phrase) }
        }
        return phrases
    }

    /// Changes of the procedure's own facts (its items are compared one by one elsewhere).
    static func procedure(_ a: Procedure, _ b: Procedure) -> [ChangePhrase] {
        func shares(_ p: Procedure) -> [ChangePhrase.Share] {
            p.channels.map { ChangePhrase.Share(channel: $0.channel, share: $0.share.value) }
        }
        let sameResults = a.results.elementsEqual(b.results) { $0.name == $1.name && $0.form == $1.form }
        return [
            value(.name, a.declared.name, b.declared.name),
            value(.code, a.code, b.code),
            a.level == b.level ? nil : .value(.level, before: a.level.map(Shown.level) ?? .none, after: b.level.map(Shown.level) ?? .none),
            names(.agencies, a.agencies, b.agencies),
            // Compared before it is written out: a national diff compares every procedure.
            a.channels.elementsEqual(b.channels) { $0.channel == $1.channel && $0.share.value == $1.share.value }
                ? nil : .channels(before: shares(a), after: shares(b)),
            amount(.limit, a.limit, b.limit),
            sameResults ? nil : a.results.elementsEqual(b.results, by: { $0.name == $1.name })
                // The same results in another form: the form is the change (`result paper → both`).
                ? .value(.resultForm, before: .forms(a.results.map(\.form)), after: .forms(b.results.map(\.form)))
                : .value(.results, before: .results(a.results), after: .results(b.results)),
            amount(.validity, a.validity, b.validity),
            amount(.overhead, a.overhead, b.overhead),
            amount(.staffTariff, a.staffTariff, b.staffTariff),
        ].compactMap { $0 } + channelLimits(a, b) + segments(a.segments, b.segments)
    }

    /// The limits by channel that changed; a channel without its own has the procedure's, on either
    /// side, as a fee's amount by channel does.
    static func channelLimits(_ a: Procedure, _ b: Procedure) -> [ChangePhrase] {
        guard !a.channelLimits.isEmpty || !b.channelLimits.isEmpty else { return [] }
        return Channel.allCases.compactMap { channel in
            let before = a.channelLimits.first { $0.channel == channel }?.limit
            let after = b.channelLimits.first { $0.channel == channel }?.limit
            guard before != nil || after != nil else { return nil }
            return amount(.limitOn(channel), before ?? a.limit, after ?? b.limit)
        }
    }

    /// The segments' shares, when they or the segments differ, and what changed in each segment both
    /// drafts have; nothing for the many procedures without segments.
    static func segments(_ a: [Segment], _ b: [Segment]) -> [ChangePhrase] {
        guard !a.isEmpty || !b.isEmpty else { return [] }
        func shares(_ segments: [Segment]) -> [ChangePhrase.SegmentShare] {
            segments.map { ChangePhrase.SegmentShare(segment: $0.declared.id, share: $0.share.value) }
        }
        var phrases: [ChangePhrase] = shares(a) == shares(b) ? [] : [.segments(before: shares(a), after: shares(b))]
        for old in a {
            guard let new = b.first(where: { $0.declared.id == old.declared.id }) else { continue }
            let own = [
                amount(.tariff, old.tariff, new.tariff),
                amount(.overhead, old.overhead, new.overhead),
                value(.subject, old.subject?.rawValue, new.subject?.rawValue),
            ].compactMap { $0 }
            if !own.isEmpty { phrases.append(.segment(old.declared.id, own)) }
        }
        return phrases
    }

    private static func actor(_ actor: Step.Actor) -> Shown {
        switch actor {
        case .applicant: .applicant
        case .agency(let reference): .text(reference.name)
        }
    }
}
