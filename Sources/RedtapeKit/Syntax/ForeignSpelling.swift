import Foundation

/// What redtape reads for words a Vietnamese drafter writes where the language has its own spelling:
/// units and the currency in Vietnamese, the typographic dash of a range, the multiplication sign.
/// Only an error's help asks, so none of this is on the way of a file that reads.
enum ForeignSpelling {
    private static let spellings: [String: (spelling: String, help: String)] = {
        let range = "a range is written with '..', as in 1h..2h"
        var table: [String: (spelling: String, help: String)] = ["–": ("..", range), "—": ("..", range),
                                                                 "×": ("*", "multiplication is written '*'")]
        for word in ["đồng", "đ", "₫", "vnđ"] { table[word] = ("VND", "the currency is written as its code: 'VND'") }
        let units = ["ngày làm việc": "workdays", "ngày": "days", "giờ": "h", "tiếng": "h", "phút": "min", "năm": "years"]
        for (word, unit) in units { table[word] = (unit, "units are written as redtape spells them: '\(unit)'") }
        return table
    }()

    /// The spelling redtape reads for `text`, with a help that says so; nil for any other text.
    static func meant(_ text: String) -> (spelling: String, help: String)? {
        spellings[text.lowercased()]
    }

    /// `phòng` → `phong`: the word without its accents, when that leaves a name (one word of ASCII
    /// letters, digits and '_'); nil otherwise.
    static func asciiName(_ text: String) -> String? {
        var name = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "đ": name += "d"
            case "Đ": name += "D"
            case "a"..."z", "A"..."Z", "0"..."9", "_": name.unicodeScalars.append(scalar)
            default:
                // The accents a decomposition leaves after their letters; anything else is no name.
                guard (0x300...0x36F).contains(scalar.value) else { return nil }
            }
        }
        return name.isEmpty ? nil : name
    }
}
