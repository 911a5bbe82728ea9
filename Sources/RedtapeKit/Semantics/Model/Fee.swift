/// A fee or charge, with its amount per channel and its waivers.
///
/// Immutable, and shared by reference, as `Step` is.
public final class Fee: Sendable {
    public struct ChannelAmount: Hashable, Sendable {
        public let channel: Channel
        public let amount: Amount
    }

    public let declared: Declared
    /// The step at which it is paid, when declared inside a step.
    public let step: String?
    public let amount: Amount
    public let channelAmounts: [ChannelAmount]
    /// Channels or segments for which the fee is not charged.
    public let waivedFor: [Reference]
    public let basis: [String]
    public let allowances: [Allowance]

    public init(declared: Declared, step: String?, amount: Amount, channelAmounts: [ChannelAmount],
                waivedFor: [Reference], basis: [String], allowances: [Allowance]) {
        self.declared = declared
        self.step = step
        self.amount = amount
        self.channelAmounts = channelAmounts
        self.waivedFor = waivedFor
        self.basis = basis
        self.allowances = allowances
    }
}
