/// On which channel a step is done, whether a case's channel concerns it, and the visits it asks of
/// a case: facts of the model, which the checker reads to tell a drafter that a step's travel counts
/// for no case, and the cost model and `diff` to count visits.
extension Step {
    /// The channel the step is done on when the case is filed on `channel`: the same one if the step
    /// offers it, else in person if the step offers that, else the step's first channel.
    func channel(for channel: Channel) -> Channel {
        guard let offered = channels, !offered.isEmpty, !offered.contains(channel) else { return channel }
        return offered.contains(.inPerson) ? .inPerson : offered[0]
    }

    /// Whether a case filed on `channel` goes through the step (`applies online`).
    func concerns(_ channel: Channel) -> Bool {
        appliesOn.isEmpty || appliesOn.contains(channel)
    }

    /// In-person visits for a case filed on `channel`: none when the step does not concern its cases.
    func visits(on channel: Channel) -> Exact {
        concerns(channel) && self.channel(for: channel) == .inPerson ? Exact(visits ?? 1) : 0
    }
}
