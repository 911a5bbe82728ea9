/// The words of the HTML report, in English and Vietnamese.
struct ReportLabels {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    /// Said when the draft before was timed from the draft after's start, as its figures then differ
    /// from what `score` gives it alone.
    func retimed(_ retimed: DraftComparison.Retimed) -> String {
        let own = retimed.own.map { language.pick(" (the draft before's own start is \($0))", " (dự thảo trước bắt đầu từ \($0))") } ?? ""
        return language.pick("Both drafts are timed from \(retimed.from), the draft after's start, so that a limit in calendar days "
                             + "or a holiday does not read as a change\(own).",
                             "Cả hai dự thảo được tính thời gian từ \(retimed.from), ngày bắt đầu của dự thảo sau, để thời hạn "
                             + "tính theo ngày hay ngày nghỉ lễ không bị đọc là một thay đổi\(own).")
    }

    /// Beside the administration's cost a year of two drafts, when some of their procedures give staff
    /// time no value (`DraftComparison.staffTimeUnvalued`).
    func staffTimeUnvalued(_ counts: (before: Int, after: Int)) -> String {
        language.pick("The administration's cost a year counts no staff time of a procedure with no 'staff_tariff': "
                      + "\(counts.before) such \(counts.before == 1 ? "procedure" : "procedures") in the draft before, "
                      + "\(counts.after) in the draft after.",
                      "Chi phí của cơ quan nhà nước mỗi năm không tính thời gian công chức của thủ tục không có 'staff_tariff': "
                      + "\(counts.before) thủ tục như vậy ở dự thảo trước, \(counts.after) ở dự thảo sau.")
    }

    var generated: String { language.pick("Rulesets:", "Bộ quy tắc:") }
    var headline: String { language.pick("Headline", "Tóm tắt") }
    var annualBurden: String { language.pick("Annual burden", "Chi phí tuân thủ hằng năm") }
    var annualHours: String { language.pick("Hours a year", "Số giờ mỗi năm") }
    var procedures: String { language.pick("Procedures", "Thủ tục") }
    var findings: String { language.pick("Barrier findings", "Vướng mắc phát hiện") }
    var change: String { language.pick("Change", "Thay đổi") }
    var elapsedLongest: String { language.pick("Longest elapsed time", "Thời gian giải quyết dài nhất") }
    var workdays: String { language.pick("workdays", "ngày làm việc") }
    var target: String { language.pick("Target: a cut of", "Mục tiêu cắt giảm") }
    var met: String { language.pick("met", "đạt") }
    var notMet: String { language.pick("not met", "chưa đạt") }
    var waterfallTitle: String { language.pick("What each change does to the annual burden", "Tác động của từng thay đổi đến chi phí hằng năm") }
    var before: String { language.pick("Before", "Trước") }
    var after: String { language.pick("After", "Sau") }
    var volume: String { language.pick("volume", "số hồ sơ") }
    var tariff: String { language.pick("tariff", "đơn giá") }
    var resolved: String { language.pick("Resolved by the change", "Được giải quyết") }
    var introduced: String { language.pick("Introduced by the change", "Phát sinh mới") }
    var acceptedByChange: String { language.pick("Accepted on the record by the change", "Được chấp nhận có lý do") }
    var otherChanges: String { language.pick("other changes", "thay đổi khác") }
    var dataTable: String { language.pick("The figures behind the chart", "Số liệu của biểu đồ") }
    var where_: String { language.pick("Where", "Vị trí") }
    var source: String { language.pick("Source (file:line)", "Nguồn (tệp:dòng)") }
    var lookTwice: String { language.pick("Look twice", "Cần xem kỹ") }
    var topBurdens: String { language.pick("Top burdens", "Thủ tục tốn kém nhất") }
    var procedure: String { language.pick("Procedure", "Thủ tục") }
    var name: String { language.pick("Name", "Tên") }
    var costPerCase: String { language.pick("Cost a case", "Chi phí mỗi hồ sơ") }
    var barriers: String { language.pick("Barriers", "Vướng mắc") }
    var severity: String { language.pick("Severity", "Mức độ") }
    var barrier: String { language.pick("Barrier", "Vướng mắc") }
    var count: String { language.pick("Findings", "Số lần") }
    var fix: String { language.pick("Suggested simplification", "Đề xuất đơn giản hóa") }
    var proceduresHeading: String { language.pick("Procedures in detail", "Chi tiết từng thủ tục") }
    var cases: String { language.pick("Cases a year", "Số hồ sơ/năm") }
    var elapsedShort: String { language.pick("Elapsed (workdays)", "Thời gian (ngày làm việc)") }
    var changes: String { language.pick("Changes", "Các thay đổi") }
    var timeline: String { language.pick("Timeline", "Tiến trình") }
    var whoBears: String { language.pick("Who bears the annual burden", "Ai chịu chi phí hằng năm") }
    var party: String { language.pick("Who", "Đối tượng") }
    var step: String { language.pick("Step", "Bước") }
    var start: String { language.pick("Starts (workday)", "Bắt đầu (ngày)") }
    var finish: String { language.pick("Ends (workday)", "Kết thúc (ngày)") }
    var criticalPath: String { language.pick("Critical path", "Đường găng") }
    /// After the name of a step whose days the statutory limit does not count.
    var outsideLimit: String { language.pick(" (outside the limit)", " (ngoài thời hạn)") }
    func ofTheCases(_ share: String) -> String { language.pick(" (\(share) of the cases)", " (\(share) hồ sơ)") }
    var filedOn: String { language.pick("Filed", "Cách nộp") }
    var statutoryShort: String { language.pick("Statutory limit (workdays)", "Thời hạn theo quy định (ngày làm việc)") }
    var overLimit: String { language.pick("Over the limit", "Vượt thời hạn") }
    var countedShort: String { language.pick("Counted against the limit (workdays)", "Tính vào thời hạn (ngày làm việc)") }
    var byChannelCaption: String {
        language.pick("Each channel's cases, along the steps they go through", "Hồ sơ theo từng cách nộp, qua các bước áp dụng cho chúng")
    }
    var costOfACase: String { language.pick("The cost of one case, item by item", "Chi phí một hồ sơ theo từng khoản") }
    var term: String { language.pick("Item", "Khoản") }
    var hoursShort: String { language.pick("Hours", "Giờ") }
    var outOfPocket: String { language.pick("Out of pocket", "Chi phí trực tiếp") }
    var documents: String { language.pick("Documents", "Thành phần hồ sơ") }
    var originals: String { language.pick("Originals", "Bản chính") }
    var copies: String { language.pick("Copies", "Bản sao") }
    var certified: String { language.pick("Certified", "Chứng thực") }
    var heldBy: String { language.pick("Held by the state in", "Nhà nước đã có trong") }
    var neededBy: String { language.pick("Cases that need it", "Hồ sơ cần nộp") }
    var fees: String { language.pick("Fees and charges", "Phí, lệ phí") }
    var amount: String { language.pick("Amount", "Mức thu") }
    var waived: String { language.pick("Waived for", "Miễn cho") }
    var legalBasis: String { language.pick("Legal basis", "Căn cứ pháp lý") }
    var accepted: String { language.pick("accepted", "chấp nhận") }
    var assumptions: String { language.pick("Assumptions register", "Danh mục giả định") }
    var assumptionsIntro: String {
        language.pick("Every tariff, rate and figure the computation uses, with its source. Figures marked as estimates are the modeller's own.",
                      "Mọi mức chi phí, tỷ lệ và số liệu được dùng, kèm nguồn. Các số liệu ghi là ước tính do người lập mô hình đưa ra.")
    }
    var noAssumptions: String {
        language.pick("No assumptions: every figure is written where the procedures use it.",
                      "Không có giả định: mọi số liệu được ghi ngay tại thủ tục sử dụng.")
    }
    var exchangeRate: String { language.pick("Exchange rate", "Tỷ giá") }
    func discountRate(_ timing: Discounting.Timing) -> String {
        switch timing {
        case .endOfYear: language.pick("Discount rate, each year's cost at its end", "Tỷ lệ chiết khấu, chi phí mỗi năm tính vào cuối năm")
        case .startOfYear: language.pick("Discount rate, each year's cost at its start", "Tỷ lệ chiết khấu, chi phí mỗi năm tính vào đầu năm")
        }
    }
    var horizon: String { language.pick("Years the present value covers", "Số năm tính giá trị hiện tại") }
    var meaning: String { language.pick("Meaning", "Ý nghĩa") }
    var value: String { language.pick("Value", "Giá trị") }
    var sourceCited: String { language.pick("Cited source", "Nguồn trích dẫn") }
    var note: String { language.pick("note", "ghi chú") }
    var estimate: String { language.pick("estimate", "ước tính") }
    var date: String { language.pick("Date", "Ngày") }
    var method: String { language.pick("Method", "Phương pháp") }

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

