/// The words for what the cost model works out: each term (`prepare 'Form'`), the factors it is
/// multiplied from (`visits per case 0.7`) and the caveats of a procedure's figures, in English or
/// Vietnamese.
struct CostWording: Sendable {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    /// What a term is, for the item it comes from: `prepare 'Form'`, `chuẩn bị 'Form'`.
    func label(_ term: Term) -> String {
        let name = term.itemName
        return switch term.kind {
        case .preparation: language.pick("prepare '\(name)'", "chuẩn bị '\(name)'")
        case .documentCost: language.pick("cost of '\(name)'", "chi phí '\(name)'")
        case .effort: language.pick("effort on '\(name)'", "thực hiện '\(name)'")
        case .visit: language.pick("travel and waiting for '\(name)'", "đi lại và chờ đợi cho '\(name)'")
        case .fare: language.pick("travel cost for '\(name)'", "chi phí đi lại cho '\(name)'")
        case .stepCost: language.pick("money paid for '\(name)'", "chi phí trả cho '\(name)'")
        case .fee: language.pick("fee '\(name)'", "phí '\(name)'")
        }
    }

    func name(_ factor: Factor.Name) -> String {
        switch factor {
        case .prepare: language.pick("prepare", "chuẩn bị")
        case .cost: language.pick("cost", "chi phí")
        case .effort: language.pick("effort", "thực hiện")
        case .travelAndWait: language.pick("travel + wait", "đi lại + chờ")
        case .visitsPerCase: language.pick("visits per case", "số lần đến mỗi hồ sơ")
        case .fare: language.pick("fare", "chi phí đi lại")
        case .applies: language.pick("applies", "tỷ lệ áp dụng")
        case .filedOn(let channels): Labels(language).filedOn(channels)
        case .amount: language.pick("amount", "mức thu")
        case .shareCharged: language.pick("share of cases charged", "tỷ lệ hồ sơ phải nộp")
        case .averageOverChannels: language.pick("average over channels", "bình quân theo kênh")
        case .averageOverSegments: language.pick("average over segments", "bình quân theo nhóm")
        case .exchangeRate: language.pick("rate", "tỷ giá")
        }
    }

    func text(_ note: ProcedureAssessment.Note) -> String {
        switch note {
        case .noTariff:
            language.pick("no tariff: time is counted in hours but not valued in money",
                          "không có giá trị giờ (tariff): thời gian được tính bằng giờ nhưng không quy ra tiền")
        case .noStaffTariff:
            language.pick("no staff_tariff: the agencies' staff time is not valued in money",
                          "không có staff_tariff: thời gian của cán bộ cơ quan không được quy ra tiền")
        case .limitsExceedStatutory:
            language.pick("the steps' time limits add up to more than the statutory limit",
                          "tổng thời hạn của các bước vượt thời hạn giải quyết theo quy định")
        case .someCasesTakeLonger:
            language.pick("the elapsed time is that of the cases that take longest: steps only some of the cases take add days to theirs (see 'redtape explain')",
                          "thời gian thực tế là của hồ sơ lâu nhất: các bước chỉ một phần hồ sơ phải qua kéo dài thời gian của những hồ sơ đó (xem 'redtape explain')")
        case .limitsExceedStatutoryForSome:
            language.pick("the steps' time limits add up to more than the statutory limit for the cases that go through steps only some of the cases take (see 'redtape explain')",
                          "tổng thời hạn của các bước vượt thời hạn giải quyết theo quy định đối với hồ sơ phải qua các bước chỉ một phần hồ sơ phải qua (xem 'redtape explain')")
        case .daysOutsideLimit:
            language.pick("the statutory limit counts fewer days than the elapsed time: some steps are outside it (see 'redtape explain')",
                          "thời hạn theo quy định tính ít ngày hơn thời gian thực tế: có bước nằm ngoài thời hạn (xem 'redtape explain')")
        }
    }
}
