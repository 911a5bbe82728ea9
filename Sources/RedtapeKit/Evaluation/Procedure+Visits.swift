extension Procedure {
    /// In-person visits a case makes for a step, over the channel mix (likely shares): each channel's
    /// share of the cases times the visits a case filed on it makes (Step+Channels).
    func expectedVisits(_ step: Step) -> Exact {
        channels.reduce(0) { $0 + $1.share.value.likely * step.visits(on: $1.channel) }
    }
}

extension Step {
    /// In-person visits for a case filed on `channel`, at a bound: a number of visits may be a range
    /// (the months of benefit a monthly report takes).
    func visits(on channel: Channel, at bound: Bound) -> Exact {
        visited(on: channel) ? visits?.value[bound] ?? 1 : 0
    }
}
