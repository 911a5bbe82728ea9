/// A fee or charge, with its amount per channel and its waivers.
///
/// Immutable, and shared by reference, as `Step` is.
public final class Fee: Sendable {
    public struct ChannelAmount: Hashable, Sendable {
        public let channel: Channel
        public let amount: Amount
    }

    /// What the cases of one segment pay (`amount 60_000 VND medium`): fee schedules by the size or
    /// kind of the applicant, a vessel's length or a firm's, read as the law tabulates them.
    public struct SegmentAmount: Hashable, Sendable {
        /// The segment, as the fee names it (checked against the procedure's segments).
        public let segment: Reference
        public let amount: Amount
    }

    public let declared: Declared
    /// The step at which it is paid, when declared inside a step.
    public let step: String?
    public let amount: Amount
    public let channelAmounts: [ChannelAmount]
    /// Amounts of some segments' cases, on every channel; a fee has these or amounts by channel, not both.
    public let segmentAmounts: [SegmentAmount]
    /// The least and the most a case pays, where the law bounds an amount it works out (a rate on the
    /// investment, at least 500,000 and at most 150,000,000 VND): every amount the fee has is held
    /// between them; a waived case still pays nothing.
    public let atLeast: Amount?
    public let atMost: Amount?
    /// Channels or segments for which the fee is not charged.
    public let waivedFor: [Reference]
    public let basis: [String]
    public let allowances: [Allowance]

    public init(declared: Declared, step: String?, amount: Amount, channelAmounts: [ChannelAmount],
                segmentAmounts: [SegmentAmount] = [], atLeast: Amount? = nil, atMost: Amount? = nil, waivedFor: [Reference],
                basis: [String], allowances: [Allowance]) {
        self.declared = declared
        self.step = step
        self.amount = amount
        self.channelAmounts = channelAmounts
        self.segmentAmounts = segmentAmounts
        self.atLeast = atLeast
        self.atMost = atMost
        self.waivedFor = waivedFor
        self.basis = basis
        self.allowances = allowances
    }
}
