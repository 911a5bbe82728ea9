extension Procedure {
    /// In-person visits a case makes for a step, over the channel mix (likely shares): each channel's
    /// share of the cases times the visits a case filed on it makes (Step+Channels).
    func expectedVisits(_ step: Step) -> Exact {
        channels.reduce(0) { $0 + $1.share.value.likely * step.visits(on: $1.channel) }
    }
}
