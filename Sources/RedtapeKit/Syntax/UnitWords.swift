/// The words that may follow a number as its unit.
enum UnitWords {
    static let timeWords: Set<String> = ["min", "h", "workday", "workdays", "day", "days", "year", "years"]

    static let help = "units are min, h, workdays, days, years, %, per year, a currency code such as VND, "
        + "and rates such as VND/h or VND/workday"

    static func isTimeWord(_ word: String) -> Bool { timeWords.contains(word) }

    /// A time word, or a currency code: three capital letters, as in ISO 4217 (`VND`, `EUR`).
    static func isUnitWord(_ word: String) -> Bool {
        isTimeWord(word) || isCurrencyCode(word)
    }

    static func isCurrencyCode(_ word: String) -> Bool {
        word.utf8.count == 3 && word.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }
}
