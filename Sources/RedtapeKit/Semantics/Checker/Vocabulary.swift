import Foundation

/// Where an entry stands, and which keywords may stand there.
///
/// Kept as data so that an unknown keyword gets a "did you mean" from the right list, and a
/// keyword written in the wrong block is told where it belongs.
enum Context: String, CaseIterable, Sendable {
    case file = "the top level of a file"
    case header = "'ruleset'"
    case assumption = "'assume'"
    case agency = "'agency'"
    case registry = "'registry'"
    case procedure = "'procedure'"
    case segment = "'segment'"
    case document = "'document'"
    case step = "'step'"
    case fee = "'fee'"
    case oneOff = "'one_off'"
    case rule = "'rule'"
    case translation = "'translation'"

    var keywords: [Keyword] {
        switch self {
        case .file: [.ruleset, .import, .assume, .agency, .registry, .procedure, .rule, .disable, .severity]
        case .header:
            [.jurisdiction, .currency, .version, .effective, .basis, .holiday, .exchange, .discount, .horizon, .timing]
        case .assumption: [.source, .estimate, .date, .note]
        case .agency: [.level]
        case .registry: []
        case .procedure:
            [.code, .sector, .level, .agency, .subject, .cases, .population, .frequency, .segment, .tariff, .overhead,
             .staffTariff, .channel, .limit, .valid, .basis, .result, .document, .step, .fee, .oneOff, .allow]
        case .segment: [.share, .tariff, .overhead, .subject]
        case .document:
            [.form, .originals, .copies, .certified, .notarised, .heldBy, .prepare, .cost, .applies, .openEnded, .basis,
             .allow]
        case .step:
            [.by, .channels, .effort, .staff, .travel, .wait, .fare, .cost, .deposit, .visits, .within, .outsideLimit, .after, .submits,
             .applies, .basis, .fee, .allow]
        case .fee: [.amount, .atLeast, .atMost, .waived, .basis, .allow]
        case .oneOff: [.effort, .cost, .affected]
        case .rule: [.severity, .when, .principle, .explain, .fix, .attach, .translation]
        case .translation: [.name, .principle, .explain, .fix]
        }
    }

    /// The context a keyword's block opens (`step` opens a step's), read from the context's name,
    /// which is the keyword in quotes; nil for a keyword that opens none.
    static func opened(by keyword: String) -> Context? {
        Context(rawValue: "'\(keyword)'")
    }

    /// The contexts, other than this one, in which a keyword is valid.
    static func homes(of keyword: String) -> [Context] {
        allCases.filter { $0.keyword(keyword) != nil }
    }

    /// The keyword, with its bit, when it belongs here: asked for every entry of every block, so
    /// answered with one lookup in a table built once, after which the checker switches on the
    /// keyword instead of comparing its spelling with each one the block takes.
    func keyword(_ spelling: String) -> (keyword: Keyword, bit: KeywordBits)? {
        var spelling = spelling
        return spelling.withUTF8 { accepting(Keyword.named($0)) }
    }

    /// The keyword of an entry, with its bit, when it belongs here; read from the entry's bytes.
    func keyword(of entry: Entry) -> (keyword: Keyword, bit: KeywordBits)? {
        entry.withKeywordBytes { accepting(Keyword.named($0)) }
    }

    private func accepting(_ known: (keyword: Keyword, bit: KeywordBits)?) -> (keyword: Keyword, bit: KeywordBits)? {
        guard let known, Self.accepted[position].contains(known.bit) else { return nil }
        return known
    }

    private static let accepted: [KeywordBits] = allCases.map { context in
        context.keywords.reduce(into: KeywordBits()) { $0.formUnion(Keyword.spelled[$1.rawValue]!.bit) }
    }

    /// The context's place in `allCases`, for `accepted`: asked for every entry of a catalog, it is
    /// not searched for.
    private var position: Int {
        switch self {
        case .file: 0
        case .header: 1
        case .assumption: 2
        case .agency: 3
        case .registry: 4
        case .procedure: 5
        case .segment: 6
        case .document: 7
        case .step: 8
        case .fee: 9
        case .oneOff: 10
        case .rule: 11
        case .translation: 12
        }
    }
}

/// The keywords of the language, spelled as written.
enum Keyword: String, CaseIterable, Sendable {
    case ruleset, `import`, assume, agency, registry, procedure, rule, disable, severity
    case jurisdiction, currency, version, effective, basis, holiday, exchange, discount, horizon, timing
    case source, estimate, date, note, level
    case code, sector, subject, cases, population, frequency, segment, tariff, overhead
    case staffTariff = "staff_tariff"
    case channel, limit, valid, result, document, step, fee
    case oneOff = "one_off"
    case allow, share, form, originals, copies, certified, notarised
    case heldBy = "held_by"
    case prepare, cost, deposit, applies
    case openEnded = "open_ended"
    case by, channels, effort, staff, travel, wait, fare, visits, within
    case outsideLimit = "outside_limit"
    case after, submits, amount, waived, affected
    case atLeast = "at_least", atMost = "at_most"
    case when, principle, explain, fix, attach, translation, name

    /// Each keyword by its spelling, with its own bit.
    static let spelled: [String: (keyword: Keyword, bit: KeywordBits)] = {
        precondition(allCases.count <= UInt128.bitWidth, "more keywords than bits")
        return Dictionary(uniqueKeysWithValues: allCases.enumerated().map { index, keyword in
            (keyword.rawValue, (keyword, KeywordBits(rawValue: 1 << index)))
        })
    }()

    var bit: KeywordBits { Self.spelled[rawValue]!.bit }

