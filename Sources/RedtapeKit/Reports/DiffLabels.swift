/// The words `diff` frames its changes with, in English and Vietnamese. The description of each
/// change (`prepare 1 h → 30 min`) is written by the comparison, in English.
struct DiffLabels: Sendable {
    let language: Language

    private func pick(_ en: String, _ vi: String) -> String { language == .vi ? vi : en }

    var heading: String { pick("redtape: the burden of this change", "redtape: chi phí tuân thủ của thay đổi này") }
    var annualBurden: String { pick("Annual burden", "Chi phí tuân thủ hằng năm") }
    var annualHours: String { pick("Annual hours", "Số giờ mỗi năm") }
    var procedures: String { pick("Procedures", "Thủ tục") }
    var before: String { pick("Before", "Trước") }
    var after: String { pick("After", "Sau") }
    var change: String { pick("Change", "Thay đổi") }
    var place: String { pick("Where", "Vị trí") }
    var lookTwice: String { pick("Look twice", "Cần xem kỹ") }
    var barriers: String { pick("Barriers", "Vướng mắc") }
    var resolved: String { pick("resolved", "đã giải quyết") }
    var introduced: String { pick("introduced", "phát sinh") }
    var unchanged: String { pick("measures unchanged", "các chỉ số không đổi") }

    /// `Target: a cut of 20% — met`.
    func target(_ percent: String) -> String { pick("Target: a cut of \(percent)", "Mục tiêu cắt giảm \(percent)") }
    var met: String { pick("met", "đạt") }
    var notMet: String { pick("not met", "chưa đạt") }

    /// The measures of a case compared before and after, in the order they are shown.
    enum Measure {
        case hours, outOfPocket, cost, elapsed, visits, documents, certifiedCopies, agencies, submissions
    }

    func measure(_ measure: Measure) -> String {
        switch measure {
        case .hours: pick("hours a case", "giờ/hồ sơ")
        case .outOfPocket: pick("out of pocket", "chi phí trực tiếp")
        case .cost: pick("cost a case", "chi phí/hồ sơ")
        case .elapsed: pick("elapsed", "thời gian")
        case .visits: pick("visits", "lần đến cơ quan")
        case .documents: pick("documents", "thành phần hồ sơ")
        case .certifiedCopies: pick("certified copies", "bản sao chứng thực")
        case .agencies: pick("agencies", "cơ quan")
        case .submissions: pick("submissions", "lần nộp")
        }
    }
}
