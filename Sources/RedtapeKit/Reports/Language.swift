/// The language of a report's labels and number formats.
public enum Language: String, CaseIterable, Sendable {
    case en, vi
}
