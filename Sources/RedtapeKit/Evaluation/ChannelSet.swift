/// Channels as bits: a term carries the channels whose cases it concerns, and a term is copied for
/// every channel and bound it is worked out at, so it holds them without a reference to count.
struct ChannelSet: OptionSet, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    init(_ channel: Channel) {
        rawValue = switch channel {
        case .online: 1
        case .inPerson: 2
        case .post: 4
        }
    }

    init(_ channels: [Channel]) {
        self = channels.reduce(into: ChannelSet()) { $0.insert(ChannelSet($1)) }
    }
}
