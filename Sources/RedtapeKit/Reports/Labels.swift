import Foundation

/// Every label that score and explain print, in English and Vietnamese.
public struct Labels: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public var procedure: String { language.pick("Procedure", "Thủ tục") }
    public var cases: String { language.pick("Cases a year", "Số hồ sơ/năm") }
    public var hours: String { language.pick("Hours a case", "Giờ/hồ sơ") }
    public var outOfPocket: String { language.pick("Out of pocket", "Chi phí trực tiếp") }
    public var costPerCase: String { language.pick("Cost a case", "Chi phí/hồ sơ") }
    public var annualBurden: String { language.pick("Annual burden", "Chi phí hằng năm") }
    public var elapsed: String { language.pick("Elapsed", "Thời gian") }
    public var limit: String { language.pick("Limit", "Thời hạn") }
    public var total: String { language.pick("Total", "Tổng") }
    public var bySector: String { language.pick("By sector", "Theo lĩnh vực") }
    public var byAgency: String { language.pick("By agency", "Theo cơ quan") }
    public var byLevel: String { language.pick("By level", "Theo cấp") }
    public var topBurdens: String { language.pick("Top burdens", "Thủ tục tốn kém nhất") }
    public var ranges: String { language.pick("ranges", "khoảng giá trị") }
    public var low: String { language.pick("Low", "Thấp") }
    public var likely: String { language.pick("Likely", "Khả dĩ") }
    public var high: String { language.pick("High", "Cao") }
    public var sector: String { language.pick("Sector", "Lĩnh vực") }
    public var agency: String { language.pick("Agency", "Cơ quan") }
    public var level: String { language.pick("Level", "Cấp") }
    public var procedures: String { language.pick("procedures", "thủ tục") }
    public func procedures(_ count: Int) -> String {
        "\(count) " + (language == .vi ? "thủ tục" : count == 1 ? "procedure" : "procedures")
    }
    public func workdays(_ count: Exact) -> String {
        NumberFormat(language).number(count, decimals: 1, then: language == .vi ? " ngày làm việc" : count == 1 ? " workday" : " workdays")
    }
    /// A measure of a case, as diff's measures line, its honesty checks and compare name it.
    public func measure(_ measure: CaseMeasure) -> String {
        switch measure {
        case .hours: language.pick("hours a case", "giờ/hồ sơ")
        case .outOfPocket: language.pick("out of pocket", "chi phí trực tiếp")
        case .cost: language.pick("cost a case", "chi phí/hồ sơ")
        case .elapsed: language.pick("elapsed", "thời gian")
        case .visitsInPerson: language.pick("visits when filed in person", "lần đến khi nộp trực tiếp")
        case .documents: language.pick("documents", "thành phần hồ sơ")
        case .steps: language.pick("steps", "bước")
        case .certifiedCopies: language.pick("certified copies", "bản sao chứng thực")
        case .agencies: language.pick("agencies", "cơ quan")
        case .submissions: language.pick("submissions", "lần nộp")
        }
    }
    public var oneOff: String { language.pick("One-off cost", "Chi phí một lần") }

    /// The bounds a fee holds its amounts to, as written: `at least 500,000 VND`, `at most 150,000,000 VND`.
    func bounds(of fee: Fee) -> [String] {
        let quantities = QuantityText(language)
        return [fee.atLeast.map { language.pick("at least ", "tối thiểu ") + quantities.text($0.value) },
                fee.atMost.map { language.pick("at most ", "tối đa ") + quantities.text($0.value) }].compactMap { $0 }
    }
    public var depositsAYear: String {
        language.pick("Deposits placed a year, returned (not in the burden)", "Tiền ký quỹ mỗi năm, được hoàn trả (không tính vào chi phí)")
    }
    public var administration: String { language.pick("Administration", "Cơ quan nhà nước") }
    public var administrationAYear: String {
        language.pick("Administration's own cost a year", "Chi phí của cơ quan nhà nước mỗi năm")
    }
    public var presentValue: String { language.pick("Present value", "Giá trị hiện tại") }
    public var annualised: String { language.pick("Annualised", "Quy đổi hằng năm") }
    public var notes: String { language.pick("Notes", "Ghi chú") }
    public var none: String { language.pick("none", "không có") }
    public var unassigned: String { language.pick("(not given)", "(chưa ghi)") }

    public func party(_ party: PartyBurden.Party) -> String {
        switch party {
        case .citizens: language.pick("citizens", "người dân")
        case .businesses: language.pick("businesses", "doanh nghiệp")
        case .organisations: language.pick("organisations", "tổ chức")
        case .administration: language.pick("administration", "cơ quan nhà nước")
        }
    }

    public func channel(_ channel: Channel) -> String {
        switch channel {
        case .online: language.pick("online", "trực tuyến")
        case .inPerson: language.pick("in person", "trực tiếp")
        case .post: language.pick("post", "bưu chính")
        }
    }

    /// An administrative level as the ruleset names it in English (`commune`), in words in Vietnamese.
    func levelAsWritten(_ level: Level) -> String {
        guard language == .vi else { return level.rawValue }
        return switch level {
        case .central: "trung ương"
        case .ministry: "bộ"
        case .province: "tỉnh"
        case .district: "huyện"
        case .commune: "xã"
        }
    }

    /// `filed online, post`: the cases an item concerns, by the channels they are filed on (an item
    /// that `applies` to them), as explain's factor and the report's documents say it.
    func filedOn(_ channels: [Channel]) -> String {
        language.pick("filed ", "nộp ") + channels.map(channel).joined(separator: ", ")
    }

    /// The working days the statutory limit counts, where steps outside it make them fewer than the elapsed.
    var countedAgainstLimit: String { language.pick("counted against the limit", "tính vào thời hạn") }

    /// `elapsed, filed online`: the time of the cases filed on a channel with a limit of its own.
    func elapsed(filedOn channel: Channel) -> String {
        measure(.elapsed) + ", " + filedOn([channel])
    }

    /// The elapsed time of the cases that go through a step only a share of the cases take (`nil`: through
    /// none of them).
    func elapsed(through step: String?) -> String {
        measure(.elapsed) + ", " + (step.map { language.pick("through '\($0)'", "qua '\($0)'") }
            ?? language.pick("through none of the steps of a share", "không qua bước nào chỉ một phần hồ sơ phải qua"))
    }

    /// A channel in a line that quotes the ruleset's facts: as the ruleset names it in English
    /// (`in_person`), in words in Vietnamese, where the English keyword would be a foreign word.
    func channelAsWritten(_ channel: Channel) -> String {
        language == .vi ? self.channel(channel) : channel.rawValue
    }
}
