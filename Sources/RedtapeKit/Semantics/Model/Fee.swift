/// A fee or charge, with its amount per channel and its waivers.
///
/// Immutable, and shared by reference, as `Step` is.
public final class Fee: Sendable {
    public struct ChannelAmount: Hashable, Sendable {
        public let channel: Channel
        public let amount: Amount
    }

    /// What the cases of one segment pay (`amount 60_000 VND medium`): fee schedules by the size or
    /// kind of the applicant, a vessel's length or a firm's, read as the law tabulates them; on one
    /// channel (`amount 80_000 VND students online`), a cell of a schedule by both, such as a reduced
    /// fee for students that is cheaper online too.
    public struct SegmentAmount: Hashable, Sendable {
        /// The segment, as the fee names it (checked against the procedure's segments).
        public let segment: Reference
        /// The channel of a cell; nil for what the segment pays on every channel it has no cell for.
        public let channel: Channel?
        public let amount: Amount

        public init(segment: Reference, channel: Channel? = nil, amount: Amount) {
            self.segment = segment
            self.channel = channel
            self.amount = amount
        }

        /// How the fee names it: `students`, or `students online`.
        public var label: String {
            channel.map { "\(segment.name) \($0.rawValue)" } ?? segment.name
        }
    }

    public let declared: Declared
    /// The step at which it is paid, when declared inside a step.
    public let step: String?
    public let amount: Amount
    public let channelAmounts: [ChannelAmount]
    /// Amounts of some segments' cases, on every channel or on one. Where a segment and a channel
    /// both have amounts of their own, the checker asks for the cell of the two: neither reading is
    /// the law's for certain.
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

    /// What a case of a segment filed on a channel pays as written, before the fee's bounds and waivers:
    /// the most particular amount the fee gives, the segment's on that channel, then the segment's, the
    /// channel's, and the fee's own. Without a segment or a channel, the amounts given for it are passed over.
    public func amount(for segment: String?, on channel: Channel?) -> Amount {
        if let segment, !segmentAmounts.isEmpty {
            var row: Amount?
            for given in segmentAmounts where given.segment.name == segment {
                if given.channel == nil {
                    row = given.amount
                } else if given.channel == channel {
                    return given.amount
                }
            }
            if let row { return row }
        }
        guard let channel, !channelAmounts.isEmpty else { return amount }
        return channelAmounts.first { $0.channel == channel }?.amount ?? amount
    }
}
