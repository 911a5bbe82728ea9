/// The words of `diff` that the HTML report has no use for, in English and Vietnamese; the words
/// both use are the report's (`ReportLabels`), and each change is worded by `ChangeWording`.
struct DiffLabels: Sendable {
    let language: Language

    var heading: String { language.pick("redtape: the burden of this change", "redtape: chi phí tuân thủ của thay đổi này") }
    var annualHours: String { language.pick("Annual hours", "Số giờ mỗi năm") }
    var resolved: String { language.pick("resolved", "đã giải quyết") }
    var introduced: String { language.pick("introduced", "phát sinh") }
    var unchanged: String { language.pick("measures unchanged", "các chỉ số không đổi") }

    /// The measures of a case compared before and after, in the order they are shown.
    enum Measure {
        case hours, outOfPocket, cost, elapsed, visits, documents, certifiedCopies, agencies, submissions
    }

    func measure(_ measure: Measure) -> String {
        switch measure {
        case .hours: language.pick("hours a case", "giờ/hồ sơ")
        case .outOfPocket: language.pick("out of pocket", "chi phí trực tiếp")
        case .cost: language.pick("cost a case", "chi phí/hồ sơ")
        case .elapsed: language.pick("elapsed", "thời gian")
        case .visits: language.pick("visits when filed in person", "lần đến khi nộp trực tiếp")
        case .documents: language.pick("documents", "thành phần hồ sơ")
        case .certifiedCopies: language.pick("certified copies", "bản sao chứng thực")
        case .agencies: language.pick("agencies", "cơ quan")
        case .submissions: language.pick("submissions", "lần nộp")
        }
    }
}
