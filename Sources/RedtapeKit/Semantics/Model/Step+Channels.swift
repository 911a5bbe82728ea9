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

    /// Whether a case filed on `channel` comes in person for the step.
    func visited(on channel: Channel) -> Bool {
        concerns(channel) && self.channel(for: channel) == .inPerson
    }

    /// In-person visits for a case filed on `channel` (likely value): none when the step does not
    /// concern its cases, or is done at a distance.
    func visits(on channel: Channel) -> Exact {
        visited(on: channel) ? visits?.value.likely ?? 1 : 0
    }

    /// `visits 0`: a step done where the applicant is, such as hosting an inspection.
    var takesNoVisit: Bool {
        visits?.value.high == 0
    }
}
