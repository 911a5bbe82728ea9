/// The language of a report's labels and number formats.
public enum Language: String, CaseIterable, Sendable {
    case en, vi

    /// The label in this language, of its English and Vietnamese: only that one is written, as a
    /// label with figures in it is written for every line of a report.
    func pick(_ en: @autoclosure () -> String, _ vi: @autoclosure () -> String) -> String { self == .vi ? vi() : en() }
}
