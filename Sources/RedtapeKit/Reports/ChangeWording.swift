/// A change between two drafts in words, in English or Vietnamese: `document 'Form': prepare 1–2 h
/// → 30 min; no longer certified`, `thành phần hồ sơ 'Form': thời gian chuẩn bị 1–2 giờ → 30 phút;
/// không còn chứng thực`. Ids, names and quoted text stay as the drafts wrote them.
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
        case .costFollowsRate(let kind):
            return pick("same \(item(kind)); its cost follows the exchange rate", "\(item(kind)) không đổi; chi phí thay đổi theo tỷ giá")
        case .exchangeRate(let code, let before, let after):
            return pick("exchange rate", "tỷ giá") + " 1 \(code) = \(quantities.text(before)) → \(quantities.text(after)) "
                + pick("(its effect is on the lines of the items written in \(code))",
                       "(ảnh hưởng thể hiện ở dòng của các thành phần tính bằng \(code))")
        case .quantity(let field, let before, let after):
            return "\(name(field)) \(quantities.text(before)) → \(quantities.text(after))"
        case .flag(let field, let now):
            return now ? pick("now \(name(field))", "nay phải \(name(field))") : pick("no longer \(name(field))", "không còn \(name(field))")
        case .value(let field, let before, let after):
            return "\(name(field)) \(shown(before)) → \(shown(after))"
        case .channels(let before, let after):
            return pick("channels", "kênh") + " \(shares(before)) → \(shares(after)) "
                + pick("(its effect is on the steps' and fees' lines)", "(ảnh hưởng thể hiện ở dòng của các bước và khoản phí)")
        case .segments(let before, let after):
            func listed(_ shares: [ChangePhrase.SegmentShare]) -> String {
                shares.isEmpty ? pick("none", "không có") : shares.map { "\($0.segment) \(quantities.text($0.share))" }.joined(separator: ", ")
            }
            return pick("segments", "nhóm đối tượng") + " \(listed(before)) → \(listed(after)) "
                + pick("(its effect is on the tariff's and fees' lines)", "(ảnh hưởng thể hiện ở dòng giá trị giờ và các khoản phí)")
        case .segment(let id, let phrases):
            return pick("segment", "nhóm đối tượng") + " '\(id)': " + phrases.map(text).joined(separator: "; ")
        case .visits(let before, let after):
            return pick("in-person visits a case", "số lần đến trực tiếp mỗi hồ sơ") + " \(number(before)) → \(number(after))"
        case .averageFee(let before, let after, let currency):
            let format = quantities.format
            return pick("paid a case on average", "bình quân mỗi hồ sơ nộp")
                + " \(format.money(before, currency)) → \(format.money(after, currency))"
        case .cases(let before, let after):
            return pick("cases a year", "số hồ sơ mỗi năm") + " \(number(before)) → \(number(after))"
        case .tariff(let before, let after, let currency):
            let unit = quantities.format.symbol(currency) + "/" + quantities.period(.hour)
            return pick("hourly tariff", "giá trị một giờ") + " \(number(before)) → \(number(after)) \(unit)"
        case .oneOffCost(let before, let after, let currency):
            let format = quantities.format
            return pick("one-off cost", "chi phí một lần") + " \(format.money(before, currency)) → \(format.money(after, currency))"
        case .administrationCost(let before, let after, let currency):
            let format = quantities.format
            func worth(_ cost: Exact?) -> String {
                cost.map { format.money($0, currency) } ?? pick("not valued (no staff_tariff)", "chưa quy ra tiền (không có staff_tariff)")
            }
            return pick("the administration's cost a year", "chi phí của cơ quan nhà nước mỗi năm") + " \(worth(before)) → \(worth(after))"
        }
    }

    /// A warning of the honesty checks: `superficial cut in 'p': documents 2 → 1, but …`.
    func text(_ warning: ComparisonWarning) -> String {
        let pick = language.pick
        let format = quantities.format
        switch warning.concern {
        case .countsOnly(let id, let counts, let cost, let hours, let currency):
            let list = counts.map {
                "\(Labels(language).measure($0.count)) \(format.number($0.before, decimals: 2)) → \(format.number($0.after, decimals: 2))"
            }.joined(separator: ", ")
            let (costBefore, costAfter) = (format.money(cost.before, currency), format.money(cost.after, currency))
            let (hoursBefore, hoursAfter) = (format.hours(hours.before), format.hours(hours.after))
            return pick("superficial cut in '\(id)': \(list), but the cost of a case goes from \(costBefore) to \(costAfter) "
                        + "and its time from \(hoursBefore) to \(hoursAfter)",
                        "cắt giảm hình thức ở '\(id)': \(list), nhưng chi phí một hồ sơ từ \(costBefore) thành \(costAfter) "
                        + "và thời gian từ \(hoursBefore) thành \(hoursAfter)")
        case .workMoved(let id, let removed, let grown, let share):
            let (gone, back, share) = (list(removed.map(name)), list(grown.map(name)), format.percent(share))
            return pick("in '\(id)', \(gone) removed, but \(back) \(grown.count == 1 ? "adds" : "add") back \(share) of what "
                        + "was removed: the work seems to have moved rather than gone",
                        "ở '\(id)', bỏ \(gone), nhưng \(back) lại thêm \(share) phần đã bỏ: "
                        + "công việc dường như được chuyển đi chứ không mất đi")
        case .partyShift(let id, let falls, let rises, let currency):
            let from = falls.map { "\(name($0.party)) (\(format.money($0.delta, currency)))" }.joined(separator: ", ")
            let to = rises.map { "\(name($0.party)) (+\(format.money($0.delta, currency)))" }.joined(separator: ", ")
            return pick("in '\(id)', cost moves from \(from) to \(to)", "ở '\(id)', chi phí chuyển từ \(from) sang \(to)")
        case .procedureShift(let falls, let rises, let currency):
            func named(_ entry: ComparisonWarning.ProcedureDelta) -> String {
                entry.isNew ? pick("new procedure '\(entry.id)'", "thủ tục mới '\(entry.id)'") : "'\(entry.id)'"
            }
            let from = falls.map { "\(named($0)) \(format.money($0.delta, currency))" }.joined(separator: ", ")
            let to = rises.map { "\(named($0)) +\(format.money($0.delta, currency))" }.joined(separator: ", ")
            return pick("cost moves between procedures: \(from); \(to)", "chi phí chuyển giữa các thủ tục: \(from); \(to)")
        }
    }

    /// `document 'id_copy'`, and `(new)` after one the later draft added.
    private func name(_ item: ComparisonWarning.Item) -> String {
        (item.kind.map { "\($0.word(language)) '\(item.id)'" } ?? "'\(item.id)'")
            + (item.isNew ? language.pick(" (new)", " (mới)") : "")
    }

    /// `a, b and c`.
    private func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + language.pick(" and ", " và ") + names.last!
    }

    private func name(_ party: PartyBurden.Party) -> String {
        Labels(language).party(party)
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
        shares.map { "\(channel($0.channel)) \(quantities.text($0.share))" }.joined(separator: ", ")
    }

    private func channel(_ channel: Channel) -> String {
        Labels(language).channelAsWritten(channel)
    }

    private func shown(_ value: ChangePhrase.Shown) -> String {
        switch value {
        case .text(let text): text
        case .none: language.pick("none", "không có")
        case .allChannels: language.pick("all", "tất cả")
        case .channels(let channels): channels.map(channel).joined(separator: ", ")
        case .level(let level): Labels(language).levelAsWritten(level)
        case .waivers(let names): names.map { Channel(rawValue: $0).map(channel) ?? $0 }.joined(separator: ", ")
        case .applicant: language.pick("applicant", "người nộp hồ sơ")
        case .results(let results):
            results.map { "\($0.name) (\(form($0.form)))" }.joined(separator: ", ")
        case .forms(let forms):
            forms.map(form).joined(separator: ", ")
        }
    }

    private func form(_ form: ProcedureResult.Form) -> String {
        guard language == .vi else { return form == .both ? "paper and electronic" : form.rawValue }
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
        case .deposit: pick("deposit, returned", "tiền ký quỹ, được hoàn trả")
        case .visits: pick("visits", "số lần đến")
        case .within: pick("within", "thời hạn")
        case .population: pick("population", "số đối tượng")
        case .frequency: pick("frequency", "tần suất")
        case .outsideLimit: pick("outside the statutory limit", "ngoài thời hạn giải quyết")
        case .after: pick("after", "sau bước")
        case .submits: pick("submits", "nộp")
        case .amount: pick("amount", "mức thu")
        case .amountOn(let channel): pick("amount \(channel.rawValue)", "mức thu \(self.channel(channel))")
        case .amountFor(let segment, nil): pick("amount \(segment)", "mức thu \(segment)")
        case .amountFor(let segment, let channel?): pick("amount \(segment) \(channel.rawValue)", "mức thu \(segment) \(self.channel(channel))")
        case .atLeast: pick("at least", "tối thiểu")
        case .atMost: pick("at most", "tối đa")
        case .waivedFor: pick("waived for", "miễn cho")
        case .basis: pick("legal basis", "căn cứ pháp lý")
        case .code: pick("code", "mã")
        case .level: pick("level", "cấp")
        case .agencies: pick("agencies", "cơ quan")
        case .limit: pick("statutory limit", "thời hạn giải quyết")
        case .limitOn(let channel): pick("statutory limit \(channel.rawValue)", "thời hạn giải quyết \(self.channel(channel))")
        case .results: pick("results", "kết quả")
        case .resultForm: pick("result", "hình thức kết quả")
        case .validity: pick("validity", "thời hạn hiệu lực")
        case .overhead: pick("overhead", "chi phí chung")
        case .tariff: pick("tariff", "giá trị giờ")
        case .staffTariff: pick("staff tariff", "giá trị giờ của công chức")
        case .subject: pick("who bears it", "đối tượng chịu chi phí")
        }
    }
}
