/// The words `diff` frames its changes with, in English and Vietnamese. The description of each
/// change (`prepare 1 h → 30 min`) is written by the comparison, in English.
struct DiffLabels: Sendable {
    let language: Language

    var heading: String { language.pick("redtape: the burden of this change", "redtape: chi phí tuân thủ của thay đổi này") }
    var annualBurden: String { language.pick("Annual burden", "Chi phí tuân thủ hằng năm") }
    var annualHours: String { language.pick("Annual hours", "Số giờ mỗi năm") }
    var procedures: String { language.pick("Procedures", "Thủ tục") }
    var before: String { language.pick("Before", "Trước") }
    var after: String { language.pick("After", "Sau") }
    var change: String { language.pick("Change", "Thay đổi") }
    var place: String { language.pick("Where", "Vị trí") }
    var lookTwice: String { language.pick("Look twice", "Cần xem kỹ") }
    var barriers: String { language.pick("Barriers", "Vướng mắc") }
    var resolved: String { language.pick("resolved", "đã giải quyết") }
    var introduced: String { language.pick("introduced", "phát sinh") }
    var unchanged: String { language.pick("measures unchanged", "các chỉ số không đổi") }

    /// `Target: a cut of 20% — met`.
    func target(_ percent: String) -> String { language.pick("Target: a cut of \(percent)", "Mục tiêu cắt giảm \(percent)") }
    var met: String { language.pick("met", "đạt") }
    var notMet: String { language.pick("not met", "chưa đạt") }

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
        case .visits: language.pick("visits", "lần đến cơ quan")
        case .documents: language.pick("documents", "thành phần hồ sơ")
        case .certifiedCopies: language.pick("certified copies", "bản sao chứng thực")
        case .agencies: language.pick("agencies", "cơ quan")
        case .submissions: language.pick("submissions", "lần nộp")
        }
    }
}
