/// What changed in an item between two drafts, as short phrases: `prepare 1–2 h → 30 min`, `no longer certified`.
enum ItemDifferences {
    static func amount(_ name: String, _ before: Amount?, _ after: Amount?) -> String? {
        guard before?.value != after?.value else { return nil }
        return "\(name) \(QuantityText.text(before)) → \(QuantityText.text(after))"
    }

    static func flag(_ name: String, _ before: Bool, _ after: Bool) -> String? {
        guard before != after else { return nil }
        return after ? "now \(name)" : "no longer \(name)"
    }

    static func value<T: Equatable>(_ name: String, _ before: T, _ after: T, _ show: (T) -> String) -> String? {
        before == after ? nil : "\(name) \(show(before)) → \(show(after))"
    }

    static func names(_ references: [Reference]) -> String {
        references.isEmpty ? "none" : references.map(\.name).joined(separator: ", ")
    }

    /// `after a → a, b`: the lists are written only when their names differ, as most do not.
    static func names(_ name: String, _ before: [Reference], _ after: [Reference]) -> String? {
        guard !before.elementsEqual(after, by: { $0.name == $1.name }) else { return nil }
        return value(name, names(before), names(after)) { $0 }
    }

    static func document(_ a: Document, _ b: Document) -> [String] {
        [
            value("name", a.declared.name, b.declared.name) { $0 ?? "none" },
            value("form", a.form, b.form) { $0 ?? "none" },
            value("originals", a.originals, b.originals) { String($0) },
            value("copies", a.copies, b.copies) { String($0) },
            flag("certified", a.certified, b.certified),
            flag("notarised", a.notarised, b.notarised),
            value("held by", a.heldBy?.name, b.heldBy?.name) { $0 ?? "none" },
            amount("prepare", a.prepare, b.prepare),
            amount("cost", a.cost, b.cost),
            amount("applies", a.applies, b.applies),
            flag("open-ended", a.openEnded, b.openEnded),
        ].compactMap { $0 }
    }

    static func step(_ a: Step, _ b: Step) -> [String] {
        [
            value("name", a.declared.name, b.declared.name) { $0 ?? "none" },
            value("by", actor(a.actor), actor(b.actor)) { $0 },
            value("channels", a.channels, b.channels) { $0.map { $0.map(\.rawValue).joined(separator: ", ") } ?? "all" },
            amount("effort", a.effort, b.effort),
            amount("staff time", a.staffEffort, b.staffEffort),
            amount("travel", a.travel, b.travel),
            amount("wait", a.wait, b.wait),
            amount("fare", a.fare, b.fare),
            value("visits", a.visits, b.visits) { $0.map(String.init) ?? "1" },
            amount("within", a.within, b.within),
            names("after", a.after, b.after),
            names("submits", a.submits, b.submits),
            amount("applies", a.applies, b.applies),
        ].compactMap { $0 }
    }

    static func fee(_ a: Fee, _ b: Fee) -> [String] {
        var phrases = [
            value("name", a.declared.name, b.declared.name) { $0 ?? "none" },
            amount("amount", a.amount, b.amount),
            names("waived for", a.waivedFor, b.waivedFor),
            value("legal basis", a.basis.joined(separator: "; "), b.basis.joined(separator: "; ")) { $0.isEmpty ? "none" : $0 },
        ].compactMap { $0 }
        for channel in Channel.allCases {
            let before = a.channelAmounts.first { $0.channel == channel }?.amount
            let after = b.channelAmounts.first { $0.channel == channel }?.amount
            if let phrase = amount("amount \(channel.rawValue)", before, after) { phrases.append(phrase) }
        }
        return phrases
    }

    /// Changes of the procedure's own facts (its items are compared one by one elsewhere).
    static func procedure(_ a: Procedure, _ b: Procedure) -> [String] {
        func channels(_ p: Procedure) -> String {
            p.channels.map { "\($0.channel.rawValue) \(QuantityText.text($0.share))" }.joined(separator: ", ")
        }
        func results(_ p: Procedure) -> String {
            p.results.map { "\($0.name) (\($0.form.rawValue))" }.joined(separator: ", ")
        }
        return [
            value("name", a.declared.name, b.declared.name) { $0 ?? "none" },
            value("code", a.code, b.code) { $0 ?? "none" },
            value("level", a.level, b.level) { $0?.rawValue ?? "none" },
            names("agencies", a.agencies, b.agencies),
            // The mix changes no cost by itself: each step's and fee's line carries what it does to them.
            // Compared before it is written out: a national diff compares every procedure.
            a.channels.elementsEqual(b.channels) { $0.channel == $1.channel && $0.share.value == $1.share.value }
                ? nil : "channels \(channels(a)) → \(channels(b)) (its effect is on the steps' and fees' lines)",
            amount("statutory limit", a.limit, b.limit),
            value("results", results(a), results(b)) { $0 },
            amount("validity", a.validity, b.validity),
            amount("overhead", a.overhead, b.overhead),
        ].compactMap { $0 }
    }

    private static func actor(_ actor: Step.Actor) -> String {
        switch actor {
        case .applicant: "applicant"
        case .agency(let reference): reference.name
        }
    }
}
