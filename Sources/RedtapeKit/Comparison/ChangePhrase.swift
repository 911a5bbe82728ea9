/// What the comparison found changed, as data: the reports word it in the language asked for
/// (`ChangeWording`), so that a Vietnamese review reads `thời gian chuẩn bị 1–2 giờ → 30 phút` where
/// an English one reads `prepare 1–2 h → 30 min`.
public indirect enum ChangePhrase: Sendable, Equatable {
    case newProcedure(name: String)
    case procedureRemoved(name: String)
    case itemAdded(ItemKind, name: String?)
    case itemRemoved(ItemKind, name: String?)
    /// A document, step or fee kept in both drafts, and what changed in it.
    case item(ItemKind, name: String?, [ChangePhrase])
    /// Paired by name or form, not by id: the id it had.
    case renamed(from: String)
    /// A fee paid at another step.
    case moved(fromStep: String?, toStep: String?)
    /// The item is the same, and its cost moved with other changes (the channel mix, its steps).
    case costFollows(ItemKind)
    /// The item is the same, and its cost moved with the exchange rate of a currency it is written in.
    case costFollowsRate(ItemKind)
    /// The rate at which amounts in another currency are converted, which moves no cost by itself:
    /// the lines of the items written in that currency carry what it does.
    case exchangeRate(Currency, before: Estimate, after: Estimate)
    case quantity(Field, before: Estimate?, after: Estimate?)
    case flag(Field, now: Bool)
    case value(Field, before: Shown, after: Shown)
    /// The channel mix, which moves no cost by itself: the steps' and fees' lines carry what it does.
    case channels(before: [Share], after: [Share])
    /// The segments and their shares of the cases, which move no cost by themselves: the tariff's and
    /// the fees' lines carry what they do.
    case segments(before: [SegmentShare], after: [SegmentShare])
    /// A segment in both drafts, and what changed in it (its tariff, overhead or subject).
    case segment(String, [ChangePhrase])
    /// A step's in-person visits a case.
    case visits(before: Exact, after: Exact)
    /// What a case pays of a fee on average over the channels and segments (likely values).
    case averageFee(before: Exact, after: Exact, currency: Currency)
    case cases(before: Exact, after: Exact)
    case tariff(before: Exact, after: Exact, currency: Currency)
    /// The one-off cost when the rules change (likely values): apart from the annual burden, it moves none of it.
    case oneOffCost(before: Exact, after: Exact, currency: Currency)
    /// What a step costs the administration a year (likely values), kept apart from the burden
    /// like the administration's total (METHOD.md §8); nil on the side whose procedure gives its
    /// staff time no value (no `staff_tariff`), which is not a cost of zero.
    case administrationCost(before: Exact?, after: Exact?, currency: Currency)

    /// A fact of a procedure, document, step or fee that a change can name.
    public enum Field: Sendable, Equatable {
        case name, form, originals, copies, certified, notarised, heldBy, prepare, cost, applies, openEnded
        case actor, channels, effort, staffTime, travel, wait, fare, deposit, visits, within, outsideLimit, after, submits
        case amount, amountOn(Channel), amountFor(segment: String, channel: Channel?), atLeast, atMost, waivedFor, basis
        case code, level, agencies, limit, limitOn(Channel), results, resultForm, validity, overhead, tariff, staffTariff, subject
        case population, frequency
    }

    /// A value as the drafts wrote it, or one of the few words for what they left out.
    public enum Shown: Sendable, Equatable {
        case text(String)
        case none
        /// Every channel: a step that names none is offered on all of them.
        case allChannels
        /// The channels a step names, worded in the report's language.
        case channels([Channel])
        /// A procedure's administrative level, worded in the report's language.
        case level(Level)
        /// Those a fee is waived for: channels, worded in the report's language, and segments by id.
        case waivers([String])
        case applicant
        case results([ProcedureResult])
        /// The forms of results whose names did not change.
        case forms([ProcedureResult.Form])
    }

    public struct Share: Sendable, Equatable {
        public let channel: Channel
        public let share: Estimate
    }

    public struct SegmentShare: Sendable, Equatable {
        public let segment: String
        public let share: Estimate
    }
}
