/// The words of the HTML report, in English and Vietnamese.
struct ReportLabels {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    private func t(_ en: String, _ vi: String) -> String { language == .vi ? vi : en }

    var generated: String { t("Rulesets:", "Bộ quy tắc:") }
    var headline: String { t("Headline", "Tóm tắt") }
    var annualBurden: String { t("Annual burden", "Chi phí tuân thủ hằng năm") }
    var annualHours: String { t("Hours a year", "Số giờ mỗi năm") }
    var procedures: String { t("Procedures", "Thủ tục") }
    var findings: String { t("Barrier findings", "Vướng mắc phát hiện") }
    var change: String { t("Change", "Thay đổi") }
    var elapsedLongest: String { t("Longest elapsed time", "Thời gian giải quyết dài nhất") }
    var workdays: String { t("workdays", "ngày làm việc") }
    var target: String { t("Target: a cut of", "Mục tiêu cắt giảm") }
    var met: String { t("met", "đạt") }
    var notMet: String { t("not met", "chưa đạt") }
    var waterfallTitle: String { t("What each change does to the annual burden", "Tác động của từng thay đổi đến chi phí hằng năm") }
    var before: String { t("Before", "Trước") }
    var after: String { t("After", "Sau") }
    var volume: String { t("volume", "số hồ sơ") }
    var tariff: String { t("tariff", "đơn giá") }
    var resolved: String { t("Resolved by the change", "Được giải quyết") }
    var introduced: String { t("Introduced by the change", "Phát sinh mới") }
    var otherChanges: String { t("other changes", "thay đổi khác") }
    var dataTable: String { t("The figures behind the chart", "Số liệu của biểu đồ") }
    var where_: String { t("Where", "Vị trí") }
    var source: String { t("Source (file:line)", "Nguồn (tệp:dòng)") }
    var lookTwice: String { t("Look twice", "Cần xem kỹ") }
    var topBurdens: String { t("Top burdens", "Thủ tục tốn kém nhất") }
    var procedure: String { t("Procedure", "Thủ tục") }
    var name: String { t("Name", "Tên") }
    var costPerCase: String { t("Cost a case", "Chi phí mỗi hồ sơ") }
    var barriers: String { t("Barriers", "Vướng mắc") }
    var severity: String { t("Severity", "Mức độ") }
    var barrier: String { t("Barrier", "Vướng mắc") }
    var count: String { t("Findings", "Số lần") }
    var fix: String { t("Suggested simplification", "Đề xuất đơn giản hóa") }
    var proceduresHeading: String { t("Procedures in detail", "Chi tiết từng thủ tục") }
    var cases: String { t("Cases a year", "Số hồ sơ/năm") }
    var elapsedShort: String { t("Elapsed (workdays)", "Thời gian (ngày làm việc)") }
    var changes: String { t("Changes", "Các thay đổi") }
    var timeline: String { t("Timeline", "Tiến trình") }
    var step: String { t("Step", "Bước") }
    var start: String { t("Starts (workday)", "Bắt đầu (ngày)") }
    var finish: String { t("Ends (workday)", "Kết thúc (ngày)") }
    var criticalPath: String { t("Critical path", "Đường găng") }
    var costOfACase: String { t("The cost of one case, item by item", "Chi phí một hồ sơ theo từng khoản") }
    var term: String { t("Item", "Khoản") }
    var hoursShort: String { t("Hours", "Giờ") }
    var outOfPocket: String { t("Out of pocket", "Chi phí trực tiếp") }
    var documents: String { t("Documents", "Thành phần hồ sơ") }
    var originals: String { t("Originals", "Bản chính") }
    var copies: String { t("Copies", "Bản sao") }
    var certified: String { t("Certified", "Chứng thực") }
    var heldBy: String { t("Held by the state in", "Nhà nước đã có trong") }
    var fees: String { t("Fees and charges", "Phí, lệ phí") }
    var amount: String { t("Amount", "Mức thu") }
    var waived: String { t("Waived for", "Miễn cho") }
    var legalBasis: String { t("Legal basis", "Căn cứ pháp lý") }
    var accepted: String { t("accepted", "chấp nhận") }
    var assumptions: String { t("Assumptions register", "Danh mục giả định") }
    var assumptionsIntro: String {
        t("Every tariff, rate and figure the computation uses, with its source. Figures marked as estimates are the modeller's own.",
          "Mọi mức chi phí, tỷ lệ và số liệu được dùng, kèm nguồn. Các số liệu ghi là ước tính do người lập mô hình đưa ra.")
    }
    var meaning: String { t("Meaning", "Ý nghĩa") }
    var value: String { t("Value", "Giá trị") }
    var sourceCited: String { t("Cited source", "Nguồn trích dẫn") }
    var estimate: String { t("estimate", "ước tính") }
    var date: String { t("Date", "Ngày") }
    var method: String { t("Method", "Phương pháp") }

