/// The words that may follow a number as its unit.
enum UnitWords {
    enum TimeWord: String, CaseIterable {
        case min, h, workday, workdays, day, days, year, years
    }

    static let timeWords = TimeWord.allCases.map(\.rawValue)

    static let help = "units are min, h, workdays, days, years, %, per year, per month, a currency code such as VND, "
        + "and rates such as VND/h or VND/workday"

    /// The time word these bytes spell. Asked after every number of a catalog: the one word of the
    /// same first letter and length is compared, sooner than one is hashed, and no text is made.
    static func timeWord(_ word: some Collection<UInt8>) -> TimeWord? {
        guard let first = word.first else { return nil }
        let candidate: (word: TimeWord, spelling: StaticString)? = switch (first, word.count) {
        case (UInt8(ascii: "m"), 3): (.min, "min")
        case (UInt8(ascii: "h"), 1): (.h, "h")
        case (UInt8(ascii: "w"), 7): (.workday, "workday")
        case (UInt8(ascii: "w"), 8): (.workdays, "workdays")
        case (UInt8(ascii: "d"), 3): (.day, "day")
        case (UInt8(ascii: "d"), 4): (.days, "days")
        case (UInt8(ascii: "y"), 4): (.year, "year")
        case (UInt8(ascii: "y"), 5): (.years, "years")
        default: nil
        }
        guard let candidate else { return nil }
        let same = candidate.spelling.withUTF8Buffer { spelling in
            var index = 0
            for byte in word {
                if byte != spelling[index] { return false }
                index += 1
            }
            return true
        }
        return same ? candidate.word : nil
    }

    /// A time word, or a currency code.
    static func isUnitWord(_ word: some Collection<UInt8>) -> Bool {
        isCurrencyCode(word) || timeWord(word) != nil
    }

    /// Three capital letters, as in ISO 4217 (`VND`, `EUR`).
    static func isCurrencyCode(_ word: some Collection<UInt8>) -> Bool {
        word.count == 3 && word.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    // MARK: - Did you mean

    /// How people write units that redtape spells otherwise; too far from the spelling for an edit
    /// distance to find (`hours` is four edits from `h`).
    private static let aliases: [String: String] = [
        "m": "min", "mn": "min", "mins": "min", "minute": "min", "minutes": "min",
        "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
        "wd": "workdays", "working_day": "workdays", "working_days": "workdays", "business_days": "workdays",
        "yr": "years", "yrs": "years",
        "working day": "workdays", "working days": "workdays", "business day": "workdays", "business days": "workdays",
        "calendar day": "days", "calendar days": "days",
    ]

    /// Whether two words after a number are a time limit as laws word it (`working days`), which
    /// redtape writes as one (`workdays`).
    static func isTwoWordUnit(_ first: String, _ second: String) -> Bool {
        aliases[first + " " + second] != nil
    }

    private static let periods = ["year", "month"]
    private static let ratePeriods = ["h", "workday", "day", "year"]

    /// Whether a word written after a number is most likely a misspelt unit, and so should be read
    /// as one and reported as one, rather than as a further argument.
    static func isLikelyUnit(_ word: String) -> Bool {
        !isUnitWord(word.utf8) && word != "per" && meant(word, among: timeWords) != nil
    }

    /// Whether a word written after a rate's `/` is most likely a misspelt period (`VND/hr`).
    static func isLikelyPeriod(_ word: String) -> Bool {
        meant(word, among: ratePeriods) != nil
    }

    /// The unit the author most likely meant by one redtape does not know, as it is written in a
    /// ruleset: `per yaer` → `per year`, `VND/hr` → `VND/h`, `mins` → `min`.
    static func suggestion(for unit: String) -> String? {
        if unit.hasPrefix("per ") {
            return meant(String(unit.dropFirst(4)), among: periods).map { "per " + $0 }
        }
        let parts = unit.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            guard isCurrencyCode(parts[0].utf8) else { return nil }
            return meant(parts[1], among: ratePeriods).map { parts[0] + "/" + $0 }
        }
        return meant(unit, among: timeWords)
    }

    /// The help for a unit redtape does not know: the likely spelling first, then the list.
    static func help(for unit: String) -> String {
        (suggestion(for: unit).map { "did you mean '\($0)'? " } ?? "") + help
    }

    /// Replacing the unit with the one most likely meant, when there is one.
    static func fixIts(for unit: String, at range: SourceRange) -> [Diagnostic.FixIt] {
        suggestion(for: unit).map { [Diagnostic.FixIt("replace with '\($0)'", range: range, replacement: $0)] } ?? []
    }

    private static func meant(_ word: String, among spellings: some Collection<String>) -> String? {
        if let alias = aliases[word] {
            // `years` where the list has only `year`, `workdays` where it has only `workday`.
            return [alias, String(alias.dropLast())].first { spellings.contains($0) }
        }
        return Suggestion.closest(to: word, in: spellings.sorted())
    }
}
