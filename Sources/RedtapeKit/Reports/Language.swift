/// The language of a report's labels and number formats.
public enum Language: String, CaseIterable, Sendable {
    case en, vi

    /// The label in this language, of its English and Vietnamese.
    func pick(_ en: String, _ vi: String) -> String { self == .vi ? vi : en }
}