    var methodParagraphs: [String] {
        language == .vi ? [
            "Chi phí được tính theo Mô hình chi phí chuẩn (SCM), như Thông tư 02/2017/TT-VPCP, Điều 27 hướng dẫn: chi phí một hồ sơ bằng thời gian thực hiện nhân với mức chi phí mỗi giờ, cộng phí, lệ phí và các chi phí trực tiếp khác; chi phí hằng năm bằng chi phí một hồ sơ nhân với số hồ sơ mỗi năm.",
            "Mỗi con số được tính ở mức thấp, khả dĩ và cao của các đầu vào. Thời gian giải quyết là đường găng qua các bước, tính theo ngày làm việc. Công thức đầy đủ ở docs/METHOD.md.",
        ] : [
            "Costs follow the Standard Cost Model, as Circular 02/2017/TT-VPCP, Art. 27 prescribes: the cost of a case is the time it takes times the value of an hour, plus fees, charges and other out-of-pocket costs; the annual burden is the cost of a case times the cases a year.",
            "Every figure is computed at the low, likely and high end of its inputs. Elapsed time is the critical path through the steps, in working days. Every formula, with its source, is in docs/METHOD.md.",
        ]
    }

    func findingsSummary(_ count: Int, accepted: Int) -> String {
        language == .vi ? "\(count) vướng mắc cần xử lý; \(accepted) vướng mắc đã được chấp nhận có lý do."
            : "\(count) findings to address; \(accepted) accepted on the record."
    }

    func moreProcedures(_ count: Int) -> String {
        language == .vi ? "Còn \(count) thủ tục khác có trong bảng dưới đây." : "\(count) more procedures are listed in the table below."
    }

    func allProcedures(_ count: Int) -> String {
        language == .vi ? "Tất cả \(count) thủ tục" : "All \(count) procedures"
    }

    func largestProcedures(_ shown: Int, of count: Int) -> String {
        language == .vi ? "\(shown) thủ tục có chi phí lớn nhất trong số \(count) (danh sách đầy đủ: redtape score --format csv)"
            : "The \(shown) most burdensome of \(count) procedures (the full list: redtape score --format csv)"
    }

    func timelineTitle(_ name: String) -> String {
        language == .vi ? "Tiến trình các bước của \(name), theo ngày làm việc" : "Steps of \(name), in working days"
    }

    func factsLine(cases: String, cost: String, hours: String, elapsed: String, limit: String?) -> String {
        let limitText = limit.map { language == .vi ? " (thời hạn \($0))" : " (limit \($0))" } ?? ""
        return language == .vi
            ? "\(cases) hồ sơ/năm; \(cost) mỗi hồ sơ; \(hours); \(elapsed) ngày làm việc\(limitText)"
            : "\(cases) cases a year; \(cost) a case; \(hours); \(elapsed) workdays\(limitText)"
    }
}
