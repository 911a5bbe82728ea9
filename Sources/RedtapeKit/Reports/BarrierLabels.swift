/// The words `barriers` frames its findings with, in English and Vietnamese. What a rule says (its
/// name, why, principle and fix) is written in the catalogue that declares it, in the language asked
/// for where the catalogue translates it; the severity before a finding stays as tools read it
/// (`high:`, like `error:`).
struct BarrierLabels: Sendable {
    let language: Language

    var why: String { language.pick("why", "lý do") }
    var principle: String { language.pick("principle", "nguyên tắc") }
    var fix: String { language.pick("fix", "đề xuất") }
    var accepted: String { language.pick("Accepted on the record (allow … because):", "Chấp nhận có lý do (allow … because):") }
    var allowedBecause: String { language.pick("allowed because", "chấp nhận vì") }
    var heading: String { language.pick("redtape: barriers", "redtape: vướng mắc") }
    var subjectColumn: String { language.pick("Where", "Ở đâu") }
    var costAttachedColumn: String { language.pick("Cost attached a year", "Chi phí liên quan mỗi năm") }
    var reason: String { language.pick("Reason", "Lý do") }

    /// A finding's detail, in the report's language.
    func text(_ detail: Finding.Detail) -> String {
        var bytes: [UInt8] = []
        write(detail, into: &bytes, words: DetailWords(language))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The words around the names of the procedures a detail lists, as bytes, made once for many
    /// findings: a national catalog has a hundred thousand naming the others that ask for a document.
    struct DetailWords {
        let alsoAskedBy: [UInt8]
        let and: [UInt8]
        let more: [UInt8]

        init(_ language: Language) {
            alsoAskedBy = Array(language.pick("also asked for by: ", "cũng được yêu cầu bởi: ").utf8)
            and = Array(language.pick(" and ", " và ").utf8)
            more = Array(language.pick(" more", " thủ tục khác").utf8)
        }
    }

    /// A finding's detail, appended as bytes.
    func write(_ detail: Finding.Detail, into out: inout [UInt8], words: DetailWords) {
        switch detail {
        case .askedBy(let others):
            out.append(contentsOf: words.alsoAskedBy)
            out.append(text: others.names)
            guard others.more > 0 else { return }
            out.append(contentsOf: words.and)
            out.append(text: String(others.more))
            out.append(contentsOf: words.more)
        case .overLimit(let channels):
            let labels = Labels(language)
            for (index, channel) in channels.enumerated() {
                if index > 0 { out.append(text: "; ") }
                out.append(text: labels.filedOn([channel.channel]) + ": " + labels.workdays(channel.workdays.likely)
                    + language.pick(" against a limit of ", ", thời hạn ")
                    + (channel.statutoryWorkdays.map { labels.workdays($0.likely) } ?? "—"))
            }
        case .overLimitForSome(let groups, let limit):
            let labels = Labels(language)
            let over = groups.filter { $0.countedWorkdays.likely > limit }
            let others = groups.filter { $0.countedWorkdays.likely <= limit }.map(\.countedWorkdays.likely).max() ?? 0
            out.append(text: over.map { group in
                language.pick("the cases that go through ", "hồ sơ phải qua ") + (group.step.map { "'\($0)'" } ?? "—") + ": "
                    + labels.workdays(group.countedWorkdays.likely) + language.pick(" against a limit of ", ", thời hạn ")
                    + labels.workdays(limit)
            }.joined(separator: "; ") + language.pick("; the others ", "; hồ sơ khác ") + labels.workdays(others))
        case .depositHeld(let amount, let currency):
            out.append(text: language.pick("deposit held: ", "tiền ký quỹ: ") + NumberFormat(language).money(amount, currency)
                + language.pick(" a case that places it, returned", " mỗi hồ sơ phải ký quỹ, được hoàn trả"))
        }
    }

    func eachFinding(_ count: Int) -> String {
        language == .vi ? "Từng vướng mắc (\(count))" : (count == 1 ? "The finding" : "Each of the \(count) findings")
    }

    /// A rule's texts in this language, where its catalogue translates them (`translation vi { … }`).
    func text(_ rule: Rule) -> Rule.Text {
        rule.text(in: language.rawValue)
    }

    /// A rule's title in this language, else its id.
    func title(_ rule: Rule) -> String {
        text(rule).name ?? rule.declared.id
    }

    /// `document 'owner_id' (Copy of the owner's identity card) in procedure 'llc'`; in Vietnamese
    /// `thành phần hồ sơ 'owner_id' (…) của thủ tục 'llc'`.
    func subject(_ finding: Finding) -> String {
        var text: [UInt8] = []
        writeSubject(finding, into: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// The subject appended piece by piece, for reports that write many findings into one text.
    func writeSubject(_ finding: Finding, into out: inout [UInt8]) {
        out.append(text: finding.item.word(language))
        out.append(text: " '")
        out.append(text: finding.itemID)
        out.append(UInt8(ascii: "'"))
        if let itemName = finding.itemName {
            out.append(text: " (")
            out.append(text: itemName)
            out.append(UInt8(ascii: ")"))
        }
        guard finding.item != .procedure else { return }
        out.append(text: language.pick(" in procedure '", " của thủ tục '"))
        out.append(text: finding.procedure.id)
        out.append(UInt8(ascii: "'"))
    }

    /// `cost attached: 1,200 VND a year`, written into the report's bytes: a catalog has a million findings.
    func writeCostAttached(_ money: String, into out: inout [UInt8]) {
        out.append(text: language.pick("cost attached: ", "chi phí liên quan: "))
        out.append(text: money)
        out.append(text: language.pick(" a year", " mỗi năm"))
    }

    /// `12 findings (3 high, 5 medium, 4 low), 2 accepted`.
    func summary(_ count: Int, bySeverity: [(Severity, Int)], accepted: Int) -> String {
        let severities = bySeverity.map { "\($1) " + severity($0) }.joined(separator: ", ")
        let findings = language == .vi ? "\(count) vướng mắc" : "\(count) finding\(count == 1 ? "" : "s")"
        return findings + " (" + severities + ")" + (accepted > 0 ? ", \(accepted) " + language.pick("accepted", "đã chấp nhận") : "")
    }

    func severity(_ severity: Severity) -> String {
        guard language == .vi else { return severity.rawValue }
        switch severity {
        case .high: return "cao"
        case .medium: return "trung bình"
        case .low: return "thấp"
        }
    }
}
