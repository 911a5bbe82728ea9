import Foundation

/// Every label that score and explain print, in English and Vietnamese.
public struct Labels: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func pick(_ en: String, _ vi: String) -> String { language == .vi ? vi : en }

    public var procedure: String { pick("Procedure", "Thủ tục") }
    public var cases: String { pick("Cases a year", "Số hồ sơ/năm") }
    public var hours: String { pick("Hours a case", "Giờ/hồ sơ") }
    public var outOfPocket: String { pick("Out of pocket", "Chi phí trực tiếp") }
    public var costPerCase: String { pick("Cost a case", "Chi phí/hồ sơ") }
    public var annualBurden: String { pick("Annual burden", "Chi phí hằng năm") }
    public var elapsed: String { pick("Elapsed", "Thời gian") }
    public var limit: String { pick("Limit", "Thời hạn") }
    public var total: String { pick("Total", "Tổng") }
    public var bySector: String { pick("By sector", "Theo lĩnh vực") }
    public var byAgency: String { pick("By agency", "Theo cơ quan") }
    public var byLevel: String { pick("By level", "Theo cấp") }
    public var topBurdens: String { pick("Top burdens", "Thủ tục tốn kém nhất") }
    public var ranges: String { pick("ranges", "khoảng giá trị") }
    public var low: String { pick("Low", "Thấp") }
    public var likely: String { pick("Likely", "Khả dĩ") }
    public var high: String { pick("High", "Cao") }
    public var sector: String { pick("Sector", "Lĩnh vực") }
    public var agency: String { pick("Agency", "Cơ quan") }
    public var level: String { pick("Level", "Cấp") }
    public var procedures: String { pick("procedures", "thủ tục") }
    public func procedures(_ count: Int) -> String {
        "\(count) " + (language == .vi ? "thủ tục" : count == 1 ? "procedure" : "procedures")
    }
    public func workdays(_ count: Exact) -> String {
        NumberFormat(language).number(count, decimals: 1) + " " + (language == .vi ? "ngày làm việc" : count == 1 ? "workday" : "workdays")
    }
    public var oneOff: String { pick("One-off cost", "Chi phí một lần") }
    public var administration: String { pick("Administration", "Cơ quan nhà nước") }
    public var presentValue: String { pick("Present value", "Giá trị hiện tại") }
    public var annualised: String { pick("Annualised", "Quy đổi hằng năm") }
    public var notes: String { pick("Notes", "Ghi chú") }
    public var none: String { pick("none", "không có") }
    public var unassigned: String { pick("(not given)", "(chưa ghi)") }

    public func party(_ party: PartyBurden.Party) -> String {
        switch party {
        case .citizens: pick("citizens", "người dân")
        case .businesses: pick("businesses", "doanh nghiệp")
        case .organisations: pick("organisations", "tổ chức")
        case .administration: pick("administration", "cơ quan nhà nước")
        }
    }

    public func channel(_ channel: Channel) -> String {
        switch channel {
        case .online: pick("online", "trực tuyến")
        case .inPerson: pick("in person", "trực tiếp")
        case .post: pick("post", "bưu chính")
        }
    }
}
