import Foundation

/// Turns procedure records in the shape the National Public Service Portal publishes into a ruleset
/// skeleton that checks clean. What the portal does not publish (how many cases a year, how long each
/// document takes to prepare, the value of an hour) becomes an assumption marked `estimate`, to fill in.
///
/// Accepted shape (one record, or an array of them), after the portal's public JSON:
///
///     { "code": "1.004222", "name": "…", "level": "…", "departmentsExecuting": ["…"],
///       "executionSteps": [{"name": "…"}],
///       "executionMethods": [{"submissionMethod": "ONLINE|DIRECT|POSTAL", "processingTime": 7,
///                             "processingTimeUnit": "WORKING_DAY|DAY", "fees": [{"name": "…", "amount": 20000}]}],
///       "executionCases": [{"name": "…", "profileComponents": [{"name": "…", "originalQty": 1, "copyQty": 0}]}],
///       "legalBasisesDetails": [{"name": "…", "code": "…"}], "resultsDetails": [{"name": "…"}] }
public enum PortalImport {
    public struct Failure: Error, Sendable {
        public let message: String
        public var help = "see docs/IMPORT.md for the accepted shape"
    }

    public static func ruleset(fromJSON data: Data, source: String) -> Result<String, Failure> {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            return .failure(Failure(message: "not valid JSON (check the brackets, commas and quotes)"))
        }
        let records: [[String: Any]]
        if let model = parsed as? [String: Any], model["rulesets"] != nil, model["version"] != nil {
            let paths = (model["rulesets"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
            return .failure(Failure(
                message: "this is redtape's export of checked rulesets, not a procedure record of the portal",
                help: "an export is read by other tools; the rulesets it was made from are its source"
                    + (paths.isEmpty ? "" : " (" + paths.joined(separator: ", ") + ")")
                    + ". 'import' reads the portal's records: see docs/IMPORT.md"))
        }
        if let one = parsed as? [String: Any] {
            records = [one]
        } else if let many = parsed as? [[String: Any]] {
            records = many
        } else {
            return .failure(Failure(message: "expected a procedure record (a JSON object) or an array of them"))
        }
        guard !records.isEmpty else { return .failure(Failure(message: "the file holds no procedure record")) }
        for (index, record) in records.enumerated() where (record["name"] as? String)?.isEmpty != false {
            return .failure(Failure(message: "record \(index + 1) has no \"name\""))
        }
        return .success(write(records, source: source))
    }

    // MARK: - Writing the skeleton

    private static func write(_ records: [[String: Any]], source: String) -> String {
        let title = records.count == 1 ? (records[0]["name"] as? String ?? "Imported procedure") : "Imported procedures"
        var out = "# Imported from \(source) by 'redtape import'.\n"
        out += "# Every 'estimate' below is a figure the portal does not publish: replace it with a sourced one.\n\n"
        out += "ruleset \(quoted(title)) {\n  jurisdiction VN\n  currency VND\n"
        let bases = Set(records.flatMap(legalBases))
        for basis in bases.sorted() { out += "  basis \(quoted(basis))\n" }
        out += "}\n\n"
        out += "assume citizen_hour \"Value of an applicant's hour\" = 43_750 VND/h {\n  estimate\n"
        out += "  note \"GSO 2024 average income (7.7 million VND a month over 176 hours); set the tariff for these applicants\"\n}\n\n"
        out += "assume prepare_document \"Time to obtain or fill in one document\" = 15min..1h {\n  estimate\n"
        out += "  note \"Not published by the portal: measure it\"\n}\n"
        var agencies: [String: String] = [:]
        var agencyOrder: [String] = []
        for record in records {
            for name in strings(record["departmentsExecuting"]) where agencies[name] == nil {
                agencies[name] = "agency_\(agencyOrder.count + 1)"
                agencyOrder.append(name)
            }
        }
        for name in agencyOrder { out += "\nagency \(agencies[name]!) \(quoted(name))\n" }
        for (index, record) in records.enumerated() {
            out += "\n" + procedure(record, number: index + 1, agencies: agencies)
        }
        return out
    }

    private static func procedure(_ record: [String: Any], number: Int, agencies: [String: String]) -> String {
        let name = record["name"] as? String ?? "Procedure"
        let code = record["code"] as? String
        let id = identifier(code.map { "p_" + $0 } ?? "procedure_\(number)")
        var out = "assume \(id)_cases \"Cases a year of '\(escapeInner(name))'\" = 1_000 per year {\n  estimate\n"
        out += "  note \"Not published by the portal: take it from the agency's statistics\"\n}\n\n"
        out += "procedure \(id) \(quoted(name)) {\n"
        if let code { out += "  code \(quoted(code))\n" }
        if let level = level(record["level"] as? String) { out += "  level \(level)\n" }
        let departments = strings(record["departmentsExecuting"])
        for department in departments { out += "  agency \(agencies[department]!)\n" }
        out += "  subject citizen\n"
        out += "  cases \(id)_cases\n  tariff citizen_hour\n"
        let methods = (record["executionMethods"] as? [[String: Any]]) ?? []
        let channels = Array(Set(methods.compactMap { channel($0["submissionMethod"] as? String) })).sorted { $0.rawValue < $1.rawValue }
        let shown = channels.isEmpty ? [Channel.inPerson] : channels
        for (index, channel) in shown.enumerated() {
            let share = 100 / shown.count + (index == 0 ? 100 % shown.count : 0)
            out += "  channel \(channel.rawValue) \(share)%" + (shown.count > 1 ? "  # estimate: equal shares\n" : "\n")
        }
        let limits = methods.compactMap { method in limit(method).map { (channel: channel(method["submissionMethod"] as? String), limit: $0) } }
        let longest = limits.map(\.limit).max(by: { $0.value < $1.value })
        if let longest {
            // The longest is the procedure's limit; a channel the portal gives a shorter one has its own.
            out += "  limit \(longest.text)\n"
            for limit in limits where limit.limit.text != longest.text {
                guard let channel = limit.channel else { continue }
                out += "  limit \(limit.limit.text) \(channel.rawValue)\n"
            }
        }
        for basis in legalBases(record) { out += "  basis \(quoted(basis))\n" }
        for result in (record["resultsDetails"] as? [[String: Any]] ?? []).compactMap({ $0["name"] as? String }) {
            out += "  result \(quoted(result)) paper  # the portal does not say whether it is electronic\n"
        }
        let cases = (record["executionCases"] as? [[String: Any]]) ?? []
        var documentIDs: [String] = []
        for (caseIndex, item) in cases.enumerated() {
            let components = (item["profileComponents"] as? [[String: Any]]) ?? []
            if caseIndex > 0 {
                out += "\n  # Case \(caseIndex + 1): \(item["name"] as? String ?? "") — its documents:\n"
                for component in components { out += "  #   \(component["name"] as? String ?? "")\n" }
                continue
            }
            for (index, component) in components.enumerated() {
                let documentID = "d\(index + 1)"
                documentIDs.append(documentID)
                out += "\n  document \(documentID) \(quoted(component["name"] as? String ?? "Document \(index + 1)")) {\n"
                out += "    originals \(count(component["originalQty"]))\n    copies \(count(component["copyQty"]))\n"
                out += "    prepare prepare_document\n  }\n"
            }
        }
        let steps = ((record["executionSteps"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
        out += "\n  step submit \(quoted(steps.first ?? "Submit the dossier")) {\n"
        out += "    channels " + shown.map(\.rawValue).joined(separator: ", ") + "\n"
        if !documentIDs.isEmpty { out += "    submits " + documentIDs.joined(separator: ", ") + "\n" }
        for fee in fees(methods) { out += fee }
        out += "  }\n"
        var previous = "submit"
        let agency = departments.first.flatMap { agencies[$0] }
        // A channel the portal gives a shorter time has its cases' last step apart, with that time.
        let shorter = shown.compactMap { channel -> (Channel, String)? in
            guard let own = limits.first(where: { $0.channel == channel })?.limit, own.text != longest?.text else { return nil }
            return (channel, own.text)
        }
        for (index, step) in steps.dropFirst().enumerated() {
            let stepID = "s\(index + 2)"
            let isLast = index == steps.count - 2
            // The portal gives the time of the whole procedure, not of each step: all of it on the last
            // step keeps the elapsed time what the portal says, and the steps before it without a limit.
            let others = isLast ? shown.filter { channel in !shorter.contains { $0.0 == channel } } : shown
            out += agencyStep(stepID, step, by: agency, applies: isLast && !shorter.isEmpty ? others : [],
                              within: isLast ? longest?.text : nil, after: previous)
            if isLast {
                for (channel, time) in shorter {
                    out += agencyStep(stepID + "_" + channel.rawValue, step, by: agency, applies: [channel], within: time,
                                      after: previous)
                }
            }
            previous = stepID
        }
        return out + "}\n"
    }

    /// A step of the agency's, after the one before it; the last carries the portal's time for the
    /// cases it `applies` to (all of them, when no channel has a time of its own).
    private static func agencyStep(_ id: String, _ name: String, by agency: String?, applies channels: [Channel],
                                   within time: String?, after previous: String) -> String {
        // The portal's names are Vietnamese: a channel's step is named in the same words.
        let named = channels.count == 1 ? name + " (" + Labels(.vi).channel(channels[0]) + ")" : name
        var out = "\n  step \(id) \(quoted(named)) {\n"
        if let agency { out += "    by \(agency)\n" }
        if !channels.isEmpty { out += "    applies " + channels.map(\.rawValue).joined(separator: ", ") + "\n" }
        if let time { out += "    within \(time)  # estimate: the portal's time for the whole procedure\n" }
        return out + "    after \(previous)\n  }\n"
    }

    private static func fees(_ methods: [[String: Any]]) -> [String] {
        var amounts: [String: [(Channel, Exact)]] = [:]
        var order: [String] = []
        for method in methods {
            guard let channel = channel(method["submissionMethod"] as? String) else { continue }
            for fee in (method["fees"] as? [[String: Any]]) ?? [] {
                let name = fee["name"] as? String ?? "Fee"
                guard let amount = decimal(fee["amount"]) else { continue }
                if amounts[name] == nil { order.append(name) }
                amounts[name, default: []].append((channel, amount))
            }
        }
        return order.enumerated().map { index, name in
            let entries = amounts[name]!
            let base = entries.first { $0.0 == .inPerson }?.1 ?? entries[0].1
            var text = "\n    fee fee_\(index + 1) \(quoted(name)) {\n      amount \(money(base)) VND\n"
            for (channel, amount) in entries where amount != base { text += "      amount \(money(amount)) VND \(channel.rawValue)\n" }
            return text + "    }\n"
        }
    }

    // MARK: - Field readers

    private static func channel(_ method: String?) -> Channel? {
        switch method?.uppercased() {
        case "ONLINE": .online
        case "DIRECT", "IN_PERSON": .inPerson
        case "POSTAL", "POST": .post
        default: nil
        }
    }

    private static func limit(_ method: [String: Any]) -> (value: Exact, text: String)? {
        guard let time = decimal(method["processingTime"]), time > 0 else { return nil }
        let unit = (method["processingTimeUnit"] as? String)?.uppercased() ?? "WORKING_DAY"
        let days = unit.contains("WORKING") ? "workdays" : "days"
        return (time, NumberText.plain(time) + " " + days)
    }

    private static func level(_ text: String?) -> String? {
        guard let text = text?.lowercased() else { return nil }
        if text.contains("bộ") || text.contains("ministry") || text.contains("trung ương") || text.contains("central") { return "ministry" }
        if text.contains("tỉnh") || text.contains("province") { return "province" }
        if text.contains("huyện") || text.contains("district") { return "district" }
        if text.contains("xã") || text.contains("commune") { return "commune" }
        return nil
    }

    private static func legalBases(_ record: [String: Any]) -> [String] {
        ((record["legalBasisesDetails"] as? [[String: Any]]) ?? []).compactMap { basis in
            let name = basis["name"] as? String
            let code = basis["code"] as? String
            switch (code, name) {
            case (let code?, let name?): return code == name ? name : "\(code) \(name)"
            case (let code?, nil): return code
            case (nil, let name?): return name
            case (nil, nil): return nil
            }
        }
    }

    private static func strings(_ value: Any?) -> [String] {
        if let list = value as? [String] { return list }
        if let list = value as? [[String: Any]] { return list.compactMap { $0["name"] as? String } }
        if let one = value as? String { return [one] }
        return []
    }

    private static func decimal(_ value: Any?) -> Exact? {
        let text: String
        if let number = value as? NSNumber {
            text = number.stringValue
        } else if let written = value as? String {
            text = written.filter { $0.isNumber || $0 == "." }
        } else {
            return nil
        }
        return Exact(plain: text) ?? Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")).map(Exact.init)
    }

    private static func count(_ value: Any?) -> Int {
        (value as? NSNumber)?.intValue ?? Int(value as? String ?? "") ?? 0
    }

    /// `50000` written with digit grouping: `50_000`.
    private static func money(_ value: Exact) -> String {
        NumberFormat(.en).number(value, decimals: 0).replacingOccurrences(of: ",", with: "_")
    }

    private static func identifier(_ text: String) -> String {
        let cleaned = text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" }
        return String(cleaned)
    }

    private static func quoted(_ text: String) -> String { Formatter.quoted(text) }

    private static func escapeInner(_ text: String) -> String {
        String(Formatter.quoted(text).dropFirst().dropLast())
    }
}