    func repeatedProcedures(_ count: Int) -> String {
        language == .vi
            ? "\(count) mã thủ tục có mặt trong nhiều tệp (các dự thảo?): tổng cộng gồm tất cả. Để so sánh hai dự thảo: redtape report --before … --after …"
            : (count == 1 ? "A procedure's id appears" : "\(count) procedure ids appear")
                + " in several files (drafts?): the totals count each of them. To compare two drafts: redtape report --before … --after …"
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

    /// `counted`: the days the limit counts, when steps outside it make them fewer than the elapsed;
    /// `quickest`: the days of the cases that take least, where steps only a share of the cases take
    /// lengthen the others' time; `deposit`: the money a case places and gets back, beside its cost.
    func factsLine(cases: String, cost: String, deposit: String?, hours: String, elapsed: String, quickest: String?, limit: String?,
                   counted: String?) -> String {
        let depositText = deposit.map { language == .vi ? " (và tiền ký quỹ \($0), được hoàn trả)" : " (and a deposit of \($0), returned)" } ?? ""
        let countedText = counted.map { language == .vi ? ", tính \($0)" : ", \($0) counted" } ?? ""
        let limitText = limit.map { language == .vi ? " (thời hạn \($0)\(countedText))" : " (limit \($0)\(countedText))" } ?? ""
        let quickestText = quickest.map { language == .vi ? ", \($0) với một số hồ sơ" : ", \($0) for some cases" } ?? ""
        return language == .vi
            ? "\(cases) hồ sơ/năm; \(cost) mỗi hồ sơ\(depositText); \(hours); \(elapsed) ngày làm việc\(quickestText)\(limitText)"
            : "\(cases) cases a year; \(cost) a case\(depositText); \(hours); \(elapsed) workdays\(quickestText)\(limitText)"
    }
}
