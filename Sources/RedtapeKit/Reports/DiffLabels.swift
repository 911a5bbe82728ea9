/// The words of `diff` that the HTML report has no use for, in English and Vietnamese; the words
/// both use are the report's (`ReportLabels`), and each change is worded by `ChangeWording`.
struct DiffLabels: Sendable {
    let language: Language

    var heading: String { language.pick("redtape: the burden of this change", "redtape: chi phí tuân thủ của thay đổi này") }
    var annualHours: String { language.pick("Annual hours", "Số giờ mỗi năm") }
    var resolved: String { language.pick("resolved", "đã giải quyết") }
    var introduced: String { language.pick("introduced", "phát sinh") }
    var unchanged: String { language.pick("measures unchanged", "các chỉ số không đổi") }
    /// Said when no procedure differs between the drafts, so that an empty review reads as one.
    var noProcedureChanged: String { language.pick("No change to any procedure.", "Không thủ tục nào thay đổi.") }
}
