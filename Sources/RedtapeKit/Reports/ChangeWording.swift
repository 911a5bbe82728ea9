/// A change between two drafts in words, in English or Vietnamese: `document 'Form': prepare 1–2 h
/// → 30 min; no longer certified`, `thành phần hồ sơ 'Form': thời gian chuẩn bị 1–2 giờ → 30 phút;
/// không còn phải chứng thực`. Ids, names and quoted text stay as the drafts wrote them.
struct ChangeWording: Sendable {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    private var quantities: QuantityText { QuantityText(language) }

    func summary(_ change: Change) -> String {
        change.phrases.map(text).joined(separator: "; ")
    }

    func text(_ phrase: ChangePhrase) -> String {
        let pick = language.pick
        switch phrase {
        case .newProcedure(let name):
            return pick("new procedure '\(name)'", "thủ tục mới '\(name)'")
        case .procedureRemoved(let name):
            return pick("procedure '\(name)' removed", "bỏ thủ tục '\(name)'")
        case .itemAdded(let kind, let name):
            return pick("\(item(kind))\(quoted(name)) added", "thêm \(item(kind))\(quoted(name))")
        case .itemRemoved(let kind, let name):
            return pick("\(item(kind))\(quoted(name)) removed", "bỏ \(item(kind))\(quoted(name))")
        case .item(let kind, let name, let phrases):
            return "\(item(kind))\(quoted(name)): " + phrases.map(text).joined(separator: "; ")
        case .renamed(let id):
            return pick("renamed from '\(id)'", "đổi tên từ '\(id)'")
        case .moved(let from, let to):
            let none = pick("none", "không có")
            let (before, after) = (from ?? none, to ?? none)
            return pick("moved from step '\(before)' to '\(after)'", "chuyển từ bước '\(before)' sang '\(after)'")
        case .costFollows(let kind):
            return pick("same \(item(kind)); its cost follows other changes (channels, steps)",
                        "\(item(kind)) không đổi; chi phí thay đổi theo các thay đổi khác (kênh, các bước)")
        case .quantity(let field, let before, let after):
            return "\(name(field)) \(quantities.text(before)) → \(quantities.text(after))"
        case .flag(let field, let now):
            return now ? pick("now \(name(field))", "nay phải \(name(field))") : pick("no longer \(name(field))", "không còn \(name(field))")
        case .value(let field, let before, let after):
            return "\(name(field)) \(shown(before)) → \(shown(after))"
        case .channels(let before, let after):
            return pick("channels", "kênh") + " \(shares(before)) → \(shares(after)) "
                + pick("(its effect is on the steps' and fees' lines)", "(ảnh hưởng thể hiện ở dòng của các bước và khoản phí)")
        case .visits(let before, let after):
            return pick("in-person visits a case", "số lần đến trực tiếp mỗi hồ sơ") + " \(number(before)) → \(number(after))"
        case .cases(let before, let after):
            return pick("cases a year", "số hồ sơ mỗi năm") + " \(number(before)) → \(number(after))"
        case .tariff(let before, let after, let currency):
            let unit = language == .vi && currency == "VND" ? "₫/giờ" : pick("\(currency)/h", "\(currency)/giờ")
            return pick("hourly tariff", "giá trị một giờ") + " \(number(before)) → \(number(after)) \(unit)"
        }
    }

    private func item(_ kind: ItemKind) -> String {
        kind.word(language)
    }

    private func quoted(_ name: String?) -> String {
        name.map { " '\($0)'" } ?? ""
    }

    private func number(_ value: Exact) -> String {
        quantities.format.number(value, decimals: 2)
    }

    private func shares(_ shares: [ChangePhrase.Share]) -> String {
        shares.map { "\($0.channel.rawValue) \(quantities.text($0.share))" }.joined(separator: ", ")
    }

    private func shown(_ value: ChangePhrase.Shown) -> String {
        switch value {
        case .text(let text): text
        case .none: language.pick("none", "không có")
        case .allChannels: language.pick("all", "mọi kênh")
        case .applicant: language.pick("applicant", "người nộp hồ sơ")
        case .results(let results):
            results.map { "\($0.name) (\(form($0.form)))" }.joined(separator: ", ")
        }
    }

    private func form(_ form: ProcedureResult.Form) -> String {
        guard language == .vi else { return form.rawValue }
        return switch form {
        case .paper: "bản giấy"
        case .electronic: "bản điện tử"
        case .both: "bản giấy và điện tử"
        }
    }

    /// How each fact is named in a change, as its keyword is written in English (`prepare`, `held by`).
    private func name(_ field: ChangePhrase.Field) -> String {
        let pick = language.pick
        return switch field {
        case .name: pick("name", "tên")
        case .form: pick("form", "mẫu")
        case .originals: pick("originals", "bản chính")
        case .copies: pick("copies", "bản sao")
        case .certified: pick("certified", "chứng thực")
        case .notarised: pick("notarised", "công chứng")
        case .heldBy: pick("held by", "dữ liệu có tại")
        case .prepare: pick("prepare", "thời gian chuẩn bị")
        case .cost: pick("cost", "chi phí")
        case .applies: pick("applies", "tỷ lệ áp dụng")
        case .openEnded: pick("open-ended", "yêu cầu không giới hạn")
        case .actor: pick("by", "thực hiện bởi")
        case .channels: pick("channels", "kênh")
        case .effort: pick("effort", "thời gian thực hiện")
        case .staffTime: pick("staff time", "thời gian của cán bộ")
        case .travel: pick("travel", "thời gian đi lại")
        case .wait: pick("wait", "thời gian chờ")
        case .fare: pick("fare", "chi phí đi lại")
        case .visits: pick("visits", "số lần đến")
        case .within: pick("within", "thời hạn")
        case .after: pick("after", "sau bước")
        case .submits: pick("submits", "nộp")
        case .amount: pick("amount", "mức thu")
        case .amountOn(let channel): pick("amount \(channel.rawValue)", "mức thu \(channel.rawValue)")
        case .waivedFor: pick("waived for", "miễn cho")
        case .basis: pick("legal basis", "căn cứ pháp lý")
        case .code: pick("code", "mã")
        case .level: pick("level", "cấp")
        case .agencies: pick("agencies", "cơ quan")
        case .limit: pick("statutory limit", "thời hạn giải quyết")
        case .results: pick("results", "kết quả")
        case .validity: pick("validity", "thời hạn hiệu lực")
        case .overhead: pick("overhead", "chi phí chung")
        }
    }
}
