extension ItemKind {
    /// How a report names an item of this kind: `document`, or `thành phần hồ sơ` in Vietnamese.
    func word(_ language: Language) -> String {
        switch self {
        case .procedure: language.pick("procedure", "thủ tục")
        case .document: language.pick("document", "thành phần hồ sơ")
        case .step: language.pick("step", "bước")
        case .fee: language.pick("fee", "khoản phí")
        }
    }
}