    /// The keyword spelled so, with its bit: found among the few of the same first letter and length,
    /// by comparing, without hashing the spelling (every entry of a catalog is looked up).
    static func named(_ spelling: UnsafeBufferPointer<UInt8>) -> (keyword: Keyword, bit: KeywordBits)? {
        guard let first = spelling.first, let bucket = bucket(first, spelling.count) else { return nil }
        for candidate in buckets[bucket]
        where candidate.spelling.withUnsafeBufferPointer({ memcmp($0.baseAddress!, spelling.baseAddress!, spelling.count) == 0 }) {
            return (candidate.keyword, candidate.bit)
        }
        return nil
    }

    private static let longest = allCases.map(\.rawValue.utf8.count).max()!

    private static func bucket(_ first: UInt8, _ length: Int) -> Int? {
        guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first), length <= longest else { return nil }
        return Int(first - UInt8(ascii: "a")) * (longest + 1) + length
    }

    private static let buckets: [[(spelling: [UInt8], keyword: Keyword, bit: KeywordBits)]] = {
        var buckets = Array(repeating: [(spelling: [UInt8], keyword: Keyword, bit: KeywordBits)](), count: 26 * (longest + 1))
        for (spelling, known) in spelled {
            buckets[bucket(spelling.utf8.first!, spelling.utf8.count)!].append((Array(spelling.utf8), known.keyword, known.bit))
        }
        return buckets
    }()
}

/// A set of keywords as bits, one for each keyword of the language.
struct KeywordBits: OptionSet, Sendable {
    let rawValue: UInt128

    init(rawValue: UInt128) {
        self.rawValue = rawValue
    }
}

/// How each keyword is written, shown in help messages when an entry is malformed.
enum Usage {
    static func of(_ keyword: String, in context: Context) -> String? {
        switch (keyword, context) {
        case ("severity", .file): return "severity <rule> low|medium|high"
        case ("severity", .rule): return "severity low|medium|high"
        case ("tariff", _): return "tariff <assumption>   (a rate such as 43_750 VND/h)"
        case ("effort", .oneOff): return "effort 1h"
        default: return examples[keyword]
        }
    }

    private static let examples: [String: String] = [
        "ruleset": "ruleset \"Title\" { … }",
        "import": "import \"../assumptions.ruleset\"",
        "assume": "assume name \"Label\" = 43_750 VND/h { source \"…\" }",
        "agency": "agency name \"Agency name\"",
        "registry": "registry name \"Registry name\"",
        "procedure": "procedure name \"Procedure name\" { … }",
        "rule": "rule name \"Title\" { severity high; when <condition> }",
        "disable": "disable <rule>",
        "jurisdiction": "jurisdiction VN",
        "currency": "currency VND",
        "version": "version \"2025-07\"",
        "effective": "effective 2025-07-01",
        "basis": "basis \"Decree 168/2025/ND-CP, Art. 26\"",
        "holiday": "holiday 2025-09-02",
        "exchange": "exchange 1 EUR = 27_000 VND",
        "discount": "discount 7%",
        "horizon": "horizon 10 years",
        "timing": "timing end_of_year|start_of_year",
        "source": "source \"Publisher, title, year\"",
        "estimate": "estimate",
        "date": "date 2024-12-31",
        "note": "note \"…\"",
        "level": "level central|ministry|province|district|commune",
        "code": "code \"1.004222\"",
        "sector": "sector \"Justice\"",
        "subject": "subject citizen|business|organisation",
        "cases": "cases 150_000 per year",
        "population": "population 1_000_000",
        "frequency": "frequency 1 per year",
        "segment": "segment name \"Label\" { share 40% }",
        "overhead": "overhead 25%",
        "staff_tariff": "staff_tariff <assumption>",
        "channel": "channel online 60%",
        "limit": "limit 3 workdays   or   limit 2 workdays online",
        "valid": "valid 5 years",
        "result": "result \"Certificate\" paper|electronic|both",
        "document": "document name \"Label\" { … }",
        "step": "step name \"Label\" { … }",
        "fee": "fee name \"Label\" { amount 50_000 VND }",
        "one_off": "one_off name \"Label\" { effort 1h }",
        "allow": "allow <rule> because \"reason\"",
        "share": "share 40%",
        "form": "form \"Form TP/HT-01\"",
        "originals": "originals 1",
        "copies": "copies 2",
        "certified": "certified",
        "notarised": "notarised",
        "held_by": "held_by <registry>",
        "prepare": "prepare 30min",
        "cost": "cost 10_000 VND",
        "deposit": "deposit 100_000_000 VND",
        "applies": "applies 30%   or   applies online, post",
        "open_ended": "open_ended",
        "by": "by applicant   or   by <agency>",
        "channels": "channels online, in_person, post",
        "effort": "effort 30min",
        "staff": "staff 2h",
        "travel": "travel 1h",
        "wait": "wait 30min",
        "fare": "fare 20_000 VND",
        "visits": "visits 2   or   visits benefit_months",
        "within": "within 3 workdays",
        "outside_limit": "outside_limit",
        "after": "after <step>, <step>",
        "submits": "submits <document>, <document>",
        "amount": "amount 50_000 VND   or   amount 25_000 VND online   or   amount 20_000 VND students online",
        "waived": "waived online",
        "at_least": "at_least 500_000 VND",
        "at_most": "at_most 150_000_000 VND",
        "affected": "affected 10_000",
        "when": "when document.certified and document.held_by",
        "principle": "principle \"Once-only\"",
        "explain": "explain \"…\"",
        "fix": "fix \"…\"",
        "attach": "attach item|travel",
        "translation": "translation vi { name \"…\" principle \"…\" explain \"…\" fix \"…\" }",
        "name": "name \"The rule's title in this language\"",
    ]
}
